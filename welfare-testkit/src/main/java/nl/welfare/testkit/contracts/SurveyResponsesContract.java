package nl.welfare.testkit.contracts;

import static nl.welfare.testkit.contracts.Samples.areaToAsk;
import static nl.welfare.testkit.contracts.Samples.assertHolds;
import static nl.welfare.testkit.contracts.Samples.byDate;
import static nl.welfare.testkit.contracts.Samples.filter;
import static nl.welfare.testkit.contracts.Samples.map;
import static nl.welfare.testkit.contracts.Samples.oneOf;
import static nl.welfare.testkit.contracts.Samples.picks;
import static nl.welfare.testkit.contracts.Samples.theory;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.spi.SurveyResponses;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.testkit.generators.CommonGenerators;
import nl.welfare.testkit.generators.SurveyGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link SurveyResponses}: every implementation's test implements it and supplies
 * {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemorySurveyResponsesTest implements SurveyResponsesContract {
 *     public SurveyResponses newStore() { return InMemoryStores.surveyResponses(); }
 * }
 * }</pre>
 */
public interface SurveyResponsesContract {

    /** A new, empty store; called once for every example a property tries. */
    SurveyResponses newStore();

    /** Responses with valid and invalid answers, some of them added twice. */
    private static Gen<List<SurveyResponse>> added() {
        return Samples.listsOf(SurveyGenerators.surveyResponses())
                .zip(integers().between(0, 4), Samples::withRepeats);
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no survey response")
    default void anEmptyStoreHoldsNothing() {
        theory().forAll(SurveyGenerators.questionCodes(), CommonGenerators.periods(), CommonGenerators.areaCodes())
                .checkAssert((question, period, area) -> {
                    SurveyResponses store = newStore();
                    assertTrue(store.all().isEmpty());
                    assertTrue(store.toQuestion(question).isEmpty());
                    assertTrue(store.in(period).isEmpty());
                    assertTrue(store.inArea(area).isEmpty());
                });
    }

    /** Test: an added response is held as it was given. */
    @Test
    @DisplayName("An added survey response is held, equal to what was added, whatever its answer")
    default void anAddedResponseIsHeld() {
        theory().forAll(SurveyGenerators.surveyResponses()).checkAssert(response -> {
            SurveyResponses store = newStore();
            store.add(response);
            assertHolds(List.of(response), store.all());
        });
    }

    /** Test: all() holds every response, by date then in the order added. */
    @Test
    @DisplayName(
            "All survey responses are every one added, one added twice twice, by date and then in the order" + " added")
    default void allHoldsEveryResponseByDate() {
        theory().forAll(added()).checkAssert(added -> {
            SurveyResponses store = newStore();
            store.addAll(added);
            assertHolds(byDate(added, SurveyResponse::date), store.all());
        });
    }

    /** Test: toQuestion is the naive filter. */
    @Test
    @DisplayName("The responses to a question are those that name its code")
    default void toQuestionNamesTheQuestion() {
        theory().forAll(added(), picks(), SurveyGenerators.questionCodes()).checkAssert((added, pick, other) -> {
            SurveyResponses store = newStore();
            store.addAll(added);
            QuestionCode question = oneOf(map(added, SurveyResponse::question), pick, other);
            assertHolds(
                    filter(
                            byDate(added, SurveyResponse::date),
                            r -> r.question().equals(question)),
                    store.toQuestion(question));
        });
    }

    /** Test: in(period) is the naive filter. */
    @Test
    @DisplayName("The responses in a period are those dated in it")
    default void inAPeriodAreThoseDatedInIt() {
        theory().forAll(added(), CommonGenerators.periods()).checkAssert((added, period) -> {
            SurveyResponses store = newStore();
            store.addAll(added);
            assertHolds(filter(byDate(added, SurveyResponse::date), r -> r.isIn(period)), store.in(period));
        });
    }

    /** Test: inArea is the naive filter. */
    @Test
    @DisplayName("The responses in an area are those from that area or an area below it")
    default void inAreaIsTheAreaAndBelow() {
        theory().forAll(added(), picks(), CommonGenerators.areaCodes()).checkAssert((added, pick, other) -> {
            SurveyResponses store = newStore();
            store.addAll(added);
            AreaCode area = areaToAsk(map(added, SurveyResponse::area), pick, other);
            assertHolds(
                    filter(
                            byDate(added, SurveyResponse::date),
                            r -> r.area().equals(area) || r.area().isBelow(area)),
                    store.inArea(area));
        });
    }
}
