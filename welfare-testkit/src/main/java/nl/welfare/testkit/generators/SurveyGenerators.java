package nl.welfare.testkit.generators;

import static nl.welfare.testkit.generators.CommonGenerators.dates;
import static nl.welfare.testkit.generators.CommonGenerators.ids;
import static nl.welfare.testkit.generators.CommonGenerators.malformedIdentifierTexts;
import static nl.welfare.testkit.generators.CommonGenerators.neighbourhoodCodes;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.welfare.domain.survey.AnswerScale;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.ReferenceQuestions;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyQuestion;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.value.Rule;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of survey values (burgerpeiling, veiligheidsmonitor): respondent ids, question codes, answer scales,
 * questions, answers valid and invalid, and weighted responses; and for every rule a generator of {@link Breach}
 * values that break exactly that rule.
 *
 * <pre>{@code
 * qt().forAll(SurveyGenerators.responsesTo(ReferenceQuestions.WL04)).checkAssert(response -> ...);
 * qt().forAll(SurveyGenerators.surveyResponseBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
 * }</pre>
 */
public final class SurveyGenerators {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String LETTERS_AND_DIGITS = LETTERS + "0123456789";

    private static final List<String> TEXTS = List.of(
            "Do you feel at home in your neighbourhood?",
            "How often do you meet your neighbours?",
            "Do you do volunteer work?",
            "How would you rate the playgrounds nearby?");

    private static final List<String> NOT_A_NUMBER =
            List.of("", " ", "don't know", "weet niet", "n/a", "7.5", "+3", "1,0", "two", "-", "99999999999");

    private SurveyGenerators() {}

    // ---- identifiers and codes

    /** Well-formed respondent ids; never a citizen service number. */
    public static Gen<RespondentId> respondentIds() {
        return ids(RespondentId::of);
    }

    /**
     * Valid Dutch citizen service numbers (BSN): nine digits passing the eleven test, which no respondent or resident
     * id may be.
     */
    public static Gen<String> nationalIds() {
        return integers().between(2, 9).zip(integers().between(0, 9_999_999), (first, rest) -> {
            int[] digits = new int[9];
            digits[0] = first;
            String tail = String.format("%07d", rest);
            for (int i = 1; i < 8; i++) {
                digits[i] = tail.charAt(i - 1) - '0';
            }
            int check = checkDigit(digits);
            // a check digit of 10 is impossible: step the eighth digit until it is not
            while (check == 10) {
                digits[7] = (digits[7] + 1) % 10;
                check = checkDigit(digits);
            }
            digits[8] = check;
            StringBuilder text = new StringBuilder();
            for (int d : digits) {
                text.append(d);
            }
            return text.toString();
        });
    }

    private static int checkDigit(int[] digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * digits[i];
        }
        return sum % 11;
    }

    /** Well-formed question codes: the six reference codes half of the time, random ones otherwise. */
    public static Gen<QuestionCode> questionCodes() {
        Gen<QuestionCode> random = integers()
                .between(0, LETTERS.length() - 1)
                .zip(texts(LETTERS_AND_DIGITS, 0, 7), (first, rest) -> QuestionCode.of(LETTERS.charAt(first) + rest));
        return referenceQuestions().map(SurveyQuestion::code).mix(random);
    }

    /** Answer scales from -2 to 15 with 1 to 11 answers, and the common ones 1-10, 1-5, 1-4 and 0-1. */
    public static Gen<AnswerScale> answerScales() {
        Gen<AnswerScale> random = integers()
                .between(-2, 5)
                .zip(integers().between(0, 10), (min, extra) -> AnswerScale.of(min, min + extra));
        return Generate.pick(List.of(
                        AnswerScale.of(1, 10), AnswerScale.of(1, 5), AnswerScale.of(1, 4), AnswerScale.of(0, 1)))
                .mix(random);
    }

    // ---- values

    /** The six questions of {@link ReferenceQuestions}. */
    public static Gen<SurveyQuestion> referenceQuestions() {
        return Generate.pick(ReferenceQuestions.all().toJavaList());
    }

    /**
     * Valid questions: the reference questions half of the time, otherwise random ones reported as a mean or as a
     * share of "yes" answers on their scale.
     */
    public static Gen<SurveyQuestion> surveyQuestions() {
        Gen<SurveyQuestion> random = questionCodes()
                .zip(Generate.pick(TEXTS), answerScales(), (code, text, scale) -> SurveyQuestion.of(code, text, scale))
                .flatMap(q -> lists().of(
                                integers().between(q.scale().min(), q.scale().max()))
                        .ofSizeBetween(0, 3)
                        .map(yes -> SurveyQuestion.builder()
                                .code(q.code())
                                .text(q.text())
                                .scale(q.scale())
                                .addAllYesAnswers(yes)
                                .build()));
        return referenceQuestions().mix(random);
    }

    /** Answers valid for {@code question}: whole numbers on its scale, sometimes with surrounding spaces. */
    public static Gen<String> validAnswers(SurveyQuestion question) {
        return integers()
                .between(question.scale().min(), question.scale().max())
                .zip(integers().between(0, 9), (n, pad) -> pad == 0 ? " " + n + " " : Integer.toString(n));
    }

    /** Answers not valid for {@code question}: texts that are not whole numbers, and numbers off its scale. */
    public static Gen<String> invalidAnswers(SurveyQuestion question) {
        Gen<String> offScale = integers()
                .between(1, 20)
                .zip(
                        Generate.booleans(),
                        (d, below) -> Integer.toString(
                                below
                                        ? question.scale().min() - d
                                        : question.scale().max() + d));
        return Generate.pick(NOT_A_NUMBER).mix(offScale);
    }

    /** Answers to {@code question}: valid in about four cases of five, otherwise not. */
    public static Gen<String> answers(SurveyQuestion question) {
        return validAnswers(question).mix(invalidAnswers(question), 20);
    }

    /** Design weights: finite and greater than zero, exactly 1 in about a third of cases. */
    public static Gen<Double> weights() {
        return Generate.constant(1.0).mix(doubles().between(0.01, 10.0), 67);
    }

    /** Valid responses to any question, with valid and invalid answers and any weight. */
    public static Gen<SurveyResponse> surveyResponses() {
        return surveyQuestions().flatMap(SurveyGenerators::responsesTo);
    }

    /** Valid responses to {@code question}, with valid and invalid answers and any weight. */
    public static Gen<SurveyResponse> responsesTo(SurveyQuestion question) {
        return respondentIds()
                .zip(
                        neighbourhoodCodes(),
                        dates(),
                        answers(question),
                        weights(),
                        (respondent, area, date, answer, weight) -> SurveyResponse.builder()
                                .respondent(respondent)
                                .area(area)
                                .date(date)
                                .question(question.code())
                                .answer(answer)
                                .weight(weight)
                                .build());
    }

    // ---- breaches

    /**
     * Texts that break {@link RespondentId#FORMAT} or {@link RespondentId#NOT_A_NATIONAL_ID}, in equal shares.
     */
    public static Gen<Breach<RespondentId>> respondentIdBreaches() {
        Gen<Breach<RespondentId>> malformed = malformedIdentifierTexts()
                .map(text -> Breach.of(RespondentId.FORMAT, "'" + text + "'", () -> RespondentId.parse(text)));
        Gen<Breach<RespondentId>> nationalId = nationalIds()
                .map(text -> Breach.of(
                        RespondentId.NOT_A_NATIONAL_ID, "a citizen service number", () -> RespondentId.parse(text)));
        return Generate.oneOf(malformed, nationalId);
    }

    /**
     * Texts that break {@link QuestionCode#FORMAT}: empty, upper case, starting with a digit, with other characters,
     * or too long.
     */
    public static Gen<Breach<QuestionCode>> questionCodeBreaches() {
        Gen<String> malformed = questionCodes().zip(integers().between(0, 4), (code, kind) -> {
            String text = code.value();
            switch (kind) {
                case 0:
                    return "";
                case 1:
                    return text.toUpperCase(Locale.ROOT);
                case 2:
                    return "1" + text;
                case 3:
                    return text + "-" + text;
                default:
                    return text + "x".repeat(33);
            }
        });
        return malformed.map(text -> Breach.of(QuestionCode.FORMAT, "'" + text + "'", () -> QuestionCode.parse(text)));
    }

    /** Scales that break {@link AnswerScale#MAX_BELOW_MIN}. */
    public static Gen<Breach<AnswerScale>> answerScaleBreaches() {
        return integers()
                .between(-5, 10)
                .zip(
                        integers().between(1, 10),
                        (min, gap) -> Breach.of(
                                AnswerScale.MAX_BELOW_MIN,
                                "min " + min + ", max " + (min - gap),
                                () -> AnswerScale.validate(min, min - gap)));
    }

    /**
     * Questions that break {@link SurveyQuestion#YES_OUTSIDE_SCALE} (one or more "yes" answers off the scale) or
     * {@link SurveyQuestion#TEXT_BLANK}, in equal shares.
     */
    public static Gen<Breach<SurveyQuestion>> surveyQuestionBreaches() {
        Gen<Breach<SurveyQuestion>> yesOutside = surveyQuestions()
                .zip(integers().between(1, 5), Generate.booleans(), (q, d, below) -> {
                    int off = below ? q.scale().min() - d : q.scale().max() + d;
                    List<Integer> yes = new ArrayList<>(q.yesAnswers());
                    yes.add(off);
                    return Breach.of(
                            SurveyQuestion.YES_OUTSIDE_SCALE,
                            q + " with yes " + off,
                            () -> SurveyQuestion.validate(q.code(), q.text(), q.scale(), yes));
                });
        Gen<Breach<SurveyQuestion>> blankText = surveyQuestions()
                .zip(
                        Generate.pick(List.of("", " ", "\t")),
                        (q, blank) -> Breach.of(
                                SurveyQuestion.TEXT_BLANK,
                                q + " with text '" + blank + "'",
                                () -> SurveyQuestion.validate(q.code(), blank, q.scale(), q.yesAnswers())));
        return Generate.oneOf(yesOutside, blankText);
    }

    /**
     * Responses that break {@link SurveyResponse#WEIGHT_NOT_POSITIVE} (zero, minus zero or negative) or
     * {@link SurveyResponse#WEIGHT_NOT_FINITE} (NaN or infinite), in equal shares.
     */
    public static Gen<Breach<SurveyResponse>> surveyResponseBreaches() {
        Gen<Double> notPositive =
                Generate.pick(List.of(0.0, -0.0)).mix(doubles().between(-1e6, -1e-9));
        Gen<Double> notFinite = Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        Gen<Breach<SurveyResponse>> nonPositive =
                surveyResponses().zip(notPositive, (r, w) -> weightBreach(r, w, SurveyResponse.WEIGHT_NOT_POSITIVE));
        Gen<Breach<SurveyResponse>> nonFinite =
                surveyResponses().zip(notFinite, (r, w) -> weightBreach(r, w, SurveyResponse.WEIGHT_NOT_FINITE));
        return Generate.oneOf(nonPositive, nonFinite);
    }

    private static Breach<SurveyResponse> weightBreach(SurveyResponse r, double weight, Rule rule) {
        return Breach.of(
                rule,
                r + " weighing " + weight,
                () -> SurveyResponse.validate(r.respondent(), r.area(), r.date(), r.question(), r.answer(), weight));
    }

    // ---- helpers

    private static Gen<String> texts(String alphabet, int minLength, int maxLength) {
        return Generate.intArrays(
                        integers().between(minLength, maxLength), integers().between(0, alphabet.length() - 1))
                .map(is -> {
                    StringBuilder s = new StringBuilder();
                    for (int i : is) {
                        s.append(alphabet.charAt(i));
                    }
                    return s.toString();
                });
    }
}
