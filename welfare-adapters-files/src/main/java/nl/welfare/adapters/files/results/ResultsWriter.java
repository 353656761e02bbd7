package nl.welfare.adapters.files.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.welfare.adapters.files.internal.io.IoStep;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;

/**
 * Writes an indicator table as a results file (uitkomstenbestand, format version 1.1): tidy CSV, SDMX-CSV 2.0, JSON or
 * an XLSX workbook ({@link ResultsWorkbook}), streaming row by row, with nothing of a suppressed cell's value in any
 * field. {@link ResultsOptions} add labels and display rounding on request; after {@code --disclosure none} the tidy
 * CSV and JSON end every row with the marker {@code disclosure_control} = {@code NONE}.
 *
 * <pre>{@code
 * IndicatorTable table = IndicatorEngine.evaluate(definitions, dataset, query);
 * ResultsWriter.write(table, ResultsFormat.CSV, System.out);            // UTF-8, no file metadata
 * ResultsWriter.writeFile(table, ResultsFormat.CSV, Path.of("out.csv")); // [out.csv, out.resource.json]
 * ResultsWriter.writeFile(table, ResultsFormat.JSON, Path.of("out.json")); // [out.json]
 * }</pre>
 *
 * <p><b>Tidy CSV</b> ({@code csv}): exactly the columns of {@link ResultColumn}, in that order, RFC 4180 (comma,
 * double quotes where needed, CRLF line ends), UTF-8 without byte order mark. Numbers as {@link ResultColumn} says;
 * an empty field means not applicable; periods as {@code ReportingPeriod.toString()} ({@code 2019},
 * {@code 2019-Q2}, {@code 2018/2022}). Where the status is not {@code OK} every number of the row is empty (counts,
 * sample size, value, interval, change and its interval, trend); the target, its assessment
 * ({@code NOT_ASSESSABLE}) and the baseline period stay, as they are the query's and reveal nothing.
 *
 * <p><b>SDMX-CSV 2.0</b> ({@code sdmx-csv}): one observation per row of the dataflow
 * {@code WELFARE:DF_INDICATORS(1.1.0)}, action {@code I}. Columns {@code STRUCTURE,STRUCTURE_ID,ACTION}, the
 * dimensions {@code INDICATOR,REF_AREA,TIME_PERIOD}, the measure {@code OBS_VALUE}, then the attributes
 * {@code OBS_STATUS,CONF_STATUS,AREA_LEVEL,NUMERATOR,DENOMINATOR,SAMPLE_SIZE,CI_LOW,CI_HIGH,TARGET,ASSESSMENT,
 * BASELINE_PERIOD,CHANGE,CHANGE_CI_LOW,CHANGE_CI_HIGH,TREND,BENCHMARK_AREA,BENCHMARK_COMPARISON,COMPARISON_METHOD}. {@code TIME_PERIOD} is {@code 2019}, {@code 2019-Q2},
 * {@code 2019-03}, or an SDMX time range for a span ({@code 2018/2022} is {@code 2018-01-01/P5Y}).
 * {@code OBS_STATUS} (CL_OBS_STATUS): {@code A} for {@code OK}, {@code Q} (missing value; suppressed) for
 * {@code SUPPRESSED}, {@code O} (missing value) for {@code NO_DATA}. {@code CONF_STATUS} (CL_CONF_STATUS): {@code C}
 * for a suppressed cell, {@code F} (free) for the rest, or {@code N} (not for publication) for every other row when
 * disclosure control was turned off: that is how an SDMX file records {@code --disclosure none}.
 *
 * <p><b>JSON</b> ({@code json}): {@code {"metadata": {"format": "welfare-results", "version": "1.1", "disclosure":
 * {...}, "columns": [...]}, "results": [{...}, ...]}}, one row per line; each row has every column's key in order,
 * {@code null} where not applicable, numbers as JSON numbers with the same digits as the CSV.
 *
 * <p>A CSV has no place for metadata, so {@link #writeFile} writes one beside a CSV or SDMX-CSV file: a Frictionless
 * Tabular Data Resource descriptor ({@link #descriptorFile}: {@code out.csv} gets {@code out.resource.json}) with the
 * columns, their types and the disclosure control the table went through ({@code "disclosure": {"enabled": false,
 * ...}} after {@code --disclosure none}). The JSON format carries the same in its {@code metadata}.
 *
 * <p>Every number of a table is finite: {@link IndicatorResult} refuses {@code NaN} and the infinities
 * ({@code indicator-result.not-finite}), so every format can write it.
 */
