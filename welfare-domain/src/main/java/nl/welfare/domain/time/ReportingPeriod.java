package nl.welfare.domain.time;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A period that figures are reported over (verslagperiode): a calendar year, quarter or month, a span of whole years,
 * or any range of dates. Both ends are inclusive.
 *
 * <p>{@link #toString()} and {@link #parse(String)} round-trip:
 *
 * <table>
 *   <caption>Textual forms</caption>
 *   <tr><td>{@code 2019}</td><td>the year 2019</td></tr>
 *   <tr><td>{@code 2019-Q2}</td><td>April to June 2019</td></tr>
 *   <tr><td>{@code 2019-03}</td><td>March 2019</td></tr>
 *   <tr><td>{@code 2018/2022}</td><td>the whole years 2018 to 2022</td></tr>
 *   <tr><td>{@code 2019-03-14/2019-05-01}</td><td>a range of dates (ISO 8601 interval)</td></tr>
 * </table>
 *
 * {@code
 * ReportingPeriod term = ReportingPeriod.parse("2018/2022").get();
 * term.contains(LocalDate.of(2020, 6, 1));          // true
 * term.split(PeriodGranularity.YEAR);               // [2018, 2019, 2020, 2021, 2022]
 * ReportingPeriod.quarter(2019, 2).toString();      // "2019-Q2"
 * }
 */
@Value.Immutable
public abstract class ReportingPeriod implements Comparable<ReportingPeriod> {

    /** Rule: the text is none of the forms above. */
    public static final Rule FORMAT = Rule.of(
            "reporting-period.format",
            "must be a year (2019), quarter (2019-Q2), month (2019-03), span of years (2018/2022) or date range"
                    + " (2019-03-14/2019-05-01)");

    /** Rule: the period ends before it starts. */
    public static final Rule END_BEFORE_START =
            Rule.of("reporting-period.end-before-start", "must not end before it starts");

    /** Rule: a date outside the years 1000 to 9999, which have no four-digit form. */
    public static final Rule YEAR_RANGE = Rule.of("reporting-period.year-range", "must lie in the years 1000 to 9999");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})/(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(\\d{4}-\\d{2}-\\d{2})");

    /** The kinds of period; a period's kind follows from its dates. */
    public enum Kind {
        /** A calendar year. */
        YEAR,
        /** A calendar quarter. */
        QUARTER,
        /** A calendar month. */
        MONTH,
        /** One or more whole calendar years. */
        YEARS,
        /** Any range of dates. */
        DATE_RANGE
    }

    ReportingPeriod() {}

    /** The first day, inclusive. */
    @Value.Parameter
    public abstract LocalDate start();

    /** The last day, inclusive. */
    @Value.Parameter
    public abstract LocalDate end();

    /** The calendar year {@code year}. */
    public static ReportingPeriod year(int year) {
        return ImmutableReportingPeriod.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Quarter {@code quarter} (1 to 4) of {@code year}. */
    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
        }
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return ImmutableReportingPeriod.of(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** The calendar month {@code month} (1 to 12) of {@code year}. */
    public static ReportingPeriod month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return ImmutableReportingPeriod.of(ym.atDay(1), ym.atEndOfMonth());
    }

    /** The whole years {@code from} to {@code to}, inclusive; a single year when they are equal. */
    public static ReportingPeriod years(int from, int to) {
        return ImmutableReportingPeriod.of(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    /**
     * The dates {@code start} to {@code end}, inclusive. A range that covers exactly a calendar year, quarter, month or
     * span of whole years is that period: {@code range(2019-01-01, 2019-12-31).equals(year(2019))}.
     */
    public static ReportingPeriod range(LocalDate start, LocalDate end) {
        return ImmutableReportingPeriod.of(start, end);
    }

    /** The dates {@code start} to {@code end}, or the violation of {@link #END_BEFORE_START}. */
    public static Validation<Seq<Violation>, ReportingPeriod> validate(LocalDate start, LocalDate end) {
        return Violations.attempt(() -> range(start, end));
    }

    /**
     * The period written as {@code text} in one of the forms of {@link #toString()}, or the violation of
     * {@link #FORMAT}, {@link #END_BEFORE_START} or {@link #YEAR_RANGE}.
     */
    public static Validation<Seq<Violation>, ReportingPeriod> parse(String text) {
        String trimmed = text.trim();
        Matcher m;
        try {
            if ((m = YEAR.matcher(trimmed)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return Violations.attempt(() -> year(year));
            }
            if ((m = QUARTER.matcher(trimmed)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int quarter = Integer.parseInt(m.group(2));
                return Violations.attempt(() -> quarter(year, quarter));
            }
            if ((m = MONTH.matcher(trimmed)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12) {
                    return Violations.attempt(() -> month(year, month));
                }
            } else if ((m = YEARS.matcher(trimmed)).matches()) {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                return Violations.attempt(() -> years(from, to));
            } else if ((m = RANGE.matcher(trimmed)).matches()) {
                LocalDate start = LocalDate.parse(m.group(1));
                LocalDate end = LocalDate.parse(m.group(2));
                return validate(start, end);
            }
        } catch (DateTimeException e) {
            // an impossible date such as 2019-02-30: falls through to the format violation
        }
        return Validation.invalid(List.of(Violation.of("period", FORMAT, text)));
    }

    @Value.Check
    final void check() {
        Violations.of("reporting period")
                .check(!end().isBefore(start()), "end", END_BEFORE_START, end())
                .check(inFourDigitYears(start()), "start", YEAR_RANGE, start())
                .check(inFourDigitYears(end()), "end", YEAR_RANGE, end())
                .throwIfAny();
    }

    private static boolean inFourDigitYears(LocalDate date) {
        return date.getYear() >= 1000 && date.getYear() <= 9999;
    }

    /** What kind of period this is, derived from its dates: the most specific kind whose boundaries it has. */
    public Kind kind() {
        boolean startsMonth = start().getDayOfMonth() == 1;
        boolean endsMonth = end().equals(YearMonth.from(end()).atEndOfMonth());
        if (!startsMonth || !endsMonth) {
            return Kind.DATE_RANGE;
        }
        long months = ChronoUnit.MONTHS.between(YearMonth.from(start()), YearMonth.from(end())) + 1;
        int firstMonth = start().getMonthValue();
        if (months == 1) {
            return Kind.MONTH;
        }
        if (months == 3 && (firstMonth - 1) % 3 == 0) {
            return Kind.QUARTER;
        }
        if (firstMonth == 1 && end().getMonthValue() == 12) {
            return months == 12 ? Kind.YEAR : Kind.YEARS;
        }
        return Kind.DATE_RANGE;
    }

    /** The granularity of a year, quarter or month; empty for a span of years or a date range. */
    public Optional<PeriodGranularity> granularity() {
        switch (kind()) {
            case YEAR:
                return Optional.of(PeriodGranularity.YEAR);
            case QUARTER:
                return Optional.of(PeriodGranularity.QUARTER);
            case MONTH:
                return Optional.of(PeriodGranularity.MONTH);
            default:
                return Optional.empty();
        }
    }

    /** Whether {@code date} lies in the period, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Whether something that started on {@code started} and ended on {@code ended} (none: still running) is active
     * in this period: it started on or before the last day, and has no end or ended on or after the first day.
     */
    public boolean overlaps(LocalDate started, Optional<LocalDate> ended) {
        return !started.isAfter(end()) && ended.map(e -> !e.isBefore(start())).orElse(true);
    }

    /** Whether this period lies wholly inside {@code other}. */
    public boolean isWithin(ReportingPeriod other) {
        return !start().isBefore(other.start()) && !end().isAfter(other.end());
    }

    /** The calendar year the period starts in: the year whose population is the denominator of a rate. */
    public Year startYear() {
        return Year.of(start().getYear());
    }

    /**
     * The periods of {@code granularity} that together cover this period, in order: every calendar year, quarter or
     * month that shares at least one day with it. For a period aligned to the granularity they cover exactly the same
     * days; a date range that starts or ends mid-month is covered by the whole months it touches.
     */
    public Seq<ReportingPeriod> split(PeriodGranularity granularity) {
        YearMonth first = YearMonth.from(start());
        first = first.minusMonths((first.getMonthValue() - 1) % granularity.months());
        YearMonth last = YearMonth.from(end());
        List<ReportingPeriod> periods = List.empty();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(granularity.months())) {
            periods = periods.prepend(unitStarting(granularity, m));
        }
        return periods.reverse();
    }

    private static ReportingPeriod unitStarting(PeriodGranularity granularity, YearMonth first) {
        switch (granularity) {
            case YEAR:
                return year(first.getYear());
            case QUARTER:
                return quarter(first.getYear(), (first.getMonthValue() + 2) / 3);
            default:
                return month(first.getYear(), first.getMonthValue());
        }
    }

    /** Orders by start, then by end: earlier first, and the shorter of two that start together first. */
    @Override
    public int compareTo(ReportingPeriod other) {
        int byStart = start().compareTo(other.start());
        return byStart != 0 ? byStart : end().compareTo(other.end());
    }

    /** The period in the form {@link #parse(String)} reads: {@code 2019}, {@code 2019-Q2}, {@code 2019-03}, ... */
    @Override
    public String toString() {
        switch (kind()) {
            case YEAR:
                return Integer.toString(start().getYear());
            case QUARTER:
                return start().getYear() + "-Q" + ((start().getMonthValue() + 2) / 3);
            case MONTH:
                return YearMonth.from(start()).toString();
            case YEARS:
                return start().getYear() + "/" + end().getYear();
            default:
                return start() + "/" + end();
        }
    }
}
