package nl.welfare.adapters.files.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A results format")
class ResultsFormatTest {

    @Test
    @DisplayName("is read from the word on the command line, in any case")
    void parse() {
        assertEquals(ResultsFormat.CSV, ResultsFormat.parse("csv").get());
        assertEquals(ResultsFormat.SDMX_CSV, ResultsFormat.parse("SDMX-CSV").get());
        assertEquals(ResultsFormat.JSON, ResultsFormat.parse(" json ").get());
        for (ResultsFormat format : ResultsFormat.values()) {
            assertEquals(format, ResultsFormat.parse(format.code()).get());
            assertEquals(format.code(), format.toString());
        }
    }

    @Test
    @DisplayName("breaks results-format.known for an unknown word, naming the field format")
    void unknown() {
        Violation violation = ResultsFormat.parse("xls").getError().single();
        assertEquals(ResultsFormat.KNOWN, violation.rule());
        assertEquals("format", violation.field());
        assertEquals("xls", violation.rejectedValue());
        assertEquals(
                ResultsFormat.KNOWN, ResultsFormat.parse("").getError().single().rule());
    }

    @Test
    @DisplayName("knows whether it is a CSV file, which has no place for metadata")
    void csv() {
        assertEquals(true, ResultsFormat.CSV.isCsv());
        assertEquals(true, ResultsFormat.SDMX_CSV.isCsv());
        assertEquals(false, ResultsFormat.JSON.isCsv());
        assertEquals("json", ResultsFormat.JSON.extension());
    }
}