public final class ResultsWriter {

    private static final String DESCRIPTOR_SUFFIX = ".resource.json";

    private ResultsWriter() {}

    /**
     * Writes {@code table} in {@code format} to {@code out}, streaming; flushes {@code out} and leaves it open.
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(IndicatorTable table, ResultsFormat format, Writer out) throws IOException {
        write(table, format, CsvDialect.STANDARD, out);
    }

    /**
     * Writes {@code table} in {@code format} to {@code out} as {@link #write(IndicatorTable, ResultsFormat, Writer)}
     * does, the tidy CSV in {@code dialect} (such as {@link CsvDialect#DUTCH}: {@code ;} and decimal commas).
     *
     * @throws IllegalArgumentException when {@code dialect} is not standard and {@code format} is not {@link
     *     ResultsFormat#CSV}: SDMX-CSV and JSON have one way of writing numbers
     * @throws IOException when {@code out} fails
     */
    public static void write(IndicatorTable table, ResultsFormat format, CsvDialect dialect, Writer out)
            throws IOException {
        write(table, format, dialect, ResultsOptions.PLAIN, out);
    }

    /**
     * Writes {@code table} in {@code format} to {@code out} as {@link #write(IndicatorTable, ResultsFormat, CsvDialect,
     * Writer)} does, with the labels and display rounding of {@code options}.
     *
     * @throws IllegalArgumentException when {@code dialect} is not standard and {@code format} is not {@link
     *     ResultsFormat#CSV}, or when {@code format} is {@link ResultsFormat#XLSX}, which is not text: see {@link
     *     #writeFile(IndicatorTable, ResultsFormat, CsvDialect, ResultsOptions, Path)}
     * @throws IOException when {@code out} fails
     */
    public static void write(
            IndicatorTable table, ResultsFormat format, CsvDialect dialect, ResultsOptions options, Writer out)
            throws IOException {
        requireDialect(format, dialect);
        try {
            // a switch expression, so that a new format is a compile error here, not written as JSON
            IoStep step = switch (format) {
                case CSV -> () -> TidyCsv.write(table, dialect, options, out);
                case SDMX_CSV -> () -> SdmxCsv.write(table, options, out);
                case JSON -> () -> ResultsJson.write(table, options, out);
                case XLSX ->
                    throw new IllegalArgumentException(
                            "an XLSX workbook is not text: write it to a file (--out results.xlsx)");
            };
            step.run();
        } catch (UncheckedIOException e) {
            // FastCSV reports a failing writer unchecked
            throw e.getCause();
        }
        out.flush();
    }

    /**
     * Writes {@code table} in {@code format} to {@code out} as UTF-8 without byte order mark, streaming; flushes
     * {@code out} and leaves it open.
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(IndicatorTable table, ResultsFormat format, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(table, format, writer);
    }

    /**
     * Writes {@code table} in {@code format} to the file {@code file} and, for the CSV formats, its metadata to
     * {@link #descriptorFile(Path) the descriptor beside it}; returns the files written. All or nothing: the files
     * are written under temporary names in the same folder and moved into place only when both are complete, so a
     * failure leaves any earlier files as they were.
     *
     * @throws IOException when a file cannot be written
     */
    public static List<Path> writeFile(IndicatorTable table, ResultsFormat format, Path file) throws IOException {
        return writeFile(table, format, CsvDialect.STANDARD, file);
    }

    /**
     * Writes {@code table} as {@link #writeFile(IndicatorTable, ResultsFormat, Path)} does, the tidy CSV in {@code
     * dialect}, which the descriptor beside it declares ({@code "dialect": {"delimiter": ";"}}, and {@code
     * "decimalChar": ","} in each number field).
     *
     * @throws IllegalArgumentException when {@code dialect} is not standard and {@code format} is not {@link
     *     ResultsFormat#CSV}
     * @throws IOException when a file cannot be written
     */
    public static List<Path> writeFile(IndicatorTable table, ResultsFormat format, CsvDialect dialect, Path file)
            throws IOException {
        return writeFile(table, format, dialect, ResultsOptions.PLAIN, file);
    }

