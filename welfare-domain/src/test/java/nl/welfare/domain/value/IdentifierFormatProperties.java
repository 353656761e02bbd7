package nl.welfare.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The identifier format, checked by a loop over the characters, agrees with the regular expression that states it. */
@DisplayName("The identifier format")
class IdentifierFormatProperties {

    /** The format as a regular expression: the oracle. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private static final String ALPHABET = "aZ09._:-/ é\t#";

    /** Texts of 0 to 70 characters, mostly from the identifier alphabet and a few characters outside it. */
    private static Gen<String> texts() {
        return integers().between(0, 70).flatMap(length -> in -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(
                        integers().between(0, ALPHABET.length() - 1).generate(in)));
            }
            return text.toString();
        });
    }

    @Test
    @DisplayName("accepts exactly what its regular expression accepts")
    void agreesWithTheRegularExpression() {
        qt().withExamples(5000)
                .forAll(texts())
                .checkAssert(text ->
                        assertEquals(FORMAT.matcher(text).matches(), Identifier.isWellFormed(text), "'" + text + "'"));
        qt().withExamples(2000)
                .forAll(strings().allPossible().ofLengthBetween(0, 66))
                .checkAssert(text ->
                        assertEquals(FORMAT.matcher(text).matches(), Identifier.isWellFormed(text), "'" + text + "'"));
    }

    @Test
    @DisplayName("takes 64 characters and not 65, and no separator first")
    void edges() {
        assertTrue(Identifier.isWellFormed("a".repeat(64)));
        assertFalse(Identifier.isWellFormed("a".repeat(65)));
        assertFalse(Identifier.isWellFormed(""));
        assertFalse(Identifier.isWellFormed("-r1"));
        assertTrue(Identifier.isWellFormed("r1:2019.a_b-c"));
    }
}
