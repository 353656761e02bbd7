package nl.welfare.indicators.stats;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A confidence interval (betrouwbaarheidsinterval): the closed range {@code [lower, upper]} of values consistent with
 * the data at a {@link ConfidenceLevel}. Both bounds are finite and {@code lower <= upper}; a bound that would be
 * infinite makes the estimate not computable instead.
 *
 * <pre>{@code
 * Interval i = Interval.of(0.2553, 0.3662);
 * i.contains(0.3);    // true
 * i.excludes(0);      // true: a change with this interval is significant
 * i.width();          // 0.1109
 * }</pre>
 */
@Value.Immutable
public abstract class Interval {

    /** Rule: a bound that is infinite or not a number. */
    public static final Rule FINITE = Rule.of("interval.finite", "must be a finite number");

    /** Rule: the lower bound lies above the upper bound. */
    public static final Rule LOWER_ABOVE_UPPER =
            Rule.of("interval.lower-above-upper", "must not lie above the upper bound");

    Interval() {}

    /** The lower bound, inclusive. */
    @Value.Parameter
    public abstract double lower();

    /** The upper bound, inclusive. */
    @Value.Parameter
    public abstract double upper();

    /** The interval {@code [lower, upper]}; throws if it breaks {@link #FINITE} or {@link #LOWER_ABOVE_UPPER}. */
    public static Interval of(double lower, double upper) {
        return ImmutableInterval.of(lower, upper);
    }

    /** The interval {@code [lower, upper]}, or every rule it breaks. */
    public static Validation<Seq<Violation>, Interval> validate(double lower, double upper) {
        return Violations.attempt(() -> of(lower, upper));
    }

    @Value.Check
    final void check() {
        Violations.of("interval")
                .check(Double.isFinite(lower()), "lower", FINITE, lower())
                .check(Double.isFinite(upper()), "upper", FINITE, upper())
                .check(!(lower() > upper()), "lower", LOWER_ABOVE_UPPER, lower())
                .throwIfAny();
    }

    /** Whether {@code x} lies in the interval, both bounds included. */
    public boolean contains(double x) {
        return lower() <= x && x <= upper();
    }

    /** Whether {@code x} lies outside the interval; {@code excludes(0)} is what makes a change significant. */
    public boolean excludes(double x) {
        return !contains(x);
    }

    /** Whether {@code other} lies wholly inside this interval (bounds may coincide). */
    public boolean encloses(Interval other) {
        return lower() <= other.lower() && other.upper() <= upper();
    }

    /** {@code upper - lower}. */
    public double width() {
        return upper() - lower();
    }

    /** The interval as {@code [lower, upper]}. */
    @Override
    public String toString() {
        return "[" + lower() + ", " + upper() + "]";
    }
}
