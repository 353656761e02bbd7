package nl.welfare.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Optional;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.definition.Polarity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The assessor")
class AssessorTest {

    @ParameterizedTest(name = "{0}: target {1}, interval {2} to {3} is {4}")
    @CsvSource({
        // at least 80%
        "HIGHER_IS_BETTER, 0.8, 0.81, 0.87, ACHIEVED",
        "HIGHER_IS_BETTER, 0.8, 0.80, 0.88, ACHIEVED", // touches the target from the good side
        "HIGHER_IS_BETTER, 0.8, 0.80, 0.80, ACHIEVED", // a point on the target
        "HIGHER_IS_BETTER, 0.8, 0.75, 0.85, INCONCLUSIVE",
        "HIGHER_IS_BETTER, 0.8, 0.72, 0.80, INCONCLUSIVE", // touches the target from the bad side
        "HIGHER_IS_BETTER, 0.8, 0.72, 0.79, NOT_ACHIEVED",
        "HIGHER_IS_BETTER, 0.8, -Infinity, Infinity, INCONCLUSIVE",
        "HIGHER_IS_BETTER, 0.8, -Infinity, 0.7, NOT_ACHIEVED",
        "HIGHER_IS_BETTER, 0.8, 0.9, Infinity, ACHIEVED",
        // at most 30 per 1,000
        "LOWER_IS_BETTER, 30, 25.0, 29.0, ACHIEVED",
        "LOWER_IS_BETTER, 30, 25.0, 30.0, ACHIEVED", // touches the target from the good side
        "LOWER_IS_BETTER, 30, 30.0, 30.0, ACHIEVED", // a point on the target
        "LOWER_IS_BETTER, 30, 28.0, 32.0, INCONCLUSIVE",
        "LOWER_IS_BETTER, 30, 30.0, 35.0, INCONCLUSIVE", // touches the target from the bad side
        "LOWER_IS_BETTER, 30, 31.0, 37.6, NOT_ACHIEVED",
        "LOWER_IS_BETTER, 30, -Infinity, Infinity, INCONCLUSIVE",
        // a target below zero, as for a change
        "HIGHER_IS_BETTER, -0.05, -0.04, 0.02, ACHIEVED",
        "LOWER_IS_BETTER, -0.05, -0.12, -0.06, ACHIEVED",
        "LOWER_IS_BETTER, -0.05, -0.06, -0.04, INCONCLUSIVE",
        // no good side: never judged
        "NEUTRAL, 0.8, 0.81, 0.87, NOT_ASSESSABLE",
        "NEUTRAL, 0.8, 0.75, 0.85, NOT_ASSESSABLE",
        "NEUTRAL, 0.8, 0.72, 0.79, NOT_ASSESSABLE",
    })
    @DisplayName("judges an interval against the target by the polarity, the target on the good side")
    void outcomes(Polarity polarity, double target, double low, double high, AssessmentOutcome expected) {
        assertEquals(expected, Assessor.outcome(polarity, target, low, high));
        double value = Double.isFinite(low) ? low : Double.isFinite(high) ? high : target;
        Assessment assessment = Assessor.assess(polarity, target, value, low, high);
        assertEquals(expected, assessment.outcome());
        assertEquals(target, assessment.target());
        assertEquals(Optional.of(value), assessment.estimate());
        assertEquals(assessment, Assessor.assess(polarity, target, value, Option.some(Tuple.of(low, high)), false));
    }

    @ParameterizedTest(name = "{0}: target {1}, value {2} is {3}")
    @CsvSource({
        "HIGHER_IS_BETTER, 12, 13, ACHIEVED",
        "HIGHER_IS_BETTER, 12, 12, ACHIEVED",
        "HIGHER_IS_BETTER, 12, 11, NOT_ACHIEVED",
        "LOWER_IS_BETTER, 12, 11, ACHIEVED",
        "LOWER_IS_BETTER, 12, 12, ACHIEVED",
        "LOWER_IS_BETTER, 12, 13, NOT_ACHIEVED",
        "NEUTRAL, 12, 12, NOT_ASSESSABLE",
    })
    @DisplayName("judges an estimate without interval by its value alone, never inconclusive")
    void withoutInterval(Polarity polarity, double target, double value, AssessmentOutcome expected) {
        Assessment assessment = Assessor.assess(polarity, target, value);
        assertEquals(expected, assessment.outcome());
        assertEquals(Optional.of(value), assessment.estimate());
        assertEquals(assessment, Assessor.assess(polarity, target, value, Option.none(), false));
        assertEquals(assessment, Assessor.assess(polarity, target, value, value, value));
    }

