package nl.welfare.adapters.files.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The results writer")
class ResultsWriterTest {

    @TempDir
    Path folder;

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    @DisplayName("writes a CSV file and, beside it, a descriptor that records the disclosure control")
    void csvFile() throws IOException {
        Path out = folder.resolve("results.csv");
        List<Path> written = ResultsWriter.writeFile(ExampleTables.withoutDisclosureControl(), ResultsFormat.CSV, out);
        Path descriptor = folder.resolve("results.resource.json");
        assertEquals(List.of(out, descriptor), written);
        assertEquals(List.of(out, descriptor), filesIn(folder));
        assertEquals(
                Outputs.written(ExampleTables.withoutDisclosureControl(), ResultsFormat.CSV),
                Files.readString(out, StandardCharsets.UTF_8));

        JsonNode meta = new ObjectMapper().readTree(descriptor.toFile());
        assertEquals("tabular-data-resource", meta.path("profile").textValue());
        assertEquals("results.csv", meta.path("path").textValue());
        assertEquals("text/csv", meta.path("mediatype").textValue());
        assertEquals(false, meta.path("disclosure").path("enabled").booleanValue());
        assertEquals("none", meta.path("disclosure").path("rules").textValue());
        JsonNode fields = meta.path("schema").path("fields");
        assertEquals(ResultColumn.values().length + 1, fields.size());
        assertEquals(
                "disclosure_control",
                fields.get(ResultColumn.values().length).path("name").textValue());
        assertTrue(meta.path("description").textValue().startsWith("NOT FOR PUBLICATION"));
        assertEquals("1.1", meta.path("results_version").textValue());
        assertEquals("sample_size", fields.get(7).path("name").textValue());
        assertEquals("integer", fields.get(7).path("type").textValue());
        assertEquals("value", fields.get(8).path("name").textValue());
        assertEquals("number", fields.get(8).path("type").textValue());
        assertEquals("", meta.path("schema").path("missingValues").get(0).textValue());
    }

    @Test
    @DisplayName("writes an SDMX-CSV file with a descriptor of its own columns")
    void sdmxFile() throws IOException {
        Path out = folder.resolve("sub").resolve("results-sdmx.csv");
        ResultsWriter.writeFile(ExampleTables.standard(), ResultsFormat.SDMX_CSV, out);
        JsonNode meta = new ObjectMapper()
                .readTree(folder.resolve("sub/results-sdmx.resource.json").toFile());
        assertEquals(
                "application/vnd.sdmx.data+csv; version=2.0.0",
                meta.path("mediatype").textValue());
        assertEquals(
                "OBS_VALUE",
                meta.path("schema").path("fields").get(6).path("name").textValue());
        assertEquals(
                "number", meta.path("schema").path("fields").get(6).path("type").textValue());
        assertEquals(10, meta.path("disclosure").path("minimum").intValue());
        assertEquals(true, meta.path("disclosure").path("enabled").booleanValue());
    }

    @Test
    @DisplayName("writes a JSON file alone: its metadata is inside")
    void jsonFile() throws IOException {
        Path out = folder.resolve("results.json");
        assertEquals(List.of(out), ResultsWriter.writeFile(ExampleTables.standard(), ResultsFormat.JSON, out));
        assertEquals(List.of(out), filesIn(folder));
        assertEquals(
                Outputs.written(ExampleTables.standard(), ResultsFormat.JSON),
                Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("replaces an earlier file, and leaves no temporary file behind")
    void replaces() throws IOException {
        Path out = folder.resolve("results.csv");
        Files.writeString(out, "old");
        ResultsWriter.writeFile(ExampleTables.standard(), ResultsFormat.CSV, out);
        assertTrue(Files.readString(out).startsWith("indicator,"));
        assertEquals(2, filesIn(folder).size());
    }

    @Test
    @DisplayName("writes UTF-8 without byte order mark to a stream, and leaves the stream open")
    void stream() throws IOException {
        IndicatorResult row = IndicatorResult.withoutNumbers(
                IndicatorId.of("volunteers"), "zuid", "stadsdeel-é", ReportingPeriod.year(2020), ResultStatus.NO_DATA);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultsWriter.write(IndicatorTable.of(List.of(row), DisclosureRules.standard()), ResultsFormat.CSV, bytes);
        byte[] all = bytes.toByteArray();
        assertEquals('i', all[0]);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.endsWith("volunteers,zuid,stadsdeel-é,2020,NO_DATA,,,,,,,,,,,,,,,NOT_COMPARED,\r\n"), text);
        bytes.write('x');
        assertEquals('x', bytes.toByteArray()[all.length]);
    }

    @Test
    @DisplayName("names the descriptor after the CSV file, as Frictionless names a resource descriptor")
    void descriptorName() {
        assertEquals(Path.of("out/results.resource.json"), ResultsWriter.descriptorFile(Path.of("out/results.csv")));
        assertEquals(Path.of("results.txt.resource.json"), ResultsWriter.descriptorFile(Path.of("results.txt")));
        assertEquals(Path.of(".csv.resource.json"), ResultsWriter.descriptorFile(Path.of(".csv")));
        assertFalse(ResultsWriter.descriptorFile(Path.of("a.csv")).toString().contains(".csv"));
    }

    /** Remembers the longest piece of text it was handed at once, and throws the text away. */
    private static final class LongestWrite extends Writer {
        int longest;
        long total;

        @Override
        public void write(char[] buffer, int offset, int length) {
            longest = Math.max(longest, length);
            total += length;
        }

        @Override
        public void write(String text, int offset, int length) {
            longest = Math.max(longest, length);
            total += length;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    @DisplayName("streams a table of 100,000 rows in pieces, never as one text")
    void streams() throws IOException {
        IndicatorTable big =
                IndicatorTable.of(Collections.nCopies(100_000, ExampleTables.FEELS_SAFE), DisclosureRules.standard());
        long rowLength = Outputs.written(
                                IndicatorTable.of(List.of(ExampleTables.FEELS_SAFE), DisclosureRules.standard()),
                                ResultsFormat.CSV)
                        .lines()
                        .skip(1)
                        .findFirst()
                        .orElseThrow()
                        .length()
                + 2;
        for (ResultsFormat format : ResultsFormat.values()) {
            if (!format.isText()) {
                continue;
            }
            LongestWrite out = new LongestWrite();
            ResultsWriter.write(big, format, out);
            assertTrue(out.longest <= 1 << 16, format + ": a write of " + out.longest + " characters");
            assertTrue(out.total >= 100_000 * rowLength, format + ": " + out.total + " characters in all");
        }
    }
}
