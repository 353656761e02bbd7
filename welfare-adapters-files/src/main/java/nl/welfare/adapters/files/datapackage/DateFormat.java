package nl.welfare.adapters.files.datapackage;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import org.jspecify.annotations.Nullable;

/**
 * How the dates of a column are written: the {@code format} of a Table Schema {@code date} field, as a spreadsheet's
 * export may need it.
 *
 * <ul>
 *   <li>{@code default} (or no format): ISO 8601, {@code 2019-03-14}.
 *   <li>A pattern in the strptime style of Frictionless ({@code "%d-%m-%Y"}, also written {@code "fmt:%d-%m-%Y"}):
 *       {@code %d} (day, one or two digits), {@code %m} (month, one or two digits) and {@code %Y} (year, four digits),
 *       each once, in any order, with {@code -}, {@code /} or {@code .} between them: {@code %d-%m-%Y} reads {@code
 *       14-03-2019} and {@code 1-3-2019}, {@code %d/%m/%Y} reads {@code 14/03/2019}, {@code %m/%d/%Y} reads {@code
 *       03/14/2019}.
 *   <li>{@code any}: an ISO date, or a date day first as written in the Netherlands, with the same {@code -}, {@code
 *       /} or {@code .} between day, month and four-digit year ({@code 14-3-2019}, {@code 14/03/2019}, {@code
 *       14.03.2019}). A month-first date is read only with a pattern that says so ({@code %m/%d/%Y}).
 * </ul>
 *
 * <p>A two-digit year ({@code %y}) is not read: its century would be a guess, and a wrong guess moves a date by a
 * hundred years without a fault. Nor are names of months or days, times, or other separators. A format this reader
 * does not read is a fault of the field's {@code format} ({@link DataPackageRules#BAD_DATE_FORMAT}).
 */
final class DateFormat {

    /** ISO 8601 dates, the default. */
    static final DateFormat ISO = new DateFormat("default", new char[0], new char[0], false);

    /** ISO dates, or dates day first. */
    static final DateFormat ANY = new DateFormat("any", new char[0], new char[0], true);

    private final String format;
    /** The parts in order: {@code d}, {@code m} and {@code Y}; empty for {@link #ISO} and {@link #ANY}. */
    private final char[] parts;
    /** The two separators between the parts. */
    private final char[] separators;

    private final boolean any;

    private DateFormat(String format, char[] parts, char[] separators, boolean any) {
        this.format = format;
        this.parts = parts;
        this.separators = separators;
        this.any = any;
    }

    /** The format {@code text} gives, or none when this reader does not read it. */
    static Option<DateFormat> of(String text) {
        if (text.equals("default")) {
            return Option.some(ISO);
        }
        if (text.equals("any")) {
            return Option.some(ANY);
        }
        String pattern = text.startsWith("fmt:") ? text.substring(4) : text;
        if (pattern.length() != 8) {
            return Option.none();
        }
        char[] parts = {pattern.charAt(1), pattern.charAt(4), pattern.charAt(7)};
        char[] separators = {pattern.charAt(2), pattern.charAt(5)};
        if (pattern.charAt(0) != '%' || pattern.charAt(3) != '%' || pattern.charAt(6) != '%') {
            return Option.none();
        }
        String order = new String(parts);
        if (order.indexOf('d') < 0 || order.indexOf('m') < 0 || order.indexOf('Y') < 0) {
            return Option.none();
        }
        for (char s : separators) {
            if (s != '-' && s != '/' && s != '.') {
                return Option.none();
            }
        }
        return Option.some(new DateFormat(text, parts, separators, false));
    }

    /** Whether this is the default, ISO 8601. */
    boolean isIso() {
        return this == ISO;
    }

    /** The date {@code text} gives in this format, or {@code null}. */
    @Nullable
    LocalDate parse(String text) {
        if (this == ISO) {
            return Row.isoDate(text);
        }
        if (any) {
            LocalDate iso = Row.isoDate(text);
            if (iso != null) {
                return iso;
            }
            for (char s : new char[] {'-', '/', '.'}) {
                LocalDate dayFirst = parse(text, new char[] {'d', 'm', 'Y'}, new char[] {s, s});
                if (dayFirst != null) {
                    return dayFirst;
                }
            }
            return null;
        }
        return parse(text, parts, separators);
    }

    private static @Nullable LocalDate parse(String text, char[] parts, char[] separators) {
        int day = -1;
        int month = -1;
        int year = -1;
        int at = 0;
        int n = text.length();
        for (int p = 0; p < parts.length; p++) {
            int from = at;
            int value = 0;
            while (at < n && at - from < 4 && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                value = value * 10 + (text.charAt(at) - '0');
                at++;
            }
            int digits = at - from;
            if (parts[p] == 'Y' ? digits != 4 : digits < 1 || digits > 2) {
                return null;
            }
            if (parts[p] == 'd') {
                day = value;
            } else if (parts[p] == 'm') {
                month = value;
            } else {
                year = value;
            }
            if (p < separators.length) {
                if (at >= n || text.charAt(at) != separators[p]) {
                    return null;
                }
                at++;
            }
        }
        if (at != n
                || month < 1
                || month > 12
                || day < 1
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The format as the descriptor gives it. */
    @Override
    public String toString() {
        return format;
    }
}
