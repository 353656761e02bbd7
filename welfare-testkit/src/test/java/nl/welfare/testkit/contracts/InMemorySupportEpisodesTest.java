package nl.welfare.testkit.contracts;

import nl.welfare.domain.memory.InMemoryStores;
import nl.welfare.domain.spi.SupportEpisodes;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory store of support episodes")
class InMemorySupportEpisodesTest implements SupportEpisodesContract {

    @Override
    public SupportEpisodes newStore() {
        return InMemoryStores.supportEpisodes();
    }
}
