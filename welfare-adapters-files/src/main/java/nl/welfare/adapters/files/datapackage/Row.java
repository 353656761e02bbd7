package nl.welfare.adapters.files.datapackage;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.internal.io.CsvInput;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The row being read, one at a time and reused: its line and fields, and the parsing of each field into a value. A
 * field that cannot be parsed adds its fault (file, line, column, field, rule, text) and marks the row rejected; the
 * parsing methods then return {@code null} (for a required value) or an empty optional, so that a reader checks every
 * field of a row, and so reports every fault of it, before it gives up on the row.
 *
 * <p>No regular expression is used on the way: dates, whole numbers and numbers are read character by character, and
 * a column remembers the last text it parsed and its value, so that an identifier repeated on consecutive rows is
 * parsed once.
 */
final class Row {

    /**
     * The handle of one column, resolved from the header once per file: its name, its position (-1 when the file
     * does not have it), its number and date formats, and the last text it parsed.
     */
    static final class Col {
        final String name;
        final int index;
        final PackageDescriptor.NumberFormat format;
        final DateFormat dates;
        private @Nullable String lastText;
        private @Nullable Object lastValue;

        Col(String name, int index, PackageDescriptor.NumberFormat format, DateFormat dates) {
            this.name = name;
            this.index = index;
            this.format = format;
            this.dates = dates;
        }
    }

    private final String file;
    private final CsvFile.Header header;
    private final Faults faults;
    private final Set<String> missingValues;
    private final boolean[] codes;
    /** Per column of codes: how many rows had spaces around the code, the first such line and its text. */
    private final long[] trimmed;

    private final long[] firstTrimmedLine;
    private final String[] firstTrimmedText;
    private String[] fields = new String[0];
    private long line;
    private boolean rejected;

    Row(String file, CsvFile.Header header, Faults faults, Set<String> missingValues) {
        this.file = file;
        this.header = header;
        this.faults = faults;
        this.missingValues = missingValues;
        this.codes = new boolean[header.size()];
        for (int i = 0; i < header.size(); i++) {
            codes[i] = header.resource().column(header.name(i)).exists(Resource.Column::code);
        }
        this.trimmed = new long[header.size()];
        this.firstTrimmedLine = new long[header.size()];
        this.firstTrimmedText = new String[header.size()];
    }

    /**
     * Moves to the row at {@code line}; false (with a fault per field) when a field has bytes that are not text in
     * the file's encoding. The spaces around a code are taken off (and counted, for {@link #end}).
     */
    boolean start(long line, String[] fields) {
        this.line = line;
        this.fields = fields;
        this.rejected = false;
        for (int i = 0; i < header.size(); i++) {
            if (fields[i].indexOf(CsvInput.NOT_TEXT) >= 0) {
                faults.add(FileFault.at(file, line, i + 1, header.name(i), DataPackageRules.ENCODING, fields[i]));
                rejected = true;
            } else if (codes[i] && hasSpaceAround(fields[i])) {
                if (trimmed[i]++ == 0) {
                    firstTrimmedLine[i] = line;
                    firstTrimmedText[i] = fields[i];
                }
                fields[i] = withoutSpaceAround(fields[i]);
            }
        }
        if (rejected) {
            faults.rowRejected();
        }
        return !rejected;
    }

    /** Adds one warning per column of codes that had spaces around them: at the first such row, with the count. */
    void end() {
        for (int i = 0; i < trimmed.length; i++) {
            if (trimmed[i] > 0) {
                long more = trimmed[i] - 1;
                faults.add(FileFault.builder()
                        .file(file)
                        .rule(DataPackageRules.TRIMMED_CODE)
                        .line(firstTrimmedLine[i])
                        .column(i + 1)
                        .field(header.name(i))
                        .rejected("\"" + firstTrimmedText[i] + "\""
                                + (more == 0 ? "" : " (and " + more + (more == 1 ? " more row)" : " more rows)")))
                        .severity(FileFault.Severity.WARNING)
                        .build());
                trimmed[i] = 0;
            }
        }
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || ch == '\u00A0';
    }

