package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.Areas;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory store of areas")
class InMemoryAreasTest implements AreasContract {

    @Override
    public Areas newStore() {
        return InMemoryStores.areas();
    }
}
