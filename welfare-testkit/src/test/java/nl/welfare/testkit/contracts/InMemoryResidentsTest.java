package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.Residents;
import org.junit.jupiter.api.DisplayName;

// tag::contract[]
@DisplayName("The in-memory store of residents")
class InMemoryResidentsTest implements ResidentsContract {

    @Override
    public Residents newStore() {
        return InMemoryStores.residents(); // a fresh, empty store for every generated example
    }
}
// end::contract[]
