package nl.welfare.adapters.jdbc;

import nl.welfare.domain.spi.Residents;
import nl.welfare.testkit.contracts.ResidentsContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The contract of {@link Residents} on H2 always, and on PostgreSQL and MariaDB when their URLs are set. */
@DisplayName("The JDBC store of Residents")
class JdbcResidentsTest {

    /** The tables of the port, children before parents: emptied before each example. */
    private static final String[] TABLES = {"residents"};

    @Nested
    @DisplayName("on H2")
    class OnH2 implements ResidentsContract {
        @Override
        public Residents newStore() {
            return TestDatabases.emptied(TestDatabases.h2(), TABLES).residents();
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.POSTGRES,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to run this contract there")
    class OnPostgreSql implements ResidentsContract {
        @Override
        public Residents newStore() {
            return TestDatabases.emptied(TestDatabases.postgres(), TABLES).residents();
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.MARIADB,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to run this contract there")
    class OnMariaDb implements ResidentsContract {
        @Override
        public Residents newStore() {
            return TestDatabases.emptied(TestDatabases.mariaDb(), TABLES).residents();
        }
    }
}
