package nl.welfare.domain.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import java.time.Year;
import java.util.List;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An area grouping")
class AreaGroupingTest {

    private static final AreaCode CITY = AreaCode.of("BU01530000");
    private static final AreaCode LASONDER = AreaCode.of("BU01530001");
    private static final AreaCode HOGELAND_NOORD = AreaCode.of("BU01530004");
    private static final AreaCode VELVE = AreaCode.of("BU01530100");

    private static final AreaGroup CENTRUM = AreaGroup.of("CENTRUM", "Centrum", List.of(CITY, LASONDER));
    private static final AreaGroup OOST = AreaGroup.of("OOST", "Oost", List.of(HOGELAND_NOORD, VELVE));

    private static final AreaHierarchy ENSCHEDE = AreaHierarchy.of(
            Year.of(2022),
            List.of(
                    Area.of(AreaCode.of("GM0153"), "Enschede"),
                    Area.of(AreaCode.of("WK015300"), "Wijk 00"),
                    Area.of(AreaCode.of("WK015301"), "Wijk 01"),
                    Area.of(CITY, "City"),
                    Area.of(LASONDER, "Lasonder, Zeggelt"),
                    Area.of(AreaCode.of("BU01530002"), "De Laares"),
                    Area.of(HOGELAND_NOORD, "Hogeland-Noord"),
                    Area.of(VELVE, "Velve-Lindenhof")));

    @Test
    @DisplayName("finds the group of a neighbourhood, a group by code, and its members")
    void queries() {
        AreaGrouping boroughs = AreaGrouping.of("borough", List.of(CENTRUM, OOST));
        assertEquals(Option.some(OOST), boroughs.groupOf(HOGELAND_NOORD));
        assertEquals(Option.none(), boroughs.groupOf(AreaCode.of("BU01530002")));
        assertEquals(Option.some(CENTRUM), boroughs.group("CENTRUM"));
        assertEquals(Option.none(), boroughs.group("NOORD"));
        assertEquals(io.vavr.collection.List.of(HOGELAND_NOORD, VELVE), boroughs.members("OOST"));
        assertEquals(io.vavr.collection.List.empty(), boroughs.members("NOORD"));
        assertEquals(List.of(CENTRUM, OOST), boroughs.groups());
    }

    @Test
    @DisplayName("lets a group cut across districts and lists the neighbourhoods in no group")
    void cutsAcrossDistrictsAndLeavesSomeOut() {
        AreaGrouping boroughs = AreaGrouping.validate("borough", List.of(CENTRUM, OOST))
                .flatMap(g -> g.validateAgainst(ENSCHEDE))
                .get();
        assertEquals(
                io.vavr.collection.List.of(AreaCode.of("BU01530002")),
                boroughs.ungrouped(ENSCHEDE).map(Area::code));
        assertTrue(OOST.contains(HOGELAND_NOORD) && CENTRUM.contains(CITY));
        assertEquals(ENSCHEDE.parent(HOGELAND_NOORD), ENSCHEDE.parent(CITY));
    }

    @Test
    @DisplayName("may have no groups")
    void noGroups() {
        AreaGrouping none = AreaGrouping.of("borough", List.of());
        assertEquals(5, none.ungrouped(ENSCHEDE).size());
        assertTrue(none.validateAgainst(ENSCHEDE).isValid());
    }

    @Test
    @DisplayName("rejects a neighbourhood in two groups, naming it once")
    void duplicateMember() {
        AreaGroup other = AreaGroup.of("OOST", "Oost", List.of(CITY, VELVE));
        var result = AreaGrouping.validate("borough", List.of(CENTRUM, other));
        AreaTest.assertBreaks(result, AreaGrouping.DUPLICATE_MEMBER, "area_code");
        assertEquals("BU01530000", result.getError().single().rejectedValue());
    }

    @Test
    @DisplayName("rejects two groups with the same code, naming the code")
    void duplicateGroup() {
        AreaGroup again = AreaGroup.of("CENTRUM", "Centrum-Zuid", List.of(VELVE));
        var result = AreaGrouping.validate("borough", List.of(CENTRUM, again));
        AreaTest.assertBreaks(result, AreaGrouping.DUPLICATE_GROUP, "group_code");
        assertEquals("CENTRUM", result.getError().single().rejectedValue());
    }

    @Test
    @DisplayName("rejects a blank name")
    void nameBlank() {
        AreaTest.assertBreaks(AreaGrouping.validate(" ", List.of(CENTRUM)), AreaGrouping.NAME_BLANK, "grouping");
    }

    @ParameterizedTest
    @ValueSource(strings = {"district", "Neighbourhood", "municipality", "country"})
    @DisplayName("rejects the name of a CBS level, which would be ambiguous in results")
    void nameIsLevel(String name) {
        AreaTest.assertBreaks(AreaGrouping.validate(name, List.of(CENTRUM)), AreaGrouping.NAME_IS_LEVEL, "grouping");
    }

    @Test
    @DisplayName("rejects, against a hierarchy, every member the hierarchy does not have")
    void unknownArea() {
        AreaGroup zuid = AreaGroup.of("ZUID", "Zuid", List.of(AreaCode.of("BU01530500"), AreaCode.of("BU01530501")));
        var result = AreaGrouping.of("borough", List.of(CENTRUM, zuid)).validateAgainst(ENSCHEDE);
        assertEquals(
                HashSet.of(AreaGrouping.UNKNOWN_AREA),
                result.getError().map(Violation::rule).toSet());
        assertEquals(
                io.vavr.collection.List.of("BU01530500", "BU01530501"),
                result.getError().map(Violation::rejectedValue));
    }

    @Test
    @DisplayName("reports every broken rule at once, and of(...) throws them")
    void everyRuleAtOnce() {
        AreaGroup overlapping = AreaGroup.of("CENTRUM", "Centrum", List.of(CITY));
        var result = AreaGrouping.validate("", List.of(CENTRUM, overlapping));
        assertEquals(
                HashSet.of(AreaGrouping.NAME_BLANK, AreaGrouping.DUPLICATE_GROUP, AreaGrouping.DUPLICATE_MEMBER),
                result.getError().map(Violation::rule).toSet());
        assertThrows(InvalidValueException.class, () -> AreaGrouping.of("", List.of()));
    }

    @Test
    @DisplayName("is the borough grouping when Borough builds it")
    void boroughs() {
        AreaGrouping boroughs = Borough.boroughs(List.of(CENTRUM, OOST));
        assertEquals(Borough.GROUPING, boroughs.name());
        assertTrue(Borough.isBoroughGrouping(boroughs));
        assertFalse(Borough.isBoroughGrouping(AreaGrouping.of("wijkteam", List.of(CENTRUM))));
        assertEquals(boroughs, Borough.validate(List.of(CENTRUM, OOST)).get());
        assertTrue(Borough.validate(List.of(CENTRUM, CENTRUM)).isInvalid());
    }
}
