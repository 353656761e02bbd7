package nl.welfare.domain.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Optional;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An area hierarchy")
class AreaHierarchyTest {

    private static final Area NL = area("NL00");
    private static final Area ENSCHEDE = area("GM0153");
    private static final Area WIJK_00 = area("WK015300");
    private static final Area CITY = area("BU01530000");
    private static final Area LASONDER = area("BU01530001");
    private static final Area WIJK_01 = area("WK015301");
    private static final Area VELVE = area("BU01530100");
    private static final Area HENGELO = area("GM0164");
    private static final Area HENGELO_00 = area("WK016400");

    private static final List<Area> NATIONAL =
            List.of(VELVE, HENGELO_00, CITY, NL, WIJK_01, ENSCHEDE, LASONDER, HENGELO, WIJK_00);

    private static final AreaHierarchy HIERARCHY = AreaHierarchy.of(Year.of(2022), NATIONAL);

    private static Area area(String code) {
        return Area.of(AreaCode.of(code), "Area " + code);
    }

    private static AreaCode code(String text) {
        return AreaCode.of(text);
    }

    @Test
    @DisplayName("lists its areas from the top level down, by code within a level")
    void areasInOrder() {
        assertEquals(
                List.of(NL, ENSCHEDE, HENGELO, WIJK_00, WIJK_01, HENGELO_00, CITY, LASONDER, VELVE), HIERARCHY.areas());
        assertEquals(9, HIERARCHY.size());
        assertEquals(Optional.of(Year.of(2022)), HIERARCHY.vintage());
        assertEquals(AreaLevel.topDown(), HIERARCHY.levels());
        assertEquals(List.of(ENSCHEDE, HENGELO), HIERARCHY.areas(AreaLevel.MUNICIPALITY));
        assertEquals(List.of(CITY, LASONDER, VELVE), HIERARCHY.areas(AreaLevel.NEIGHBOURHOOD));
    }

    @Test
    @DisplayName("finds an area, its parent and its children")
    void parentsAndChildren() {
        assertEquals(Option.some(CITY), HIERARCHY.area(code("BU01530000")));
        assertTrue(HIERARCHY.contains(code("WK016400")));
        assertEquals(Option.some(WIJK_00), HIERARCHY.parent(code("BU01530001")));
        assertEquals(Option.none(), HIERARCHY.parent(code("NL00")));
        assertEquals(List.of(ENSCHEDE, HENGELO), HIERARCHY.children(code("NL00")));
        assertEquals(List.of(WIJK_00, WIJK_01), HIERARCHY.children(code("GM0153")));
        assertEquals(List.of(CITY, LASONDER), HIERARCHY.children(code("WK015300")));
        assertEquals(List.empty(), HIERARCHY.children(code("BU01530000")));
    }

    @Test
    @DisplayName("walks from an area up to its root and down to its descendants")
    void pathsAndDescendants() {
        assertEquals(List.of(CITY, WIJK_00, ENSCHEDE, NL), HIERARCHY.pathToRoot(code("BU01530000")));
        assertEquals(List.of(WIJK_00, ENSCHEDE, NL), HIERARCHY.ancestors(code("BU01530000")));
        assertEquals(List.of(NL), HIERARCHY.pathToRoot(code("NL00")));
        assertEquals(List.empty(), HIERARCHY.ancestors(code("NL00")));
        assertEquals(List.of(WIJK_00, CITY, LASONDER, WIJK_01, VELVE), HIERARCHY.descendants(code("GM0153")));
        assertEquals(List.of(CITY, LASONDER, VELVE), HIERARCHY.descendants(code("GM0153"), AreaLevel.NEIGHBOURHOOD));
        assertEquals(8, HIERARCHY.descendants(code("NL00")).size());
        assertEquals(List.empty(), HIERARCHY.descendants(code("BU01530100")));
        assertTrue(HIERARCHY.isAncestor(code("NL00"), code("BU01530100")));
        assertTrue(HIERARCHY.isAncestor(code("GM0153"), code("BU01530100")));
        assertFalse(HIERARCHY.isAncestor(code("WK015300"), code("BU01530100")));
        assertFalse(HIERARCHY.isAncestor(code("GM0153"), code("GM0153")));
        assertFalse(HIERARCHY.isAncestor(code("BU01530100"), code("GM0153")));
    }

    @Test
    @DisplayName("has its top-level areas as roots and its childless areas as leaves")
    void rootsAndLeaves() {
        assertEquals(List.of(NL), HIERARCHY.roots());
        assertEquals(List.of(HENGELO_00, CITY, LASONDER, VELVE), HIERARCHY.leaves());
    }

    @Test
    @DisplayName("answers every query about an unknown code with nothing")
    void unknownCode() {
        AreaCode unknown = code("BU01539999");
        assertFalse(HIERARCHY.contains(unknown));
        assertEquals(Option.none(), HIERARCHY.area(unknown));
        assertEquals(Option.none(), HIERARCHY.parent(unknown));
        assertEquals(List.empty(), HIERARCHY.children(unknown));
        assertEquals(List.empty(), HIERARCHY.descendants(unknown));
        assertEquals(List.empty(), HIERARCHY.ancestors(unknown));
        assertEquals(List.empty(), HIERARCHY.pathToRoot(unknown));
        assertFalse(HIERARCHY.isAncestor(unknown, code("BU01530000")));
        assertFalse(HIERARCHY.isAncestor(code("GM0153"), unknown));
    }

