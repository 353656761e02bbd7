package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.Provisions;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory store of provisions")
class InMemoryProvisionsTest implements ProvisionsContract {

    @Override
    public Provisions newStore() {
        return InMemoryStores.provisions();
    }
}