    @Test
    @DisplayName("judges Newcombe's Wilson interval for 81/263 against targets of 25% and 30%")
    void wilsonReference() {
        double value = 81.0 / 263;
        assertEquals(
                AssessmentOutcome.ACHIEVED,
                Assessor.assess(Polarity.HIGHER_IS_BETTER, 0.25, value, 0.2553, 0.3662)
                        .outcome());
        assertEquals(
                AssessmentOutcome.INCONCLUSIVE,
                Assessor.assess(Polarity.HIGHER_IS_BETTER, 0.30, value, 0.2553, 0.3662)
                        .outcome());
        assertEquals(
                AssessmentOutcome.NOT_ACHIEVED,
                Assessor.assess(Polarity.LOWER_IS_BETTER, 0.25, value, 0.2553, 0.3662)
                        .outcome());
    }

    @Test
    @DisplayName("keeps a neutral indicator's estimate, so its percent of target can be shown")
    void neutralKeepsEstimate() {
        Assessment a = Assessor.assess(Polarity.NEUTRAL, 2.0, 2.5, 2.1, 2.9);
        assertEquals(AssessmentOutcome.NOT_ASSESSABLE, a.outcome());
        assertEquals(Option.some(1.25), a.percentOfTarget());
    }

    @ParameterizedTest
    @EnumSource(Polarity.class)
    @DisplayName("does not judge a suppressed result or one without data, and keeps nothing of its value")
    void suppressedOrNoData(Polarity polarity) {
        Assessment expected = Assessment.of(AssessmentOutcome.NOT_ASSESSABLE, 0.8, Optional.empty());
        assertEquals(expected, Assessor.notAssessable(0.8));
        assertEquals(expected, Assessor.assess(polarity, 0.8, 0.9, Option.some(Tuple.of(0.85, 0.95)), true));
        assertEquals(expected, Assessor.assess(polarity, 0.8, Double.NaN, Option.none(), true));
        assertEquals(expected, Assessor.assess(polarity, 0.8, 0.5, Option.some(Tuple.of(Double.NaN, -1.0)), true));
        assertEquals(Option.none(), Assessor.notAssessable(0.8).percentOfTarget());
    }

    @Test
    @DisplayName("rejects an interval whose upper bound lies below its lower bound")
    void intervalOrder() {
        assertBreaks(
                List.of(Assessor.INTERVAL_ORDER),
                () -> Assessor.assess(Polarity.HIGHER_IS_BETTER, 0.8, 0.82, 0.85, 0.80));
        assertBreaks(List.of(Assessor.INTERVAL_ORDER), () -> Assessor.outcome(Polarity.NEUTRAL, 0.8, 0.85, 0.80));
        assertBreaks(
                List.of(Assessor.INTERVAL_ORDER),
                () -> Assessor.assess(Polarity.LOWER_IS_BETTER, 0.8, 0.82, Option.some(Tuple.of(0.85, 0.80)), false));
    }

    @Test
    @DisplayName("rejects an interval bound that is not a number")
    void intervalNotANumber() {
        assertBreaks(
                List.of(Assessor.INTERVAL_NOT_A_NUMBER),
                () -> Assessor.assess(Polarity.HIGHER_IS_BETTER, 0.8, 0.82, Double.NaN, 0.9));
        assertBreaks(
                List.of(Assessor.INTERVAL_NOT_A_NUMBER, Assessor.INTERVAL_NOT_A_NUMBER),
                () -> Assessor.outcome(Polarity.LOWER_IS_BETTER, 0.8, Double.NaN, Double.NaN));
    }

    @Test
    @DisplayName("rejects a target or a value that is not a finite number with the assessment's rules")
    void estimateRules() {
        assertBreaks(
                List.of(Assessment.TARGET_NOT_FINITE, Assessment.ESTIMATE_NOT_FINITE),
                () -> Assessor.assess(Polarity.HIGHER_IS_BETTER, Double.NaN, Double.POSITIVE_INFINITY));
        assertBreaks(
                List.of(Assessment.ESTIMATE_NOT_FINITE, Assessor.INTERVAL_ORDER),
                () -> Assessor.assess(Polarity.HIGHER_IS_BETTER, 0.8, Double.NaN, 0.9, 0.7));
        assertBreaks(
                List.of(Assessment.TARGET_NOT_FINITE),
                () -> Assessor.outcome(Polarity.HIGHER_IS_BETTER, Double.NEGATIVE_INFINITY, 0.7, 0.9));
        assertBreaks(List.of(Assessment.TARGET_NOT_FINITE), () -> Assessor.notAssessable(Double.NaN));
    }

    private static void assertBreaks(List<Rule> rules, Executable call) {
        InvalidValueException e = assertThrows(InvalidValueException.class, call);
        assertEquals(rules, e.violations().map(Violation::rule));
    }
}
