package nl.welfare.domain.value;

import org.immutables.value.Value;

/**
 * One broken rule: which field, which {@link Rule}, and the rejected value as text.
 *
 * {@code
 * Violation v = Violation.of("rung", ParticipationRung.IN_RANGE, 7);
 * v.message(); // "rung: must be between 1 and 6 (rejected: 7)"
 * }
 */
@Value.Immutable
public abstract class Violation {

    Violation() {}

    /** The field that holds the rejected value, as the input names it ({@code "ended"}, {@code "rung"}). */
    @Value.Parameter
    public abstract String field();

    /** The rule the value breaks. */
    @Value.Parameter
    public abstract Rule rule();

    /** The rejected value as text; empty when there was no value at all. */
    @Value.Parameter
    public abstract String rejectedValue();

    /** A violation of {@code rule} by {@code rejected} in {@code field}; the value is kept as its string form. */
    public static Violation of(String field, Rule rule, Object rejected) {
        return ImmutableViolation.of(field, rule, String.valueOf(rejected));
    }

    /** A sentence a person can act on: field, what the rule demands, and what was rejected. */
    public String message() {
        return field() + ": " + rule().description() + " (rejected: " + rejectedValue() + ")";
    }

    /** Same as {@link #message()}, followed by the rule's id in brackets. */
    @Override
    public String toString() {
        return message() + " [" + rule().id() + "]";
    }
}
