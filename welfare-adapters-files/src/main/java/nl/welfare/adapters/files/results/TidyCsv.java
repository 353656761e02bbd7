package nl.welfare.adapters.files.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.Writer;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;

/** Writes the tidy results table: the header of {@link ResultColumn}, then one record per result, in order. */
final class TidyCsv {

    private static final ResultColumn[] COLUMNS = ResultColumn.values();

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

    static void write(IndicatorTable table, CsvDialect dialect, Writer out) throws IOException {
        CsvWriter csv = csvWriter(out, dialect);
        String[] fields = new String[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            fields[c] = COLUMNS[c].header();
        }
        csv.writeRecord(fields);
        for (IndicatorResult result : table.results()) {
            for (int c = 0; c < COLUMNS.length; c++) {
                String field = COLUMNS[c].text(result).orElse("");
                fields[c] = COLUMNS[c].type() == ResultColumn.Type.NUMBER ? dialect.number(field) : field;
            }
            csv.writeRecord(fields);
        }
        // Not closed: the caller owns the writer.
        csv.flush();
    }
}
