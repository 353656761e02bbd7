package nl.welfare.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.dataset.FactTable;
import nl.welfare.indicators.dataset.IntColumn;
import nl.welfare.indicators.definition.FactType;

/**
 * The import of a whole {@link Dataset} in one transaction: lock the store's state row (so that imports run one after
 * the other), refuse or clear what the store holds, write every table (PostgreSQL COPY when the connection offers it,
 * else JDBC batches), the resources the package has and its identity ({@link StoredPackage}), record the import,
 * commit. Any fault rolls the whole of it back, and a process killed halfway
 * leaves a transaction the database rolls back on restart: readers see the store before or after, never between.
 */
final class DatasetImport {

    /** Rule: an import with {@link ImportMode#REFUSE} into a store that holds a dataset. */
    static final Rule NOT_EMPTY = Rule.of(
            "jdbc-store.not-empty",
            "must hold no dataset to import one with ImportMode.REFUSE; ImportMode.REPLACE replaces what it holds");

    private static final SqlText LOCK =
            SqlText.of("UPDATE store_state SET last_import_rows = last_import_rows WHERE id = 1");

    /**
     * The tables an import writes facts to, by the name its {@link ImportSummary} gives them (a name may stand for
     * several tables written together): the rows the summary counts are the rows {@link #HELD} counts, so that the
     * message of a refused import names as many rows as the import of the same package reported.
     */
    static final java.util.List<String> COUNTED = java.util.List.of(
            "area_hierarchy",
            "areas",
            "area_populations",
            "area_groupings, area_groups, area_group_members",
            "residents",
            "cohorts, cohort_memberships",
            "initiatives",
            "initiative_links",
            "provisions",
            "activities",
            "participations",
            "ladder_assessments",
            "self_reliance_assessments",
            "support_episodes",
            "survey_responses");

    /** The rows of every table of {@link #COUNTED}, the store's last import and the name of its package, if stored. */
    private static final SqlText HELD = SqlText.of("SELECT "
            + String.join(
                    " + ",
                    COUNTED.stream()
                            .flatMap(names -> java.util.Arrays.stream(names.split(", ")))
                            .map(table -> "(SELECT COUNT(*) FROM " + table + ")")
                            .toList())
            + " AS held,"
            + " (SELECT last_import_at FROM store_state WHERE id = 1) AS last_import_at,"
            + " (SELECT name FROM stored_package WHERE id = 1) AS package_name");

    private static final SqlText RECORD =
            SqlText.of("UPDATE store_state SET last_import_at = ?, last_import_rows = ? WHERE id = 1");
    private static final SqlText INSERT_HIERARCHY =
            SqlText.of("INSERT INTO area_hierarchy (id, vintage) VALUES (1, ?)");
    private static final SqlText INSERT_PACKAGE =
            SqlText.of("INSERT INTO stored_package (id, name, checksum, definitions, targets) VALUES (1, ?, ?, ?, ?)");
    private static final SqlText INSERT_RESOURCE = SqlText.of("INSERT INTO stored_resources (resource) VALUES (?)");
    private static final SqlText INSERT_GROUPING_ORDER =
            SqlText.of("INSERT INTO stored_groupings (item_no, name) VALUES (?, ?)");

    /** The tables a dataset fills, children before parents: the order in which {@link ImportMode#REPLACE} clears. */
    private static final List<SqlText> CLEAR = List.of(
            SqlText.of("DELETE FROM area_group_members"),
            SqlText.of("DELETE FROM area_groups"),
            SqlText.of("DELETE FROM area_groupings"),
            SqlText.of("DELETE FROM area_populations"),
            SqlText.of("DELETE FROM areas"),
            SqlText.of("DELETE FROM area_hierarchy"),
            SqlText.of("DELETE FROM residents"),
            SqlText.of("DELETE FROM cohort_memberships"),
            SqlText.of("DELETE FROM cohorts"),
            SqlText.of("DELETE FROM ladder_assessments"),
            SqlText.of("DELETE FROM self_reliance_assessments"),
            SqlText.of("DELETE FROM initiative_links"),
            SqlText.of("DELETE FROM activities"),
            SqlText.of("DELETE FROM initiatives"),
            SqlText.of("DELETE FROM participations"),
            SqlText.of("DELETE FROM provisions"),
            SqlText.of("DELETE FROM support_episodes"),
            SqlText.of("DELETE FROM survey_responses"),
            SqlText.of("DELETE FROM stored_resources"),
            SqlText.of("DELETE FROM stored_groupings"),
            SqlText.of("DELETE FROM stored_package"));

