package nl.welfare.indicators.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.stats.Difference;
import nl.welfare.indicators.stats.Differences;
import nl.welfare.indicators.stats.Estimate;
import nl.welfare.indicators.stats.Proportions;
import nl.welfare.indicators.target.Assessment;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.Assessor;
import nl.welfare.indicators.target.Trend;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's indicator examples; the README test of welfare-domain checks that the README shows them verbatim. */
@DisplayName("The README's indicator examples")
class ReadmeExamplesTest {

    @Test
    @DisplayName("judge '80% of initiatives are resident-led' honestly")
    void residentLed() {
        // tag::statistics[]
        // 41 of the 48 initiatives active in Oost in 2019 are led by residents: 85%, but how sure is that?
        IndicatorDefinition residentLed = ReferenceCatalogue.RESIDENT_LED_INITIATIVES; // PROPORTION, higher is better
        Estimate share = Proportions.wilson(41, 48, ConfidenceLevel.DEFAULT).get(); // 0.854, 95% CI 0.728-0.928
        Assessment against80 = Assessor.assess(
                residentLed.polarity(),
                ReferenceCatalogue.RESIDENT_LED_TARGET, // at least 0.80
                share.value(),
                share.interval().get().lower(),
                share.interval().get().upper()); // INCONCLUSIVE: the interval still contains 0.80

        // The share who feel safe (wl04), 2018 against 2021: did it rise, or is it noise?
        Difference change = Differences.ofProportions(312, 400, 281, 400, ConfidenceLevel.DEFAULT)
                .get(); // +0.078, 95% CI 0.017-0.137: it excludes 0
        Option<Trend> trend = Trend.of(
                Polarity.HIGHER_IS_BETTER,
                change.interval().lower(),
                change.interval().upper()); // Some(IMPROVED)
        // end::statistics[]

        assertEquals(IndicatorKind.PROPORTION, residentLed.kind());
        assertEquals(0.8542, share.value(), 1e-4);
        assertEquals(0.7283, share.interval().get().lower(), 1e-4);
        assertEquals(0.9275, share.interval().get().upper(), 1e-4);
        assertEquals(AssessmentOutcome.INCONCLUSIVE, against80.outcome());
        assertEquals(0.0775, change.value(), 1e-4);
        assertTrue(change.significant());
        assertEquals(0.0168, change.interval().lower(), 1e-4);
        assertEquals(0.1375, change.interval().upper(), 1e-4);
        assertEquals(Option.some(Trend.IMPROVED), trend);
    }
}
