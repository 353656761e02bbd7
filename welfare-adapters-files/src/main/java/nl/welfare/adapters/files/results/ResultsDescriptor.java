package nl.welfare.adapters.files.results;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.welfare.indicators.engine.IndicatorTable;

/**
 * The metadata of a results CSV file, written beside it: a Frictionless Tabular Data Resource descriptor (the format the
 * data package uses) naming the file, its columns and their types, with the disclosure control the table went
 * through in the extra property {@code disclosure}.
 *
 * <p>It only writes, one resource whose columns are fixed by the results table. Reading a whole data package's
 * descriptor, with every fault a researcher can make in it, is the job of the data package's {@code
 * PackageDescriptor}.
 */
final class ResultsDescriptor {

    private ResultsDescriptor() {}

    static void write(
            IndicatorTable table,
            ResultsFormat format,
            CsvDialect dialect,
            ResultsOptions options,
            String path,
            Writer out)
            throws IOException {
        try (JsonGenerator json = ResultsJson.FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("profile", "tabular-data-resource");
            json.writeStringField("name", format == ResultsFormat.SDMX_CSV ? "results-sdmx" : "results");
            json.writeStringField("path", path);
            if (!table.disclosure().enabled()) {
                // the first thing a data package tool shows of a resource
                json.writeStringField("description", ResultsJson.NOT_FOR_PUBLICATION);
            }
            json.writeStringField("format", "csv");
            json.writeStringField(
                    "mediatype",
                    format == ResultsFormat.SDMX_CSV ? "application/vnd.sdmx.data+csv; version=2.0.0" : "text/csv");
            json.writeStringField("encoding", "utf-8");
            if (!dialect.isStandard()) {
                // Frictionless CSV Dialect; its default is the comma
                json.writeFieldName("dialect");
                json.writeStartObject();
                json.writeStringField("delimiter", String.valueOf(dialect.delimiter()));
                json.writeEndObject();
            }
            json.writeFieldName("schema");
            json.writeStartObject();
            json.writeArrayFieldStart("fields");
            for (Field field : format == ResultsFormat.SDMX_CSV ? sdmxFields(options) : tidyFields(table, options)) {
                json.writeStartObject();
                json.writeStringField("name", field.name());
                json.writeStringField("type", field.type());
                if (field.type().equals("number") && dialect.decimal() != '.') {
                    // Frictionless Table Schema; its default is the point
                    json.writeStringField("decimalChar", String.valueOf(dialect.decimal()));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("missingValues");
            json.writeString("");
            json.writeEndArray();
            json.writeEndObject();
            json.writeStringField("results_format", format.code());
            json.writeStringField("results_version", ResultsJson.FORMAT_VERSION);
            json.writeNumberField("confidence", table.confidence().value());
            json.writeFieldName("disclosure");
            ResultsJson.writeDisclosure(json, table.disclosure());
            ResultsJson.writeOptions(json, options);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private record Field(String name, String type) {}

    private static String tableSchemaType(ResultColumn.Type type) {
        switch (type) {
            case NUMBER:
                return "number";
            case INTEGER:
                return "integer";
            default:
                return "string";
        }
    }

    private static List<Field> tidyFields(IndicatorTable table, ResultsOptions options) {
        List<Field> fields = new ArrayList<>();
        for (OutputColumn column : OutputColumn.of(table, options)) {
            fields.add(new Field(column.header(), tableSchemaType(column.type())));
        }
        return fields;
    }

    private static List<Field> sdmxFields(ResultsOptions options) {
        List<Field> fields = new ArrayList<>();
        for (String name : SdmxCsv.header(options)) {
            String type;
            switch (name) {
                case "OBS_VALUE":
                case "NUMERATOR":
                case "DENOMINATOR":
                case "CI_LOW":
                case "CI_HIGH":
                case "TARGET":
                case "CHANGE":
                case "CHANGE_CI_LOW":
                case "CHANGE_CI_HIGH":
                    type = "number";
                    break;
                case "SAMPLE_SIZE":
                    type = "integer";
                    break;
                default:
                    type = "string";
            }
            fields.add(new Field(name, type));
        }
        return fields;
    }
}
