package nl.welfare.indicators.stats;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A point estimate and, where one can be computed, its confidence interval (schatting): a share, a rate, a ratio or a
 * mean. The interval is a Vavr {@code Option} because its absence is a statistical answer ("not computable", such as
 * the mean of a single answer), not a missing input. The value always lies inside its interval.
 *
 * <pre>{@code
 * Estimate share = Proportions.wilson(81, 263, ConfidenceLevel.DEFAULT).get();
 * share.value();                      // 0.30798...
 * share.interval().get().lower();     // 0.25529...
 * Estimate.withoutInterval(7.5);      // a mean of one answer
 * }</pre>
 */
@Value.Immutable
public abstract class Estimate {

    /** Rule: a value that is infinite or not a number. */
    public static final Rule FINITE = Rule.of("estimate.finite", "must be a finite number");

    /** Rule: a value outside its own interval. */
    public static final Rule OUTSIDE_INTERVAL = Rule.of("estimate.outside-interval", "must lie inside its interval");

    Estimate() {}

    /** The point estimate. */
    @Value.Parameter
    public abstract double value();

    /** The confidence interval, or none when it is not computable. */
    @Value.Parameter
    public abstract Option<Interval> interval();

    /** The estimate {@code value} with {@code interval}; throws if it breaks {@link #FINITE} or {@link #OUTSIDE_INTERVAL}. */
    public static Estimate of(double value, Interval interval) {
        return ImmutableEstimate.of(value, Option.some(interval));
    }

    /** The estimate {@code value} with an interval, or none; throws if it breaks a rule. */
    public static Estimate of(double value, Option<Interval> interval) {
        return ImmutableEstimate.of(value, interval);
    }

    /** The estimate {@code value} without an interval (none can be computed); throws if it breaks {@link #FINITE}. */
    public static Estimate withoutInterval(double value) {
        return ImmutableEstimate.of(value, Option.none());
    }

    /** The estimate {@code value} with {@code interval} (or none), or every rule it breaks. */
    public static Validation<Seq<Violation>, Estimate> validate(double value, Option<Interval> interval) {
        return Violations.attempt(() -> of(value, interval));
    }

    @Value.Check
    final void check() {
        Violations.of("estimate")
                .check(Double.isFinite(value()), "value", FINITE, value())
                .check(interval().forAll(i -> i.contains(value())), "value", OUTSIDE_INTERVAL, value())
                .throwIfAny();
    }

    /** The value and, if there is one, its interval: {@code 0.3 [0.25, 0.37]}. */
    @Override
    public String toString() {
        return value() + interval().map(i -> " " + i).getOrElse("");
    }
}
