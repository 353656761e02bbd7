package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.Activities;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory store of activities")
class InMemoryActivitiesTest implements ActivitiesContract {

    @Override
    public Activities newStore() {
        return InMemoryStores.activities();
    }
}
