package nl.welfare.domain.survey;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The six survey questions of the reference catalogue (referentievragen). {@code wl01}, {@code wl04}, {@code zw00}
 * and {@code zw04} follow the VNG Burgerpeiling model questionnaire; {@code sc01} and {@code aw01} are the library's
 * own.
 *
 * <pre>{@code
 * ReferenceQuestions.byCode(QuestionCode.of("wl04")); // Some(WL04)
 * ReferenceQuestions.WL04.isYes("2");                 // true: feels safe mostly
 * }</pre>
 */
public final class ReferenceQuestions {

    /** How pleasant is it to live in your neighbourhood? 1-10, reported as a mean. */
    public static final SurveyQuestion WL01 = SurveyQuestion.of(
            QuestionCode.of("wl01"), "How pleasant is it to live in your neighbourhood?", AnswerScale.of(1, 10));

    /**
     * Do you feel safe in your neighbourhood? 1 (almost) always, 2 mostly, 3 sometimes, 4 mostly not, 5 (almost)
     * never; 1 and 2 count as "yes".
     */
    public static final SurveyQuestion WL04 = SurveyQuestion.builder()
            .code(QuestionCode.of("wl04"))
            .text("Do you feel safe in your neighbourhood?")
            .scale(AnswerScale.of(1, 5))
            .addYesAnswers(1, 2)
            .build();

    /** How satisfied are you with your life? 1-10, reported as a mean. */
    public static final SurveyQuestion ZW00 =
            SurveyQuestion.of(QuestionCode.of("zw00"), "How satisfied are you with your life?", AnswerScale.of(1, 10));

    /** Do you ever feel lonely? 1 no, 2 sometimes, 3 often, 4 very often; 3 and 4 count as "yes". */
    public static final SurveyQuestion ZW04 = SurveyQuestion.builder()
            .code(QuestionCode.of("zw04"))
            .text("Do you ever feel lonely?")
            .scale(AnswerScale.of(1, 4))
            .addYesAnswers(3, 4)
            .build();

    /**
     * I feel connected to the people in my neighbourhood. 1 strongly agree to 5 strongly disagree; 1 and 2 count as
     * "yes".
     */
    public static final SurveyQuestion SC01 = SurveyQuestion.builder()
            .code(QuestionCode.of("sc01"))
            .text("I feel connected to the people in my neighbourhood.")
            .scale(AnswerScale.of(1, 5))
            .addYesAnswers(1, 2)
            .build();

    /** Do you know where to get special transport (speciaal vervoer)? 0 no, 1 yes; 1 counts as "yes". */
    public static final SurveyQuestion AW01 = SurveyQuestion.builder()
            .code(QuestionCode.of("aw01"))
            .text("Do you know where to get special transport?")
            .scale(AnswerScale.of(0, 1))
            .addYesAnswers(1)
            .build();

    private static final List<SurveyQuestion> ALL = List.of(WL01, WL04, ZW00, ZW04, SC01, AW01);

    private ReferenceQuestions() {}

    /** The six reference questions, in the order of the catalogue's table. */
    public static Seq<SurveyQuestion> all() {
        return ALL;
    }

    /** The reference question with {@code code}, if there is one. */
    public static Option<SurveyQuestion> byCode(QuestionCode code) {
        return ALL.find(q -> q.code().equals(code));
    }
}