    /**
     * Writes {@code table} as {@link #writeFile(IndicatorTable, ResultsFormat, CsvDialect, Path)} does, with the
     * labels and display rounding of {@code options}, which the metadata records; {@link ResultsFormat#XLSX} as a
     * workbook of two sheets ({@link ResultsWorkbook}), labelled whatever the options say.
     *
     * @throws IllegalArgumentException when {@code dialect} is not standard and {@code format} is not {@link
     *     ResultsFormat#CSV}
     * @throws IOException when a file cannot be written
     */
    public static List<Path> writeFile(
            IndicatorTable table, ResultsFormat format, CsvDialect dialect, ResultsOptions options, Path file)
            throws IOException {
        requireDialect(format, dialect);
        Path target = file.toAbsolutePath();
        Path folder = Optional.ofNullable(target.getParent()).orElse(Path.of("").toAbsolutePath());
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        List<Path> temporary = new ArrayList<>();
        try {
            Path data = temporaryFile(folder);
            temporary.add(data);
            if (format == ResultsFormat.XLSX) {
                try (OutputStream out = Files.newOutputStream(data)) {
                    ResultsWorkbook.write(table, options, out);
                }
            } else {
                try (Writer out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
                    write(table, format, dialect, options, out);
                }
            }
            Optional<Path> descriptor = Optional.empty();
            if (format.isCsv()) {
                Path meta = temporaryFile(folder);
                temporary.add(meta);
                try (Writer out = Files.newBufferedWriter(meta, StandardCharsets.UTF_8)) {
                    ResultsDescriptor.write(table, format, dialect, options, fileName(target), out);
                    out.flush();
                }
                descriptor = Optional.of(meta);
            }
            move(data, target);
            written.add(file);
            if (descriptor.isPresent()) {
                move(descriptor.get(), descriptorFile(target));
                written.add(descriptorFile(file));
            }
            return written;
        } finally {
            for (Path t : temporary) {
                Files.deleteIfExists(t);
            }
        }
    }

    /**
     * Writes the metadata of {@code table} written as {@code format} to the file {@code path} (relative to the
     * descriptor, usually just the file's name): a Frictionless Tabular Data Resource descriptor with the columns and
     * their types, and the disclosure control in the extra property {@code disclosure}.
     *
     * <pre>{@code
     * {
     *   "profile" : "tabular-data-resource",
     *   "name" : "results",
     *   "path" : "out.csv",
     *   ...
     *   "disclosure" : { "enabled" : true, "minimum" : 10, "small_band" : 4, "rounding_base" : null, ... }
     * }
     * }</pre>
     *
     * @throws IOException when {@code out} fails
     */
    public static void writeDescriptor(IndicatorTable table, ResultsFormat format, String path, Writer out)
            throws IOException {
        ResultsDescriptor.write(table, format, CsvDialect.STANDARD, ResultsOptions.PLAIN, path, out);
        out.flush();
    }

    private static void requireDialect(ResultsFormat format, CsvDialect dialect) {
        if (!dialect.isStandard() && format != ResultsFormat.CSV) {
            throw new IllegalArgumentException(
                    "only the tidy CSV (csv) has a choice of separators, not " + format.code());
        }
    }

    /**
     * Where {@link #writeFile} puts the metadata of a CSV file: beside it, its name without {@code .csv} followed by
     * {@code .resource.json} ({@code out.csv} gets {@code out.resource.json}, {@code out.txt} gets
     * {@code out.txt.resource.json}), as Frictionless names a resource descriptor.
     */
    public static Path descriptorFile(Path file) {
        String name = fileName(file);
        String stem = name.endsWith(".csv") && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
        return file.resolveSibling(stem + DESCRIPTOR_SUFFIX);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("a results file needs a name, not " + file);
        }
        return name.toString();
    }

    /**
     * A new empty file in {@code folder} with the permissions of any file the user creates there ({@code
     * Files.createTempFile} would make it readable by its owner alone, and the results with it).
     */
    private static Path temporaryFile(Path folder) throws IOException {
        return Files.createFile(folder.resolve(".welfare-results-" + java.util.UUID.randomUUID() + ".tmp"));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
