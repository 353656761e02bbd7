package nl.welfare.indicators.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The words of a definition file")
class CodesTest {

    @ParameterizedTest
    @EnumSource(IndicatorKind.class)
    @DisplayName("name every kind of indicator, read back case-insensitively")
    void kinds(IndicatorKind kind) {
        assertEquals(kind, IndicatorKind.parse(kind.code()).get());
        assertEquals(kind, IndicatorKind.parse(" " + kind.name() + " ").get());
    }

    @Test
    @DisplayName("refuse an unknown kind")
    void unknownKind() {
        RuleAssertions.assertBreaksOnly(IndicatorKind.KNOWN, "kind", IndicatorKind.parse("median"));
    }

    @ParameterizedTest
    @EnumSource(CountMode.class)
    @DisplayName("name flow and stock")
    void modes(CountMode mode) {
        assertEquals(mode, CountMode.parse(mode.code()).get());
    }

    @Test
    @DisplayName("refuse an unknown count mode")
    void unknownMode() {
        RuleAssertions.assertBreaksOnly(CountMode.KNOWN, "mode", CountMode.parse("snapshot"));
    }

    @ParameterizedTest
    @EnumSource(NetworkScope.class)
    @DisplayName("name anywhere and within_area, read back case-insensitively")
    void networkScopes(NetworkScope scope) {
        assertEquals(scope, NetworkScope.parse(scope.code()).get());
        assertEquals(scope, NetworkScope.parse(" " + scope.name() + " ").get());
    }

    @Test
    @DisplayName("refuse an unknown network scope")
    void unknownNetworkScope() {
        RuleAssertions.assertBreaksOnly(NetworkScope.KNOWN, "scope", NetworkScope.parse("neighbourhood"));
    }

    @ParameterizedTest
    @EnumSource(Polarity.class)
    @DisplayName("name every polarity")
    void polarities(Polarity polarity) {
        assertEquals(polarity, Polarity.parse(polarity.code()).get());
    }

    @Test
    @DisplayName("refuse an unknown polarity")
    void unknownPolarity() {
        RuleAssertions.assertBreaksOnly(Polarity.KNOWN, "polarity", Polarity.parse("up"));
    }

    @ParameterizedTest
    @EnumSource(StatisticalUnit.class)
    @DisplayName("name every statistical unit")
    void units(StatisticalUnit unit) {
        assertEquals(unit, StatisticalUnit.parse(unit.code()).get());
    }

    @Test
    @DisplayName("refuse an unknown statistical unit")
    void unknownUnit() {
        RuleAssertions.assertBreaksOnly(StatisticalUnit.KNOWN, "statistical_unit", StatisticalUnit.parse("households"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"feels-safe", "individual-support-per-1000", "x", "a1-b2"})
    @DisplayName("take kebab-case indicator ids and give them back as text")
    void indicatorIds(String text) {
        assertEquals(text, IndicatorId.parse(text).get().toString());
        assertEquals(IndicatorId.of(text), IndicatorId.parse(text).get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Feels-safe", "feels safe", "feels--safe", "-feels", "feels_safe", "feels-"})
    @DisplayName("refuse an indicator id that is not kebab-case")
    void malformedIndicatorIds(String text) {
        RuleAssertions.assertBreaksOnly(IndicatorId.FORMAT, "indicator", IndicatorId.parse(text));
    }

    @Test
    @DisplayName("refuse an indicator id longer than 64 characters")
    void longIndicatorId() {
        RuleAssertions.assertBreaksOnly(IndicatorId.FORMAT, IndicatorId.parse("a".repeat(65)));
        assertThrows(InvalidValueException.class, () -> IndicatorId.of("a".repeat(65)));
    }
}
