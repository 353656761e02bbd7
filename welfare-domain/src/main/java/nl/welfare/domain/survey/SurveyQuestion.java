package nl.welfare.domain.survey;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Collection;
import java.util.OptionalInt;
import java.util.SortedSet;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A coded question of a municipal survey (enquêtevraag; burgerpeiling, veiligheidsmonitor): its code, its text in
 * English, the {@link AnswerScale} of valid answers and, for a question reported as a share, the answers that count
 * as "yes". A question without "yes" answers is reported as a mean. {@link ReferenceQuestions} holds the six
 * questions of the reference catalogue.
 *
 * <pre>{@code
 * SurveyQuestion safe = SurveyQuestion.builder()
 *         .code(QuestionCode.of("wl04"))
 *         .text("Do you feel safe in your neighbourhood?")
 *         .scale(AnswerScale.of(1, 5))
 *         .addYesAnswers(1, 2)
 *         .build();
 * safe.isValidAnswer("3");          // true
 * safe.isYes("2");                  // true
 * safe.isValidAnswer("don't know"); // false: left out of numerator and denominator
 * }</pre>
 */
@Value.Immutable
public abstract class SurveyQuestion {

    /** Rule: a "yes" answer does not lie on the question's scale. */
    public static final Rule YES_OUTSIDE_SCALE =
            Rule.of("survey-question.yes-outside-scale", "must lie on the question's answer scale");

    /** Rule: the question has no text. */
    public static final Rule TEXT_BLANK = Rule.of("survey-question.text-blank", "must not be blank");

    SurveyQuestion() {}

    /** The question's code, as the {@code question} column gives it. */
    public abstract QuestionCode code();

    /** The question as it is asked, in English. */
    public abstract String text();

    /** The valid answers. */
    public abstract AnswerScale scale();

    /** The answers that count as "yes" when the question is reported as a share; empty for a mean. */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> yesAnswers();

    /** A staged builder: code, text and scale, then optionally the "yes" answers. */
    public static ImmutableSurveyQuestion.CodeBuildStage builder() {
        return ImmutableSurveyQuestion.builder();
    }

    /** A question reported as a mean: its answers have no "yes". */
    public static SurveyQuestion of(QuestionCode code, String text, AnswerScale scale) {
        return builder().code(code).text(text).scale(scale).build();
    }

    /** The question with these fields, or every rule they break. */
    public static Validation<Seq<Violation>, SurveyQuestion> validate(
            QuestionCode code, String text, AnswerScale scale, Collection<Integer> yesAnswers) {
        return Violations.attempt(() -> builder()
                .code(code)
                .text(text)
                .scale(scale)
                .addAllYesAnswers(yesAnswers)
                .build());
    }

    @Value.Check
    final void check() {
        Violations found = Violations.of("survey question").check(!text().isBlank(), "text", TEXT_BLANK, text());
        for (int yes : yesAnswers()) {
            found.check(scale().contains(yes), "yes", YES_OUTSIDE_SCALE, yes);
        }
        found.throwIfAny();
    }

    /** Whether the question is reported as a share of "yes" answers rather than as a mean. */
    public boolean isProportion() {
        return !yesAnswers().isEmpty();
    }

    /**
     * Whether {@code answer} is valid: a whole number on the scale. Anything else (empty, "don't know", out of range)
     * is not, and is left out of both numerator and denominator.
     */
    public boolean isValidAnswer(String answer) {
        return scale().isValid(answer);
    }

    /** The answer as a number when it is valid; empty otherwise. */
    public OptionalInt valueOf(String answer) {
        return scale().valueOf(answer);
    }

    /** Whether {@code answer} is valid and one of the "yes" answers. */
    public boolean isYes(String answer) {
        OptionalInt value = valueOf(answer);
        return value.isPresent() && yesAnswers().contains(value.getAsInt());
    }
}
