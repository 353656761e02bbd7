package nl.welfare.indicators.target;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The judgement of one result against its {@link Target} (toetsing aan de streefwaarde): the {@link
 * AssessmentOutcome}, the target value and, where there is one, the estimate it was judged on. {@link Assessor} makes
 * them; {@link #validate} reads one back from a results table.
 *
 * <p>For scorecards it also gives {@link #percentOfTarget()} (value / target, as a fraction: {@code 1.05} is 105%) and
 * {@link #varianceFromTarget()} ((value - target) / target, as a fraction: {@code 0.05} is 5% above the target). Both
 * are empty without an estimate or when the target is 0. With a negative target they keep their formulas, so their
 * signs no longer say which side is good: read the outcome for that.
 *
 * <pre>{@code
 * Assessment a = Assessor.assess(Polarity.HIGHER_IS_BETTER, 0.8, 0.84, 0.81, 0.87);
 * a.outcome();            // ACHIEVED
 * a.percentOfTarget();    // Some(1.05), give or take rounding
 * a.varianceFromTarget(); // Some(0.05), give or take rounding
 * Assessor.notAssessable(0.8).estimate(); // Optional.empty: a suppressed result reveals nothing
 * }</pre>
 *
 * <p>An outcome other than {@code NOT_ASSESSABLE} always has an estimate. A {@code NOT_ASSESSABLE} assessment of a
 * suppressed result or one without data has none; one of an indicator with neutral polarity keeps its estimate, so a
 * scorecard can still show its percent of target.
 */
@Value.Immutable
public abstract class Assessment {

    /** Rule: the target is not a number or infinite. */
    public static final Rule TARGET_NOT_FINITE = Rule.of("assessment.target-not-finite", "must be a finite number");

    /** Rule: the estimate is not a number or infinite. */
    public static final Rule ESTIMATE_NOT_FINITE = Rule.of("assessment.estimate-not-finite", "must be a finite number");

    /** Rule: an outcome other than {@code NOT_ASSESSABLE} without the estimate it was judged on. */
    public static final Rule ESTIMATE_MISSING = Rule.of(
            "assessment.estimate-missing",
            "must be given when the assessment is ACHIEVED, NOT_ACHIEVED or INCONCLUSIVE");

    Assessment() {}

    /** The outcome. */
    public abstract AssessmentOutcome outcome();

    /** The target value judged against: the results table's {@code target}. */
    public abstract double target();

    /** The estimate judged, if any: the results table's {@code value}. */
    public abstract Optional<Double> estimate();

    /** A staged builder: {@code outcome}, {@code target}, then the optional {@code estimate}. */
    public static ImmutableAssessment.OutcomeBuildStage builder() {
        return ImmutableAssessment.builder();
    }

    /** The assessment {@code outcome} against {@code target} of {@code estimate}; throws when a rule is broken. */
    public static Assessment of(AssessmentOutcome outcome, double target, Optional<Double> estimate) {
        return builder().outcome(outcome).target(target).estimate(estimate).build();
    }

    /**
     * The assessment {@code outcome} against {@code target} of {@code estimate}, or every rule it breaks, naming the
     * fields {@code target} and {@code value}.
     */
    public static Validation<Seq<Violation>, Assessment> validate(
            AssessmentOutcome outcome, double target, Optional<Double> estimate) {
        return Violations.attempt(() -> of(outcome, target, estimate));
    }

    /** Whether the outcome is a judgement: anything but {@code NOT_ASSESSABLE}. */
    public boolean isAssessable() {
        return outcome() != AssessmentOutcome.NOT_ASSESSABLE;
    }

    /**
     * The estimate as a fraction of the target, {@code value / target} ({@code 1.05} for 105%); empty without an
     * estimate or when the target is 0.
     */
    public Option<Double> percentOfTarget() {
        return ratio(0);
    }

    /**
     * How far the estimate lies from the target as a fraction of it, {@code (value - target) / target} ({@code -0.1}
     * for 10% below); empty without an estimate or when the target is 0.
     */
    public Option<Double> varianceFromTarget() {
        return ratio(target());
    }

    private Option<Double> ratio(double offset) {
        if (target() == 0) {
            return Option.none();
        }
        return Option.ofOptional(estimate()).map(value -> (value - offset) / target());
    }

    @Value.Check
    final void check() {
        Violations.of("assessment")
                .check(Double.isFinite(target()), "target", TARGET_NOT_FINITE, target())
                .check(
                        estimate().map(Double::isFinite).orElse(true),
                        "value",
                        ESTIMATE_NOT_FINITE,
                        estimate().map(String::valueOf).orElse(""))
                .check(
                        estimate().isPresent() || !isAssessable(),
                        "value",
                        ESTIMATE_MISSING,
                        outcome().code())
                .throwIfAny();
    }
}
