package nl.welfare.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The databases the tests run on: one H2 store in memory always, and PostgreSQL and MariaDB when
 * {@code WELFARE_TEST_POSTGRES_URL} / {@code WELFARE_TEST_MARIADB_URL} hold a JDBC URL. Each is made once per test run
 * (its schema migrated once) in a schema or database of its own, named after the run, and dropped when the JVM ends;
 * a test empties the tables it uses before each example ({@link #emptied}) instead of migrating again.
 */
final class TestDatabases {

    /** The environment variable with PostgreSQL's JDBC URL. */
    static final String POSTGRES = "WELFARE_TEST_POSTGRES_URL";

    /** The environment variable with MariaDB's JDBC URL. */
    static final String MARIADB = "WELFARE_TEST_MARIADB_URL";

    /** Every table, children before parents: the order in which they can be emptied. */
    static final String[] ALL_TABLES = {
        "area_group_members",
        "area_groups",
        "area_groupings",
        "area_populations",
        "areas",
        "area_hierarchy",
        "cohort_memberships",
        "cohorts",
        "initiative_links",
        "activities",
        "places",
        "initiatives",
        "participations",
        "residents",
        "ladder_assessments",
        "self_reliance_assessments",
        "provisions",
        "support_episodes",
        "survey_responses",
        "policy_goals",
        "policies",
        "alliance_members",
        "alliances",
        "organisations",
        "budgets",
        "programme_bottlenecks",
        "programme_goals",
        "programme_interventions",
        "area_programmes",
        "commission_areas",
        "commission_boroughs",
        "commission_goals",
        "commissions",
        "meeting_attendees",
        "meetings",
        "stored_resources",
        "stored_groupings",
        "stored_package"
    };

    private static final String RUN =
            "welfare_test_" + Long.toString(ProcessHandle.current().pid(), 36) + "_"
                    + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private TestDatabases() {}

    private static final class H2Holder {
        static final JdbcWelfareStore STORE = JdbcWelfareStore.inMemory();
    }

    private static final class PostgresHolder {
        static final JdbcWelfareStore STORE = postgresStore();
    }

    private static final class MariaDbHolder {
        static final JdbcWelfareStore STORE = mariaDbStore();
    }

    /** The H2 store of this run. */
    static JdbcWelfareStore h2() {
        return H2Holder.STORE;
    }

    /** The PostgreSQL store of this run; only when {@link #POSTGRES} is set. */
    static JdbcWelfareStore postgres() {
        return PostgresHolder.STORE;
    }

    /** The MariaDB store of this run; only when {@link #MARIADB} is set. */
    static JdbcWelfareStore mariaDb() {
        return MariaDbHolder.STORE;
    }

    /** {@code store} with {@code tables} (children before parents) emptied. */
    static JdbcWelfareStore emptied(JdbcWelfareStore store, String... tables) {
        try (Connection c = store.dataSource().getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String table : tables) {
                s.addBatch("DELETE FROM " + table);
            }
            s.addBatch("UPDATE store_state SET last_import_at = NULL, last_import_rows = NULL");
            s.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the tables of " + store, e);
        }
        return store;
    }

    /** {@code store} with every table emptied. */
    static JdbcWelfareStore emptied(JdbcWelfareStore store) {
        return emptied(store, ALL_TABLES);
    }

    /** The URL in {@code variable}, or nothing when it is not set. */
    static Optional<String> url(String variable) {
        return Optional.ofNullable(System.getenv(variable)).filter(u -> !u.isBlank());
    }

    /** A new PostgreSQL schema for this run, dropped when the JVM ends, and the JDBC URL that uses it. */
    static String postgresUrl(String suffix) {
        String url = url(POSTGRES).orElseThrow(() -> new IllegalStateException(POSTGRES + " is not set"));
        String schema = (RUN + suffix).toLowerCase(Locale.ROOT);
        run(url, "CREATE SCHEMA " + schema, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A new MariaDB database for this run, dropped when the JVM ends, and the JDBC URL that uses it. */
    static String mariaDbUrl(String suffix) {
        String url = url(MARIADB).orElseThrow(() -> new IllegalStateException(MARIADB + " is not set"));
        String database = (RUN + suffix).toLowerCase(Locale.ROOT);
        run(url, "CREATE DATABASE " + database, "DROP DATABASE IF EXISTS " + database);
        Matcher m =
                Pattern.compile("^(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?$").matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException(MARIADB + " is not a jdbc:mariadb://host[:port]/database URL: " + url);
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    private static JdbcWelfareStore postgresStore() {
        return JdbcWelfareStore.open(postgresUrl(""));
    }

    private static JdbcWelfareStore mariaDbStore() {
        return JdbcWelfareStore.open(mariaDbUrl(""));
    }

    private static void run(String url, String create, String drop) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(create);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + create + " on " + url, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(url);
                    Statement s = c.createStatement()) {
                s.execute(drop);
            } catch (SQLException e) {
                System.err.println("could not run " + drop + ": " + e.getMessage());
            }
        }));
    }
}