    @Test
    @DisplayName("lets the municipalities of a list without a country row be its roots")
    void municipalRoots() {
        AreaHierarchy municipal = AreaHierarchy.of(Optional.empty(), NATIONAL.remove(NL));
        assertEquals(List.of(ENSCHEDE, HENGELO), municipal.roots());
        assertEquals(List.of(CITY, WIJK_00, ENSCHEDE), municipal.pathToRoot(code("BU01530000")));
        assertEquals(Optional.empty(), municipal.vintage());
        assertEquals(AreaLevel.topDown().drop(1), municipal.levels());
        assertEquals(List.empty(), municipal.areas(AreaLevel.COUNTRY));
    }

    @Test
    @DisplayName("may be empty")
    void empty() {
        AreaHierarchy none = AreaHierarchy.of(Optional.empty(), List.empty());
        assertEquals(0, none.size());
        assertEquals(List.empty(), none.roots());
        assertEquals(List.empty(), none.levels());
        assertEquals(List.empty(), none.areas(AreaLevel.NEIGHBOURHOOD));
    }

    @Test
    @DisplayName("rejects a code that appears twice, naming the code")
    void duplicateCode() {
        var result =
                AreaHierarchy.validate(Optional.empty(), NATIONAL.append(Area.of(code("BU01530000"), "City again")));
        assertEquals(AreaHierarchy.DUPLICATE_CODE, result.getError().single().rule());
        assertEquals("BU01530000", result.getError().single().rejectedValue());
        assertEquals("code", result.getError().single().field());
    }

    @Test
    @DisplayName("rejects an area below the top level whose parent is absent, naming the orphan")
    void orphan() {
        var result = AreaHierarchy.validate(Optional.empty(), NATIONAL.remove(WIJK_00));
        assertEquals(
                List.of("BU01530000", "BU01530001"),
                result.getError().map(Violation::rejectedValue).sorted());
        assertEquals(
                HashSet.of(AreaHierarchy.ORPHAN),
                result.getError().map(Violation::rule).toSet());
    }

    @Test
    @DisplayName("reports every duplicate and every orphan at once, and of(...) throws them")
    void everyViolationAtOnce() {
        Seq<Area> broken = NATIONAL.remove(WIJK_01).append(HENGELO).append(ENSCHEDE);
        var result = AreaHierarchy.validate(Optional.of(Year.of(2022)), broken);
        assertEquals(
                List.of("duplicate-code GM0153", "duplicate-code GM0164", "orphan BU01530100"),
                result.getError()
                        .map(v -> v.rule().id().substring("area-hierarchy.".length()) + " " + v.rejectedValue())
                        .sorted());
        var thrown = assertThrows(InvalidValueException.class, () -> AreaHierarchy.of(Year.of(2022), broken));
        assertEquals(3, thrown.violations().size());
    }

    @Test
    @DisplayName("is equal to another of the same vintage and set of areas, in any order")
    void equality() {
        AreaHierarchy shuffled = AreaHierarchy.of(Year.of(2022), NATIONAL.reverse());
        assertEquals(HIERARCHY, shuffled);
        assertEquals(HIERARCHY.hashCode(), shuffled.hashCode());
        assertNotEquals(HIERARCHY, AreaHierarchy.of(Year.of(2023), NATIONAL));
        assertNotEquals(HIERARCHY, AreaHierarchy.of(Optional.empty(), NATIONAL));
        assertNotEquals(
                HIERARCHY,
                AreaHierarchy.of(Year.of(2022), NATIONAL.replace(CITY, Area.of(code("BU01530000"), "Stad"))));
        assertEquals(
                "AreaHierarchy[CBS 2022: 1 country, 2 municipality, 3 district, 3 neighbourhood]",
                HIERARCHY.toString());
    }

    @Test
    @DisplayName("builds the whole Netherlands (18,003 areas, shuffled) with every neighbourhood under its country")
    void wholeNetherlands() {
        java.util.List<Area> national = syntheticNetherlands();
        assertEquals(18_003, national.size());
        // What it builds, not how fast: how the time grows with the size is measured in welfare-benchmarks, where a
        // busy machine cannot fail a build.
        AreaHierarchy built = AreaHierarchy.of(Year.of(2022), national);
        assertEquals(18_003, built.size());
        assertEquals(List.of(AreaCode.NETHERLANDS), built.roots().map(Area::code));
        assertEquals(
                14_317,
                built.descendants(AreaCode.NETHERLANDS, AreaLevel.NEIGHBOURHOOD).size());
        assertEquals(345, built.children(AreaCode.NETHERLANDS).size());
    }

    /** 345 municipalities, 3,340 districts and 14,317 neighbourhoods, spread as unevenly as CBS's, shuffled. */
    private static java.util.List<Area> syntheticNetherlands() {
        java.util.List<Area> areas = new ArrayList<>();
        areas.add(NL);
        int[] districtsOf = new int[345];
        java.util.List<String> districts = new ArrayList<>();
        for (int m = 0; m < 345; m++) {
            areas.add(Area.of(code(String.format("GM%04d", m + 1)), "Gemeente " + m));
        }
        for (int d = 0; d < 3_340; d++) {
            int m = (d * 7) % 345;
            String wk = String.format("WK%04d%02d", m + 1, districtsOf[m]++);
            districts.add(wk);
            areas.add(Area.of(code(wk), "Wijk " + d));
        }
        int[] neighbourhoodsOf = new int[3_340];
        for (int b = 0; b < 14_317; b++) {
            int d = (b * 13) % 3_340;
            String bu = "BU" + districts.get(d).substring(2) + String.format("%02d", neighbourhoodsOf[d]++);
            areas.add(Area.of(code(bu), "Buurt " + b));
        }
        Collections.shuffle(areas, new java.util.Random(2022));
        return areas;
    }
}
