package nl.welfare.adapters.files.results;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * A file format of the results table (uitvoerformaat), as {@code welfare compute --format} names it.
 *
 * <pre>{@code
 * ResultsFormat.parse("sdmx-csv"); // Valid(SDMX_CSV)
 * ResultsFormat.parse("xlsx");     // Valid(XLSX)
 * ResultsFormat.parse("xls");      // Invalid(results-format.known)
 * }</pre>
 */
public enum ResultsFormat {
    /** The tidy table: exactly the columns of {@link ResultColumn}, comma-separated, UTF-8 ({@code csv}). */
    CSV("csv", "csv", true),
    /** SDMX-CSV 2.0: one observation per row, SDMX time periods and status codes ({@code sdmx-csv}). */
    SDMX_CSV("sdmx-csv", "csv", true),
    /** A JSON object with the table's metadata and one object per row ({@code json}). */
    JSON("json", "json", false),
    /**
     * An Excel workbook: a sheet of results with the names of areas and indicators, units, shares as percentages and
     * suppressed cells marked, and a sheet of definitions and provenance ({@code xlsx}); to a file only.
     */
    XLSX("xlsx", "xlsx", false);

    /** Rule: the text names no format. */
    public static final Rule KNOWN = Rule.of("results-format.known", "must be csv, sdmx-csv, json or xlsx");

    private final String code;
    private final String extension;
    private final boolean csv;

    ResultsFormat(String code, String extension, boolean csv) {
        this.code = code;
        this.extension = extension;
        this.csv = csv;
    }

    /** The word on the command line: {@code csv}, {@code sdmx-csv}, {@code json} or {@code xlsx}. */
    public String code() {
        return code;
    }

    /** The usual file name extension, without the dot: {@code csv}, {@code json} or {@code xlsx}. */
    public String extension() {
        return extension;
    }

    /** Whether the format is a CSV file, which has no place for metadata inside it. */
    public boolean isCsv() {
        return csv;
    }

    /** Whether the format is text, which can go to standard output: every format but {@link #XLSX}. */
    public boolean isText() {
        return this != XLSX;
    }

    /** The format named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, ResultsFormat> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ResultsFormat format : values()) {
            if (format.code.equals(wanted)) {
                return Validation.valid(format);
            }
        }
        return Validation.invalid(List.of(Violation.of("format", KNOWN, text)));
    }

    /** The {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
