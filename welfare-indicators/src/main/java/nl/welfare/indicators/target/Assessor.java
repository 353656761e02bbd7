package nl.welfare.indicators.target;

import io.vavr.Tuple2;
import io.vavr.control.Option;
import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.definition.Polarity;

/**
 * The rules that judge a result against its {@link Target} (toetsing), as named functions. A target is met only when
 * the confidence interval says so.
 *
 * <p>With {@code t} the target and {@code [low, high]} the interval (both ends included; for an estimate without an
 * interval, such as a full count of a register, the value {@code v} alone: {@code low = high = v}):
 *
 * <table>
 *   <caption>Outcomes</caption>
 *   <tr><th>polarity</th><th>target means</th><th>ACHIEVED</th><th>NOT_ACHIEVED</th><th>INCONCLUSIVE</th></tr>
 *   <tr><td>{@code HIGHER_IS_BETTER}</td><td>at least {@code t}</td><td>{@code low >= t}</td>
 *       <td>{@code high < t}</td><td>{@code low < t <= high}</td></tr>
 *   <tr><td>{@code LOWER_IS_BETTER}</td><td>at most {@code t}</td><td>{@code high <= t}</td>
 *       <td>{@code low > t}</td><td>{@code low <= t < high}</td></tr>
 *   <tr><td>{@code NEUTRAL}</td><td>nothing</td><td colspan="3">never: {@code NOT_ASSESSABLE}</td></tr>
 * </table>
 *
 * <p>The target itself lies on the good side: for "at least 80%" an interval whose lower bound is exactly {@code 0.80}
 * is wholly on the good side and the target is {@code ACHIEVED}, while an interval whose upper bound is exactly {@code
 * 0.80} reaches the good side and is {@code INCONCLUSIVE}. For "at most" it is the other way round. So under either
 * polarity an interval that touches the target from the good side is {@code ACHIEVED}, and one that touches it from
 * the bad side is {@code INCONCLUSIVE}.
 *
 * <p>An indicator with {@code NEUTRAL} polarity has no good side, so a target for it is never judged: the outcome is
 * {@code NOT_ASSESSABLE}, and the assessment keeps its estimate so that percent of target can still be shown. Treating
 * the target as a point ("achieved when the interval contains it") was rejected: it would reward a wide interval.
 *
 * <p>A suppressed result, or one without data, is {@code NOT_ASSESSABLE} and its assessment carries no estimate, so
 * nothing of the suppressed value is revealed.
 *
 * <pre>{@code
 * // at least 80% of resident initiatives are resident-led
 * Assessor.assess(Polarity.HIGHER_IS_BETTER, 0.8, 0.84, 0.80, 0.88).outcome(); // ACHIEVED (touches from above)
 * Assessor.assess(Polarity.HIGHER_IS_BETTER, 0.8, 0.78, 0.72, 0.83).outcome(); // INCONCLUSIVE
 * // individual support episodes per 1,000 inhabitants, at most 30
 * Assessor.assess(Polarity.LOWER_IS_BETTER, 30, 34.2, 31.0, 37.6).outcome();   // NOT_ACHIEVED
 * // a full count, without interval
 * Assessor.assess(Polarity.HIGHER_IS_BETTER, 12, 12).outcome();                // ACHIEVED
 * Assessor.notAssessable(0.8).outcome();                                       // NOT_ASSESSABLE
 * }</pre>
 *
 * <p>An interval need not contain its estimate; the outcome follows the interval. Interval bounds may be infinite (an
 * interval of {@code -Infinity} to {@code Infinity} is {@code INCONCLUSIVE}), but not {@code NaN}. Inputs that break a
 * rule are a bug in the caller and throw {@link nl.welfare.domain.value.InvalidValueException}.
 */
public final class Assessor {

    /** Rule: a bound of the interval is not a number ({@code NaN}); infinite bounds are accepted. */
    public static final Rule INTERVAL_NOT_A_NUMBER =
            Rule.of("assessor.interval-not-a-number", "must be a number (it may be infinite)");

    /** Rule: the interval's upper bound lies below its lower bound. */
    public static final Rule INTERVAL_ORDER = Rule.of("assessor.interval-order", "must not lie below ci_low");

    private Assessor() {}

