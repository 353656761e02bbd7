package nl.welfare.domain.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Enschede's CBS 2022 areas and its boroughs")
class EnschedeAreasTest {

    private static final AreaCode ENSCHEDE = AreaCode.of("GM0153");

    @Test
    @DisplayName("form a valid hierarchy of 1 municipality, 10 districts and 70 neighbourhoods under GM0153")
    void hierarchy() {
        AreaHierarchy hierarchy = EnschedeAreas.hierarchy().get();
        assertEquals(Optional.of(Year.of(2022)), hierarchy.vintage());
        assertEquals(81, hierarchy.size());
        assertEquals(1, hierarchy.areas(AreaLevel.MUNICIPALITY).size());
        assertEquals(10, hierarchy.areas(AreaLevel.DISTRICT).size());
        assertEquals(70, hierarchy.areas(AreaLevel.NEIGHBOURHOOD).size());
        assertEquals(List.of(ENSCHEDE), hierarchy.roots().map(Area::code));
        assertEquals("Enschede", hierarchy.area(ENSCHEDE).get().name());
        for (Area neighbourhood : hierarchy.areas(AreaLevel.NEIGHBOURHOOD)) {
            Seq<Area> path = hierarchy.pathToRoot(neighbourhood.code());
            assertEquals(3, path.size());
            assertEquals(ENSCHEDE, path.last().code());
        }
        assertEquals(hierarchy.areas(AreaLevel.NEIGHBOURHOOD), hierarchy.leaves());
        assertEquals("City", hierarchy.area(AreaCode.of("BU01530000")).get().name());
        assertEquals(
                "Lasonder, Zeggelt",
                hierarchy.area(AreaCode.of("BU01530001")).get().name());
    }

    @Test
    @DisplayName("group into five boroughs that hold every neighbourhood exactly once and cut across districts")
    void boroughs() {
        AreaHierarchy hierarchy = EnschedeAreas.hierarchy().get();
        AreaGrouping boroughs = EnschedeAreas.boroughs()
                .flatMap(b -> b.validateAgainst(hierarchy))
                .get();
        assertTrue(Borough.isBoroughGrouping(boroughs));
        assertEquals(
                List.of("CENTRUM", "OOST", "WEST", "NOORD", "ZUID").sorted(),
                List.ofAll(boroughs.groups()).map(AreaGroup::code).sorted());
        assertEquals(List.empty(), boroughs.ungrouped(hierarchy));
        assertEquals(
                70,
                List.ofAll(boroughs.groups()).map(g -> g.members().size()).sum().intValue());
        for (Area neighbourhood : hierarchy.areas(AreaLevel.NEIGHBOURHOOD)) {
            assertEquals(1, List.ofAll(boroughs.groups()).count(g -> g.contains(neighbourhood.code())));
        }
        Seq<Area> splitDistricts = hierarchy
                .areas(AreaLevel.DISTRICT)
                .filter(district -> HashSet.ofAll(hierarchy.children(district.code()))
                                .map(n -> boroughs.groupOf(n.code()).get().code())
                                .size()
                        > 1);
        assertTrue(splitDistricts.nonEmpty(), "some district's neighbourhoods lie in more than one borough");
        assertTrue(splitDistricts.map(Area::code).contains(AreaCode.of("WK015300")));
    }
}
