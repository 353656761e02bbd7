package nl.welfare.domain.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An area")
class AreaTest {

    private static final AreaCode WIJK_00 = AreaCode.of("WK015300");

    @Test
    @DisplayName("takes the parent its code implies when the input gives none")
    void derivesParent() {
        Area district = Area.of(WIJK_00, "Wijk 00 Binnensingelgebied");
        assertEquals(AreaLevel.DISTRICT, district.level());
        assertEquals(Optional.of(AreaCode.of("GM0153")), district.parentCode());
        assertEquals(
                Optional.of(AreaCode.NETHERLANDS),
                Area.of(AreaCode.of("GM0153"), "Enschede").parentCode());
        assertEquals(
                Optional.empty(), Area.of(AreaCode.NETHERLANDS, "Nederland").parentCode());
    }

    @Test
    @DisplayName("is the same whether or not the input gave the parent its code implies")
    void givenParentEqualsImpliedParent() {
        Area given = Area.validate(
                        WIJK_00, "Wijk 00", AreaLevel.DISTRICT, Optional.of(AreaCode.of("GM0153")), Optional.of(9000))
                .get();
        Area implied = Area.validate(WIJK_00, "Wijk 00", AreaLevel.DISTRICT, Optional.empty(), Optional.of(9000))
                .get();
        assertEquals(given, implied);
        assertEquals(Optional.of(9000), given.population());
    }

    @Test
    @DisplayName("rejects a level that is not its code's level")
    void levelMismatch() {
        var result = Area.validate(WIJK_00, "Wijk 00", AreaLevel.NEIGHBOURHOOD, Optional.empty(), Optional.empty());
        assertBreaks(result, Area.LEVEL_MISMATCH, "level");
        assertEquals("neighbourhood", result.getError().single().rejectedValue());
    }

    @Test
    @DisplayName("rejects a district code under the wrong municipality")
    void parentMismatch() {
        var result = Area.validate(
                WIJK_00, "Wijk 00", AreaLevel.DISTRICT, Optional.of(AreaCode.of("GM0154")), Optional.empty());
        assertBreaks(result, Area.PARENT_MISMATCH, "parent_code");
        assertEquals("GM0154", result.getError().single().rejectedValue());
    }

    @Test
    @DisplayName("rejects any parent of the country")
    void countryHasNoParent() {
        var result = Area.validate(
                AreaCode.NETHERLANDS,
                "Nederland",
                AreaLevel.COUNTRY,
                Optional.of(AreaCode.of("GM0153")),
                Optional.empty());
        assertBreaks(result, Area.PARENT_MISMATCH, "parent_code");
    }

    @Test
    @DisplayName("rejects a blank name")
    void nameBlank() {
        assertBreaks(
                Area.validate(WIJK_00, " \t", AreaLevel.DISTRICT, Optional.empty(), Optional.empty()),
                Area.NAME_BLANK,
                "name");
    }

    @Test
    @DisplayName("rejects a negative population and accepts zero")
    void populationNegative() {
        assertBreaks(
                Area.validate(WIJK_00, "Wijk 00", AreaLevel.DISTRICT, Optional.empty(), Optional.of(-1)),
                Area.POPULATION_NEGATIVE,
                "population");
        assertTrue(Area.validate(WIJK_00, "Wijk 00", AreaLevel.DISTRICT, Optional.empty(), Optional.of(0))
                .isValid());
    }

    @Test
    @DisplayName("reports every broken rule at once, and its builder throws them")
    void everyRuleAtOnce() {
        var result = Area.validate(WIJK_00, "", AreaLevel.COUNTRY, Optional.of(AreaCode.of("GM0154")), Optional.of(-5));
        assertEquals(
                HashSet.of(Area.NAME_BLANK, Area.LEVEL_MISMATCH, Area.PARENT_MISMATCH, Area.POPULATION_NEGATIVE),
                result.getError().map(Violation::rule).toSet());
        var thrown = assertThrows(
                InvalidValueException.class,
                () -> Area.builder()
                        .code(WIJK_00)
                        .name("")
                        .level(AreaLevel.DISTRICT)
                        .build());
        assertEquals(Area.NAME_BLANK, thrown.violations().single().rule());
    }

    static void assertBreaks(Validation<Seq<Violation>, ?> result, Rule rule, String field) {
        assertTrue(result.isInvalid(), () -> "expected " + rule + " to be broken");
        assertEquals(rule, result.getError().single().rule());
        assertEquals(field, result.getError().single().field());
    }
}
