package nl.welfare.adapters.jdbc;

import nl.welfare.domain.spi.Activities;
import nl.welfare.testkit.contracts.ActivitiesContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The contract of {@link Activities} on H2 always, and on PostgreSQL and MariaDB when their URLs are set. */
@DisplayName("The JDBC store of Activities")
class JdbcActivitiesTest {

    /** The tables of the port, children before parents: emptied before each example. */
    private static final String[] TABLES = {"activities", "places"};

    @Nested
    @DisplayName("on H2")
    class OnH2 implements ActivitiesContract {
        @Override
        public Activities newStore() {
            return TestDatabases.emptied(TestDatabases.h2(), TABLES).activities();
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.POSTGRES,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to run this contract there")
    class OnPostgreSql implements ActivitiesContract {
        @Override
        public Activities newStore() {
            return TestDatabases.emptied(TestDatabases.postgres(), TABLES).activities();
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.MARIADB,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to run this contract there")
    class OnMariaDb implements ActivitiesContract {
        @Override
        public Activities newStore() {
            return TestDatabases.emptied(TestDatabases.mariaDb(), TABLES).activities();
        }
    }
}
