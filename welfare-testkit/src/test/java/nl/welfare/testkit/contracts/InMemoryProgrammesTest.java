package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.Programmes;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory store of programmes")
class InMemoryProgrammesTest implements ProgrammesContract {

    @Override
    public Programmes newStore() {
        return InMemoryStores.programmes();
    }
}
