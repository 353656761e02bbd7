package nl.welfare.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalInt;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A survey response")
class SurveyResponseTest {

    static final RespondentId RESPONDENT = RespondentId.of("bp2019-00412");
    static final AreaCode OOST = AreaCode.of("BU01530300");
    static final LocalDate AUTUMN_2019 = LocalDate.of(2019, 10, 3);

    static Rule brokenBy(double weight) {
        return SurveyResponse.validate(RESPONDENT, OOST, AUTUMN_2019, QuestionCode.of("wl04"), "2", weight)
                .getError()
                .single()
                .rule();
    }

    @Test
    @DisplayName("to feels safe in Oost in 2019 counts as yes, weighed 1 unless given")
    void feelsSafe() {
        SurveyResponse r = SurveyResponse.builder()
                .respondent(RESPONDENT)
                .area(OOST)
                .date(AUTUMN_2019)
                .question(QuestionCode.of("wl04"))
                .answer("2")
                .build();
        assertEquals(1.0, r.weight());
        assertEquals(OptionalInt.of(2), r.numericAnswer());
        assertTrue(ReferenceQuestions.byCode(r.question()).get().isYes(r.answer()));
        assertTrue(r.isIn(ReportingPeriod.year(2019)));
        assertFalse(r.isIn(ReportingPeriod.year(2020)));
        assertEquals(1.3, ImmutableSurveyResponse.copyOf(r).withWeight(1.3).weight());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "don't know", "7.5", "-"})
    @DisplayName("keeps an answer that is not a number, which has no numeric value")
    void keepsInvalidAnswers(String answer) {
        var r = SurveyResponse.validate(RESPONDENT, OOST, AUTUMN_2019, QuestionCode.of("wl01"), answer, 1.0)
                .get();
        assertEquals(answer, r.answer());
        assertEquals(OptionalInt.empty(), r.numericAnswer());
    }

    @Test
    @DisplayName("reads a number out of range as a number; its question decides it is not valid")
    void outOfRange() {
        var r = SurveyResponse.validate(RESPONDENT, OOST, AUTUMN_2019, QuestionCode.of("wl01"), "12", 1.0)
                .get();
        assertEquals(OptionalInt.of(12), r.numericAnswer());
        assertFalse(ReferenceQuestions.WL01.isValidAnswer(r.answer()));
    }

    @Test
    @DisplayName("rejects a weight of zero or below")
    void rejectsNonPositiveWeight() {
        assertEquals(SurveyResponse.WEIGHT_NOT_POSITIVE, brokenBy(0.0));
        assertEquals(SurveyResponse.WEIGHT_NOT_POSITIVE, brokenBy(-0.0));
        assertEquals(SurveyResponse.WEIGHT_NOT_POSITIVE, brokenBy(-1.5));
        assertTrue(SurveyResponse.validate(RESPONDENT, OOST, AUTUMN_2019, QuestionCode.of("wl04"), "2", 1e-9)
                .isValid());
    }

    @Test
    @DisplayName("rejects a weight that is not a number or infinite, with only the finiteness rule")
    void rejectsNonFiniteWeight() {
        assertEquals(SurveyResponse.WEIGHT_NOT_FINITE, brokenBy(Double.NaN));
        assertEquals(SurveyResponse.WEIGHT_NOT_FINITE, brokenBy(Double.POSITIVE_INFINITY));
        assertEquals(SurveyResponse.WEIGHT_NOT_FINITE, brokenBy(Double.NEGATIVE_INFINITY));
    }
}
