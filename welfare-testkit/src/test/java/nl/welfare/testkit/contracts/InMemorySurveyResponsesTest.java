package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.SurveyResponses;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory store of survey responses")
class InMemorySurveyResponsesTest implements SurveyResponsesContract {

    @Override
    public SurveyResponses newStore() {
        return InMemoryStores.surveyResponses();
    }
}
