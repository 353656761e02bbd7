package nl.welfare.adapters.jdbc;

import nl.welfare.domain.spi.SurveyResponses;
import nl.welfare.testkit.contracts.SurveyResponsesContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The contract of {@link SurveyResponses} on H2 always, and on PostgreSQL and MariaDB when their URLs are set. */
@DisplayName("The JDBC store of SurveyResponses")
class JdbcSurveyResponsesTest {

    /** The tables of the port, children before parents: emptied before each example. */
    private static final String[] TABLES = {"survey_responses"};

    @Nested
    @DisplayName("on H2")
    class OnH2 implements SurveyResponsesContract {
        @Override
        public SurveyResponses newStore() {
            return TestDatabases.emptied(TestDatabases.h2(), TABLES).surveyResponses();
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.POSTGRES,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to run this contract there")
    class OnPostgreSql implements SurveyResponsesContract {
        @Override
        public SurveyResponses newStore() {
            return TestDatabases.emptied(TestDatabases.postgres(), TABLES).surveyResponses();
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.MARIADB,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to run this contract there")
    class OnMariaDb implements SurveyResponsesContract {
        @Override
        public SurveyResponses newStore() {
            return TestDatabases.emptied(TestDatabases.mariaDb(), TABLES).surveyResponses();
        }
    }
}
