package nl.welfare.adapters.files.results;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.adapters.files.internal.io.CsvInput;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.stats.Interval;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.BenchmarkComparison;
import nl.welfare.indicators.target.ComparisonMethod;
import nl.welfare.indicators.target.Trend;

/**
 * Reads a tidy results CSV back into results (uitkomstenlezer): the file {@code welfare compute --format csv} writes,
 * or one a researcher wrote or edited in R or Python with the same columns. All or nothing: a file with any fault
 * gives no results but a {@link FileFaultException} listing every fault (line, column, field, rule).
 *
 * <pre>{@code
 * Seq<IndicatorResult> results = ResultsReader.readFile(Path.of("results.csv"));
 * IndicatorTable table = IndicatorTable.of(results, DisclosureRules.standard());
 * }</pre>
 *
 * <p>It takes what R and Python write as well as what the writer does: numbers with an exponent ({@code 1e-05}), whole
 * numbers with a fraction of zero ({@code 412.0}, as pandas writes a column with empty fields), a byte order mark, LF
 * or CRLF line ends. It reads back exactly what the writer wrote, every {@code double} to the bit, except that a
 * negative zero reads as zero. The disclosure control a file went through is in its descriptor, not in the rows.
 *
 * <p>Both versions of the format: 1.1 (the columns of {@link ResultColumn}) and 1.0 (the first 18, before the
 * comparison with the benchmark; its results read as {@code NOT_COMPARED}, without a benchmark area). After the
 * columns of its version a file may have the label columns ({@code indicator_name}, {@code unit}, {@code polarity},
 * {@code area_name}, from {@code --labels}) and the marker {@code disclosure_control}: they are not results, and are
 * read past. A file rounded for display ({@code --round-values}) reads as the rounded numbers it holds.
 *
 * <p>A file written in another {@link CsvDialect} ({@code welfare compute --delimiter ';' --decimal ','}, as its
 * descriptor declares) reads back with that dialect: {@code ResultsReader.readFile(file, CsvDialect.DUTCH)}.
 */
public final class ResultsReader {

    /**
     * Rule: the header is not the columns of the results table in order (of version 1.1, or the first 18 of version
     * 1.0), followed by none, some or all of the label columns and the disclosure marker.
     */
    public static final Rule HEADER = Rule.of(
            "results-reader.header",
            "must be the columns "
                    + Stream.of(ResultColumn.values()).map(ResultColumn::header).collect(Collectors.joining(","))
                    + " (version 1.1; version 1.0 ends at trend), then optionally "
                    + String.join(",", OutputColumn.LABELS) + " and " + OutputColumn.DISCLOSURE_CONTROL);

    /** Rule: a row has another number of fields than the header. */
    public static final Rule FIELD_COUNT =
            Rule.of("results-reader.field-count", "must have as many fields as the header");

    /** Rule: an empty field that names the row (indicator, area code, area level, period, status). */
    public static final Rule REQUIRED = Rule.of("results-reader.required", "must not be empty");

    /** Rule: a number field that is not a finite decimal number. */
    public static final Rule NUMBER = Rule.of(
            "results-reader.number", "must be a finite number with . as the decimal separator (12, 0.8, 1e-05)");

    /** Rule: a number field that is not a finite decimal number, in a file whose dialect has the decimal comma. */
    public static final Rule NUMBER_DECIMAL_COMMA = Rule.of(
            "results-reader.number-decimal-comma",
            "must be a finite number with , as the decimal separator (12, 0,8, 1e-05)");

    /** Rule: a sample size that is not a whole number. */
    public static final Rule WHOLE_NUMBER =
            Rule.of("results-reader.whole-number", "must be a whole number (412 or 412.0)");

    /** Rule: one bound of an interval without the other. */
    public static final Rule INTERVAL_BOUNDS =
            Rule.of("results-reader.interval-bounds", "must be given together with the other bound of its interval");

    /** Rule: the CSV itself is broken (a quote that is not closed, text after a closing quote). */
    public static final Rule BAD_QUOTING =
            Rule.of("results-reader.bad-quoting", "must be CSV with each quoted field closed by a double quote");

    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final ResultColumn[] COLUMNS = ResultColumn.values();

    private ResultsReader() {}

