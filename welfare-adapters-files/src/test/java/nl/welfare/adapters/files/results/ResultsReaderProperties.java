package nl.welfare.adapters.files.results;

import static nl.welfare.adapters.files.results.Outputs.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The results reader on random tables")
class ResultsReaderProperties {

    @Test
    @DisplayName("reads a written tidy CSV back to equal results, every double to the bit")
    void roundTrip() {
        qt().withExamples(300).forAll(ResultGenerators.tables()).checkAssert(table -> {
            try {
                assertEquals(
                        table.results(),
                        ResultsReader.read(new StringReader(written(table, ResultsFormat.CSV)), "results.csv"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    @DisplayName("reads a tidy CSV written with ; and decimal commas back to equal results, in that dialect")
    void roundTripDutch() {
        qt().withExamples(300).forAll(ResultGenerators.tables()).checkAssert(table -> {
            try {
                StringWriter out = new StringWriter();
                ResultsWriter.write(table, ResultsFormat.CSV, CsvDialect.DUTCH, out);
                assertEquals(
                        table.results(),
                        ResultsReader.read(new StringReader(out.toString()), "results.csv", CsvDialect.DUTCH));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
