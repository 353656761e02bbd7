package nl.welfare.domain.spi;

import io.vavr.collection.Seq;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.time.ReportingPeriod;

/**
 * The store of survey responses (burgerpeiling, veiligheidsmonitor): a respondent's answer to a coded question, with
 * its design weight.
 *
 * <p>A response is a fact without an id: {@link #add} keeps it as given, answers that are not valid for the question
 * included (indicators leave them out), and a response added twice is held twice.
 *
 * <pre>{@code
 * SurveyResponses store = InMemoryStores.surveyResponses();
 * store.addAll(responses);
 * store.toQuestion(ReferenceQuestions.WL04.code()).filter(r -> r.isIn(ReportingPeriod.year(2019)));
 * }</pre>
 */
public interface SurveyResponses {

    /** Adds {@code response}. */
    void add(SurveyResponse response);

    /** Adds each response in turn, as {@link #add} does. */
    default void addAll(Iterable<? extends SurveyResponse> responses) {
        responses.forEach(this::add);
    }

    /**
     * Every response, ordered by {@link SurveyResponse#date()} and, among those of the same day, in the order they
     * were added.
     */
    Seq<SurveyResponse> all();

    /** The responses to {@code question}, in the order of {@link #all()}. */
    default Seq<SurveyResponse> toQuestion(QuestionCode question) {
        return all().filter(r -> r.question().equals(question));
    }

    /** The responses dated in {@code period} ({@link SurveyResponse#isIn}), in the order of {@link #all()}. */
    default Seq<SurveyResponse> in(ReportingPeriod period) {
        return all().filter(r -> r.isIn(period));
    }

    /**
     * The responses of {@code area}: from respondents in {@code area} itself or in an area below it by CBS structure
     * ({@link AreaCode#isBelow}). Groupings such as boroughs need the area hierarchy. In the order of {@link #all()}.
     */
    default Seq<SurveyResponse> inArea(AreaCode area) {
        return all().filter(r -> r.area().equals(area) || r.area().isBelow(area));
    }
}
