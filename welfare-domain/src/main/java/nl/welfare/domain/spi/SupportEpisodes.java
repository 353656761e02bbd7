package nl.welfare.domain.spi;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import nl.welfare.domain.time.ReportingPeriod;

/**
 * The store of support episodes: support received from an individual provision (maatwerkvoorziening) or a collective
 * one (algemene voorziening), the facts behind the support rates of goal 5.
 *
 * <p>An episode is kept by its id: {@link #save} inserts it, or replaces the episode saved earlier with the same id.
 * The provision and the resident it names live in other stores and are not checked here.
 *
 * <pre>{@code
 * SupportEpisodes store = InMemoryStores.supportEpisodes();
 * store.saveAll(episodes);
 * store.startedIn(ReportingPeriod.year(2019)).count(e -> e.kind() == ProvisionKind.INDIVIDUAL);   // new cases
 * }</pre>
 */
public interface SupportEpisodes {

    /** Inserts {@code episode}, or replaces the episode with the same id. */
    void save(SupportEpisode episode);

    /** Saves each episode in turn, as {@link #save} does: of two with the same id, the later one is kept. */
    default void saveAll(Iterable<? extends SupportEpisode> episodes) {
        episodes.forEach(this::save);
    }

    /** The episode with {@code id}: the one saved last with that id, or none. */
    Option<SupportEpisode> byId(SupportEpisodeId id);

    /** Every episode, each once, in the order of their ids ({@link SupportEpisodeId#compareTo}). */
    Seq<SupportEpisode> all();

    /** The episodes of {@code resident}; anonymous episodes belong to no one. In the order of {@link #all()}. */
    default Seq<SupportEpisode> ofResident(ResidentId resident) {
        return all().filter(e -> e.resident().filter(resident::equals).isPresent());
    }

    /** The episodes active in {@code period} ({@link SupportEpisode#isActiveIn}), in the order of {@link #all()}. */
    default Seq<SupportEpisode> activeIn(ReportingPeriod period) {
        return all().filter(e -> e.isActiveIn(period));
    }

    /**
     * The episodes that started in {@code period} ({@link SupportEpisode#startedIn}): its new cases. In the order of
     * {@link #all()}.
     */
    default Seq<SupportEpisode> startedIn(ReportingPeriod period) {
        return all().filter(e -> e.startedIn(period));
    }
}
