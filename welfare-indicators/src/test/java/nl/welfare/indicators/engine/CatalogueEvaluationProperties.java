package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.survey.ImmutableSurveyResponse;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.dataset.DatasetProperties;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.TargetScope;
import nl.welfare.indicators.target.Targets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The whole reference catalogue, with a threshold share and a change over it, evaluated on generated datasets that
 * hold every resource: every indicator gives results, with and without disclosure control.
 */
@DisplayName("The reference catalogue on generated datasets")
class CatalogueEvaluationProperties {

    private static final ReportingPeriod TERM = ReportingPeriod.years(2018, 2022);

    private static final IndicatorDefinition DISTRICTS_RESIDENT_LED = EngineFixtures.define(
            "neighbourhoods-resident-led",
            Polarity.HIGHER_IS_BETTER,
            StatisticalUnit.OTHER,
            Measure.ThresholdShare.of(
                    ReferenceCatalogue.RESIDENT_LED_INITIATIVES.id(),
                    AreaLevel.NEIGHBOURHOOD,
                    ReferenceCatalogue.RESIDENT_LED_TARGET));

    private static final IndicatorDefinition FEELS_SAFE_CHANGE = EngineFixtures.define(
            "feels-safe-change",
            Polarity.HIGHER_IS_BETTER,
            StatisticalUnit.PERSONS,
            Measure.Change.of(ReferenceCatalogue.FEELS_SAFE.id()));

    private static List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> all = new ArrayList<>(ReferenceCatalogue.all().toJavaList());
        all.add(DISTRICTS_RESIDENT_LED);
        all.add(FEELS_SAFE_CHANGE);
        return all;
    }

    /** Enschede as the generated facts name it: the municipality, ten districts, and 41 neighbourhoods of the first. */
    private static AreaHierarchy hierarchy() {
        List<Area> areas = new ArrayList<>();
        areas.add(Area.of(AreaCode.of("GM0153"), "Enschede"));
        for (int w = 0; w <= 9; w++) {
            areas.add(Area.of(AreaCode.of(String.format("WK0153%02d", w)), "district " + w));
        }
        for (int b = 0; b <= 40; b++) {
            areas.add(Area.builder()
                    .code(AreaCode.of(String.format("BU0153%04d", b)))
                    .name("neighbourhood " + b)
                    .level(AreaLevel.NEIGHBOURHOOD)
                    .population(Optional.of(500 + 37 * b))
                    .build());
        }
        return AreaHierarchy.of(Year.of(2022), areas);
    }

    private static Gen<Dataset> datasets() {
        return in -> {
            Dataset.Builder data = Dataset.builder().hierarchy(hierarchy());
            for (FactType type : FactType.values()) {
                int count = integers().between(0, 150).generate(in);
                for (int i = 0; i < count; i++) {
                    DatasetProperties.add(data, DatasetProperties.fact(type, in));
                }
                data.present(type);
            }
            // The generic facts spread over 22 years, so the term and its baseline year hold few answers; these
            // responses lie inside the term, so that a change of a share has answers on both sides often enough.
            int answers = integers().between(0, 150).generate(in);
            for (int i = 0; i < answers; i++) {
                SurveyResponse r = (SurveyResponse) DatasetProperties.fact(FactType.SURVEY_RESPONSES, in);
                data.add(ImmutableSurveyResponse.copyOf(r)
                        .withDate(LocalDate.of(integers().between(2018, 2022).generate(in), 6, 1)));
            }
            return data.build();
        };
    }

    private static EvaluationQuery query(DisclosureRules rules) {
        return EvaluationQuery.builder()
                .period(TERM)
                .level(AreaLevel.NEIGHBOURHOOD)
                .granularity(PeriodGranularity.YEAR)
                .baseline(ReportingPeriod.year(2018))
                .targets(Targets.of(List.of(Target.of(
                        ReferenceCatalogue.RESIDENT_LED_INITIATIVES.id(),
                        TargetScope.level(AreaLevel.DISTRICT),
                        ReportingPeriod.year(2022),
                        ReferenceCatalogue.RESIDENT_LED_TARGET))))
                .disclosure(rules)
                .build();
    }

    @Test
    @DisplayName("every indicator evaluates, gives OK results somewhere, and publishes no small count")
    void catalogueEvaluates() {
        List<IndicatorDefinition> definitions = definitions();
        Set<IndicatorId> seenOk = new HashSet<>();
        int cells = 1 + 10 + 41;
        qt().withExamples(12).forAll(datasets()).checkAssert(dataset -> {
            IndicatorTable open = IndicatorEngine.evaluate(definitions, dataset, query(DisclosureRules.none()));
            IndicatorTable safe = IndicatorEngine.evaluate(definitions, dataset, query(DisclosureRules.standard()));
            assertEquals(definitions.size() * cells * 5, open.size());
            assertEquals(open.size(), safe.size());
            for (IndicatorResult r : open.results()) {
                assertNotEquals(ResultStatus.SUPPRESSED, r.status(), r.toString());
                if (r.status() == ResultStatus.OK) {
                    seenOk.add(r.indicator());
                }
            }
            for (IndicatorResult r : safe.results().filter(r -> r.status() == ResultStatus.OK)) {
                IndicatorDefinition d = definitions.stream()
                        .filter(x -> x.id().equals(r.indicator()))
                        .findFirst()
                        .get();
                if (d.statisticalUnit() == StatisticalUnit.PERSONS && !(d.measure() instanceof Measure.Ratio)) {
                    assertTrue(r.sampleSize().get() >= 10, r.toString());
                }
            }
            for (IndicatorResult r : safe.results(ReferenceCatalogue.RESIDENT_LED_INITIATIVES.id())) {
                boolean targeted =
                        r.areaLevel().equals("district") && r.period().equals(ReportingPeriod.year(2022));
                assertEquals(targeted, r.assessment().isPresent(), r.toString());
            }
        });
        Set<IndicatorId> all = new HashSet<>();
        definitions.forEach(d -> all.add(d.id()));
        assertEquals(all, seenOk, "every indicator gives an OK result on some generated dataset");
    }
}
