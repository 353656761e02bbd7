package nl.welfare.testkit.contracts;

import static nl.welfare.testkit.contracts.Samples.areaToAsk;
import static nl.welfare.testkit.contracts.Samples.assertHolds;
import static nl.welfare.testkit.contracts.Samples.byDate;
import static nl.welfare.testkit.contracts.Samples.filter;
import static nl.welfare.testkit.contracts.Samples.map;
import static nl.welfare.testkit.contracts.Samples.oneOf;
import static nl.welfare.testkit.contracts.Samples.picks;
import static nl.welfare.testkit.contracts.Samples.theory;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.spi.Participations;
import nl.welfare.testkit.generators.CommonGenerators;
import nl.welfare.testkit.generators.CommunityGenerators;
import nl.welfare.testkit.generators.ResidentGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Participations}: every implementation's test implements it and supplies {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemoryParticipationsTest implements ParticipationsContract {
 *     public Participations newStore() { return InMemoryStores.participations(); }
 * }
 * }</pre>
 */
public interface ParticipationsContract {

    /** A new, empty store; called once for every example a property tries. */
    Participations newStore();

    /** Participations, some of them added twice. */
    private static Gen<List<Participation>> added() {
        return Samples.listsOf(CommunityGenerators.participations())
                .zip(integers().between(0, 4), Samples::withRepeats);
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no participation")
    default void anEmptyStoreHoldsNothing() {
        theory().forAll(ResidentGenerators.residentIds(), CommonGenerators.periods(), CommunityGenerators.areas())
                .checkAssert((resident, period, area) -> {
                    Participations store = newStore();
                    assertTrue(store.all().isEmpty());
                    assertTrue(store.ofResident(resident).isEmpty());
                    assertTrue(store.in(period).isEmpty());
                    assertTrue(store.inArea(area).isEmpty());
                });
    }

    /** Test: an added participation is held as it was given. */
    @Test
    @DisplayName("An added participation is held, equal to what was added")
    default void anAddedParticipationIsHeld() {
        theory().forAll(CommunityGenerators.participations()).checkAssert(participation -> {
            Participations store = newStore();
            store.add(participation);
            assertHolds(List.of(participation), store.all());
        });
    }

    /** Test: all() holds every participation, by date then in the order added. */
    @Test
    @DisplayName("All participations are every one added, one added twice twice, by date and then in the order added")
    default void allHoldsEveryParticipationByDate() {
        theory().forAll(added()).checkAssert(added -> {
            Participations store = newStore();
            store.addAll(added);
            assertHolds(byDate(added, Participation::date), store.all());
        });
    }

    /** Test: ofResident is the naive filter. */
    @Test
    @DisplayName("The participations of a resident are those that name the resident")
    default void ofResidentNamesTheResident() {
        theory().forAll(added(), picks(), ResidentGenerators.residentIds()).checkAssert((added, pick, other) -> {
            Participations store = newStore();
            store.addAll(added);
            ResidentId resident = oneOf(map(added, Participation::resident), pick, other);
            assertHolds(
                    filter(byDate(added, Participation::date), p -> p.resident().equals(resident)),
                    store.ofResident(resident));
        });
    }

    /** Test: in(period) is the naive filter. */
    @Test
    @DisplayName("The participations in a period are those dated in it")
    default void inAPeriodAreThoseDatedInIt() {
        theory().forAll(added(), CommonGenerators.periods()).checkAssert((added, period) -> {
            Participations store = newStore();
            store.addAll(added);
            assertHolds(filter(byDate(added, Participation::date), p -> p.isIn(period)), store.in(period));
        });
    }

    /** Test: inArea is the naive filter. */
    @Test
    @DisplayName("The participations in an area are those whose area is that area or lies below it")
    default void inAreaIsTheAreaAndBelow() {
        theory().forAll(added(), picks(), CommonGenerators.areaCodes()).checkAssert((added, pick, other) -> {
            Participations store = newStore();
            store.addAll(added);
            AreaCode area = areaToAsk(map(added, Participation::area), pick, other);
            assertHolds(
                    filter(
                            byDate(added, Participation::date),
                            p -> p.area().equals(area) || p.area().isBelow(area)),
                    store.inArea(area));
        });
    }
}
