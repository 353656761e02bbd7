package nl.welfare.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.HashMultimap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.value.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

@DisplayName("Areas, hierarchies and groupings")
class AreaProperties {

    private static final Gen<Pair<AreaHierarchy, AreaGrouping>> HIERARCHIES_WITH_GROUPINGS =
            AreaGenerators.hierarchies()
                    .flatMap(h -> AreaGenerators.groupings(h).map(g -> Pair.of(h, g)));

    @Test
    @DisplayName("an area code parses back from its text")
    void codeRoundTrip() {
        qt().forAll(AreaGenerators.areaCodes())
                .checkAssert(code ->
                        assertEquals(code, AreaCode.parse(code.toString()).get()));
    }

    @Test
    @DisplayName("a valid area passes validation as the same value")
    void areasAreValid() {
        qt().forAll(AreaGenerators.areas())
                .checkAssert(a -> assertEquals(
                        a,
                        Area.validate(a.code(), a.name(), a.level(), a.parentCode(), a.population())
                                .get()));
    }

    @Test
    @DisplayName("a valid population passes validation as the same value")
    void populationsAreValid() {
        qt().forAll(AreaGenerators.areaPopulations())
                .checkAssert(p -> assertEquals(
                        p,
                        AreaPopulation.validate(p.areaCode(), p.year(), p.population())
                                .get()));
    }

    @Test
    @DisplayName("a valid group and a valid grouping pass validation as the same value")
    void groupsAndGroupingsAreValid() {
        qt().forAll(AreaGenerators.areaGroups())
                .checkAssert(g -> assertEquals(
                        g, AreaGroup.validate(g.code(), g.name(), g.members()).get()));
        qt().withExamples(200).forAll(HIERARCHIES_WITH_GROUPINGS).checkAssert(hg -> {
            AreaGrouping g = hg._2;
            assertEquals(g, AreaGrouping.validate(g.name(), g.groups()).get());
            assertTrue(g.validateAgainst(hg._1).isValid());
        });
    }

    @Test
    @DisplayName("a hierarchy is rebuilt equal from its areas in any order")
    void hierarchiesAreValid() {
        qt().withExamples(300).forAll(AreaGenerators.hierarchies()).checkAssert(h -> {
            java.util.List<Area> shuffled = h.areas().toJavaList();
            Collections.shuffle(shuffled, new Random(h.size()));
            AreaHierarchy rebuilt =
                    AreaHierarchy.validate(h.vintage(), shuffled).get();
            assertEquals(h, rebuilt);
            assertEquals(h.hashCode(), rebuilt.hashCode());
            assertEquals(h.size(), h.levels().map(l -> h.areas(l).size()).sum().intValue());
        });
    }

    @Test
    @DisplayName("every area's path to the root starts with itself and ends at a root, and its ancestors are the rest")
    void pathsToRoot() {
        qt().withExamples(300).forAll(AreaGenerators.hierarchies()).checkAssert(h -> {
            for (Area area : h.areas()) {
                Seq<Area> path = h.pathToRoot(area.code());
                assertEquals(area, path.head());
                assertTrue(h.roots().contains(path.last()));
                assertTrue(h.parent(path.last().code()).isEmpty());
                assertEquals(path.tail(), h.ancestors(area.code()));
                for (int i = 0; i + 1 < path.size(); i++) {
                    assertEquals(path.get(i + 1), h.parent(path.get(i).code()).get());
                }
            }
            assertEquals(h.areas().filter(a -> h.parent(a.code()).isEmpty()), h.roots());
        });
    }

    @Test
    @DisplayName("the descendants of an area are exactly the areas whose path passes through it")
    void descendants() {
        qt().withExamples(300).forAll(AreaGenerators.hierarchies()).checkAssert(h -> {
            HashMultimap<AreaCode, Area> below = HashMultimap.withSet().empty();
            for (Area area : h.areas()) {
                for (Area ancestor : h.ancestors(area.code())) {
                    below = below.put(ancestor.code(), area);
                }
            }
            for (Area area : h.areas()) {
                Set<Area> expected = below.get(area.code()).map(HashSet::ofAll).getOrElse(HashSet.empty());
                Seq<Area> descendants = h.descendants(area.code());
                assertEquals(expected, HashSet.ofAll(descendants));
                assertEquals(expected.size(), descendants.size());
                for (Area other : h.areas()) {
                    assertEquals(expected.contains(other), h.isAncestor(area.code(), other.code()));
                }
                assertEquals(h.areas().filter(a -> h.parent(a.code()).contains(area)), h.children(area.code()));
            }
        });
    }

