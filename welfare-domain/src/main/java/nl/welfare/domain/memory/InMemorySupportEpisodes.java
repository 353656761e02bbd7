package nl.welfare.domain.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.welfare.domain.spi.SupportEpisodes;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;

/** {@link SupportEpisodes} in memory, by id. */
final class InMemorySupportEpisodes implements SupportEpisodes {

    private final Keyed<SupportEpisodeId, SupportEpisode> values = Keyed.byNaturalOrder(SupportEpisode::id);

    @Override
    public void save(SupportEpisode value) {
        values.put(value);
    }

    @Override
    public Option<SupportEpisode> byId(SupportEpisodeId id) {
        return values.get(id);
    }

    @Override
    public Seq<SupportEpisode> all() {
        return values.values();
    }
}
