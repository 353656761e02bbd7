package nl.welfare.adapters.jdbc;

import nl.welfare.domain.spi.Areas;
import nl.welfare.testkit.contracts.AreasContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The contract of {@link Areas} on H2 always, and on PostgreSQL and MariaDB when their URLs are set. */
@DisplayName("The JDBC store of Areas")
class JdbcAreasTest {

    /** The tables of the port, children before parents: emptied before each example. */
    private static final String[] TABLES = {
        "area_group_members", "area_groups", "area_groupings", "area_populations", "areas", "area_hierarchy"
    };

    @Nested
    @DisplayName("on H2")
    class OnH2 implements AreasContract {
        @Override
        public Areas newStore() {
            return TestDatabases.emptied(TestDatabases.h2(), TABLES).areas();
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.POSTGRES,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to run this contract there")
    class OnPostgreSql implements AreasContract {
        @Override
        public Areas newStore() {
            return TestDatabases.emptied(TestDatabases.postgres(), TABLES).areas();
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.MARIADB,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to run this contract there")
    class OnMariaDb implements AreasContract {
        @Override
        public Areas newStore() {
            return TestDatabases.emptied(TestDatabases.mariaDb(), TABLES).areas();
        }
    }
}
