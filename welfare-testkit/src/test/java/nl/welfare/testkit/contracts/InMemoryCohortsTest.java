package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.Cohorts;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory store of cohorts")
class InMemoryCohortsTest implements CohortsContract {

    @Override
    public Cohorts newStore() {
        return InMemoryStores.cohorts();
    }
}
