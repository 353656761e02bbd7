package nl.welfare.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A survey question")
class SurveyQuestionTest {

    @Test
    @DisplayName("feels safe (wl04) counts 1 and 2 as yes, any other number on 1-5 as no")
    void feelsSafe() {
        SurveyQuestion safe = ReferenceQuestions.WL04;
        assertTrue(safe.isProportion());
        assertTrue(safe.isYes("1"));
        assertTrue(safe.isYes(" 2 "));
        assertFalse(safe.isYes("3"));
        assertTrue(safe.isValidAnswer("5"));
        assertFalse(safe.isYes("0"));
        assertEquals(OptionalInt.of(4), safe.valueOf("4"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "don't know", "weet niet", "0", "11", "-1", "7.0", "+7", "7a", "99999999999"})
    @DisplayName("pleasant to live (wl01) accepts only whole numbers 1 to 10")
    void invalidAnswers(String answer) {
        assertFalse(ReferenceQuestions.WL01.isValidAnswer(answer));
        assertEquals(OptionalInt.empty(), ReferenceQuestions.WL01.valueOf(answer));
        assertFalse(ReferenceQuestions.WL01.isYes(answer));
    }

    @Test
    @DisplayName("of the reference catalogue are six, found by their codes")
    void reference() {
        assertEquals(6, ReferenceQuestions.all().size());
        assertEquals(
                List.of("wl01", "wl04", "zw00", "zw04", "sc01", "aw01"),
                ReferenceQuestions.all().map(q -> q.code().toString()).toJavaList());
        assertEquals(Option.some(ReferenceQuestions.ZW04), ReferenceQuestions.byCode(QuestionCode.of("zw04")));
        assertEquals(Option.none(), ReferenceQuestions.byCode(QuestionCode.of("xx99")));
        assertFalse(ReferenceQuestions.WL01.isProportion());
        assertFalse(ReferenceQuestions.ZW00.isProportion());
        assertTrue(ReferenceQuestions.ZW04.isYes("4"));
        assertTrue(ReferenceQuestions.AW01.isYes("1"));
        assertFalse(ReferenceQuestions.AW01.isYes("0"));
        assertTrue(ReferenceQuestions.AW01.isValidAnswer("0"));
        assertTrue(ReferenceQuestions.SC01.isYes("2"));
        assertEquals(AnswerScale.of(1, 10), ReferenceQuestions.ZW00.scale());
    }

    @Test
    @DisplayName("rejects a yes answer outside its scale, once for each such answer")
    void rejectsYesOutsideScale() {
        var result = SurveyQuestion.validate(
                QuestionCode.of("zw04"), "Do you ever feel lonely?", AnswerScale.of(1, 4), List.of(3, 4, 5, 0));
        assertEquals(
                List.of(SurveyQuestion.YES_OUTSIDE_SCALE, SurveyQuestion.YES_OUTSIDE_SCALE),
                result.getError().map(v -> v.rule()).toJavaList());
        assertEquals(
                List.of("0", "5"), result.getError().map(v -> v.rejectedValue()).toJavaList());
    }

    @Test
    @DisplayName("rejects a blank text")
    void rejectsBlankText() {
        var result = SurveyQuestion.validate(QuestionCode.of("q1"), " ", AnswerScale.of(0, 1), List.of());
        assertEquals(SurveyQuestion.TEXT_BLANK, result.getError().single().rule());
    }

    @Test
    @DisplayName("scale rejects a maximum below its minimum, and may hold a single answer")
    void scale() {
        assertEquals(
                AnswerScale.MAX_BELOW_MIN,
                AnswerScale.validate(5, 1).getError().single().rule());
        assertEquals(1, AnswerScale.of(3, 3).size());
        assertEquals("1..10", AnswerScale.of(1, 10).toString());
        assertTrue(AnswerScale.of(-2, 2).isValid("-2"));
    }
}
