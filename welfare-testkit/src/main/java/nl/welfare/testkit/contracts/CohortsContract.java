package nl.welfare.testkit.contracts;

import static nl.welfare.testkit.contracts.Samples.assertHolds;
import static nl.welfare.testkit.contracts.Samples.filter;
import static nl.welfare.testkit.contracts.Samples.lastById;
import static nl.welfare.testkit.contracts.Samples.map;
import static nl.welfare.testkit.contracts.Samples.oneOf;
import static nl.welfare.testkit.contracts.Samples.picks;
import static nl.welfare.testkit.contracts.Samples.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.resident.ImmutableCohortMembership;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.spi.Cohorts;
import nl.welfare.testkit.generators.ResidentGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Cohorts}: every implementation's test implements it and supplies {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemoryCohortsTest implements CohortsContract {
 *     public Cohorts newStore() { return InMemoryStores.cohorts(); }
 * }
 * }</pre>
 */
public interface CohortsContract {

    /** A new, empty store; called once for every example a property tries. */
    Cohorts newStore();

    /** Cohorts of which about half share one of a few names. */
    private static Gen<List<Cohort>> cohortLists() {
        return Samples.listsSharingIds(
                ResidentGenerators.cohorts(), (c, n) -> renamed(c, CohortName.of("cohort-" + n)));
    }

    /** {@code cohort} under another name, its memberships moved along. */
    private static Cohort renamed(Cohort cohort, CohortName name) {
        return Cohort.builder()
                .name(name)
                .description(cohort.description())
                .addAllMemberships(map(
                        cohort.memberships(),
                        m -> ImmutableCohortMembership.copyOf(m).withCohort(name)))
                .build();
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no cohort")
    default void anEmptyStoreHoldsNothing() {
        theory().forAll(ResidentGenerators.cohortNames(), ResidentGenerators.residentIds())
                .checkAssert((name, resident) -> {
                    Cohorts store = newStore();
                    assertEquals(Option.none(), store.byName(name));
                    assertTrue(store.all().isEmpty());
                    assertTrue(store.cohortsOf(resident).isEmpty());
                });
    }

    /** Test: a saved cohort is found by its name. */
    @Test
    @DisplayName("A saved cohort is found by its name and equals what was saved, memberships and all")
    default void aSavedCohortIsFoundByItsName() {
        theory().forAll(ResidentGenerators.cohorts()).checkAssert(cohort -> {
            Cohorts store = newStore();
            store.save(cohort);
            assertEquals(Option.some(cohort), store.byName(cohort.name()));
            assertHolds(List.of(cohort), store.all());
        });
    }

    /** Test: a second save with the same name replaces the first. */
    @Test
    @DisplayName("Saving a cohort with the name of one in the store replaces it, memberships and all")
    default void savingAgainWithTheSameNameReplaces() {
        theory().forAll(ResidentGenerators.cohorts(), ResidentGenerators.cohorts())
                .checkAssert((first, other) -> {
                    Cohort second = renamed(other, first.name());
                    Cohorts store = newStore();
                    store.save(first);
                    store.save(second);
                    assertEquals(Option.some(second), store.byName(first.name()));
                    assertHolds(List.of(second), store.all());
                });
    }

    /** Test: all() holds each cohort once, by name. */
    @Test
    @DisplayName("All cohorts are the last saved with each name, each once, in the order of their names")
    default void allHoldsEachCohortOnceInTheOrderOfNames() {
        theory().forAll(cohortLists()).checkAssert(saved -> {
            Cohorts store = newStore();
            store.saveAll(saved);
            List<Cohort> model = lastById(saved, Cohort::name);
            assertHolds(model, store.all());
            model.forEach(c -> assertEquals(Option.some(c), store.byName(c.name())));
        });
    }

    /** Test: cohortsOf is the naive filter. */
    @Test
    @DisplayName("The cohorts of a resident are those the resident was ever a member of")
    default void cohortsOfAResidentAreThoseTheyWereEverAMemberOf() {
        theory().forAll(cohortLists(), picks(), ResidentGenerators.residentIds())
                .checkAssert((saved, pick, other) -> {
                    Cohorts store = newStore();
                    store.saveAll(saved);
                    List<Cohort> model = lastById(saved, Cohort::name);
                    List<ResidentId> members = new ArrayList<>();
                    model.forEach(c -> c.residents().forEach(members::add));
                    ResidentId resident = oneOf(members, pick, other);
                    assertHolds(filter(model, c -> c.residents().contains(resident)), store.cohortsOf(resident));
                });
    }
}
