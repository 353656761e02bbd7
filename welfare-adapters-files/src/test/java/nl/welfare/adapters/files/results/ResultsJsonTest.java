package nl.welfare.adapters.files.results;

import static nl.welfare.adapters.files.results.Outputs.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.IndicatorTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The results as JSON")
class ResultsJsonTest {

    private static final String COLUMNS = "\"columns\":[\"indicator\",\"area_code\",\"area_level\",\"period\","
            + "\"status\",\"numerator\",\"denominator\",\"sample_size\",\"value\",\"ci_low\",\"ci_high\",\"target\","
            + "\"assessment\",\"baseline_period\",\"change\",\"change_ci_low\",\"change_ci_high\",\"trend\","
            + "\"benchmark_area\",\"benchmark_comparison\",\"comparison_method\"]";

    @Test
    @DisplayName("writes the metadata, then one object per row with every column, null where not applicable")
    void rows() {
        String expected = String.join(
                "\n",
                "{\"metadata\":{\"format\":\"welfare-results\",\"version\":\"1.1\",\"confidence\":0.95,"
                        + "\"disclosure\":{\"enabled\":true,"
                        + "\"minimum\":10,\"small_band\":4,\"rounding_base\":null,\"rules\":\"minimum 10, band 1-4\"},"
                        + "\"labels\":false,\"display_decimals\":null,"
                        + COLUMNS + "},",
                "\"results\":[",
                "{\"indicator\":\"volunteers\",\"area_code\":\"GM0153\",\"area_level\":\"municipality\","
                        + "\"period\":\"2019\",\"status\":\"OK\",\"numerator\":412,\"denominator\":null,"
                        + "\"sample_size\":412,\"value\":412,\"ci_low\":null,\"ci_high\":null,\"target\":null,"
                        + "\"assessment\":null,\"baseline_period\":\"2018\",\"change\":37,\"change_ci_low\":null,"
                        + "\"change_ci_high\":null,\"trend\":\"IMPROVED\",\"benchmark_area\":null,\"benchmark_comparison\":\"NOT_COMPARED\",\"comparison_method\":null},",
                "{\"indicator\":\"feels-safe\",\"area_code\":\"WK015301\",\"area_level\":\"district\","
                        + "\"period\":\"2019-Q2\",\"status\":\"OK\",\"numerator\":163.5,\"denominator\":210.25,"
                        + "\"sample_size\":214,\"value\":0.7776,\"ci_low\":0.7131,\"ci_high\":0.8305,\"target\":0.8,"
                        + "\"assessment\":\"INCONCLUSIVE\",\"baseline_period\":\"2018-Q2\",\"change\":0.05,"
                        + "\"change_ci_low\":-0.0125,\"change_ci_high\":0.1124,\"trend\":\"NO_SIGNIFICANT_CHANGE\",\"benchmark_area\":\"GM0153\",\"benchmark_comparison\":\"SIMILAR\",\"comparison_method\":\"NON_OVERLAPPING_INTERVALS\"},",
                "{\"indicator\":\"feels-safe\",\"area_code\":\"BU01530101\",\"area_level\":\"neighbourhood\","
                        + "\"period\":\"2019-Q2\",\"status\":\"SUPPRESSED\",\"numerator\":null,\"denominator\":null,"
                        + "\"sample_size\":null,\"value\":null,\"ci_low\":null,\"ci_high\":null,\"target\":0.8,"
                        + "\"assessment\":\"NOT_ASSESSABLE\",\"baseline_period\":\"2018-Q2\",\"change\":null,"
                        + "\"change_ci_low\":null,\"change_ci_high\":null,\"trend\":null,\"benchmark_area\":\"GM0153\",\"benchmark_comparison\":\"NOT_COMPARED\",\"comparison_method\":null},",
                "{\"indicator\":\"individual-support-per-1000\",\"area_code\":\"GM0153\","
                        + "\"area_level\":\"municipality\",\"period\":\"2018/2022\",\"status\":\"OK\","
                        + "\"numerator\":1234,\"denominator\":159703,\"sample_size\":1234,\"value\":7.7268,"
                        + "\"ci_low\":7.3,\"ci_high\":8.17,\"target\":null,\"assessment\":null,"
                        + "\"baseline_period\":null,\"change\":null,\"change_ci_low\":null,\"change_ci_high\":null,"
                        + "\"trend\":null,\"benchmark_area\":null,\"benchmark_comparison\":\"NOT_COMPARED\",\"comparison_method\":null},",
                "{\"indicator\":\"collective-to-individual-ratio\",\"area_code\":\"oost\",\"area_level\":\"borough\","
                        + "\"period\":\"2019-03\",\"status\":\"OK\",\"numerator\":3,\"denominator\":250000,"
                        + "\"sample_size\":250003,\"value\":0.000012,\"ci_low\":0.0000025,\"ci_high\":0.000035,"
                        + "\"target\":null,\"assessment\":null,\"baseline_period\":null,\"change\":null,"
                        + "\"change_ci_low\":null,\"change_ci_high\":null,\"trend\":null,\"benchmark_area\":null,\"benchmark_comparison\":\"NOT_COMPARED\",\"comparison_method\":null},",
                "{\"indicator\":\"collective-provisions-offered\",\"area_code\":\"WK015302\","
                        + "\"area_level\":\"district\",\"period\":\"2019-03\",\"status\":\"NO_DATA\",\"numerator\":null,"
                        + "\"denominator\":null,\"sample_size\":null,\"value\":null,\"ci_low\":null,\"ci_high\":null,"
                        + "\"target\":null,\"assessment\":null,\"baseline_period\":null,\"change\":null,"
                        + "\"change_ci_low\":null,\"change_ci_high\":null,\"trend\":null,\"benchmark_area\":null,\"benchmark_comparison\":\"NOT_COMPARED\",\"comparison_method\":null},",
                "{\"indicator\":\"pleasant-to-live-mean\",\"area_code\":\"GM0153\",\"area_level\":\"municipality\","
                        + "\"period\":\"2019-03-14/2019-05-01\",\"status\":\"OK\",\"numerator\":7391.5,"
                        + "\"denominator\":1000,\"sample_size\":1003,\"value\":7.3915,\"ci_low\":7.25,"
                        + "\"ci_high\":7.533,\"target\":null,\"assessment\":null,\"baseline_period\":null,"
                        + "\"change\":null,\"change_ci_low\":null,\"change_ci_high\":null,\"trend\":null,\"benchmark_area\":null,\"benchmark_comparison\":\"NOT_COMPARED\",\"comparison_method\":null}",
                "]}",
                "");
        assertEquals(expected, written(ExampleTables.standard(), ResultsFormat.JSON));
    }

