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
import nl.welfare.domain.spi.Provisions;
import nl.welfare.domain.support.ImmutableProvision;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.testkit.generators.CommonGenerators;
import nl.welfare.testkit.generators.SupportGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Provisions}: every implementation's test implements it and supplies {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemoryProvisionsTest implements ProvisionsContract {
 *     public Provisions newStore() { return InMemoryStores.provisions(); }
 * }
 * }</pre>
 */
public interface ProvisionsContract {

    /** A new, empty store; called once for every example a property tries. */
    Provisions newStore();

    /** Provisions of which about half share one of a few ids. */
    private static Gen<List<Provision>> provisionLists() {
        return Samples.listsSharingIds(
                SupportGenerators.provisions(),
                (p, n) -> ImmutableProvision.copyOf(p).withId(ProvisionId.of("provision-" + n)));
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no provision")
    default void anEmptyStoreHoldsNothing() {
        theory().forAll(SupportGenerators.provisionIds(), CommonGenerators.areaCodes(), CommonGenerators.periods())
                .checkAssert((id, area, period) -> {
                    Provisions store = newStore();
                    assertEquals(Option.none(), store.byId(id));
                    assertTrue(store.all().isEmpty());
                    assertTrue(store.inArea(area).isEmpty());
                    assertTrue(store.activeIn(period).isEmpty());
                });
    }

    /** Test: a saved provision is found by its id. */
    @Test
    @DisplayName("A saved provision is found by its id and equals what was saved")
    default void aSavedProvisionIsFoundByItsId() {
        theory().forAll(SupportGenerators.provisions()).checkAssert(provision -> {
            Provisions store = newStore();
            store.save(provision);
            assertEquals(Option.some(provision), store.byId(provision.id()));
            assertHolds(List.of(provision), store.all());
        });
    }

    /** Test: a second save with the same id replaces the first. */
    @Test
    @DisplayName("Saving a provision with the id of one in the store replaces it")
    default void savingAgainWithTheSameIdReplaces() {
        theory().forAll(SupportGenerators.provisions(), SupportGenerators.provisions())
                .checkAssert((first, other) -> {
                    Provision second = ImmutableProvision.copyOf(other).withId(first.id());
                    Provisions store = newStore();
                    store.save(first);
                    store.save(second);
                    assertEquals(Option.some(second), store.byId(first.id()));
                    assertHolds(List.of(second), store.all());
                });
    }

    /** Test: all() holds each provision once, by id. */
    @Test
    @DisplayName("All provisions are the last saved with each id, each once, in the order of their ids")
    default void allHoldsEachProvisionOnceInTheOrderOfIds() {
        theory().forAll(provisionLists()).checkAssert(saved -> {
            Provisions store = newStore();
            store.saveAll(saved);
            List<Provision> model = lastById(saved, Provision::id);
            assertHolds(model, store.all());
            model.forEach(p -> assertEquals(Option.some(p), store.byId(p.id())));
        });
    }

    /** Test: inArea is the naive filter. */
    @Test
    @DisplayName("The provisions in an area are those offered in that area or in an area below it")
    default void inAreaIsTheAreaAndBelow() {
        theory().forAll(provisionLists(), picks(), CommonGenerators.areaCodes()).checkAssert((saved, pick, other) -> {
            Provisions store = newStore();
            store.saveAll(saved);
            List<Provision> model = lastById(saved, Provision::id);
            AreaCode area = areaToAsk(map(model, Provision::area), pick, other);
            assertHolds(filter(model, p -> p.area().equals(area) || p.area().isBelow(area)), store.inArea(area));
        });
    }

    /** Test: activeIn is the naive filter. */
    @Test
    @DisplayName("The provisions active in a period are those the provision itself says are active in it")
    default void activeInIsTheDomainsMeaning() {
        theory().forAll(provisionLists(), CommonGenerators.periods()).checkAssert((saved, period) -> {
            Provisions store = newStore();
            store.saveAll(saved);
            assertHolds(filter(lastById(saved, Provision::id), p -> p.isActiveIn(period)), store.activeIn(period));
        });
    }
}
