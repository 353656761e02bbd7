package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.Initiatives;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory store of initiatives")
class InMemoryInitiativesTest implements InitiativesContract {

    @Override
    public Initiatives newStore() {
        return InMemoryStores.initiatives();
    }
}
