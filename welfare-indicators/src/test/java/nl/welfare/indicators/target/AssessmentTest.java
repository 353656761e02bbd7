package nl.welfare.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Optional;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An assessment")
class AssessmentTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    @DisplayName("gives percent of and variance from target as fractions")
    void percentAndVariance() {
        Assessment above = Assessment.of(AssessmentOutcome.ACHIEVED, 0.8, Optional.of(0.84));
        assertEquals(1.05, above.percentOfTarget().get(), TOLERANCE);
        assertEquals(0.05, above.varianceFromTarget().get(), TOLERANCE);
        Assessment below = Assessment.of(AssessmentOutcome.NOT_ACHIEVED, 30, Optional.of(27.0));
        assertEquals(0.9, below.percentOfTarget().get(), TOLERANCE);
        assertEquals(-0.1, below.varianceFromTarget().get(), TOLERANCE);
        Assessment onTarget = Assessment.of(AssessmentOutcome.ACHIEVED, 12, Optional.of(12.0));
        assertEquals(Option.some(1.0), onTarget.percentOfTarget());
        assertEquals(Option.some(0.0), onTarget.varianceFromTarget());
    }

    @Test
    @DisplayName("keeps the formulas for a negative target")
    void negativeTarget() {
        Assessment a = Assessment.of(AssessmentOutcome.INCONCLUSIVE, -0.05, Optional.of(-0.1));
        assertEquals(2.0, a.percentOfTarget().get(), TOLERANCE);
        assertEquals(1.0, a.varianceFromTarget().get(), TOLERANCE);
    }

    @Test
    @DisplayName("has no percent of or variance from a target of zero")
    void zeroTarget() {
        Assessment a = Assessment.of(AssessmentOutcome.ACHIEVED, 0, Optional.of(0.0));
        assertEquals(Option.none(), a.percentOfTarget());
        assertEquals(Option.none(), a.varianceFromTarget());
        assertEquals(
                Option.none(),
                Assessment.of(AssessmentOutcome.ACHIEVED, -0.0, Optional.of(3.0))
                        .percentOfTarget());
    }

    @Test
    @DisplayName("has no percent of or variance from target without an estimate")
    void noEstimate() {
        Assessment a = Assessment.of(AssessmentOutcome.NOT_ASSESSABLE, 0.8, Optional.empty());
        assertFalse(a.isAssessable());
        assertEquals(Option.none(), a.percentOfTarget());
        assertEquals(Option.none(), a.varianceFromTarget());
    }

    @Test
    @DisplayName("may be not assessable and keep its estimate, as for a neutral indicator")
    void notAssessableWithEstimate() {
        Assessment a = Assessment.validate(AssessmentOutcome.NOT_ASSESSABLE, 2.0, Optional.of(2.5))
                .get();
        assertFalse(a.isAssessable());
        assertEquals(1.25, a.percentOfTarget().get(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    @DisplayName("rejects a target that is not a finite number")
    void targetNotFinite(double target) {
        Violation v = Assessment.validate(AssessmentOutcome.ACHIEVED, target, Optional.of(0.9))
                .getError()
                .single();
        assertEquals(Assessment.TARGET_NOT_FINITE, v.rule());
        assertEquals("target", v.field());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    @DisplayName("rejects an estimate that is not a finite number")
    void estimateNotFinite(double estimate) {
        Violation v = Assessment.validate(AssessmentOutcome.NOT_ASSESSABLE, 0.8, Optional.of(estimate))
                .getError()
                .single();
        assertEquals(Assessment.ESTIMATE_NOT_FINITE, v.rule());
        assertEquals("value", v.field());
    }

    @ParameterizedTest
    @EnumSource(
            value = AssessmentOutcome.class,
            names = {"ACHIEVED", "NOT_ACHIEVED", "INCONCLUSIVE"})
    @DisplayName("rejects a judgement without the estimate it was judged on")
    void estimateMissing(AssessmentOutcome outcome) {
        Violation v =
                Assessment.validate(outcome, 0.8, Optional.empty()).getError().single();
        assertEquals(Assessment.ESTIMATE_MISSING, v.rule());
        assertEquals("value", v.field());
        assertTrue(Assessment.validate(outcome, 0.8, Optional.of(0.8)).get().isAssessable());
    }

    @Test
    @DisplayName("reports every broken rule at once, and throws them when built directly")
    void allAtOnce() {
        assertEquals(
                List.of(Assessment.TARGET_NOT_FINITE, Assessment.ESTIMATE_MISSING),
                Assessment.validate(AssessmentOutcome.INCONCLUSIVE, Double.NaN, Optional.empty())
                        .getError()
                        .map(Violation::rule));
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> Assessment.builder()
                        .outcome(AssessmentOutcome.ACHIEVED)
                        .target(0.8)
                        .build());
        assertEquals(List.of(Assessment.ESTIMATE_MISSING), e.violations().map(Violation::rule));
    }
}
