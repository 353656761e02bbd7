package nl.welfare.indicators.engine;

import java.util.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.fixtures.SmallCity;

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

    static final AreaCode CITY = SmallCity.CITY;
    static final AreaCode NORTH = SmallCity.NORTH;
    static final AreaCode SOUTH = SmallCity.SOUTH;
    static final AreaCode N1 = SmallCity.N1;
    static final AreaCode N2 = SmallCity.N2;
    static final AreaCode S1 = SmallCity.S1;
    static final List<AreaCode> NEIGHBOURHOODS = SmallCity.NEIGHBOURHOODS;

    private EngineFixtures() {}

    static AreaHierarchy hierarchy() {
        return SmallCity.hierarchy();
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
        return SmallCity.define(id, "participation", "unit", polarity, unit, measure);
    }
}
