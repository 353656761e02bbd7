package nl.welfare.domain.memory;

import io.vavr.collection.Seq;
import nl.welfare.domain.spi.SurveyResponses;
import nl.welfare.domain.survey.SurveyResponse;

/** {@link SurveyResponses} in memory: facts by date, then in the order they were added. */
final class InMemorySurveyResponses implements SurveyResponses {

    private final Facts<SurveyResponse> facts = new Facts<>(SurveyResponse::date);

    @Override
    public void add(SurveyResponse fact) {
        facts.add(fact);
    }

    @Override
    public Seq<SurveyResponse> all() {
        return facts.all();
    }
}