    /**
     * The assessment of a result against {@code target}: {@code NOT_ASSESSABLE} without an estimate when {@code
     * suppressedOrNoData} (then {@code value} and {@code interval} are ignored and may be anything, {@code NaN}
     * included), else as {@link #assess(Polarity, double, double, double, double)} with the interval {@code (low,
     * high)}, or as {@link #assess(Polarity, double, double)} without one.
     *
     * @throws nl.welfare.domain.value.InvalidValueException when the target, the value or the interval breaks a rule
     */
    public static Assessment assess(
            Polarity polarity,
            double target,
            double value,
            Option<Tuple2<Double, Double>> interval,
            boolean suppressedOrNoData) {
        if (suppressedOrNoData) {
            return notAssessable(target);
        }
        return interval.isDefined()
                ? assess(polarity, target, value, interval.get()._1, interval.get()._2)
                : assess(polarity, target, value);
    }

    /**
     * The assessment against {@code target} of the estimate {@code value} with the confidence interval {@code low} to
     * {@code high}; see the class comment for the outcomes.
     *
     * @throws nl.welfare.domain.value.InvalidValueException when the target or value is not finite, or a bound is
     *     {@code NaN}, or {@code high < low}
     */
    public static Assessment assess(Polarity polarity, double target, double value, double low, double high) {
        Violations found = checkEstimate(target, value);
        checkInterval(found, low, high);
        found.throwIfAny();
        return Assessment.of(decide(polarity, target, low, high), target, Optional.of(value));
    }

    /**
     * The assessment against {@code target} of an estimate without interval, such as a full count of a register: the
     * value alone decides, so the outcome is never {@code INCONCLUSIVE}.
     *
     * @throws nl.welfare.domain.value.InvalidValueException when the target or value is not finite
     */
    public static Assessment assess(Polarity polarity, double target, double value) {
        checkEstimate(target, value).throwIfAny();
        return Assessment.of(decide(polarity, target, value, value), target, Optional.of(value));
    }

    /**
     * The assessment against {@code target} of a result that is suppressed or has no data: {@code NOT_ASSESSABLE},
     * without an estimate.
     *
     * @throws nl.welfare.domain.value.InvalidValueException when the target is not finite
     */
    public static Assessment notAssessable(double target) {
        return Assessment.of(AssessmentOutcome.NOT_ASSESSABLE, target, Optional.empty());
    }

    /**
     * The outcome for the interval {@code low} to {@code high} against {@code target} under {@code polarity}, as the
     * table in the class comment gives it.
     *
     * @throws nl.welfare.domain.value.InvalidValueException when the target is not finite, or a bound is {@code NaN},
     *     or {@code high < low}
     */
    public static AssessmentOutcome outcome(Polarity polarity, double target, double low, double high) {
        Violations found = Violations.of("assessment")
                .check(Double.isFinite(target), "target", Assessment.TARGET_NOT_FINITE, target);
        checkInterval(found, low, high);
        found.throwIfAny();
        return decide(polarity, target, low, high);
    }

    private static AssessmentOutcome decide(Polarity polarity, double target, double low, double high) {
        switch (polarity) {
            case HIGHER_IS_BETTER:
                return low >= target
                        ? AssessmentOutcome.ACHIEVED
                        : high < target ? AssessmentOutcome.NOT_ACHIEVED : AssessmentOutcome.INCONCLUSIVE;
            case LOWER_IS_BETTER:
                return high <= target
                        ? AssessmentOutcome.ACHIEVED
                        : low > target ? AssessmentOutcome.NOT_ACHIEVED : AssessmentOutcome.INCONCLUSIVE;
            default:
                return AssessmentOutcome.NOT_ASSESSABLE;
        }
    }

    private static Violations checkEstimate(double target, double value) {
        return Violations.of("assessment")
                .check(Double.isFinite(target), "target", Assessment.TARGET_NOT_FINITE, target)
                .check(Double.isFinite(value), "value", Assessment.ESTIMATE_NOT_FINITE, value);
    }

    private static void checkInterval(Violations found, double low, double high) {
        found.check(!Double.isNaN(low), "ci_low", INTERVAL_NOT_A_NUMBER, low)
                .check(!Double.isNaN(high), "ci_high", INTERVAL_NOT_A_NUMBER, high)
                .check(Double.isNaN(low) || Double.isNaN(high) || low <= high, "ci_high", INTERVAL_ORDER, high);
    }
}
