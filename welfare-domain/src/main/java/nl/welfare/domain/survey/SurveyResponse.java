package nl.welfare.domain.survey;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.OptionalInt;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * One respondent's answer to one coded question on a date, with its design weight (antwoord; burgerpeiling,
 * veiligheidsmonitor). One row of the data package's {@code survey_responses} resource.
 *
 * <p>The answer is kept exactly as given, also when it is not valid for its question (empty, "don't know", out of
 * range): such answers are left out when an indicator is computed, and {@code welfare validate} warns about them
 * without failing. The weight defaults to 1.
 *
 * <pre>{@code
 * SurveyResponse r = SurveyResponse.builder()
 *         .respondent(RespondentId.of("bp2019-00412"))
 *         .area(AreaCode.of("BU01530100"))
 *         .date(LocalDate.of(2019, 10, 3))
 *         .question(QuestionCode.of("wl04"))
 *         .answer("2")
 *         .weight(1.3)
 *         .build();
 * r.numericAnswer();                          // OptionalInt[2]
 * ReferenceQuestions.WL04.isYes(r.answer());  // true
 * }</pre>
 */
@Value.Immutable
public abstract class SurveyResponse {

    /** Rule: the weight is zero or negative. */
    public static final Rule WEIGHT_NOT_POSITIVE =
            Rule.of("survey-response.weight-not-positive", "must be greater than zero");

    /** Rule: the weight is not a finite number (NaN or infinite). */
    public static final Rule WEIGHT_NOT_FINITE =
            Rule.of("survey-response.weight-not-finite", "must be a finite number");

    SurveyResponse() {}

    /** Who answered ({@code respondent_id}). */
    public abstract RespondentId respondent();

    /** The area the respondent lives in, usually a neighbourhood ({@code area_code}). */
    public abstract AreaCode area();

    /** The day of the answer ({@code date}). */
    public abstract LocalDate date();

    /** The question answered ({@code question}). */
    public abstract QuestionCode question();

    /** The answer as given, possibly empty or not valid for the question ({@code answer}). */
    public abstract String answer();

    /** The design weight, finite and greater than zero; 1 when not given ({@code weight}). */
    @Value.Default
    public double weight() {
        return 1.0;
    }

    /** A staged builder: respondent, area, date, question and answer, then optionally the weight. */
    public static ImmutableSurveyResponse.RespondentBuildStage builder() {
        return ImmutableSurveyResponse.builder();
    }

    /** The response with these fields, or every rule they break. */
    public static Validation<Seq<Violation>, SurveyResponse> validate(
            RespondentId respondent,
            AreaCode area,
            LocalDate date,
            QuestionCode question,
            String answer,
            double weight) {
        return Violations.attempt(() -> builder()
                .respondent(respondent)
                .area(area)
                .date(date)
                .question(question)
                .answer(answer)
                .weight(weight)
                .build());
    }

    @Value.Check
    final void check() {
        boolean finite = Double.isFinite(weight());
        Violations.of("survey response")
                .check(finite, "weight", WEIGHT_NOT_FINITE, weight())
                .check(!finite || weight() > 0, "weight", WEIGHT_NOT_POSITIVE, weight())
                .throwIfAny();
    }

    /**
     * The answer as a whole number, when it is one ({@code "7"}, {@code " 7 "}; not {@code "7.0"} or {@code "don't
     * know"}), whatever the question's scale; see {@link SurveyQuestion#valueOf} for the valid answers.
     */
    public OptionalInt numericAnswer() {
        return AnswerScale.integerOf(answer());
    }

    /** Whether the response is dated in {@code period}. */
    public boolean isIn(ReportingPeriod period) {
        return period.contains(date());
    }
}
