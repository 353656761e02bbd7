package nl.welfare.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Question codes and whole-number answers, checked by loops over the characters, agree with the regular expressions
 * that state their formats.
 */
@DisplayName("The formats of survey texts")
class SurveyTextFormatProperties {

    private static final Pattern QUESTION = Pattern.compile("[a-z][a-z0-9]{0,31}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");

    /** Texts of 0 to {@code max} characters from {@code alphabet}. */
    private static Gen<String> texts(String alphabet, int max) {
        return integers().between(0, max).flatMap(length -> in -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(
                        integers().between(0, alphabet.length() - 1).generate(in)));
            }
            return text.toString();
        });
    }

    @Test
    @DisplayName("a question code is well formed exactly when its regular expression matches")
    void questionCodes() {
        qt().withExamples(5000)
                .forAll(texts("az09Z_-é ", 36))
                .checkAssert(text -> assertEquals(
                        QUESTION.matcher(text).matches(), QuestionCode.isWellFormed(text), "'" + text + "'"));
    }

    @Test
    @DisplayName("an answer is a whole number exactly when its regular expression matches, after stripping blanks")
    void wholeNumbers() {
        qt().withExamples(5000).forAll(texts("0123456789-+ .\t\u00a0x", 13)).checkAssert(text -> {
            String stripped = text.strip();
            OptionalInt expected = INTEGER.matcher(stripped).matches()
                    ? OptionalInt.of(Integer.parseInt(stripped))
                    : OptionalInt.empty();
            assertEquals(expected, AnswerScale.integerOf(text), "'" + text + "'");
        });
    }
}
