package nl.welfare.indicators.engine;

import static nl.welfare.indicators.engine.EngineFixtures.CITY;
import static nl.welfare.indicators.engine.EngineFixtures.N1;
import static nl.welfare.indicators.engine.EngineFixtures.N2;
import static nl.welfare.indicators.engine.EngineFixtures.NORTH;
import static nl.welfare.indicators.engine.EngineFixtures.S1;
import static nl.welfare.indicators.engine.EngineFixtures.SOUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.stats.Difference;
import nl.welfare.indicators.stats.Differences;
import nl.welfare.indicators.stats.Proportions;
import nl.welfare.indicators.stats.WeightedSums;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.TargetScope;
import nl.welfare.indicators.target.Targets;
import nl.welfare.indicators.target.Trend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed examples of what the engine publishes: disclosure control, rounding, changes, {@code CHANGE} and
 * {@code THRESHOLD_SHARE} rows, and targets.
 *
 * <p>The survey: "do you feel safe" (wl04; answers 1 and 2 count as yes), every weight 1.
 *
 * <pre>
 *          2018 yes/n   2021 yes/n
 *   N1       10/20        16/30
 *   N2       12/20         2/3      (north: 26/40 and 18/33)
 *   S1       15/30        24/30
 * </pre>
 */
@DisplayName("What the engine publishes")
class PublicationTest {

    private static final ReportingPeriod Y2018 = ReportingPeriod.year(2018);
    private static final ReportingPeriod Y2021 = ReportingPeriod.year(2021);
    private static final IndicatorDefinition FEELS_SAFE = ReferenceCatalogue.FEELS_SAFE;
    private static final IndicatorId SAFE = FEELS_SAFE.id();
    private static final IndicatorDefinition FEELS_SAFE_CHANGE = EngineFixtures.define(
            "feels-safe-change", Polarity.HIGHER_IS_BETTER, StatisticalUnit.PERSONS, Measure.Change.of(SAFE));

    private static int respondents;

    private static void answers(Dataset.Builder data, AreaCode area, int year, int yes, int n) {
        for (int i = 0; i < n; i++) {
            data.add(SurveyResponse.builder()
                    .respondent(RespondentId.of("resp-" + respondents++))
                    .area(area)
                    .date(LocalDate.of(year, 6, 1))
                    .question(QuestionCode.of("wl04"))
                    .answer(i < yes ? "1" : "4")
                    .weight(1.0)
                    .build());
        }
    }

    /** The sums of {@code n} answers of weight 1, {@code yes} of them "yes". */
    private static WeightedSums answered(int yes, int n) {
        WeightedSums sums = WeightedSums.EMPTY;
        for (int i = 0; i < n; i++) {
            sums = sums.addAnswer(1, i < yes);
        }
        return sums;
    }

    private static Dataset survey() {
        Dataset.Builder data = Dataset.builder().hierarchy(EngineFixtures.hierarchy());
        answers(data, N1, 2018, 10, 20);
        answers(data, N2, 2018, 12, 20);
        answers(data, S1, 2018, 15, 30);
        answers(data, N1, 2021, 16, 30);
        answers(data, N2, 2021, 2, 3);
        answers(data, S1, 2021, 24, 30);
        return data.build();
    }

    private static ImmutableEvaluationQuery.BuildFinal neighbourhoods2021() {
        return EvaluationQuery.builder().period(Y2021).level(AreaLevel.NEIGHBOURHOOD);
    }

    private static IndicatorResult find(IndicatorTable table, IndicatorId id, AreaCode area) {
        return table.find(id, area.value(), Y2021).get();
    }