    /**
     * The results in the file {@code file}, UTF-8 with or without byte order mark, in file order.
     *
     * @throws FileFaultException with every fault, when the file has any
     * @throws IOException when the file cannot be read
     */
    public static Seq<IndicatorResult> readFile(Path file) throws IOException {
        return readFile(file, CsvDialect.STANDARD);
    }

    /**
     * The results in the file {@code file} written in {@code dialect}, as {@link #readFile(Path)} reads them.
     *
     * @throws FileFaultException with every fault, when the file has any
     * @throws IOException when the file cannot be read
     */
    public static Seq<IndicatorResult> readFile(Path file, CsvDialect dialect) throws IOException {
        String name =
                Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(file.toString());
        try (CsvReader<CsvRecord> csv =
                builder(dialect).detectBomHeader(true).ofCsvRecord(file, StandardCharsets.UTF_8)) {
            return read(csv, name, dialect);
        }
    }

    /**
     * The results in the CSV text {@code in}, in order; {@code file} names it in faults. {@code in} is read to its end
     * and not closed.
     *
     * @throws FileFaultException with every fault, when the text has any
     * @throws IOException when {@code in} fails
     */
    public static Seq<IndicatorResult> read(Reader in, String file) throws IOException {
        return read(in, file, CsvDialect.STANDARD);
    }

    /**
     * The results in the CSV text {@code in} written in {@code dialect}, as {@link #read(Reader, String)} reads them.
     *
     * @throws FileFaultException with every fault, when the text has any
     * @throws IOException when {@code in} fails
     */
    public static Seq<IndicatorResult> read(Reader in, String file, CsvDialect dialect) throws IOException {
        CsvReader<CsvRecord> csv = builder(dialect).ofCsvRecord(in);
        return read(csv, file, dialect);
    }

    private static CsvReader.CsvReaderBuilder builder(CsvDialect dialect) {
        return CsvInput.builder(CsvInput.Format.of(dialect.delimiter(), true));
    }

