package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.Participations;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory store of participations")
class InMemoryParticipationsTest implements ParticipationsContract {

    @Override
    public Participations newStore() {
        return InMemoryStores.participations();
    }
}
