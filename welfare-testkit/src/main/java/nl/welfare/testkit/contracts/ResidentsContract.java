package nl.welfare.testkit.contracts;

import static nl.welfare.testkit.contracts.Samples.areaToAsk;
import static nl.welfare.testkit.contracts.Samples.assertHolds;
import static nl.welfare.testkit.contracts.Samples.filter;
import static nl.welfare.testkit.contracts.Samples.lastById;
import static nl.welfare.testkit.contracts.Samples.map;
import static nl.welfare.testkit.contracts.Samples.picks;
import static nl.welfare.testkit.contracts.Samples.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.util.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.ImmutableResident;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.spi.Residents;
import nl.welfare.testkit.generators.CommonGenerators;
import nl.welfare.testkit.generators.ResidentGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Residents}: every implementation's test implements it and supplies {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemoryResidentsTest implements ResidentsContract {
 *     public Residents newStore() { return InMemoryStores.residents(); }
 * }
 * }</pre>
 */
public interface ResidentsContract {

    /** A new, empty store; called once for every example a property tries. */
    Residents newStore();

    /** Residents of which about half share one of a few ids. */
    private static Gen<List<Resident>> residentLists() {
        return Samples.listsSharingIds(
                ResidentGenerators.residents(),
                (r, n) -> ImmutableResident.copyOf(r).withId(ResidentId.of("resident-" + n)));
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no resident")
    default void anEmptyStoreHoldsNothing() {
        theory().forAll(ResidentGenerators.residentIds(), CommonGenerators.areaCodes())
                .checkAssert((id, area) -> {
                    Residents store = newStore();
                    assertEquals(Option.none(), store.byId(id));
                    assertTrue(store.all().isEmpty());
                    assertTrue(store.inArea(area).isEmpty());
                });
    }

    /** Test: a saved resident is found by their id. */
    @Test
    @DisplayName("A saved resident is found by their id and equals what was saved")
    default void aSavedResidentIsFoundByTheirId() {
        theory().forAll(ResidentGenerators.residents()).checkAssert(resident -> {
            Residents store = newStore();
            store.save(resident);
            assertEquals(Option.some(resident), store.byId(resident.id()));
            assertHolds(List.of(resident), store.all());
        });
    }

    /** Test: a second save with the same id replaces the first. */
    @Test
    @DisplayName("Saving a resident with the id of one in the store replaces them")
    default void savingAgainWithTheSameIdReplaces() {
        theory().forAll(ResidentGenerators.residents(), ResidentGenerators.residents())
                .checkAssert((first, other) -> {
                    Resident second = ImmutableResident.copyOf(other).withId(first.id());
                    Residents store = newStore();
                    store.save(first);
                    store.save(second);
                    assertEquals(Option.some(second), store.byId(first.id()));
                    assertHolds(List.of(second), store.all());
                });
    }

    /** Test: all() holds each resident once, by id. */
    @Test
    @DisplayName("All residents are the last saved with each id, each once, in the order of their ids")
    default void allHoldsEachResidentOnceInTheOrderOfIds() {
        theory().forAll(residentLists()).checkAssert(saved -> {
            Residents store = newStore();
            store.saveAll(saved);
            List<Resident> model = lastById(saved, Resident::id);
            assertHolds(model, store.all());
            model.forEach(r -> assertEquals(Option.some(r), store.byId(r.id())));
        });
    }

    /** Test: inArea is the naive filter. */
    @Test
    @DisplayName("The residents of an area are those who live in that area or in an area below it")
    default void inAreaIsTheAreaAndBelow() {
        theory().forAll(residentLists(), picks(), CommonGenerators.areaCodes()).checkAssert((saved, pick, other) -> {
            Residents store = newStore();
            store.saveAll(saved);
            List<Resident> model = lastById(saved, Resident::id);
            AreaCode area = areaToAsk(map(model, Resident::area), pick, other);
            assertHolds(filter(model, r -> r.area().equals(area) || r.area().isBelow(area)), store.inArea(area));
        });
    }
}
