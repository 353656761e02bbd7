package nl.welfare.adapters.files.results;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import nl.welfare.indicators.engine.IndicatorTable;

/** Helpers for the tests: a table written to a string, and CSV lines joined with CRLF. */
final class Outputs {

    private Outputs() {}

    static String written(IndicatorTable table, ResultsFormat format) {
        StringWriter out = new StringWriter();
        try {
            ResultsWriter.write(table, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String written(IndicatorTable table, ResultsFormat format, ResultsOptions options) {
        StringWriter out = new StringWriter();
        try {
            ResultsWriter.write(table, format, CsvDialect.STANDARD, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The lines, each ended by CRLF as RFC 4180 has it. */
    static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