    /** Writes the rows of one table. */
    @FunctionalInterface
    private interface Writer {
        <T> long write(Connection connection, Table<T> table, Iterable<? extends T> rows) throws SQLException;
    }

    private final Jdbc jdbc;

    DatasetImport(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Imports {@code dataset} with {@code identity} (its name, checksum and documents), when given, as one
     * transaction.
     */
    Either<Violation, ImportSummary> run(Dataset dataset, Option<StoredPackage> identity, ImportMode mode) {
        long start = System.nanoTime();
        return jdbc.transaction("import", c -> {
            Jdbc.update(c, LOCK, Jdbc.NONE);
            if (mode == ImportMode.REFUSE) {
                String held = Jdbc.list(c, HELD, Jdbc.NONE, r -> {
                            long rows = r.getLong("held");
                            Timestamp at = r.getTimestamp("last_import_at");
                            String name = r.getString("package_name");
                            return rows == 0 && name == null
                                    ? ""
                                    : rows + " rows" + (at == null ? "" : ", last imported " + at.toInstant())
                                            + (name == null ? "" : ", package " + name);
                        })
                        .head();
                if (!held.isEmpty()) {
                    return Either.left(Violation.of("store", NOT_EMPTY, held));
                }
            } else {
                for (SqlText clear : CLEAR) {
                    Jdbc.update(c, clear, Jdbc.NONE);
                }
            }
            boolean copy = PostgresCopy.available(c);
            Writer writer = copy ? PostgresCopy::copy : Jdbc::insert;
            Map<String, Long> rows = write(c, dataset, writer);
            writePackage(c, dataset, identity);
            long total = rows.values().stream().mapToLong(Long::longValue).sum();
            Jdbc.update(c, RECORD, s -> {
                s.setTimestamp(1, Timestamp.from(Instant.now()));
                s.setLong(2, total);
            });
            return Either.right(ImmutableImportSummary.of(
                    rows, copy ? "COPY" : "JDBC batches", Duration.ofNanos(System.nanoTime() - start)));
        });
    }

    private static Map<String, Long> write(Connection c, Dataset dataset, Writer writer) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        Integer vintage = dataset.hierarchy().vintage().map(Year::getValue).orElse(null);
        Jdbc.update(c, INSERT_HIERARCHY, s -> s.setObject(1, vintage, Types.INTEGER));
        rows.put("area_hierarchy", 1L);
        put(
                rows,
                Tables.AREAS,
                writer.write(c, Tables.AREAS, dataset.hierarchy().areas()));
        put(rows, Tables.POPULATIONS, writer.write(c, Tables.POPULATIONS, dataset.populations()));
        long groupings = JdbcAreas.insertGroupings(c, dataset.groupings());
        rows.put("area_groupings, area_groups, area_group_members", groupings);
        put(
                rows,
                Tables.RESIDENTS,
                writer.write(c, Tables.RESIDENTS, facts(dataset, FactType.RESIDENTS, dataset::resident)));
        rows.put("cohorts, cohort_memberships", JdbcCohorts.insert(c, dataset.cohorts()));
        put(
                rows,
                Tables.INITIATIVES,
                writer.write(c, Tables.INITIATIVES, facts(dataset, FactType.INITIATIVES, dataset::initiative)));
        put(
                rows,
                Tables.INITIATIVE_LINKS,
                writer.write(
                        c,
                        Tables.INITIATIVE_LINKS,
                        facts(dataset, FactType.INITIATIVE_LINKS, dataset::initiativeLink)));
        put(
                rows,
                Tables.PROVISIONS,
                writer.write(c, Tables.PROVISIONS, facts(dataset, FactType.PROVISIONS, dataset::provision)));
        put(
                rows,
                Tables.ACTIVITIES,
                writer.write(c, Tables.ACTIVITIES, facts(dataset, FactType.ACTIVITIES, dataset::activity)));
        put(
                rows,
                Tables.PARTICIPATIONS,
                writer.write(
                        c, Tables.PARTICIPATIONS, facts(dataset, FactType.PARTICIPATIONS, dataset::participation)));
        put(
                rows,
                Tables.LADDER_ASSESSMENTS,
                writer.write(
                        c,
                        Tables.LADDER_ASSESSMENTS,
                        facts(dataset, FactType.LADDER_ASSESSMENTS, dataset::ladderAssessment)));
        put(
                rows,
                Tables.SELF_RELIANCE_ASSESSMENTS,
                writer.write(c, Tables.SELF_RELIANCE_ASSESSMENTS, selfRelianceAssessments(dataset)));
        put(
                rows,
                Tables.SUPPORT_EPISODES,
                writer.write(
                        c,
                        Tables.SUPPORT_EPISODES,
                        facts(dataset, FactType.SUPPORT_EPISODES, dataset::supportEpisode)));
        put(
                rows,
                Tables.SURVEY_RESPONSES,
                writer.write(
                        c,
                        Tables.SURVEY_RESPONSES,
                        facts(dataset, FactType.SURVEY_RESPONSES, dataset::surveyResponse)));
        return rows;
    }

