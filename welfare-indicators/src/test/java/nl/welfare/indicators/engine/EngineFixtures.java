package nl.welfare.indicators.engine;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;

/** A small area tree and a helper to define indicators, shared by the engine's tests. */
final class EngineFixtures {

    /** The query for {@code level} and above over {@code period}, without disclosure control: the raw figures. */
    static EvaluationQuery unprotected(AreaLevel level, ReportingPeriod period) {
        return EvaluationQuery.builder()
                .period(period)
                .level(level)
                .disclosure(DisclosureRules.none())
                .build();
    }

    /** The query for the groups of {@code grouping} over {@code period}, without disclosure control. */
    static EvaluationQuery unprotectedGrouping(String grouping, ReportingPeriod period) {
        return EvaluationQuery.builder()
                .period(period)
                .grouping(grouping)
                .disclosure(DisclosureRules.none())
                .build();
    }

    static final AreaCode CITY = AreaCode.of("GM0153");
    static final AreaCode NORTH = AreaCode.of("WK015301");
    static final AreaCode SOUTH = AreaCode.of("WK015302");
    static final AreaCode N1 = AreaCode.of("BU01530101");
    static final AreaCode N2 = AreaCode.of("BU01530102");
    static final AreaCode S1 = AreaCode.of("BU01530201");
    static final List<AreaCode> NEIGHBOURHOODS = List.of(N1, N2, S1);

    private EngineFixtures() {}

    static AreaHierarchy hierarchy() {
        return AreaHierarchy.of(
                Year.of(2022),
                List.of(
                        area(CITY, Optional.empty()),
                        area(NORTH, Optional.empty()),
                        area(SOUTH, Optional.empty()),
                        area(N1, Optional.of(1200)),
                        area(N2, Optional.of(800)),
                        area(S1, Optional.of(2000))));
    }

    private static Area area(AreaCode code, Optional<Integer> population) {
        return Area.builder()
                .code(code)
                .name(code.value())
                .level(code.level())
                .population(population)
                .build();
    }

    /** A neutral definition of {@code measure}, about persons when the measure counts them. */
    static IndicatorDefinition define(String id, Measure measure) {
        return define(
                id,
                Polarity.NEUTRAL,
                measure.countsPersons() ? StatisticalUnit.PERSONS : StatisticalUnit.OTHER,
                measure);
    }

    /** A definition of {@code measure} with the given polarity and statistical unit. */
    static IndicatorDefinition define(String id, Polarity polarity, StatisticalUnit unit, Measure measure) {
        return IndicatorDefinition.validate(
                        IndicatorId.of(id),
                        id,
                        "",
                        List.of(GoalId.of("participation")),
                        "unit",
                        polarity,
                        unit,
                        measure.kind(),
                        measure)
                .get();
    }
}
