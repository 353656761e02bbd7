package nl.welfare.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.definition.IndicatorId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A target")
class TargetTest {

    private static final ReportingPeriod Y2022 = ReportingPeriod.year(2022);
    private static final TargetScope ENSCHEDE = TargetScope.area(AreaCode.of("GM0153"));

    private static final Target RESIDENT_LED = Target.builder()
            .indicator(IndicatorId.of("resident-led-initiatives"))
            .scope(TargetScope.level(AreaLevel.DISTRICT))
            .period(Y2022)
            .value(0.8)
            .build();

    @Test
    @DisplayName("applies to the areas of its scope over exactly its own period")
    void appliesToItsAreasAndPeriod() {
        assertTrue(RESIDENT_LED.appliesTo(AreaCode.of("WK015300"), Y2022));
        assertTrue(RESIDENT_LED.appliesTo(AreaCode.of("WK015309"), Y2022));
        assertFalse(RESIDENT_LED.appliesTo(AreaCode.of("GM0153"), Y2022));
        assertFalse(RESIDENT_LED.appliesTo(AreaCode.of("BU01530000"), Y2022));
        assertFalse(RESIDENT_LED.appliesTo(AreaCode.of("WK015300"), ReportingPeriod.year(2021)));
        assertFalse(RESIDENT_LED.appliesTo(AreaCode.of("WK015300"), ReportingPeriod.quarter(2022, 1)));
        assertFalse(RESIDENT_LED.appliesTo(AreaCode.of("WK015300"), ReportingPeriod.years(2018, 2022)));
        assertFalse(RESIDENT_LED.appliesTo("borough", "OOST", Y2022));
    }

    @Test
    @DisplayName("for a group applies to that group of its grouping only")
    void appliesToAGroup() {
        Target oost = Target.of("feels-safe", TargetScope.group("borough", "OOST"), Y2022, 0.75);
        assertTrue(oost.appliesTo("borough", "OOST", Y2022));
        assertFalse(oost.appliesTo("borough", "NOORD", Y2022));
        assertFalse(oost.appliesTo("borough", "OOST", ReportingPeriod.year(2019)));
        assertFalse(oost.appliesTo(AreaCode.of("GM0153"), Y2022));
    }

    @Test
    @DisplayName("validates to the target a builder makes, and prints in words")
    void validatesAndPrints() {
        assertEquals(
                RESIDENT_LED,
                Target.validate("resident-led-initiatives", TargetScope.level(AreaLevel.DISTRICT), Y2022, 0.8)
                        .get());
        assertEquals("resident-led-initiatives every district 2022: 0.8", RESIDENT_LED.toString());
        assertTrue(Target.validate("residents-participating-per-1000", ENSCHEDE, Y2022, 12.5)
                .isValid());
        assertTrue(Target.validate("x", ENSCHEDE, Y2022, -0.05).isValid());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Feels-Safe",
                "feels_safe",
                "feels safe",
                "-feels-safe",
                "feels-safe-",
                "feels--safe",
                "feels-safe ",
                "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdefghij"
            })
    @DisplayName("rejects an indicator id that is not kebab-case")
    void indicatorFormat(String indicator) {
        Violation v =
                Target.validate(indicator, ENSCHEDE, Y2022, 0.8).getError().single();
        assertEquals(IndicatorId.FORMAT, v.rule());
        assertEquals("indicator", v.field());
    }

    @Test
    @DisplayName("accepts an indicator id of exactly the longest length")
    void longestIndicator() {
        String longest = "a" + "-b".repeat((IndicatorId.MAX_LENGTH - 1) / 2);
        assertEquals(IndicatorId.MAX_LENGTH - 1, longest.length());
        assertTrue(Target.validate(longest + "c", ENSCHEDE, Y2022, 1).isValid());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    @DisplayName("rejects a value that is not a finite number")
    void valueNotFinite(double value) {
        Violation v =
                Target.validate("feels-safe", ENSCHEDE, Y2022, value).getError().single();
        assertEquals(Target.VALUE_NOT_FINITE, v.rule());
        assertEquals("target", v.field());
    }

    @Test
    @DisplayName("reports every broken rule at once, and throws them when built directly")
    void allAtOnce() {
        assertEquals(
                List.of(IndicatorId.FORMAT, Target.VALUE_NOT_FINITE),
                Target.validate("Resident_Led", ENSCHEDE, Y2022, Double.NaN)
                        .getError()
                        .map(Violation::rule));
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> Target.of("feels-safe", ENSCHEDE, Y2022, 1 / 0.0));
        assertEquals(List.of(Target.VALUE_NOT_FINITE), e.violations().map(Violation::rule));
    }
}
