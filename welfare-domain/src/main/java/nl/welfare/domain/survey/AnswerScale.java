package nl.welfare.domain.survey;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.OptionalInt;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The valid answers of a {@link SurveyQuestion} (antwoordschaal): the whole numbers from {@link #min()} to
 * {@link #max()}, both included, such as 1-10 for a mark or 0-1 for no/yes.
 *
 * <pre>{@code
 * AnswerScale marks = AnswerScale.of(1, 10);
 * marks.valueOf("7");          // OptionalInt[7]
 * marks.valueOf("11");         // empty: out of range
 * marks.valueOf("don't know"); // empty: not a number
 * }</pre>
 *
 * <p>An answer is read as a whole number when, with surrounding spaces removed, it is an optional minus sign and one
 * to nine digits ({@code "7"}, {@code " 07 "}); {@code "7.0"} or {@code "+7"} are not numbers.
 */
@Value.Immutable
public abstract class AnswerScale {

    /** Rule: the scale's maximum lies below its minimum. */
    public static final Rule MAX_BELOW_MIN = Rule.of("answer-scale.max-below-min", "must not lie below min");

    AnswerScale() {}

    /** The lowest valid answer. */
    @Value.Parameter
    public abstract int min();

    /** The highest valid answer. */
    @Value.Parameter
    public abstract int max();

    /** The answers {@code min} to {@code max}; throws if {@code max < min}. */
    public static AnswerScale of(int min, int max) {
        return ImmutableAnswerScale.of(min, max);
    }

    /** The answers {@code min} to {@code max}, or the violation of {@link #MAX_BELOW_MIN}. */
    public static Validation<Seq<Violation>, AnswerScale> validate(int min, int max) {
        return Violations.attempt(() -> of(min, max));
    }

    @Value.Check
    final void check() {
        Violations.of("answer scale")
                .check(min() <= max(), "max", MAX_BELOW_MIN, max())
                .throwIfAny();
    }

    /** Whether {@code answer} lies on the scale. */
    public boolean contains(int answer) {
        return answer >= min() && answer <= max();
    }

    /** The number of valid answers. */
    public long size() {
        return (long) max() - min() + 1;
    }

    /** The answer as a whole number when it is one and lies on the scale; empty for anything else. */
    public OptionalInt valueOf(String answer) {
        OptionalInt number = integerOf(answer);
        return number.isPresent() && contains(number.getAsInt()) ? number : OptionalInt.empty();
    }

    /** Whether {@code answer} is a whole number on the scale. */
    public boolean isValid(String answer) {
        return valueOf(answer).isPresent();
    }

    /** {@code answer} as a whole number (see the class comment), whatever its range. */
    static OptionalInt integerOf(String answer) {
        String trimmed = answer.strip();
        int start = trimmed.startsWith("-") ? 1 : 0;
        int digits = trimmed.length() - start;
        if (digits < 1 || digits > 9) {
            return OptionalInt.empty();
        }
        for (int i = start; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(Integer.parseInt(trimmed));
    }

    /** The scale as {@code min..max}, such as {@code 1..10}. */
    @Override
    public String toString() {
        return min() + ".." + max();
    }
}
