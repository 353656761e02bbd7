package nl.welfare.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A target scope")
class TargetScopeTest {

    private static final AreaCode ENSCHEDE = AreaCode.of("GM0153");
    private static final AreaCode CITY_DISTRICT = AreaCode.of("WK015300");
    private static final AreaCode CITY = AreaCode.of("BU01530000");

    @Test
    @DisplayName("for one area covers that area only, and no group")
    void oneArea() {
        TargetScope scope = TargetScope.area(CITY_DISTRICT);
        assertTrue(scope.covers(CITY_DISTRICT));
        assertFalse(scope.covers(AreaCode.of("WK015301")));
        assertFalse(scope.covers(ENSCHEDE));
        assertFalse(scope.covers(CITY));
        assertFalse(scope.covers("borough", "CENTRUM"));
        assertTrue(scope.isSingle());
        assertEquals("district", scope.areaLevel());
        assertEquals("WK015300", scope.toString());
    }

    @Test
    @DisplayName("for every area of a level covers the areas of that level only, and no group")
    void allOfLevel() {
        TargetScope scope = TargetScope.level(AreaLevel.DISTRICT);
        assertTrue(scope.covers(CITY_DISTRICT));
        assertTrue(scope.covers(AreaCode.of("WK015301")));
        assertFalse(scope.covers(ENSCHEDE));
        assertFalse(scope.covers(CITY));
        assertFalse(scope.covers("district", "WK015300"));
        assertFalse(scope.isSingle());
        assertEquals("district", scope.areaLevel());
        assertEquals("every district", scope.toString());
    }

    @Test
    @DisplayName("for one group covers that group of that grouping only, and no CBS area")
    void oneGroup() {
        TargetScope scope = TargetScope.group("borough", "OOST");
        assertTrue(scope.covers("borough", "OOST"));
        assertFalse(scope.covers("borough", "NOORD"));
        assertFalse(scope.covers("programme-area", "OOST"));
        assertFalse(scope.covers(CITY));
        assertTrue(scope.isSingle());
        assertEquals("borough", scope.areaLevel());
        assertEquals("borough OOST", scope.toString());
    }

    @Test
    @DisplayName("for every group of a grouping covers every group of it only, and no CBS area")
    void allOfGrouping() {
        TargetScope scope = TargetScope.grouping("borough");
        assertTrue(scope.covers("borough", "OOST"));
        assertTrue(scope.covers("borough", "NOORD"));
        assertFalse(scope.covers("programme-area", "OOST"));
        assertFalse(scope.covers(CITY));
        assertFalse(scope.isSingle());
        assertEquals("borough", scope.areaLevel());
        assertEquals("every borough", scope.toString());
    }

    @Test
    @DisplayName("is equal to a scope made from the same parts")
    void equality() {
        assertEquals(TargetScope.group("borough", "OOST"), TargetScope.group("borough", "OOST"));
        assertEquals(TargetScope.level(AreaLevel.DISTRICT), TargetScope.level(AreaLevel.DISTRICT));
        assertFalse(TargetScope.grouping("borough").equals(TargetScope.group("borough", "OOST")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    @DisplayName("rejects a blank grouping")
    void groupingBlank(String grouping) {
        assertEquals(
                TargetScope.GROUPING_BLANK,
                TargetScope.validateGrouping(grouping).getError().single().rule());
        assertEquals(
                TargetScope.GROUPING_BLANK,
                TargetScope.validateGroup(grouping, "OOST").getError().single().rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"district", "Neighbourhood", "municipality", " country "})
    @DisplayName("rejects a grouping named like a CBS level")
    void groupingIsLevel(String grouping) {
        assertEquals(
                TargetScope.GROUPING_IS_LEVEL,
                TargetScope.validateGrouping(grouping).getError().single().rule());
        assertEquals(
                TargetScope.GROUPING_IS_LEVEL,
                TargetScope.validateGroup(grouping, "OOST").getError().single().rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "oost", "OOST NOORD", "OOST.1"})
    @DisplayName("rejects a malformed group code")
    void groupCodeFormat(String code) {
        Violation v = TargetScope.validateGroup("borough", code).getError().single();
        assertEquals(TargetScope.GROUP_CODE_FORMAT, v.rule());
        assertEquals("group_code", v.field());
    }

    @Test
    @DisplayName("reports every broken rule at once, and throws them when built directly")
    void allAtOnce() {
        assertEquals(
                List.of(TargetScope.GROUPING_IS_LEVEL, TargetScope.GROUP_CODE_FORMAT),
                TargetScope.validateGroup("district", "oost").getError().map(Violation::rule));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> TargetScope.group(" ", "OOST"));
        assertEquals(List.of(TargetScope.GROUPING_BLANK), e.violations().map(Violation::rule));
        assertTrue(TargetScope.validateGroup("borough", "OOST").isValid());
        assertTrue(TargetScope.validateGrouping("borough").isValid());
    }
}
