package nl.welfare.adapters.files.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;

/**
 * Writes the tidy results table: the header of its {@link OutputColumn}s (the columns of {@link ResultColumn}, then
 * labels and the disclosure marker where they apply), then one record per result, in order.
 */
final class TidyCsv {

    private TidyCsv() {}

    /** A CSV writer as RFC 4180 has it: comma, double quotes only where needed, CRLF; empty fields unquoted. */
    static CsvWriter csvWriter(Writer out) {
        return csvWriter(out, CsvDialect.STANDARD);
    }

    /** A CSV writer as {@link #csvWriter(Writer)}, with the field separator of {@code dialect}. */
    static CsvWriter csvWriter(Writer out, CsvDialect dialect) {
        return CsvWriter.builder()
                .fieldSeparator(dialect.delimiter())
                .quoteCharacter('"')
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .lineDelimiter(LineDelimiter.CRLF)
                .build(out);
    }

    static void write(IndicatorTable table, CsvDialect dialect, ResultsOptions options, Writer out) throws IOException {
        CsvWriter csv = csvWriter(out, dialect);
        List<OutputColumn> columns = OutputColumn.of(table, options);
        String[] fields = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            fields[c] = columns.get(c).header();
        }
        csv.writeRecord(fields);
        for (IndicatorResult result : table.results()) {
            for (int c = 0; c < columns.size(); c++) {
                OutputColumn column = columns.get(c);
                String field = column.text().apply(result).orElse("");
                fields[c] = column.type() == ResultColumn.Type.NUMBER ? dialect.number(field) : field;
            }
            csv.writeRecord(fields);
        }
        // Not closed: the caller owns the writer.
        csv.flush();
    }
}
