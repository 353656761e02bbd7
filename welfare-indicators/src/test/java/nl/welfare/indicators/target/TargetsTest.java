package nl.welfare.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.definition.IndicatorId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A collection of targets")
class TargetsTest {

    private static final IndicatorId RESIDENT_LED = IndicatorId.of("resident-led-initiatives");
    private static final IndicatorId FEELS_SAFE = IndicatorId.of("feels-safe");
    private static final ReportingPeriod Y2022 = ReportingPeriod.year(2022);
    private static final AreaCode CITY_DISTRICT = AreaCode.of("WK015300");
    private static final AreaCode OTHER_DISTRICT = AreaCode.of("WK015301");

    private static final Target EVERY_DISTRICT =
            Target.of(RESIDENT_LED, TargetScope.level(AreaLevel.DISTRICT), Y2022, 0.8);
    private static final Target CITY_ONLY = Target.of(RESIDENT_LED, TargetScope.area(CITY_DISTRICT), Y2022, 0.9);
    private static final Target EVERY_BOROUGH = Target.of(RESIDENT_LED, TargetScope.grouping("borough"), Y2022, 0.7);
    private static final Target OOST = Target.of(RESIDENT_LED, TargetScope.group("borough", "OOST"), Y2022, 0.8);

    @Test
    @DisplayName("prefers the target for one area to the one for every area of its level, in any order")
    void oneAreaBeatsItsLevel() {
        for (Targets targets : List.of(
                Targets.of(List.of(EVERY_DISTRICT, CITY_ONLY)), Targets.of(List.of(CITY_ONLY, EVERY_DISTRICT)))) {
            assertEquals(Option.some(CITY_ONLY), targets.lookup(RESIDENT_LED, CITY_DISTRICT, Y2022));
            assertEquals(Option.some(EVERY_DISTRICT), targets.lookup(RESIDENT_LED, OTHER_DISTRICT, Y2022));
            assertEquals(Option.none(), targets.lookup(RESIDENT_LED, AreaCode.of("GM0153"), Y2022));
            assertEquals(Option.none(), targets.lookup(RESIDENT_LED, AreaCode.of("BU01530000"), Y2022));
        }
    }

    @Test
    @DisplayName("prefers the target for one group to the one for every group of its grouping")
    void oneGroupBeatsItsGrouping() {
        Targets targets = Targets.of(List.of(EVERY_BOROUGH, OOST, EVERY_DISTRICT));
        assertEquals(Option.some(OOST), targets.lookup(RESIDENT_LED, "borough", "OOST", Y2022));
        assertEquals(Option.some(EVERY_BOROUGH), targets.lookup(RESIDENT_LED, "borough", "NOORD", Y2022));
        assertEquals(Option.none(), targets.lookup(RESIDENT_LED, "stadsdeel", "OOST", Y2022));
        assertEquals(Option.some(EVERY_DISTRICT), targets.lookup(RESIDENT_LED, CITY_DISTRICT, Y2022));
    }

    @Test
    @DisplayName("finds nothing for another indicator or another period")
    void otherIndicatorOrPeriod() {
        Targets targets = Targets.of(List.of(EVERY_DISTRICT, CITY_ONLY));
        assertEquals(Option.none(), targets.lookup(FEELS_SAFE, CITY_DISTRICT, Y2022));
        assertEquals(Option.none(), targets.lookup(RESIDENT_LED, CITY_DISTRICT, ReportingPeriod.year(2021)));
        assertEquals(Option.none(), Targets.empty().lookup(RESIDENT_LED, CITY_DISTRICT, Y2022));
        assertTrue(Targets.empty().isEmpty());
        assertEquals(List.of(EVERY_DISTRICT, CITY_ONLY), targets.forIndicator(RESIDENT_LED));
        assertEquals(List.empty(), targets.forIndicator(FEELS_SAFE));
    }

    @Test
    @DisplayName("keeps targets for the same scope in different periods or for different indicators apart")
    void sameScopeOtherKey() {
        Target y2021 = Target.of(RESIDENT_LED, TargetScope.area(CITY_DISTRICT), ReportingPeriod.year(2021), 0.85);
        Target safe = Target.of("feels-safe", TargetScope.area(CITY_DISTRICT), Y2022, 0.6);
        Targets targets = Targets.validate(List.of(CITY_ONLY, y2021, safe)).get();
        assertEquals(Option.some(y2021), targets.lookup(RESIDENT_LED, CITY_DISTRICT, ReportingPeriod.year(2021)));
        assertEquals(Option.some(safe), targets.lookup(FEELS_SAFE, CITY_DISTRICT, Y2022));
    }

    @Test
    @DisplayName("rejects two targets for the same indicator, scope and period, naming each such key once")
    void duplicate() {
        Target again = Target.of(RESIDENT_LED, TargetScope.level(AreaLevel.DISTRICT), Y2022, 0.75);
        var error = Targets.validate(List.of(EVERY_DISTRICT, again, EVERY_DISTRICT, CITY_ONLY))
                .getError();
        Violation v = error.single();
        assertEquals(Targets.DUPLICATE, v.rule());
        assertEquals("resident-led-initiatives every district 2022", v.rejectedValue());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Targets.of(List.of(OOST, OOST)));
        assertEquals(List.of(Targets.DUPLICATE), e.violations().map(Violation::rule));
    }
}
