package nl.welfare.indicators.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The words of the results table's assessment and trend columns")
class AssessmentOutcomeAndTrendCodesTest {

    @Test
    @DisplayName("are the upper-case words of the results table")
    void words() {
        assertEquals("ACHIEVED", AssessmentOutcome.ACHIEVED.code());
        assertEquals("NOT_ACHIEVED", AssessmentOutcome.NOT_ACHIEVED.code());
        assertEquals("INCONCLUSIVE", AssessmentOutcome.INCONCLUSIVE.code());
        assertEquals("NOT_ASSESSABLE", AssessmentOutcome.NOT_ASSESSABLE.code());
        assertEquals("IMPROVED", Trend.IMPROVED.code());
        assertEquals("WORSENED", Trend.WORSENED.code());
        assertEquals("NO_SIGNIFICANT_CHANGE", Trend.NO_SIGNIFICANT_CHANGE.code());
    }

    @ParameterizedTest
    @EnumSource(AssessmentOutcome.class)
    @DisplayName("parse back from an outcome's word, in any case")
    void outcomeRoundTrip(AssessmentOutcome outcome) {
        assertEquals(outcome, AssessmentOutcome.parse(outcome.code()).get());
        assertEquals(
                outcome,
                AssessmentOutcome.parse(" " + outcome.code().toLowerCase() + " ")
                        .get());
    }

    @ParameterizedTest
    @EnumSource(Trend.class)
    @DisplayName("parse back from a trend's word, in any case")
    void trendRoundTrip(Trend trend) {
        assertEquals(trend, Trend.parse(trend.code()).get());
        assertEquals(trend, Trend.parse(trend.code().toLowerCase()).get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MET", "NOT ACHIEVED", "gehaald"})
    @DisplayName("reject an unknown outcome with its rule")
    void unknownOutcome(String text) {
        Violation v = AssessmentOutcome.parse(text).getError().single();
        assertEquals(AssessmentOutcome.KNOWN, v.rule());
        assertEquals("assessment", v.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "STABLE", "NO SIGNIFICANT CHANGE", "verbeterd"})
    @DisplayName("reject an unknown trend with its rule")
    void unknownTrend(String text) {
        Violation v = Trend.parse(text).getError().single();
        assertEquals(Trend.KNOWN, v.rule());
        assertEquals("trend", v.field());
    }
}
