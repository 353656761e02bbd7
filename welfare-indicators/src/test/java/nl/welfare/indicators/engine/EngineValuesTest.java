package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Optional;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.Trend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of the engine's values: query, result and status. */
@DisplayName("The engine's values")
class EngineValuesTest {

    private static final ReportingPeriod Y2021 = ReportingPeriod.year(2021);

    private static void assertBreaksOnly(Rule rule, Seq<Violation> violations) {
        assertEquals(List.of(rule), violations.map(Violation::rule).distinct());
    }

    @Test
    @DisplayName("a query splits its period and reports its level and every level up to the municipality")
    void queryPeriodsAndLevels() {
        EvaluationQuery query = EvaluationQuery.builder()
                .period(ReportingPeriod.years(2018, 2020))
                .level(AreaLevel.NEIGHBOURHOOD)
                .granularity(PeriodGranularity.YEAR)
                .build();
        assertEquals(
                List.of(ReportingPeriod.year(2018), ReportingPeriod.year(2019), ReportingPeriod.year(2020)),
                query.periods());
        assertEquals(List.of(AreaLevel.MUNICIPALITY, AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD), query.levels());
        assertEquals(ConfidenceLevel.DEFAULT, query.confidence());
        assertEquals(
                List.of(Y2021), EvaluationQuery.ofGrouping("borough", Y2021).periods());
        assertEquals(
                List.of(AreaLevel.MUNICIPALITY),
                EvaluationQuery.ofGrouping("borough", Y2021).levels());
    }

    @Test
    @DisplayName("a query names a level, a grouping, or both")
    void areaScope() {
        assertBreaksOnly(
                EvaluationQuery.NO_AREA_SCOPE,
                EvaluationQuery.validate(Y2021, Optional.empty(), Optional.empty(), Optional.empty())
                        .getError());
        assertTrue(EvaluationQuery.validate(
                        Y2021, Optional.of(AreaLevel.DISTRICT), Optional.of("borough"), Optional.empty())
                .isValid());
    }

    @Test
    @DisplayName("a query's level is not the country")
    void levelBelowCountry() {
        assertBreaksOnly(
                EvaluationQuery.LEVEL_BELOW_COUNTRY,
                EvaluationQuery.validate(Y2021, Optional.of(AreaLevel.COUNTRY), Optional.empty(), Optional.empty())
                        .getError());
    }

    @Test
    @DisplayName("a query's grouping is not blank")
    void groupingBlank() {
        assertBreaksOnly(
                EvaluationQuery.GROUPING_BLANK,
                EvaluationQuery.validate(Y2021, Optional.empty(), Optional.of(" "), Optional.empty())
                        .getError());
    }

    private static ImmutableIndicatorResult.BuildFinal result(ResultStatus status) {
        return IndicatorResult.builder()
                .indicator(IndicatorId.of("volunteers"))
                .area("GM0153")
                .areaLevel("municipality")
                .period(Y2021)
                .status(status);
    }

    @Test
    @DisplayName("a result without data carries no numbers")
    void numbersWithoutData() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> result(ResultStatus.NO_DATA).value(1.0).build());
        assertBreaksOnly(IndicatorResult.NUMBERS_WITHOUT_DATA, e.violations());
        assertTrue(result(ResultStatus.SUPPRESSED).build().value().isEmpty());
    }

    @Test
    @DisplayName("an OK result carries a value and a sample size")
    void okWithoutValue() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> result(ResultStatus.OK).sampleSize(3L).build());
        assertBreaksOnly(IndicatorResult.OK_WITHOUT_VALUE, e.violations());
    }

    @Test
    @DisplayName("a result's sample size is not negative")
    void sampleSizeNegative() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> result(ResultStatus.OK).sampleSize(-1L).value(0.0).build());
        assertBreaksOnly(IndicatorResult.SAMPLE_SIZE_NEGATIVE, e.violations());
    }

    @Test
    @DisplayName("a result's numbers are finite, so that every export can write them")
    void notFinite() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> result(ResultStatus.OK)
                        .sampleSize(3L)
                        .value(Double.NaN)
                        .numerator(Double.POSITIVE_INFINITY)
                        .build());
        assertBreaksOnly(IndicatorResult.NOT_FINITE, e.violations());
        assertEquals(2, e.violations().size());
    }

    @Test
    @DisplayName("a result carries an assessment exactly when it carries a target")
    void assessmentWithoutTarget() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> result(ResultStatus.SUPPRESSED)
                        .assessment(AssessmentOutcome.NOT_ASSESSABLE)
                        .build());
        assertBreaksOnly(IndicatorResult.ASSESSMENT_WITHOUT_TARGET, e.violations());
        IndicatorResult suppressed = result(ResultStatus.SUPPRESSED)
                .target(0.8)
                .assessment(AssessmentOutcome.NOT_ASSESSABLE)
                .build();
        assertEquals(Optional.of(0.8), suppressed.target());
    }

    @Test
    @DisplayName("a result's change names its baseline period")
    void changeWithoutBaseline() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> result(ResultStatus.OK)
                        .sampleSize(20L)
                        .value(0.5)
                        .change(0.1)
                        .build());
        assertBreaksOnly(IndicatorResult.CHANGE_WITHOUT_BASELINE, e.violations());
    }

    @Test
    @DisplayName("a result's trend comes with its change")
    void trendWithoutChange() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> result(ResultStatus.OK)
                        .sampleSize(20L)
                        .value(0.5)
                        .baselinePeriod(ReportingPeriod.year(2018))
                        .trend(Trend.IMPROVED)
                        .build());
        assertBreaksOnly(IndicatorResult.TREND_WITHOUT_CHANGE, e.violations());
    }

    @Test
    @DisplayName("a result that is not OK carries no change")
    void noChangeWithoutData() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> result(ResultStatus.SUPPRESSED)
                        .baselinePeriod(ReportingPeriod.year(2018))
                        .change(0.1)
                        .build());
        assertBreaksOnly(IndicatorResult.NUMBERS_WITHOUT_DATA, e.violations());
    }

    @Test
    @DisplayName("a status reads back from its word, and an unknown word breaks KNOWN")
    void statusParse() {
        for (ResultStatus status : ResultStatus.values()) {
            assertEquals(status, ResultStatus.parse(status.code()).get());
        }
        assertBreaksOnly(ResultStatus.KNOWN, ResultStatus.parse("MISSING").getError());
    }
}
