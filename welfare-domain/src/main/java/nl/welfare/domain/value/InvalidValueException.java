package nl.welfare.domain.value;

import io.vavr.collection.Seq;

/**
 * Thrown when code builds a value that breaks one of its own rules. Input should be checked with the value's
 * {@code validate(...)} or {@code parse(...)} instead, which returns the same violations without throwing.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Seq<Violation> violations;

    /** An exception for an invalid value of {@code type} that breaks the given rules (at least one). */
    public InvalidValueException(String type, Seq<Violation> violations) {
        super("invalid " + type + ": " + violations.map(Violation::toString).mkString("; "));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid value breaks at least one rule");
        }
        this.violations = violations;
    }

    /** Every rule the value breaks, in the order they were checked. */
    public Seq<Violation> violations() {
        return violations;
    }
}
