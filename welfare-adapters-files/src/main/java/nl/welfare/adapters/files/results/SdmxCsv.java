package nl.welfare.adapters.files.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;

/**
 * Writes the results table as an SDMX-CSV 2.0 data message: one observation per row of the dataflow
 * {@value #STRUCTURE_ID}, action {@code I} (information). See {@link ResultsWriter} for the columns and codes.
 */
final class SdmxCsv {

    /** The dataflow the rows belong to, {@code AGENCY:ID(VERSION)}. */
    static final String STRUCTURE_ID = "WELFARE:DF_INDICATORS(1.1.0)";

    /** The header: the structure columns, the dimensions, the measure, then the attributes. */
    static final List<String> HEADER = List.of(
            "STRUCTURE",
            "STRUCTURE_ID",
            "ACTION",
            "INDICATOR",
            "REF_AREA",
            "TIME_PERIOD",
            "OBS_VALUE",
            "OBS_STATUS",
            "CONF_STATUS",
            "AREA_LEVEL",
            "NUMERATOR",
            "DENOMINATOR",
            "SAMPLE_SIZE",
            "CI_LOW",
            "CI_HIGH",
            "TARGET",
            "ASSESSMENT",
            "BASELINE_PERIOD",
            "CHANGE",
            "CHANGE_CI_LOW",
            "CHANGE_CI_HIGH",
            "TREND",
            "BENCHMARK_AREA",
            "BENCHMARK_COMPARISON",
            "COMPARISON_METHOD");

    /** The attributes {@code --labels} adds after {@link #HEADER}. */
    static final List<String> LABELS = List.of("INDICATOR_NAME", "UNIT", "POLARITY", "REF_AREA_NAME");

    /** The header of a file written with {@code options}. */
    static List<String> header(ResultsOptions options) {
        List<String> header = new java.util.ArrayList<>(HEADER);
        if (options.labels().isPresent()) {
            header.addAll(LABELS);
        }
        return header;
    }

    private SdmxCsv() {}

    static void write(IndicatorTable table, ResultsOptions options, Writer out) throws IOException {
        CsvWriter csv = TidyCsv.csvWriter(out);
        List<String> header = header(options);
        csv.writeRecord(header);
        DisclosureRules disclosure = table.disclosure();
        // the tidy columns, numbers rounded for display where asked, by header
        java.util.Map<String, OutputColumn> tidy = new java.util.HashMap<>();
        for (OutputColumn column : OutputColumn.of(table, options)) {
            tidy.put(column.header(), column);
        }
        String[] fields = new String[header.size()];
        for (IndicatorResult r : table.results()) {
            Row row = new Row(tidy, r);
            int f = 0;
            fields[f++] = "dataflow";
            fields[f++] = STRUCTURE_ID;
            fields[f++] = "I";
            fields[f++] = row.text("indicator");
            fields[f++] = row.text("area_code");
            fields[f++] = timePeriod(r.period());
            fields[f++] = row.text("value");
            fields[f++] = observationStatus(r.status());
            fields[f++] = confidentialityStatus(r.status(), disclosure);
            fields[f++] = row.text("area_level");
            fields[f++] = row.text("numerator");
            fields[f++] = row.text("denominator");
            fields[f++] = row.text("sample_size");
            fields[f++] = row.text("ci_low");
            fields[f++] = row.text("ci_high");
            fields[f++] = row.text("target");
            fields[f++] = row.text("assessment");
            fields[f++] = r.baselinePeriod().map(SdmxCsv::timePeriod).orElse("");
            fields[f++] = row.text("change");
            fields[f++] = row.text("change_ci_low");
            fields[f++] = row.text("change_ci_high");
            fields[f++] = row.text("trend");
            fields[f++] = row.text("benchmark_area");
            fields[f++] = row.text("benchmark_comparison");
            fields[f++] = row.text("comparison_method");
            if (options.labels().isPresent()) {
                for (String label : OutputColumn.LABELS) {
                    fields[f++] = row.text(label);
                }
            }
            csv.writeRecord(fields);
        }
        csv.flush();
    }

    /** A result and the tidy columns by header: its field in a column, empty where not applicable. */
    private record Row(java.util.Map<String, OutputColumn> columns, IndicatorResult result) {
        String text(String header) {
            OutputColumn column = columns.get(header);
            if (column == null) {
                throw new IllegalStateException("no tidy column " + header);
            }
            return column.text().apply(result).orElse("");
        }
    }

    /**
     * The SDMX time period of {@code period}: a year {@code 2019}, a quarter {@code 2019-Q2} and a month
     * {@code 2019-03} as they are; a span of years or any other range as an SDMX time range, its first day and an ISO
     * 8601 duration ({@code 2018-01-01/P5Y}, {@code 2019-02-01/P3M}, {@code 2019-03-14/P49D}).
     */
    static String timePeriod(ReportingPeriod period) {
        switch (period.kind()) {
            case YEAR:
            case QUARTER:
            case MONTH:
                return period.toString();
            case YEARS:
                return period.start() + "/P"
                        + (period.end().getYear() - period.start().getYear() + 1) + "Y";
            default:
                Optional<Long> months = wholeMonths(period);
                return period.start()
                        + months.map(m -> "/P" + m + "M")
                                .orElseGet(
                                        () -> "/P" + (ChronoUnit.DAYS.between(period.start(), period.end()) + 1) + "D");
        }
    }

    private static Optional<Long> wholeMonths(ReportingPeriod period) {
        boolean aligned = period.start().getDayOfMonth() == 1
                && period.end().equals(YearMonth.from(period.end()).atEndOfMonth());
        return aligned
                ? Optional.of(
                        ChronoUnit.MONTHS.between(YearMonth.from(period.start()), YearMonth.from(period.end())) + 1)
                : Optional.empty();
    }

    /**
     * CL_OBS_STATUS: {@code A} (normal value) for {@code OK}, {@code Q} (missing value; suppressed) for
     * {@code SUPPRESSED}, {@code O} (missing value) for {@code NO_DATA}.
     */
    static String observationStatus(ResultStatus status) {
        switch (status) {
            case OK:
                return "A";
            case SUPPRESSED:
                return "Q";
            default:
                return "O";
        }
    }

    /**
     * CL_CONF_STATUS: {@code C} (confidential statistical information) for a suppressed cell; otherwise {@code F}
     * (free for publication) when the table went through disclosure control, and {@code N} (not for publication,
     * restricted for internal use only) when it did not ({@code --disclosure none}).
     */
    static String confidentialityStatus(ResultStatus status, DisclosureRules disclosure) {
        if (status == ResultStatus.SUPPRESSED) {
            return "C";
        }
        return disclosure.enabled() ? "F" : "N";
    }
}
