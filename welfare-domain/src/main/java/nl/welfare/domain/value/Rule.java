package nl.welfare.domain.value;

import org.immutables.value.Value;

/**
 * A named rule that a value or an input must satisfy, such as {@code "reporting-period.end-before-start"}.
 *
 * <p>Rules are constants declared by the type that enforces them, so that tests and callers can ask which rule a
 * {@link Violation} broke instead of parsing its message:
 *
 * {@code
 * public static final Rule END_BEFORE_START =
 *         Rule.of("support-episode.end-before-start", "must not end before it starts");
 * }
 */
@Value.Immutable
public abstract class Rule {

    Rule() {}

    /** A stable, kebab-case identifier: {@code <type>.<rule>}. */
    @Value.Parameter
    public abstract String id();

    /** What the rule demands, phrased to follow a field name: "must not end before it starts". */
    @Value.Parameter
    public abstract String description();

    /** A rule with the given id and description. */
    public static Rule of(String id, String description) {
        return ImmutableRule.of(id, description);
    }

    @Value.Check
    final void check() {
        if (id().isBlank() || description().isBlank()) {
            throw new IllegalArgumentException("a rule needs an id and a description");
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
