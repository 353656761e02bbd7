package nl.welfare.domain.value;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/**
 * Collects the violations of one value while its rules are checked, so that every broken rule is reported at once.
 *
 * <p>A value type checks its invariants in a method annotated {@code @Value.Check}:
 *
 * <pre>{@code
 * final void check() {
 *     Violations.of("support episode")
 *             .check(ended().map(e -> !e.isBefore(started())).orElse(true), "ended", END_BEFORE_START, ended())
 *             .throwIfAny();
 * }
 * }</pre>
 *
 * <p>and offers them as a {@code Validation} through {@link #attempt(Supplier)}:
 *
 * <pre>{@code
 * public static Validation<Seq<Violation>, SupportEpisode> validate(...) {
 *     return Violations.attempt(() -> ImmutableSupportEpisode.builder()...build());
 * }
 * }</pre>
 *
 * <p>Instances are mutable collectors used inside one method; they are not values.
 */
public final class Violations {

    private final String type;
    private List<Violation> found = List.empty();

    private Violations(String type) {
        this.type = type;
    }

    /** A collector for a value of the named type (the name appears in the exception's message). */
    public static Violations of(String type) {
        return new Violations(type);
    }

    /** Records a violation of {@code rule} in {@code field} when {@code holds} is false. */
    public Violations check(boolean holds, String field, Rule rule, Object rejected) {
        if (!holds) {
            found = found.append(Violation.of(field, rule, rejected));
        }
        return this;
    }

    /** Records the violations of a nested validation (for example of a field's own type). */
    public Violations addAll(Seq<Violation> violations) {
        found = found.appendAll(violations);
        return this;
    }

    /** The violations found so far. */
    public Seq<Violation> toSeq() {
        return found;
    }

    /** Throws an {@link InvalidValueException} carrying every violation found, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidValueException(type, found);
        }
    }

    /** {@code value} when nothing was found, else every violation found. */
    public <T> Validation<Seq<Violation>, T> toValidation(Supplier<T> value) {
        return found.isEmpty() ? Validation.valid(value.get()) : Validation.invalid(found);
    }

    /**
     * Runs a constructor whose value checks its own rules, and turns a broken rule into an invalid result that lists
     * every violation. Only {@link InvalidValueException} is caught: any other exception is a bug and propagates.
     */
    public static <T> Validation<Seq<Violation>, T> attempt(Supplier<T> constructor) {
        try {
            return Validation.valid(constructor.get());
        } catch (InvalidValueException e) {
            return Validation.invalid(e.violations());
        }
    }
}
