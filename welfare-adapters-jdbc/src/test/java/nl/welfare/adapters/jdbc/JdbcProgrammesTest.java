package nl.welfare.adapters.jdbc;

import nl.welfare.domain.spi.Programmes;
import nl.welfare.testkit.contracts.ProgrammesContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The contract of {@link Programmes} on H2 always, and on PostgreSQL and MariaDB when their URLs are set. */
@DisplayName("The JDBC store of Programmes")
class JdbcProgrammesTest {

    /** The tables of the port, children before parents: emptied before each example. */
    private static final String[] TABLES = {
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
        "meetings"
    };

    @Nested
    @DisplayName("on H2")
    class OnH2 implements ProgrammesContract {
        @Override
        public Programmes newStore() {
            return TestDatabases.emptied(TestDatabases.h2(), TABLES).programmes();
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.POSTGRES,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to run this contract there")
    class OnPostgreSql implements ProgrammesContract {
        @Override
        public Programmes newStore() {
            return TestDatabases.emptied(TestDatabases.postgres(), TABLES).programmes();
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.MARIADB,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to run this contract there")
    class OnMariaDb implements ProgrammesContract {
        @Override
        public Programmes newStore() {
            return TestDatabases.emptied(TestDatabases.mariaDb(), TABLES).programmes();
        }
    }
}
