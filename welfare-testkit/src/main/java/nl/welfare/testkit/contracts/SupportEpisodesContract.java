package nl.welfare.testkit.contracts;

import static nl.welfare.testkit.contracts.Samples.assertHolds;
import static nl.welfare.testkit.contracts.Samples.filter;
import static nl.welfare.testkit.contracts.Samples.lastById;
import static nl.welfare.testkit.contracts.Samples.oneOf;
import static nl.welfare.testkit.contracts.Samples.picks;
import static nl.welfare.testkit.contracts.Samples.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.spi.SupportEpisodes;
import nl.welfare.domain.support.ImmutableSupportEpisode;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import nl.welfare.testkit.generators.CommonGenerators;
import nl.welfare.testkit.generators.ResidentGenerators;
import nl.welfare.testkit.generators.SupportGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link SupportEpisodes}: every implementation's test implements it and supplies
 * {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemorySupportEpisodesTest implements SupportEpisodesContract {
 *     public SupportEpisodes newStore() { return InMemoryStores.supportEpisodes(); }
 * }
 * }</pre>
 */
public interface SupportEpisodesContract {

    /** A new, empty store; called once for every example a property tries. */
    SupportEpisodes newStore();

    /** Episodes of which about half share one of a few ids. */
    private static Gen<List<SupportEpisode>> episodeLists() {
        return Samples.listsSharingIds(
                SupportGenerators.supportEpisodes(),
                (e, n) -> ImmutableSupportEpisode.copyOf(e).withId(SupportEpisodeId.of("episode-" + n)));
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no support episode")
    default void anEmptyStoreHoldsNothing() {
        theory().forAll(
                        SupportGenerators.supportEpisodeIds(),
                        ResidentGenerators.residentIds(),
                        CommonGenerators.periods())
                .checkAssert((id, resident, period) -> {
                    SupportEpisodes store = newStore();
                    assertEquals(Option.none(), store.byId(id));
                    assertTrue(store.all().isEmpty());
                    assertTrue(store.ofResident(resident).isEmpty());
                    assertTrue(store.activeIn(period).isEmpty());
                    assertTrue(store.startedIn(period).isEmpty());
                });
    }

    /** Test: a saved episode is found by its id. */
    @Test
    @DisplayName("A saved support episode is found by its id and equals what was saved")
    default void aSavedEpisodeIsFoundByItsId() {
        theory().forAll(SupportGenerators.supportEpisodes()).checkAssert(episode -> {
            SupportEpisodes store = newStore();
            store.save(episode);
            assertEquals(Option.some(episode), store.byId(episode.id()));
            assertHolds(List.of(episode), store.all());
        });
    }

    /** Test: a second save with the same id replaces the first. */
    @Test
    @DisplayName("Saving a support episode with the id of one in the store replaces it")
    default void savingAgainWithTheSameIdReplaces() {
        theory().forAll(SupportGenerators.supportEpisodes(), SupportGenerators.supportEpisodes())
                .checkAssert((first, other) -> {
                    SupportEpisode second =
                            ImmutableSupportEpisode.copyOf(other).withId(first.id());
                    SupportEpisodes store = newStore();
                    store.save(first);
                    store.save(second);
                    assertEquals(Option.some(second), store.byId(first.id()));
                    assertHolds(List.of(second), store.all());
                });
    }

    /** Test: all() holds each episode once, by id. */
    @Test
    @DisplayName("All support episodes are the last saved with each id, each once, in the order of their ids")
    default void allHoldsEachEpisodeOnceInTheOrderOfIds() {
        theory().forAll(episodeLists()).checkAssert(saved -> {
            SupportEpisodes store = newStore();
            store.saveAll(saved);
            List<SupportEpisode> model = lastById(saved, SupportEpisode::id);
            assertHolds(model, store.all());
            model.forEach(e -> assertEquals(Option.some(e), store.byId(e.id())));
        });
    }

    /** Test: ofResident is the naive filter. */
    @Test
    @DisplayName("The support episodes of a resident are those that name the resident; anonymous ones name no one")
    default void ofResidentNamesTheResident() {
        theory().forAll(episodeLists(), picks(), ResidentGenerators.residentIds())
                .checkAssert((saved, pick, other) -> {
                    SupportEpisodes store = newStore();
                    store.saveAll(saved);
                    List<SupportEpisode> model = lastById(saved, SupportEpisode::id);
                    List<ResidentId> named = new ArrayList<>();
                    model.forEach(e -> e.resident().ifPresent(named::add));
                    ResidentId resident = oneOf(named, pick, other);
                    assertHolds(
                            filter(model, e -> e.resident().equals(Optional.of(resident))), store.ofResident(resident));
                });
    }

    /** Test: activeIn and startedIn are the naive filters. */
    @Test
    @DisplayName("The support episodes active in, and started in, a period are those the episode itself says are")
    default void activeInAndStartedInAreTheDomainsMeaning() {
        theory().forAll(episodeLists(), CommonGenerators.periods()).checkAssert((saved, period) -> {
            SupportEpisodes store = newStore();
            store.saveAll(saved);
            List<SupportEpisode> model = lastById(saved, SupportEpisode::id);
            assertHolds(filter(model, e -> e.isActiveIn(period)), store.activeIn(period));
            assertHolds(filter(model, e -> e.startedIn(period)), store.startedIn(period));
        });
    }
}
