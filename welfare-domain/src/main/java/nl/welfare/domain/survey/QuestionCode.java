package nl.welfare.domain.survey;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The code of a survey question (vraagcode), such as {@code wl01} of the VNG Burgerpeiling: lower-case letters and
 * digits, starting with a letter, at most 32 characters. It is the {@code question} column of
 * {@code survey_responses}.
 *
 * <pre>{@code
 * QuestionCode safe = QuestionCode.of("wl04");
 * QuestionCode.parse("WL04"); // Invalid(question-code.format): codes are lower case
 * }</pre>
 */
@Value.Immutable
public abstract class QuestionCode implements Comparable<QuestionCode> {

    /** Rule: the text is not lower-case letters and digits starting with a letter. */
    public static final Rule FORMAT = Rule.of(
            "question-code.format", "must be 1 to 32 lower-case letters and digits, starting with a letter (wl01)");

    QuestionCode() {}

    /** The code's text. */
    @Value.Parameter
    public abstract String value();

    /** The code {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static QuestionCode of(String text) {
        return ImmutableQuestionCode.of(text);
    }

    /** The code {@code text}, or the violation of {@link #FORMAT} in field {@code "question"}. */
    public static Validation<Seq<Violation>, QuestionCode> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    /**
     * Whether {@code text} is a well-formed question code: a lower-case ASCII letter, then at most 31 lower-case
     * letters and digits. A loop, not a regular expression: readers check the code of every survey row.
     */
    public static boolean isWellFormed(String text) {
        int length = text.length();
        if (length == 0 || length > 32 || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    @Value.Check
    final void check() {
        Violations.of("question code")
                .check(isWellFormed(value()), "question", FORMAT, value())
                .throwIfAny();
    }

    /** Orders by the code's text. */
    @Override
    public int compareTo(QuestionCode other) {
        return value().compareTo(other.value());
    }

    /** The code's text, so that {@code parse(code.toString())} gives the code back. */
    @Override
    public String toString() {
        return value();
    }
}
