package nl.welfare.adapters.files.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.welfare.adapters.files.fault.FileFaultException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The results CSV in the Dutch dialect (; and decimal commas)")
class CsvDialectTest {

    @Test
    @DisplayName("writes ; between fields and a decimal comma in numbers, and the descriptor declares both")
    void writesAndDeclares(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("results.csv");
        List<Path> written =
                ResultsWriter.writeFile(ExampleTables.standard(), ResultsFormat.CSV, CsvDialect.DUTCH, file);
        assertEquals(List.of(file, dir.resolve("results.resource.json")), written);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("indicator;area_code;area_level;period;status;numerator;"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(";0,")), "a fraction has a decimal comma: " + lines);
        assertTrue(lines.stream().skip(1).noneMatch(l -> l.matches(".*\\d\\.\\d.*")), "no decimal point: " + lines);

        JsonNode descriptor = new ObjectMapper().readTree(written.get(1).toFile());
        assertEquals(";", descriptor.path("dialect").path("delimiter").asText());
        for (JsonNode field : descriptor.path("schema").path("fields")) {
            boolean number = field.path("type").asText().equals("number");
            assertEquals(number ? "," : "", field.path("decimalChar").asText(), field.toString());
        }
        assertEquals(ExampleTables.standard().results(), ResultsReader.readFile(file, CsvDialect.DUTCH));
    }

    @Test
    @DisplayName("the standard dialect's descriptor declares no dialect, as before")
    void standardDescriptorUnchanged() throws IOException {
        StringWriter out = new StringWriter();
        ResultsWriter.writeDescriptor(ExampleTables.standard(), ResultsFormat.CSV, "results.csv", out);
        assertFalse(out.toString().contains("dialect"), out.toString());
        assertFalse(out.toString().contains("decimalChar"), out.toString());
    }

    @Test
    @DisplayName("a number with a decimal point in a file of the decimal comma is a fault, not a misread 1.234")
    void pointInCommaFile() throws IOException {
        String text = Outputs.written(ExampleTables.standard(), ResultsFormat.CSV);
        String semicolons = text.replace(',', ';');
        FileFaultException e = assertThrows(
                FileFaultException.class,
                () -> ResultsReader.read(new StringReader(semicolons), "results.csv", CsvDialect.DUTCH));
        assertTrue(
                e.faults().exists(f -> f.message().contains(ResultsReader.NUMBER_DECIMAL_COMMA.id())),
                e.faults().toString());
    }

    @Test
    @DisplayName("refuses a decimal separator equal to the field separator, and a dialect for SDMX-CSV or JSON")
    void refusals() {
        assertTrue(CsvDialect.validate(',', ',').isInvalid());
        assertEquals(
                CsvDialect.DISTINCT,
                CsvDialect.validate(',', ',').getError().head().rule());
        assertEquals(
                CsvDialect.DELIMITER,
                CsvDialect.validate('|', '.').getError().head().rule());
        assertEquals(
                CsvDialect.DECIMAL,
                CsvDialect.validate(';', '\'').getError().head().rule());
        assertTrue(CsvDialect.validate('\t', ',').isValid());
        assertThrows(IllegalArgumentException.class, () -> new CsvDialect(';', ';'));
        assertThrows(
                IllegalArgumentException.class,
                () -> ResultsWriter.write(
                        ExampleTables.standard(), ResultsFormat.JSON, CsvDialect.DUTCH, new StringWriter()));
        assertThrows(
                IllegalArgumentException.class,
                () -> ResultsWriter.write(
                        ExampleTables.standard(), ResultsFormat.SDMX_CSV, CsvDialect.DUTCH, new StringWriter()));
    }
}
