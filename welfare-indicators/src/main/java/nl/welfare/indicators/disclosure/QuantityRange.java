package nl.welfare.indicators.disclosure;

import org.immutables.value.Value;

/**
 * What the audit found for one audited quantity of a suppressed cell (bereik): the range of values consistent with
 * everything published and every relation, next to the true value. For the data owner only: it names the true value.
 *
 * <p>{@link #exact()} is true when the range is the whole feasible range (a linear program over every relation);
 * otherwise it is a range the audit proved feasible, and the true range is at least as wide.
 */
@Value.Immutable
public abstract class QuantityRange {

    QuantityRange() {}

    /** What is audited: {@code count}, {@code numerator}, {@code complement}, or a mean's {@code sum}. */
    public abstract String role();

    /** The quantity (for a complement: the count's). */
    public abstract QuantityKey quantity();

    /** The true value. */
    public abstract double value();

    /** The smallest value found consistent with what is published. */
    public abstract double low();

    /** The largest value found; {@link Double#POSITIVE_INFINITY} when unbounded. */
    public abstract double high();

    /** Whether {@link #low()} and {@link #high()} are the exact ends of the feasible range. */
    public abstract boolean exact();

    /** The range as the audit found it. */
    public static QuantityRange of(
            String role, QuantityKey quantity, double value, double low, double high, boolean exact) {
        return ImmutableQuantityRange.builder()
                .role(role)
                .quantity(quantity)
                .value(value)
                .low(low)
                .high(high)
                .exact(exact)
                .build();
    }

    /** The width of the range. */
    public double width() {
        return high() - low();
    }
}
