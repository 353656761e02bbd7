package nl.welfare.adapters.files.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;

/**
 * Writes the results table as JSON, streaming: {@code {"metadata": {...}, "results": [{...}, ...]}}, one row per line.
 * Each row has every key of its {@link OutputColumn}s, in order, with {@code null} where the field is not applicable.
 */
final class ResultsJson {

    /** The name of the format in the metadata. */
    static final String FORMAT_NAME = "welfare-results";

    /** The version of the results table's contract (docs/results-formats.md). */
    static final String FORMAT_VERSION = "1.1";

    static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private ResultsJson() {}

    static void write(IndicatorTable table, ResultsOptions options, Writer out) throws IOException {
        List<OutputColumn> columns = OutputColumn.of(table, options);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new RowPerLine());
            json.writeStartObject();
            json.writeFieldName("metadata");
            writeMetadata(json, table, options, columns);
            json.writeArrayFieldStart("results");
            for (IndicatorResult result : table.results()) {
                json.writeStartObject();
                for (OutputColumn column : columns) {
                    json.writeFieldName(column.header());
                    writeField(json, column.type(), column.text().apply(result));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeField(JsonGenerator json, ResultColumn.Type type, Optional<String> text)
            throws IOException {
        if (text.isEmpty()) {
            json.writeNull();
        } else if (type == ResultColumn.Type.TEXT) {
            json.writeString(text.get());
        } else {
            // the same digits as the CSV: plain notation, exact
            json.writeNumber(text.get());
        }
    }

    private static void writeMetadata(
            JsonGenerator json, IndicatorTable table, ResultsOptions options, List<OutputColumn> columns)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT_NAME);
        json.writeStringField("version", FORMAT_VERSION);
        json.writeNumberField("confidence", table.confidence().value());
        json.writeFieldName("disclosure");
        writeDisclosure(json, table.disclosure());
        writeOptions(json, options);
        json.writeArrayFieldStart("columns");
        for (OutputColumn column : columns) {
            json.writeString(column.header());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * The disclosure control the table went through: {@code {"enabled": true, "minimum": 10, "small_band": 4,
     * "rounding_base": null, "rules": "minimum 10, band 1-4"}}; with control turned off every setting is {@code null}
     * and {@code rules} is {@code "none"}.
     */
    static void writeDisclosure(JsonGenerator json, DisclosureRules disclosure) throws IOException {
        boolean on = disclosure.enabled();
        json.writeStartObject();
        json.writeBooleanField("enabled", on);
        json.writeFieldName("minimum");
        writeOptionalInt(json, on ? Optional.of(disclosure.minimum()) : Optional.empty());
        json.writeFieldName("small_band");
        writeOptionalInt(json, on ? Optional.of(disclosure.smallBand()) : Optional.empty());
        json.writeFieldName("rounding_base");
        writeOptionalInt(json, on ? disclosure.roundingBase() : Optional.empty());
        json.writeStringField("rules", disclosure.toString());
        if (!on) {
            json.writeStringField("notice", NOT_FOR_PUBLICATION);
        }
        json.writeEndObject();
    }

    /** What a table written without disclosure control says about itself in its metadata. */
    static final String NOT_FOR_PUBLICATION = "NOT FOR PUBLICATION: disclosure control was turned off"
            + " (--disclosure none); small counts are not suppressed";

    /**
     * The options of the output: {@code "labels": true} when the label columns are there, {@code "display_decimals":
     * 2} when numbers are rounded for display ({@code null}: exact).
     */
    static void writeOptions(JsonGenerator json, ResultsOptions options) throws IOException {
        json.writeBooleanField("labels", options.labels().isPresent());
        json.writeFieldName("display_decimals");
        writeOptionalInt(json, options.displayDecimals());
    }

    private static void writeOptionalInt(JsonGenerator json, Optional<Integer> n) throws IOException {
        if (n.isPresent()) {
            json.writeNumber(n.get());
        } else {
            json.writeNull();
        }
    }

    /**
     * Compact JSON with a line break after the metadata and around each row of {@code results}, so that a large file
     * can be read by eye and by line-oriented tools.
     */
    private static final class RowPerLine extends MinimalPrettyPrinter {

        private static final long serialVersionUID = 1L;

        private static boolean topLevelArray(JsonGenerator g) {
            return g.getOutputContext().inArray() && g.getOutputContext().getNestingDepth() == 2;
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            super.writeObjectEntrySeparator(g);
            if (g.getOutputContext().getNestingDepth() == 1) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            super.beforeArrayValues(g);
            if (topLevelArray(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            super.writeArrayValueSeparator(g);
            if (topLevelArray(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (topLevelArray(g) && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            super.writeEndArray(g, nrOfValues);
        }
    }
}
