package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.Assessments;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory store of assessments")
class InMemoryAssessmentsTest implements AssessmentsContract {

    @Override
    public Assessments newStore() {
        return InMemoryStores.assessments();
    }
}
