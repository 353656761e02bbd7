package nl.welfare.adapters.files.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example of writing results; the code between the tags is shown in README.md verbatim. */
@DisplayName("The README's results example")
class ReadmeResultsTest {

    @TempDir
    Path output;

    @Test
    @DisplayName("writes a table in each format and reads the tidy CSV back")
    void results() throws IOException {
        IndicatorTable table = ExampleTables.standard(); // as IndicatorEngine.evaluate(...) gives it
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // tag::results[]
        // the tidy CSV, and beside it results.resource.json: its columns and the disclosure control it went through
        List<Path> files = ResultsWriter.writeFile(table, ResultsFormat.CSV, output.resolve("results.csv"));

        // the format as a user names it ("csv", "sdmx-csv", "json", "xlsx"); "xls" is Invalid(results-format.known)
        ResultsFormat format = ResultsFormat.parse("sdmx-csv").get();
        ResultsWriter.write(table, format, out); // streams, UTF-8; a suppressed row carries no number in any field

        // R, Python or the report read the tidy CSV back: equal results, every double to the bit
        Seq<IndicatorResult> results = ResultsReader.readFile(output.resolve("results.csv"));
        // end::results[]
        assertTrue(
                ResultsFormat.parse("xlsx").isValid()
                        && ResultsFormat.parse("xls").isInvalid(),
                "as the comment says");
        assertEquals(List.of(output.resolve("results.csv"), output.resolve("results.resource.json")), files);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,"));
        assertEquals(table.results(), results);
    }
}