    @Test
    @DisplayName("the leaves are exactly the areas without children")
    void leaves() {
        qt().withExamples(300)
                .forAll(AreaGenerators.hierarchies())
                .checkAssert(h ->
                        assertEquals(h.areas().filter(a -> h.children(a.code()).isEmpty()), h.leaves()));
    }

    @Test
    @DisplayName("counts rolled up over the groups plus the ungrouped neighbourhoods add up to the total")
    void rollUpAlongAGrouping() {
        qt().withExamples(300).forAll(HIERARCHIES_WITH_GROUPINGS).checkAssert(hg -> {
            AreaHierarchy h = hg._1;
            AreaGrouping grouping = hg._2;
            Seq<AreaCode> neighbourhoods = h.areas(AreaLevel.NEIGHBOURHOOD).map(Area::code);
            long total = neighbourhoods.map(AreaProperties::count).sum().longValue();
            long grouped = List.ofAll(grouping.groups())
                    .map(g -> grouping.members(g.code())
                            .map(AreaProperties::count)
                            .sum()
                            .longValue())
                    .sum()
                    .longValue();
            long ungrouped =
                    grouping.ungrouped(h).map(a -> count(a.code())).sum().longValue();
            assertEquals(total, grouped + ungrouped);

            Seq<AreaCode> counted = List.ofAll(grouping.groups())
                    .flatMap(g -> grouping.members(g.code()))
                    .appendAll(grouping.ungrouped(h).map(Area::code));
            assertEquals(neighbourhoods.sorted(), counted.sorted());
            Seq<AreaCode> ungroupedCodes = grouping.ungrouped(h).map(Area::code);
            for (AreaCode n : neighbourhoods) {
                assertEquals(grouping.groupOf(n).isDefined(), !ungroupedCodes.contains(n));
                grouping.groupOf(n).forEach(g -> assertTrue(g.contains(n)));
            }
        });
    }

    @Test
    @DisplayName("every breach breaks exactly its rule, and every rule of the area package has breaches")
    void breaches() {
        assertBreaches(AreaGenerators.areaCodeBreaches(), AreaCode.class, 300);
        assertBreaches(AreaGenerators.areaLevelBreaches(), AreaLevel.class, 100);
        assertBreaches(AreaGenerators.areaBreaches(), Area.class, 500);
        assertBreaches(AreaGenerators.areaHierarchyBreaches(), AreaHierarchy.class, 300);
        assertBreaches(AreaGenerators.areaGroupBreaches(), AreaGroup.class, 500);
        assertBreaches(AreaGenerators.areaGroupingBreaches(), AreaGrouping.class, 300);
        assertBreaches(AreaGenerators.areaPopulationBreaches(), AreaPopulation.class, 200);
    }

    private static <T> void assertBreaches(Gen<Breach<T>> breaches, Class<?> type, int examples) {
        java.util.Set<Rule> seen = ConcurrentHashMap.newKeySet();
        qt().withExamples(examples).forAll(breaches).checkAssert(b -> {
            b.assertBreaksExactlyItsRule();
            seen.add(b.rule());
        });
        assertEquals(rulesOf(type), HashSet.ofAll(seen), () -> "rules of " + type.getSimpleName() + " with breaches");
    }

    /** The public static final Rule constants of {@code type}. */
    private static Set<Rule> rulesOf(Class<?> type) {
        Set<Rule> rules = HashSet.empty();
        for (Field field : type.getFields()) {
            if (field.getType() == Rule.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    rules = rules.add((Rule) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rules;
    }

    /** A made-up per-neighbourhood count, fixed by the code. */
    private static long count(AreaCode neighbourhood) {
        return Math.floorMod(neighbourhood.value().hashCode(), 1000);
    }
}