    /**
     * The resources {@code dataset} has (also those without rows), the order of its groupings and, when given, the
     * package's identity.
     */
    private static void writePackage(Connection c, Dataset dataset, Option<StoredPackage> identity)
            throws SQLException {
        int itemNo = 0;
        for (nl.welfare.domain.area.AreaGrouping grouping : dataset.groupings()) {
            int number = itemNo++;
            Jdbc.update(c, INSERT_GROUPING_ORDER, s -> {
                s.setInt(1, number);
                s.setString(2, grouping.name());
            });
        }
        for (FactType type : FactType.values()) {
            if (dataset.hasFacts(type)) {
                Jdbc.update(c, INSERT_RESOURCE, s -> s.setString(1, type.resource()));
            }
        }
        if (identity.isDefined()) {
            StoredPackage stored = identity.get();
            Jdbc.update(c, INSERT_PACKAGE, s -> {
                s.setString(1, stored.name());
                s.setString(2, stored.checksum());
                setDocument(s, 3, stored.definitions());
                setDocument(s, 4, stored.targets());
            });
        }
    }

    private static void setDocument(java.sql.PreparedStatement s, int index, java.util.Optional<String> document)
            throws SQLException {
        // setString and VARCHAR's NULL suit a large object on all three: PostgreSQL would take CLOB for an oid
        if (document.isPresent()) {
            s.setString(index, document.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    private static void put(Map<String, Long> rows, Table<?> table, long count) {
        rows.put(table.name(), count);
    }

    /** The rows of {@code type} as domain values, made one at a time as the writer asks for them. */
    private static <T> Iterable<T> facts(Dataset dataset, FactType type, IntFunction<T> row) {
        int size = dataset.table(type).size();
        return () -> new Iterator<T>() {
            private int next = 0;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return row.apply(next++);
            }
        };
    }

    /** One assessment per run of rows with the same {@code assessment} number (a row per scored domain). */
    private static Iterable<SelfRelianceAssessment> selfRelianceAssessments(Dataset dataset) {
        FactTable table = dataset.table(FactType.SELF_RELIANCE_ASSESSMENTS);
        if (table.size() == 0) {
            return java.util.List.of();
        }
        IntColumn number = table.column("assessment");
        java.util.List<Integer> firsts = new java.util.ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            if (row == 0 || number.get(row) != number.get(row - 1)) {
                firsts.add(row);
            }
        }
        return () -> firsts.stream().map(dataset::selfRelianceAssessment).iterator();
    }
}
