package nl.welfare.indicators.stats;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The difference between an estimate now and at a baseline (verschil), with its confidence interval: what a
 * {@code CHANGE} indicator reports. It is {@link #significant()} when the interval excludes zero; the indicator's
 * polarity then tells whether that is an improvement. Built by {@link Differences}.
 *
 * <pre>{@code
 * Difference d = Differences.ofProportions(56, 70, 48, 80, ConfidenceLevel.DEFAULT).get();
 * d.value();          // 0.2
 * d.interval();       // [0.0524..., 0.3338...]
 * d.significant();    // true
 * }</pre>
 */
@Value.Immutable
public abstract class Difference {

    /** Rule: a value that is infinite or not a number. */
    public static final Rule FINITE = Rule.of("difference.finite", "must be a finite number");

    /** Rule: a value outside its own interval. */
    public static final Rule OUTSIDE_INTERVAL = Rule.of("difference.outside-interval", "must lie inside its interval");

    Difference() {}

    /** The estimated difference, now minus baseline. */
    @Value.Parameter
    public abstract double value();

    /** The confidence interval of the difference. */
    @Value.Parameter
    public abstract Interval interval();

    /** The difference {@code value} with {@code interval}; throws if it breaks a rule. */
    public static Difference of(double value, Interval interval) {
        return ImmutableDifference.of(value, interval);
    }

    /** The difference {@code value} with {@code interval}, or every rule it breaks. */
    public static Validation<Seq<Violation>, Difference> validate(double value, Interval interval) {
        return Violations.attempt(() -> of(value, interval));
    }

    @Value.Check
    final void check() {
        Violations.of("difference")
                .check(Double.isFinite(value()), "value", FINITE, value())
                .check(interval().contains(value()), "value", OUTSIDE_INTERVAL, value())
                .throwIfAny();
    }

    /** Whether the interval excludes zero: the change is statistically significant at the interval's level. */
    public boolean significant() {
        return interval().excludes(0);
    }

    /** The same value and interval as an {@link Estimate}. */
    public Estimate estimate() {
        return Estimate.of(value(), interval());
    }

    /** The value and its interval: {@code 0.2 [0.05, 0.33]}. */
    @Override
    public String toString() {
        return value() + " " + interval();
    }
}