    @Test
    @DisplayName("suppresses a small cell, and the smallest other part of its area so that no subtraction gives it")
    void suppression() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(FEELS_SAFE), survey(), neighbourhoods2021().build());
        assertEquals(ResultStatus.SUPPRESSED, find(table, SAFE, N2).status());
        assertEquals(ResultStatus.SUPPRESSED, find(table, SAFE, N1).status());
        assertTrue(find(table, SAFE, N1).value().isEmpty());
        assertTrue(find(table, SAFE, N1).sampleSize().isEmpty());
        IndicatorResult north = find(table, SAFE, NORTH);
        assertEquals(ResultStatus.OK, north.status());
        assertEquals(Optional.of(18.0), north.numerator());
        assertEquals(Optional.of(33L), north.sampleSize());
        assertEquals(ResultStatus.OK, find(table, SAFE, S1).status());
        assertEquals(Optional.of(0.8), find(table, SAFE, S1).value());
        assertEquals(DisclosureRules.standard(), table.disclosure());
    }

    @Test
    @DisplayName("publishes every cell when disclosure control is turned off by name, and records that")
    void turnedOff() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(FEELS_SAFE),
                survey(),
                neighbourhoods2021().disclosure(DisclosureRules.none()).build());
        assertEquals(Optional.of(2.0 / 3), find(table, SAFE, N2).value());
        assertEquals(DisclosureRules.none(), table.disclosure());
        assertTrue(table.results().forAll(r -> r.status() == ResultStatus.OK));
    }

    @Test
    @DisplayName("with rounding publishes counts in multiples of five and computes the value from them")
    void rounding() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(FEELS_SAFE),
                survey(),
                neighbourhoods2021()
                        .disclosure(DisclosureRules.standard()
                                .rounded(5, nl.welfare.indicators.disclosure.RoundingKey.generate()))
                        .build());
        IndicatorTable unrounded = IndicatorEngine.evaluate(
                List.of(FEELS_SAFE), survey(), neighbourhoods2021().build());
        Seq<IndicatorResult> published = table.results().filter(r -> r.status() == ResultStatus.OK);
        // The same cells as without rounding, north and S1 among them: the checks below see rows, not an empty list.
        assertEquals(
                unrounded
                        .results()
                        .filter(r -> r.status() == ResultStatus.OK)
                        .map(IndicatorResult::area)
                        .sorted(),
                published.map(IndicatorResult::area).sorted());
        assertTrue(
                published.map(IndicatorResult::area).containsAll(List.of(NORTH.value(), S1.value())),
                () -> published.mkString("\n"));
        for (IndicatorResult r : published) {
            long n = r.sampleSize().get();
            double k = r.numerator().get();
            assertEquals(0, n % 5, r.toString());
            assertEquals(0, k % 5, 1e-9, r.toString());
            assertEquals(n, r.denominator().get(), 1e-9, r.toString());
            assertEquals(k / n, r.value().get(), 1e-12, r.toString());
            assertTrue(r.interval().get().contains(r.value().get()), r.toString());
        }
    }

    @Test
    @DisplayName("gives each published result its change since the baseline, tested by Newcombe's interval")
    void change() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(FEELS_SAFE),
                survey(),
                neighbourhoods2021().baseline(Y2018).build());
        IndicatorResult south = find(table, SAFE, S1);
        // feels-safe is a weighted share: with weights of 1 its change is Newcombe's on the design-based sizes
        Difference expected = Differences.ofWeightedProportions(
                        answered(24, 30), answered(15, 30), ConfidenceLevel.DEFAULT)
                .get();
        assertEquals(Optional.of(Y2018), south.baselinePeriod());
        assertEquals(0.3, south.change().get(), 1e-12);
        assertEquals(expected.interval(), south.changeInterval().get());
        assertEquals(Optional.of(Trend.IMPROVED), south.trend());
        IndicatorResult n1 = find(table, SAFE, N1);
        assertEquals(ResultStatus.SUPPRESSED, n1.status());
        assertEquals(Optional.of(Y2018), n1.baselinePeriod());
        assertTrue(n1.change().isEmpty() && n1.trend().isEmpty());
        assertEquals(6, table.size(), "only the requested period is reported");
    }

    @Test
    @DisplayName("gives no change and no trend to the baseline itself or to a period before it")
    void onlyAfterTheBaseline() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(FEELS_SAFE, FEELS_SAFE_CHANGE),
                survey(),
                EvaluationQuery.builder()
                        .period(ReportingPeriod.years(2018, 2021))
                        .granularity(PeriodGranularity.YEAR)
                        .level(AreaLevel.NEIGHBOURHOOD)
                        .baseline(Y2021)
                        .disclosure(DisclosureRules.none())
                        .build());
        for (IndicatorResult r : table.results().filter(r -> r.indicator().equals(SAFE))) {
            assertTrue(
                    r.change().isEmpty()
                            && r.changeInterval().isEmpty()
                            && r.trend().isEmpty(),
                    r.toString());
        }
        for (IndicatorResult r : table.results().filter(r -> r.indicator().equals(FEELS_SAFE_CHANGE.id()))) {
            assertEquals(ResultStatus.NO_DATA, r.status(), r.toString());
        }
    }

    @Test
    @DisplayName("tests a change of a count as a change of Poisson counts: 2,206 to 2,207 is no significant change")
    void countChange() {
        Measure count = Measure.Count.of(FactType.SURVEY_RESPONSES, CountMode.FLOW, Filter.all());
        IndicatorDefinition responses = EngineFixtures.define(
                "responses",
                Polarity.HIGHER_IS_BETTER,
                count.countsPersons() ? StatisticalUnit.PERSONS : StatisticalUnit.OTHER,
                count);
        Dataset.Builder data = Dataset.builder().hierarchy(EngineFixtures.hierarchy());
        answers(data, S1, 2018, 0, 2_206);
        answers(data, S1, 2021, 0, 2_207);
        answers(data, N1, 2018, 0, 20);
        answers(data, N1, 2021, 0, 45);
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(responses),
                data.build(),
                neighbourhoods2021()
                        .baseline(Y2018)
                        .disclosure(DisclosureRules.none())
                        .build());
        IndicatorResult south = find(table, responses.id(), S1);
        assertEquals(Optional.of(1.0), south.change());
        assertEquals(
                Differences.ofCounts(2_207, 2_206, ConfidenceLevel.DEFAULT).interval(),
                south.changeInterval().get());
        assertEquals(Optional.of(Trend.NO_SIGNIFICANT_CHANGE), south.trend());
        assertEquals(
                Optional.of(Trend.IMPROVED), find(table, responses.id(), N1).trend());
    }

    @Test
    @DisplayName("a CHANGE row carries the change as its value, and is suppressed when either period is")
    void changeRows() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(FEELS_SAFE, FEELS_SAFE_CHANGE),
                survey(),
                neighbourhoods2021().baseline(Y2018).build());
        IndicatorResult south = find(table, FEELS_SAFE_CHANGE.id(), S1);
        assertEquals(ResultStatus.OK, south.status());
        assertEquals(0.3, south.value().get(), 1e-12);
        assertEquals(Optional.of(60L), south.sampleSize());
        assertEquals(find(table, SAFE, S1).changeInterval(), south.interval());
        assertEquals(Optional.of(Trend.IMPROVED), south.trend());
        assertTrue(south.numerator().isEmpty());
        assertEquals(
                ResultStatus.SUPPRESSED, find(table, FEELS_SAFE_CHANGE.id(), N2).status());
        IndicatorResult city = find(table, FEELS_SAFE_CHANGE.id(), CITY);
        assertEquals((16 + 2 + 24) / 63.0 - (10 + 12 + 15) / 70.0, city.value().get(), 1e-12);
    }

    @Test
    @DisplayName("assesses each result against its target, and a suppressed one as not assessable")
    void targets() {
        Targets targets = Targets.of(List.of(
                Target.of(SAFE, TargetScope.level(AreaLevel.NEIGHBOURHOOD), Y2021, 0.6),
                Target.of(SAFE, TargetScope.area(CITY), Y2021, 0.9)));
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(FEELS_SAFE),
                survey(),
                neighbourhoods2021().targets(targets).build());
        IndicatorResult south = find(table, SAFE, S1);
        assertTrue(Proportions.wilson(24, 30, ConfidenceLevel.DEFAULT)
                        .get()
                        .interval()
                        .get()
                        .lower()
                > 0.6);
        assertEquals(Optional.of(0.6), south.target());
        assertEquals(Optional.of(AssessmentOutcome.ACHIEVED), south.assessment());
        assertEquals(
                Optional.of(AssessmentOutcome.NOT_ASSESSABLE),
                find(table, SAFE, N1).assessment());
        assertEquals(
                Optional.of(AssessmentOutcome.NOT_ACHIEVED),
                find(table, SAFE, CITY).assessment());
        assertTrue(find(table, SAFE, NORTH).target().isEmpty());
    }

    private static Initiative initiative(int i, AreaCode area, boolean residentLed) {
        return Initiative.builder()
                .id(InitiativeId.of("i" + i))
                .name("initiative " + i)
                .area(area)
                .lead(residentLed ? InitiativeLead.RESIDENTS : InitiativeLead.PROFESSIONALS)
                .started(LocalDate.of(2020, 1, 1))
                .build();
    }

    @Test
    @DisplayName("a threshold share counts the areas whose base achieves the threshold")
    void thresholdShare() {
        Dataset.Builder data = Dataset.builder().hierarchy(EngineFixtures.hierarchy());
        int i = 0;
        // N1: 40 of 40 resident-led (achieves at least 80%), N2: 10 of 40 (does not), S1: 40 of 50 (inconclusive)
        for (int k = 0; k < 40; k++) {
            data.add(initiative(i++, N1, true));
        }
        for (int k = 0; k < 40; k++) {
            data.add(initiative(i++, N2, k < 10));
        }
        for (int k = 0; k < 50; k++) {
            data.add(initiative(i++, S1, k < 40));
        }
        IndicatorDefinition share = EngineFixtures.define(
                "neighbourhoods-resident-led",
                Polarity.HIGHER_IS_BETTER,
                StatisticalUnit.OTHER,
                Measure.ThresholdShare.of(
                        ReferenceCatalogue.RESIDENT_LED_INITIATIVES.id(),
                        AreaLevel.NEIGHBOURHOOD,
                        ReferenceCatalogue.RESIDENT_LED_TARGET));
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(ReferenceCatalogue.RESIDENT_LED_INITIATIVES, share),
                data.build(),
                EvaluationQuery.ofLevel(AreaLevel.DISTRICT, Y2021));
        IndicatorResult city = find(table, share.id(), CITY);
        assertEquals(Optional.of(1.0), city.numerator(), "N1 achieves; N2 does not; S1 is inconclusive");
        assertEquals(Optional.of(3.0), city.denominator());
        assertEquals(
                Proportions.wilson(1, 3, ConfidenceLevel.DEFAULT)
                        .get()
                        .interval()
                        .toJavaOptional(),
                city.interval());
        assertEquals(Optional.of(0.5), find(table, share.id(), NORTH).value());
        assertEquals(Optional.of(0.0), find(table, share.id(), SOUTH).value());
    }

    @Test
    @DisplayName("rejects a change or threshold share whose base is not evaluated, or is a change, or has no baseline")
    void bases() {
        IndicatorDefinition changeOfChange = EngineFixtures.define(
                "change-of-change",
                Polarity.NEUTRAL,
                StatisticalUnit.PERSONS,
                Measure.Change.of(FEELS_SAFE_CHANGE.id()));
        InvalidValueException e = assertThrows(() -> IndicatorEngine.evaluate(
                List.of(FEELS_SAFE_CHANGE, changeOfChange),
                survey(),
                neighbourhoods2021().build()));
        assertEquals(
                List.of(
                        IndicatorEngine.UNKNOWN_BASE,
                        IndicatorEngine.CHANGE_WITHOUT_BASELINE,
                        IndicatorEngine.BASE_IS_CHANGE,
                        IndicatorEngine.CHANGE_WITHOUT_BASELINE),
                e.violations().map(Violation::rule).toJavaList());
    }

    @Test
    @DisplayName("rejects threshold shares that are each other's base, and one of a neutral indicator")
    void thresholdCycles() {
        IndicatorDefinition a = EngineFixtures.define(
                "a",
                Polarity.HIGHER_IS_BETTER,
                StatisticalUnit.OTHER,
                Measure.ThresholdShare.of(IndicatorId.of("b"), AreaLevel.NEIGHBOURHOOD, 0.5));
        IndicatorDefinition b = EngineFixtures.define(
                "b",
                Polarity.HIGHER_IS_BETTER,
                StatisticalUnit.OTHER,
                Measure.ThresholdShare.of(IndicatorId.of("a"), AreaLevel.NEIGHBOURHOOD, 0.5));
        InvalidValueException cycle = assertThrows(() -> IndicatorEngine.evaluate(
                List.of(a, b), survey(), EvaluationQuery.ofLevel(AreaLevel.MUNICIPALITY, Y2021)));
        assertEquals(
                List.of(IndicatorCatalogue.CYCLE),
                cycle.violations().map(Violation::rule).distinct().toJavaList());
        Measure.Proportion safe = (Measure.Proportion) FEELS_SAFE.measure();
        IndicatorDefinition neutral = EngineFixtures.define(
                "neutral-share",
                Polarity.NEUTRAL,
                StatisticalUnit.PERSONS,
                Measure.Proportion.builder()
                        .factType(safe.factType())
                        .mode(safe.mode())
                        .population(safe.population())
                        .condition(safe.condition())
                        .build());
        IndicatorDefinition ofNeutral = EngineFixtures.define(
                "of-neutral",
                Polarity.HIGHER_IS_BETTER,
                StatisticalUnit.OTHER,
                Measure.ThresholdShare.of(neutral.id(), AreaLevel.NEIGHBOURHOOD, 0.5));
        InvalidValueException meaningless = assertThrows(() -> IndicatorEngine.evaluate(
                List.of(neutral, ofNeutral), survey(), EvaluationQuery.ofLevel(AreaLevel.MUNICIPALITY, Y2021)));
        assertEquals(
                List.of(IndicatorCatalogue.THRESHOLD_OF_NEUTRAL),
                meaningless.violations().map(Violation::rule).toJavaList());
    }

    private static InvalidValueException assertThrows(org.junit.jupiter.api.function.Executable call) {
        return org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, call);
    }
}
