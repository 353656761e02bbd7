package nl.welfare.testkit.contracts;

import static nl.welfare.testkit.contracts.Samples.assertHolds;
import static nl.welfare.testkit.contracts.Samples.lastByKey;
import static nl.welfare.testkit.contracts.Samples.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.spi.Areas;
import nl.welfare.domain.value.Violation;
import nl.welfare.testkit.generators.AreaGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Areas}: every implementation's test implements it and supplies {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemoryAreasTest implements AreasContract {
 *     public Areas newStore() { return InMemoryStores.areas(); }
 * }
 * }</pre>
 */
public interface AreasContract {

    /** A new, empty store; called once for every example a property tries. */
    Areas newStore();

    /** Hierarchies that hold at least one area. */
    private static Gen<AreaHierarchy> hierarchies() {
        return AreaGenerators.hierarchies()
                .map(h -> h.size() == 0 ? AreaHierarchy.of(h.vintage(), List.of(area())) : h);
    }

    private static Area area() {
        return Area.of(AreaCode.of("GM0153"), "Enschede");
    }

    /** Populations of the hierarchy's areas, 2018 to 2022, several for the same area and year now and then. */
    private static Gen<List<AreaPopulation>> populationsOf(AreaHierarchy hierarchy) {
        List<Area> areas = hierarchy.areas().toJavaList();
        Gen<AreaPopulation> one = integers()
                .between(0, areas.size() - 1)
                .zip(
                        integers().between(2018, 2022),
                        integers().between(0, 40_000),
                        (i, y, n) -> AreaPopulation.of(areas.get(i).code(), Year.of(y), n));
        return lists().of(one).ofSizeBetween(0, 12);
    }