    private static Seq<IndicatorResult> read(CsvReader<CsvRecord> csv, String file, CsvDialect dialect)
            throws IOException {
        List<FileFault> faults = new ArrayList<>();
        List<IndicatorResult> results = new ArrayList<>();
        long line = 1;
        try {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                throw new FileFaultException(Vector.of(FileFault.atLine(file, 1, HEADER, "")));
            }
            CsvRecord header = records.next();
            int base = baseColumns(header.getFields());
            if (base < 0) {
                throw new FileFaultException(Vector.of(FileFault.atLine(
                        file, header.getStartingLineNumber(), HEADER, String.join(",", header.getFields()))));
            }
            int width = header.getFieldCount();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                line = record.getStartingLineNumber();
                if (record.getFieldCount() != width) {
                    faults.add(FileFault.atLine(
                            file, line, FIELD_COUNT, record.getFieldCount() + " fields, the header has " + width));
                    continue;
                }
                new Row(file, line, record.getFields(), base, faults, dialect)
                        .result()
                        .ifPresent(results::add);
            }
        } catch (CsvParseException e) {
            faults.add(FileFault.atLine(file, line + 1, BAD_QUOTING, String.valueOf(e.getMessage())));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!faults.isEmpty()) {
            throw new FileFaultException(Vector.ofAll(faults));
        }
        return Vector.ofAll(results);
    }

    /**
     * The number of results columns of a file whose header is {@code header}: 21 for version 1.1, 18 for version 1.0;
     * -1 when the header is neither, or what follows is not among the label columns and the disclosure marker, each
     * at most once.
     */
    private static int baseColumns(List<String> header) {
        List<String> all = Stream.of(COLUMNS).map(ResultColumn::header).collect(Collectors.toList());
        int base;
        if (header.size() >= all.size() && header.subList(0, all.size()).equals(all)) {
            base = all.size();
        } else if (header.size() >= ResultColumn.COLUMNS_1_0
                && header.subList(0, ResultColumn.COLUMNS_1_0).equals(all.subList(0, ResultColumn.COLUMNS_1_0))
                && (header.size() == ResultColumn.COLUMNS_1_0
                        || !header.get(ResultColumn.COLUMNS_1_0).startsWith("benchmark"))) {
            base = ResultColumn.COLUMNS_1_0;
        } else {
            return -1;
        }
        List<String> extra = new ArrayList<>(OutputColumn.LABELS);
        extra.add(OutputColumn.DISCLOSURE_CONTROL);
        List<String> rest = header.subList(base, header.size());
        for (int i = 0; i < rest.size(); i++) {
            if (!extra.contains(rest.get(i)) || rest.subList(0, i).contains(rest.get(i))) {
                return -1;
            }
        }
        return base;
    }

    /** One data row being read: its fields, and the faults found in them. */
    private static final class Row {
        private final String file;
        private final long line;
        private final List<String> fields;
        private final List<FileFault> faults;
        private final int faultsBefore;
        private final CsvDialect dialect;
        private final int base;

        Row(String file, long line, List<String> fields, int base, List<FileFault> faults, CsvDialect dialect) {
            this.dialect = dialect;
            this.base = base;
            this.file = file;
            this.line = line;
            this.fields = fields;
            this.faults = faults;
            this.faultsBefore = faults.size();
        }

        /** The field of {@code column}; empty for a column the file's version does not have. */
        private String text(ResultColumn column) {
            return column.ordinal() < base ? fields.get(column.ordinal()) : "";
        }

        private void fault(ResultColumn column, Rule rule, String rejected) {
            faults.add(FileFault.at(file, line, column.ordinal() + 1, column.header(), rule, rejected));
        }

        private void faults(ResultColumn column, Seq<Violation> violations) {
            for (Violation v : violations) {
                fault(column, v.rule(), v.rejectedValue());
            }
        }

        /** The parsed field, or empty: for an empty field, and (with a fault) for a field that does not parse. */
        private <T> Optional<T> parsed(
                ResultColumn column, boolean required, Function<String, Validation<Seq<Violation>, T>> parser) {
            String text = text(column);
            if (text.isEmpty()) {
                if (required) {
                    fault(column, REQUIRED, text);
                }
                return Optional.empty();
            }
            Validation<Seq<Violation>, T> parsed = parser.apply(text);
            if (parsed.isInvalid()) {
                faults(column, parsed.getError());
                return Optional.empty();
            }
            return Optional.of(parsed.get());
        }

        private Optional<String> required(ResultColumn column) {
            return parsed(column, true, Validation::valid);
        }

        /** {@code text} with a decimal point, or unchanged when it has a point where the dialect has a comma. */
        private String pointed(String text) {
            if (dialect.decimal() == '.') {
                return text;
            }
            return text.indexOf('.') >= 0 ? text : text.replace(dialect.decimal(), '.');
        }

        private Optional<Double> number(ResultColumn column) {
            return parsed(column, false, text -> {
                String pointed = pointed(text);
                boolean decimal = dialect.decimal() == '.' || text.indexOf('.') < 0;
                double x = decimal && DECIMAL.matcher(pointed).matches() ? Double.parseDouble(pointed) : Double.NaN;
                Rule rule = dialect.decimal() == '.' ? NUMBER : NUMBER_DECIMAL_COMMA;
                return Double.isFinite(x)
                        ? Validation.valid(x)
                        : Validation.invalid(Vector.of(Violation.of(column.header(), rule, text)));
            });
        }

        private Optional<Long> count(ResultColumn column) {
            return parsed(column, false, text -> {
                Validation<Seq<Violation>, Long> notWhole =
                        Validation.invalid(Vector.of(Violation.of(column.header(), WHOLE_NUMBER, text)));
                if (INTEGER.matcher(text).matches()) {
                    // exact for every long, also beyond 2^53 where a double would round
                    try {
                        return Validation.valid(Long.parseLong(text.startsWith("+") ? text.substring(1) : text));
                    } catch (NumberFormatException e) {
                        return notWhole;
                    }
                }
                String pointed = pointed(text);
                double x = DECIMAL.matcher(pointed).matches() ? Double.parseDouble(pointed) : Double.NaN;
                boolean whole = Double.isFinite(x) && x == Math.rint(x) && Math.abs(x) < 0x1p63;
                return whole ? Validation.valid((long) x) : notWhole;
            });
        }

        private Optional<Interval> interval(ResultColumn low, ResultColumn high) {
            Optional<Double> lower = number(low);
            Optional<Double> upper = number(high);
            if (lower.isPresent() != upper.isPresent()) {
                ResultColumn given = lower.isPresent() ? low : high;
                fault(given, INTERVAL_BOUNDS, text(given));
                return Optional.empty();
            }
            if (lower.isEmpty() || upper.isEmpty()) {
                return Optional.empty();
            }
            Validation<Seq<Violation>, Interval> interval = Interval.validate(lower.get(), upper.get());
            if (interval.isInvalid()) {
                for (Violation v : interval.getError()) {
                    ResultColumn column = v.field().equals("upper") ? high : low;
                    fault(column, v.rule(), v.rejectedValue());
                }
                return Optional.empty();
            }
            return Optional.of(interval.get());
        }

        /** The row's result, or empty when a field has a fault or the result breaks one of its rules. */
        Optional<IndicatorResult> result() {
            Optional<IndicatorId> indicator = parsed(ResultColumn.INDICATOR, true, IndicatorId::parse);
            Optional<String> area = required(ResultColumn.AREA_CODE);
            Optional<String> level = required(ResultColumn.AREA_LEVEL);
            Optional<ReportingPeriod> period = parsed(ResultColumn.PERIOD, true, ReportingPeriod::parse);
            Optional<ResultStatus> status = parsed(ResultColumn.STATUS, true, ResultStatus::parse);
            Optional<Double> numerator = number(ResultColumn.NUMERATOR);
            Optional<Double> denominator = number(ResultColumn.DENOMINATOR);
            Optional<Long> sampleSize = count(ResultColumn.SAMPLE_SIZE);
            Optional<Double> value = number(ResultColumn.VALUE);
            Optional<Interval> interval = interval(ResultColumn.CI_LOW, ResultColumn.CI_HIGH);
            Optional<Double> target = number(ResultColumn.TARGET);
            Optional<AssessmentOutcome> assessment = parsed(ResultColumn.ASSESSMENT, false, AssessmentOutcome::parse);
            Optional<ReportingPeriod> baseline = parsed(ResultColumn.BASELINE_PERIOD, false, ReportingPeriod::parse);
            Optional<Double> change = number(ResultColumn.CHANGE);
            Optional<Interval> changeInterval = interval(ResultColumn.CHANGE_CI_LOW, ResultColumn.CHANGE_CI_HIGH);
            Optional<Trend> trend = parsed(ResultColumn.TREND, false, Trend::parse);
            Optional<String> benchmarkArea = parsed(ResultColumn.BENCHMARK_AREA, false, Validation::valid);
            boolean version11 = base > ResultColumn.COLUMNS_1_0;
            Optional<BenchmarkComparison> comparison =
                    parsed(ResultColumn.BENCHMARK_COMPARISON, version11, BenchmarkComparison::parse);
            Optional<ComparisonMethod> method = parsed(ResultColumn.COMPARISON_METHOD, false, ComparisonMethod::parse);
            if (faults.size() > faultsBefore
                    || indicator.isEmpty()
                    || area.isEmpty()
                    || level.isEmpty()
                    || period.isEmpty()
                    || status.isEmpty()
                    || (version11 && comparison.isEmpty())) {
                return Optional.empty();
            }
            Validation<Seq<Violation>, IndicatorResult> result = Violations.attempt(() -> IndicatorResult.builder()
                    .indicator(indicator.get())
                    .area(area.get())
                    .areaLevel(level.get())
                    .period(period.get())
                    .status(status.get())
                    .numerator(numerator)
                    .denominator(denominator)
                    .sampleSize(sampleSize)
                    .value(value)
                    .interval(interval)
                    .target(target)
                    .assessment(assessment)
                    .baselinePeriod(baseline)
                    .change(change)
                    .changeInterval(changeInterval)
                    .trend(trend)
                    .benchmarkArea(benchmarkArea)
                    .benchmarkComparison(comparison.orElse(BenchmarkComparison.NOT_COMPARED))
                    .comparisonMethod(method)
                    .build());
            if (result.isInvalid()) {
                for (Violation v : result.getError()) {
                    Optional<ResultColumn> column = Stream.of(COLUMNS)
                            .filter(c -> c.header().equals(v.field()))
                            .findFirst();
                    if (column.isPresent()) {
                        fault(column.get(), v.rule(), text(column.get()));
                    } else {
                        faults.add(FileFault.atLine(file, line, v.rule(), v.rejectedValue()));
                    }
                }
                return Optional.empty();
            }
            return Optional.of(result.get());
        }
    }
}
