package nl.welfare.domain.time;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/** The granularity of a regular {@link ReportingPeriod}: a calendar year, quarter or month. */
public enum PeriodGranularity {
    /** A calendar year ({@code 2019}). */
    YEAR(12),
    /** A calendar quarter ({@code 2019-Q2}). */
    QUARTER(3),
    /** A calendar month ({@code 2019-03}). */
    MONTH(1);

    /** Rule: the text names no granularity. */
    public static final Rule KNOWN = Rule.of("period-granularity.known", "must be year, quarter or month");

    private final int months;

    PeriodGranularity(int months) {
        this.months = months;
    }

    /** The number of months in one period of this granularity. */
    public int months() {
        return months;
    }

    /** The lower-case word used on the command line: {@code year}, {@code quarter}, {@code month}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The granularity named by {@code text} (case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, PeriodGranularity> parse(String text) {
        for (PeriodGranularity g : values()) {
            if (g.code().equalsIgnoreCase(text.trim())) {
                return Validation.valid(g);
            }
        }
        return Validation.invalid(List.of(Violation.of("period", KNOWN, text)));
    }
}
