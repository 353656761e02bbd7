package nl.welfare.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.survey.AnswerScale;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyQuestion;
import nl.welfare.domain.survey.SurveyResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Survey values")
class SurveyProperties {

    @Test
    @DisplayName("respondent ids and question codes parse back from their text")
    void roundTrips() {
        qt().forAll(SurveyGenerators.respondentIds())
                .checkAssert(
                        id -> assertEquals(id, RespondentId.parse(id.toString()).get()));
        qt().forAll(SurveyGenerators.questionCodes())
                .checkAssert(code ->
                        assertEquals(code, QuestionCode.parse(code.toString()).get()));
    }

    @Test
    @DisplayName("generated values pass their own validation")
    void validValuesValidate() {
        qt().forAll(SurveyGenerators.answerScales())
                .checkAssert(s ->
                        assertEquals(s, AnswerScale.validate(s.min(), s.max()).get()));
        qt().forAll(SurveyGenerators.surveyQuestions())
                .checkAssert(q -> assertEquals(
                        q,
                        SurveyQuestion.validate(q.code(), q.text(), q.scale(), q.yesAnswers())
                                .get()));
        qt().forAll(SurveyGenerators.surveyResponses())
                .checkAssert(r -> assertEquals(
                        r,
                        SurveyResponse.validate(
                                        r.respondent(), r.area(), r.date(), r.question(), r.answer(), r.weight())
                                .get()));
    }

    @Test
    @DisplayName("each breach breaks exactly its rule")
    void breaches() {
        qt().forAll(SurveyGenerators.respondentIdBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(SurveyGenerators.questionCodeBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(SurveyGenerators.answerScaleBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(SurveyGenerators.surveyQuestionBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
        qt().forAll(SurveyGenerators.surveyResponseBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
    }

    @Test
    @DisplayName("the breaches of a type cover each of its rules")
    void breachesCoverEveryRule() {
        Set<Object> rules = new HashSet<>();
        qt().withExamples(200).forAll(SurveyGenerators.respondentIdBreaches()).checkAssert(b -> rules.add(b.rule()));
        qt().withExamples(200).forAll(SurveyGenerators.surveyQuestionBreaches()).checkAssert(b -> rules.add(b.rule()));
        qt().withExamples(200).forAll(SurveyGenerators.surveyResponseBreaches()).checkAssert(b -> rules.add(b.rule()));
        assertEquals(
                Set.of(
                        RespondentId.FORMAT,
                        RespondentId.NOT_A_NATIONAL_ID,
                        SurveyQuestion.YES_OUTSIDE_SCALE,
                        SurveyQuestion.TEXT_BLANK,
                        SurveyResponse.WEIGHT_NOT_POSITIVE,
                        SurveyResponse.WEIGHT_NOT_FINITE),
                rules);
    }

    @Test
    @DisplayName("a generated national id is one for resident ids too")
    void nationalIdsAgreeWithResidentIds() {
        qt().forAll(SurveyGenerators.nationalIds())
                .checkAssert(text -> assertEquals(
                        ResidentId.NOT_A_NATIONAL_ID,
                        ResidentId.parse(text).getError().single().rule()));
    }

    @Test
    @DisplayName("a number is a valid answer exactly when it lies on the question's scale")
    void validAnswersAreNumbersOnTheScale() {
        qt().forAll(SurveyGenerators.surveyQuestions(), integers().between(-30, 30))
                .checkAssert((q, n) -> {
                    assertEquals(q.scale().contains(n), q.isValidAnswer(Integer.toString(n)));
                    assertEquals(q.scale().contains(n) && q.yesAnswers().contains(n), q.isYes(Integer.toString(n)));
                });
    }

    @Test
    @DisplayName("valid and invalid answer generators agree with the question")
    void answerGenerators() {
        qt().forAll(SurveyGenerators.surveyQuestions()
                        .flatMap(q -> SurveyGenerators.validAnswers(q).map(a -> new Object[] {q, a})))
                .checkAssert(pair -> assertTrue(((SurveyQuestion) pair[0]).isValidAnswer((String) pair[1])));
        qt().forAll(SurveyGenerators.surveyQuestions()
                        .flatMap(q -> SurveyGenerators.invalidAnswers(q).map(a -> new Object[] {q, a})))
                .checkAssert(pair -> assertFalse(((SurveyQuestion) pair[0]).isValidAnswer((String) pair[1])));
    }

    @Test
    @DisplayName("a response's numeric answer is the number it was given")
    void numericAnswer() {
        qt().forAll(SurveyGenerators.surveyResponses(), integers().between(-1000, 1000))
                .checkAssert((r, n) -> {
                    SurveyResponse withNumber = SurveyResponse.validate(
                                    r.respondent(), r.area(), r.date(), r.question(), Integer.toString(n), r.weight())
                            .get();
                    assertEquals(OptionalInt.of(n), withNumber.numericAnswer());
                });
    }
}
