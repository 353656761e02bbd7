package nl.welfare.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Supplier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * An input that breaks exactly one {@link Rule}: the rule, and the validation that should report it (and nothing
 * else). Generators of breaches let a property test show that validation reports exactly the broken rules.
 *
 * <pre>{@code
 * qt().forAll(ResidentGenerators.ladderAssessmentBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
 * }</pre>
 *
 * @param <T> the type of value the input would have become
 */
public final class Breach<T> {

    private final Rule rule;
    private final String description;
    private final Supplier<Validation<Seq<Violation>, T>> attempt;

    private Breach(Rule rule, String description, Supplier<Validation<Seq<Violation>, T>> attempt) {
        this.rule = rule;
        this.description = description;
        this.attempt = attempt;
    }

    /**
     * A breach of {@code rule}, described for a failing test's report, whose input is validated by {@code attempt}.
     */
    public static <T> Breach<T> of(Rule rule, String description, Supplier<Validation<Seq<Violation>, T>> attempt) {
        return new Breach<>(rule, description, attempt);
    }

    /** The rule the input breaks. */
    public Rule rule() {
        return rule;
    }

    /** Runs the validation of the input. */
    public Validation<Seq<Violation>, T> validate() {
        return attempt.get();
    }

    /** Asserts that validation rejects the input and names {@link #rule()} as the only broken rule. */
    public void assertBreaksExactlyItsRule() {
        Validation<Seq<Violation>, T> result = validate();
        assertTrue(result.isInvalid(), () -> "expected " + rule + " to be broken by " + description);
        assertEquals(
                HashSet.of(rule),
                result.getError().map(Violation::rule).toSet(),
                () -> "expected only " + rule + " to be broken by " + description + ", got " + result.getError());
    }

    @Override
    public String toString() {
        return rule + " broken by " + description;
    }
}
