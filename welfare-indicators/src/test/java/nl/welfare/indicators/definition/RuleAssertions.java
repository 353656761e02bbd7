package nl.welfare.indicators.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/** Assertions on the rules a validation reports, shared by the tests of definitions and catalogues. */
public final class RuleAssertions {

    private RuleAssertions() {}

    /** Asserts that {@code result} is invalid and reports {@code rule} and no other rule. */
    public static void assertBreaksOnly(Rule rule, Validation<Seq<Violation>, ?> result) {
        assertTrue(result.isInvalid(), () -> "expected " + rule + " to be broken, got " + result);
        assertBreaksOnly(rule, result.getError());
    }

    /** Asserts that {@code violations} report {@code rule} and no other rule. */
    public static void assertBreaksOnly(Rule rule, Seq<Violation> violations) {
        assertEquals(HashSet.of(rule), violations.map(Violation::rule).toSet(), violations::toString);
    }

    /** Asserts that {@code result} is invalid and reports {@code rule} in {@code field}, and no other rule. */
    public static void assertBreaksOnly(Rule rule, String field, Validation<Seq<Violation>, ?> result) {
        assertBreaksOnly(rule, result);
        result.getError().forEach(v -> assertEquals(field, v.field(), result.getError()::toString));
    }
}