    @Test
    @DisplayName("records in its metadata that disclosure control was turned off, with no settings")
    void withoutDisclosureControl() throws Exception {
        JsonNode root =
                new ObjectMapper().readTree(written(ExampleTables.withoutDisclosureControl(), ResultsFormat.JSON));
        JsonNode disclosure = root.path("metadata").path("disclosure");
        assertEquals(false, disclosure.path("enabled").booleanValue());
        assertTrue(disclosure.path("minimum").isNull());
        assertTrue(disclosure.path("small_band").isNull());
        assertTrue(disclosure.path("rounding_base").isNull());
        assertEquals("none", disclosure.path("rules").textValue());
        assertEquals(ExampleTables.ROWS.size(), root.path("results").size());
    }

    @Test
    @DisplayName("records the rounding base of rounded counts, and writes an empty table as an empty list")
    void rounding() throws Exception {
        IndicatorTable empty = IndicatorTable.of(
                List.of(),
                DisclosureRules.standard().rounded(5, nl.welfare.indicators.disclosure.RoundingKey.generate()));
        String text = written(empty, ResultsFormat.JSON);
        assertTrue(text.endsWith("\n\"results\":[]}\n"), text);
        JsonNode disclosure = new ObjectMapper().readTree(text).path("metadata").path("disclosure");
        assertEquals(5, disclosure.path("rounding_base").intValue());
        assertEquals(
                "minimum 10, band 1-4, rounded to multiples of 5",
                disclosure.path("rules").textValue());
    }
}