    private static boolean hasSpaceAround(String text) {
        return !text.isEmpty() && (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)));
    }

    private static String withoutSpaceAround(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** The file's name, as the descriptor gives it. */
    String file() {
        return file;
    }

    /** The row's line (where it starts, for a row with a quoted line break). */
    long line() {
        return line;
    }

    /** Whether a fault of this row rejects it. */
    boolean rejected() {
        return rejected;
    }

    // ---- faults

    /** Adds a fault of {@code rule} in column {@code c} and rejects the row. */
    void fault(Col c, Rule rule, String rejectedText) {
        add(FileFault.builder()
                .file(file)
                .rule(rule)
                .line(line)
                .column(c.index < 0 ? Optional.empty() : Optional.of(c.index + 1))
                .field(c.name)
                .rejected(rejectedText)
                .build());
    }

    /**
     * Adds a fault of {@code rule} in column {@code c} that other rows with the same text would repeat (a reference to
     * a row that is not there), listed once per text with the number of rows ({@link Faults#addRepeated}), and rejects
     * the row.
     */
    void repeatedFault(Col c, Rule rule, String rejectedText) {
        faults.addRepeated(FileFault.builder()
                .file(file)
                .rule(rule)
                .line(line)
                .column(c.index < 0 ? Optional.empty() : Optional.of(c.index + 1))
                .field(c.name)
                .rejected(rejectedText)
                .build());
        if (!rejected) {
            rejected = true;
            faults.rowRejected();
        }
    }

    /** Adds a fault of the whole row (a duplicate id or key) and rejects it. */
    void fault(Rule rule, String rejectedText) {
        add(FileFault.atLine(file, line, rule, rejectedText));
    }

    /** Adds a warning of {@code rule} in column {@code c}; the row is not rejected. */
    void warn(Col c, Rule rule, String rejectedText) {
        faults.add(FileFault.builder()
                .file(file)
                .rule(rule)
                .line(line)
                .column(c.index < 0 ? Optional.empty() : Optional.of(c.index + 1))
                .field(c.name)
                .rejected(rejectedText)
                .severity(FileFault.Severity.WARNING)
                .build());
    }

    /** Adds a fault for each violation, in the column its field names, and rejects the row. */
    void violations(Seq<Violation> violations) {
        for (Violation v : violations) {
            add(FileFault.of(file, line, header.column(v.field()), v));
        }
    }

    private void add(FileFault fault) {
        faults.add(fault);
        if (!rejected) {
            rejected = true;
            faults.rowRejected();
        }
    }

    /** The value of a domain validation, or {@code null} with a fault per violation. */
    <T> @Nullable T valid(Validation<Seq<Violation>, T> validation) {
        if (validation.isValid()) {
            return validation.get();
        }
        violations(validation.getError());
        return null;
    }

    // ---- texts

    /** The text of {@code c}; empty when the file has no such column or the text is one of the missing values. */
    String text(Col c) {
        if (c.index < 0) {
            return "";
        }
        String text = fields[c.index];
        return missingValues.contains(text) ? "" : text;
    }

    /** The text of {@code c}, or {@code null} with {@link DataPackageRules#MISSING_VALUE} when it is empty. */
    @Nullable
    String required(Col c) {
        String text = text(c);
        if (text.isEmpty()) {
            fault(c, DataPackageRules.MISSING_VALUE, "");
            return null;
        }
        return text;
    }

    /** The text of {@code c}, if it is not empty. */
    Optional<String> optional(Col c) {
        String text = text(c);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    // ---- values parsed by a domain type

    /**
     * The value {@code parser} makes of the required text of {@code c}, or {@code null} with its violations, named as
     * the column (a domain type names its own field, such as {@code activity_id} for the {@code id} column).
     */
    <T> @Nullable T parse(Col c, Function<String, Validation<Seq<Violation>, T>> parser) {
        String text = required(c);
        return text == null ? null : parseText(c, text, parser);
    }

    /** As {@link #parse}, for an optional column: empty when the text is empty or (with its faults) invalid. */
    <T> Optional<T> optionalParse(Col c, Function<String, Validation<Seq<Violation>, T>> parser) {
        String text = text(c);
        return text.isEmpty() ? Optional.empty() : Optional.ofNullable(parseText(c, text, parser));
    }

    /** The value {@code parser} makes of {@code text} from column {@code c}, or {@code null} with its faults. */
    @SuppressWarnings("unchecked")
    <T> @Nullable T parseText(Col c, String text, Function<String, Validation<Seq<Violation>, T>> parser) {
        if (text.equals(c.lastText)) {
            return (T) c.lastValue;
        }
        Validation<Seq<Violation>, T> parsed = parser.apply(text);
        if (parsed.isInvalid()) {
            for (Violation v : parsed.getError()) {
                fault(c, v.rule(), v.rejectedValue());
            }
            return null;
        }
        c.lastText = text;
        c.lastValue = parsed.get();
        return parsed.get();
    }

    // ---- dates and numbers

    /** The date in {@code c} (ISO, or in the format its field gives), or {@code null} with a fault. */
    @Nullable
    LocalDate date(Col c) {
        String text = required(c);
        return text == null ? null : dateOf(c, text);
    }

    /** The date in {@code c}, if any; empty with a fault when it is not one. */
    Optional<LocalDate> optionalDate(Col c) {
        String text = text(c);
        return text.isEmpty() ? Optional.empty() : Optional.ofNullable(dateOf(c, text));
    }

    private @Nullable LocalDate dateOf(Col c, String text) {
        if (text.equals(c.lastText)) {
            return (LocalDate) c.lastValue;
        }
        LocalDate date = c.dates.parse(text);
        if (date == null) {
            fault(c, c.dates.isIso() ? DataPackageRules.BAD_DATE : DataPackageRules.DATE_NOT_IN_FORMAT, text);
            return null;
        }
        c.lastText = text;
        c.lastValue = date;
        return date;
    }

    /** The date {@code text} gives as {@code yyyy-mm-dd} (years 0000-9999), or {@code null}. */
    static @Nullable LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    /** The whole number in {@code c}, or {@code null} with a fault. */
    @Nullable
    Integer integer(Col c) {
        String text = required(c);
        return text == null ? null : integerOf(c, text);
    }

    /** The whole number in {@code c}, if any; empty with a fault when it is not one. */
    Optional<Integer> optionalInteger(Col c) {
        String text = text(c);
        return text.isEmpty() ? Optional.empty() : Optional.ofNullable(integerOf(c, text));
    }

    private @Nullable Integer integerOf(Col c, String text) {
        Integer value = wholeNumber(text);
        if (value == null) {
            fault(c, DataPackageRules.BAD_INTEGER, text);
        }
        return value;
    }

    /** The whole number {@code text} gives: an optional sign and one to nine digits; {@code null} otherwise. */
    static @Nullable Integer wholeNumber(String text) {
        int at = 0;
        boolean negative = false;
        if (!text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            at = 1;
        }
        int length = text.length() - at;
        if (length < 1 || length > 9) {
            return null;
        }
        int value = digits(text, at, text.length());
        if (value < 0) {
            return null;
        }
        return negative ? -value : value;
    }

    /** The number in {@code c}, if any, read with the column's number format; empty with a fault when not one. */
    OptionalDouble optionalNumber(Col c) {
        String text = text(c);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = number(text, c.format);
        if (value.isEmpty()) {
            fault(c, DataPackageRules.BAD_NUMBER, text);
        }
        return value;
    }

    /**
     * The number {@code text} gives as a Table Schema {@code number}: an optional sign, digits with at most one
     * decimal character between or after them (group characters only between digits), an optional exponent ({@code
     * e} or {@code E}, an optional sign, digits); or {@code NaN}, {@code INF}, {@code -INF}.
     */
    static OptionalDouble number(String text, PackageDescriptor.NumberFormat format) {
        switch (text) {
            case "NaN":
                return OptionalDouble.of(Double.NaN);
            case "INF":
            case "+INF":
                return OptionalDouble.of(Double.POSITIVE_INFINITY);
            case "-INF":
                return OptionalDouble.of(Double.NEGATIVE_INFINITY);
            default:
                break;
        }
        StringBuilder plain = new StringBuilder(text.length());
        int at = 0;
        int n = text.length();
        if (at < n && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
            plain.append(text.charAt(at++));
        }
        int digits = 0;
        boolean decimal = false;
        char group = format.group().getOrElse('\0');
        for (; at < n; at++) {
            char ch = text.charAt(at);
            if (ch >= '0' && ch <= '9') {
                plain.append(ch);
                digits++;
            } else if (ch == format.decimal() && !decimal) {
                plain.append('.');
                decimal = true;
            } else if (ch == group
                    && format.group().isDefined()
                    && !decimal
                    && digits > 0
                    && at + 1 < n
                    && isDigit(text.charAt(at + 1))) {
                continue;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return OptionalDouble.empty();
        }
        if (at < n && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            plain.append('e');
            at++;
            if (at < n && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
                plain.append(text.charAt(at++));
            }
            int exponentDigits = 0;
            for (; at < n && isDigit(text.charAt(at)); at++) {
                plain.append(text.charAt(at));
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return OptionalDouble.empty();
            }
        }
        return at == n ? OptionalDouble.of(Double.parseDouble(plain.toString())) : OptionalDouble.empty();
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