    /** A population of the {@code n}-th neighbourhood code that {@code hierarchy} lacks. */
    private static AreaPopulation stray(AreaHierarchy hierarchy, int n) {
        int found = -1;
        for (int i = 0; ; i++) {
            AreaCode code = AreaCode.of(String.format("BU%08d", 99_990_000 - i));
            if (!hierarchy.contains(code) && ++found == n) {
                return AreaPopulation.of(code, Year.of(2020), n);
            }
        }
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no hierarchy, grouping or population")
    default void anEmptyStoreHoldsNothing() {
        Areas store = newStore();
        assertEquals(Option.none(), store.hierarchy());
        assertEquals(Option.none(), store.area(AreaCode.of("GM0153")));
        assertEquals(Option.none(), store.grouping("borough"));
        assertTrue(store.groupings().isEmpty());
        assertTrue(store.populations().isEmpty());
        assertEquals(Option.none(), store.population(AreaCode.of("GM0153"), Year.of(2020)));
    }

    /** Test: a saved hierarchy is returned whole, and its areas are found by code. */
    @Test
    @DisplayName("A saved hierarchy is returned equal, and each of its areas is found by its code")
    default void aSavedHierarchyIsReturned() {
        theory().forAll(hierarchies()).checkAssert(hierarchy -> {
            Areas store = newStore();
            assertEquals(hierarchy, store.saveHierarchy(hierarchy).get());
            assertEquals(Option.some(hierarchy), store.hierarchy());
            hierarchy.areas().forEach(a -> assertEquals(Option.some(a), store.area(a.code())));
        });
    }

    /** Test: groupings need a hierarchy. */
    @Test
    @DisplayName("A grouping saved before any hierarchy is refused with areas.no-hierarchy")
    default void aGroupingNeedsAHierarchy() {
        theory().forAll(hierarchies().flatMap(AreaGenerators::groupings)).checkAssert(grouping -> {
            Areas store = newStore();
            assertEquals(
                    List.of(Areas.NO_HIERARCHY),
                    store.saveGrouping(grouping).getLeft().map(Violation::rule).toJavaList());
            assertTrue(store.groupings().isEmpty());
        });
    }

    /** Test: groupings are kept by name, replaced by name, listed by name. */
    @Test
    @DisplayName("Groupings that fit the hierarchy are kept by name, replaced by name and listed by name")
    default void groupingsAreKeptByName() {
        Gen<Object[]> cases = hierarchies()
                .flatMap(h -> lists().of(AreaGenerators.groupings(h))
                        .ofSizeBetween(0, 6)
                        .map(gs -> new Object[] {h, gs}));
        theory().forAll(cases).checkAssert(c -> {
            AreaHierarchy hierarchy = (AreaHierarchy) c[0];
            @SuppressWarnings("unchecked")
            List<AreaGrouping> groupings = (List<AreaGrouping>) c[1];
            Areas store = newStore();
            store.saveHierarchy(hierarchy);
            groupings.forEach(g -> assertEquals(g, store.saveGrouping(g).get()));
            List<AreaGrouping> model = lastByKey(groupings, AreaGrouping::name, Comparator.naturalOrder());
            assertHolds(model, store.groupings());
            model.forEach(g -> assertEquals(Option.some(g), store.grouping(g.name())));
        });
    }

    /** Test: a grouping with a member outside the hierarchy is refused. */
    @Test
    @DisplayName("A grouping naming a neighbourhood outside the hierarchy is refused, and nothing changes")
    default void aStrayGroupingIsRefused() {
        theory().forAll(hierarchies(), hierarchies().flatMap(AreaGenerators::groupings))
                .checkAssert((hierarchy, grouping) -> {
                    Areas store = newStore();
                    store.saveHierarchy(hierarchy);
                    boolean fits = grouping.validateAgainst(hierarchy).isValid();
                    var saved = store.saveGrouping(grouping);
                    assertEquals(fits, saved.isRight());
                    if (!fits) {
                        assertEquals(
                                HashSet.of(AreaGrouping.UNKNOWN_AREA),
                                saved.getLeft().map(Violation::rule).toSet());
                        assertTrue(store.groupings().isEmpty());
                    }
                });
    }

    /** Test: populations are all or nothing, kept by area and year. */
    @Test
    @DisplayName("Populations are stored all or nothing, the last of each area and year kept, by area then year")
    default void populationsAreAllOrNothing() {
        Gen<Object[]> cases = hierarchies()
                .flatMap(h ->
                        populationsOf(h).zip(integers().between(0, 3), (ps, strays) -> new Object[] {h, ps, strays}));
        theory().forAll(cases).checkAssert(c -> {
            AreaHierarchy hierarchy = (AreaHierarchy) c[0];
            @SuppressWarnings("unchecked")
            List<AreaPopulation> populations = (List<AreaPopulation>) c[1];
            int strays = (Integer) c[2];
            Areas store = newStore();
            store.saveHierarchy(hierarchy);
            List<AreaPopulation> withStrays = new ArrayList<>(populations);
            for (int i = 0; i < strays; i++) {
                withStrays.add(withStrays.size() / 2, stray(hierarchy, i));
            }
            var saved = store.savePopulations(withStrays);
            if (strays > 0) {
                assertEquals(
                        java.util.Collections.nCopies(strays, Areas.UNKNOWN_AREA),
                        saved.getLeft().map(Violation::rule).toJavaList());
                assertTrue(store.populations().isEmpty());
            } else {
                assertTrue(saved.isRight());
                Comparator<AreaPopulation> byAreaThenYear =
                        Comparator.comparing(AreaPopulation::areaCode).thenComparing(AreaPopulation::year);
                List<AreaPopulation> model = lastByKey(populations, p -> p, byAreaThenYear);
                assertHolds(model, store.populations());
                model.forEach(p -> assertEquals(Option.some(p), store.population(p.areaCode(), p.year())));
            }
        });
    }

    /** Test: populations need a hierarchy. */
    @Test
    @DisplayName("A population saved before any hierarchy is refused with areas.no-hierarchy")
    default void aPopulationNeedsAHierarchy() {
        Areas store = newStore();
        assertEquals(
                List.of(Areas.NO_HIERARCHY),
                store.savePopulation(stray(AreaHierarchy.of(Optional.empty(), List.of()), 1))
                        .getLeft()
                        .map(Violation::rule)
                        .toJavaList());
        assertTrue(store.populations().isEmpty());
    }

    /** Test: a new hierarchy may not strand what is stored. */
    @Test
    @DisplayName("A new hierarchy that lacks an area a stored population or grouping names is refused")
    default void aHierarchyMayNotStrandStoredRows() {
        Gen<Object[]> cases = hierarchies()
                .flatMap(h -> populationsOf(h).zip(AreaGenerators.groupings(h), (ps, g) -> new Object[] {h, ps, g}));
        theory().forAll(cases, hierarchies()).checkAssert((c, next) -> {
            AreaHierarchy first = (AreaHierarchy) c[0];
            @SuppressWarnings("unchecked")
            List<AreaPopulation> populations = (List<AreaPopulation>) c[1];
            AreaGrouping grouping = (AreaGrouping) c[2];
            Areas store = newStore();
            store.saveHierarchy(first);
            store.savePopulations(populations);
            store.saveGrouping(grouping);
            boolean fits = grouping.validateAgainst(next).isValid()
                    && populations.stream().allMatch(p -> next.contains(p.areaCode()));
            assertEquals(fits, store.saveHierarchy(next).isRight());
            assertEquals(Option.some(fits ? next : first), store.hierarchy());
            assertEquals(Option.some(grouping), store.grouping(grouping.name()));
        });
    }
}
