package nl.welfare.domain.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Something that runs from a start date to an optional end date, both inclusive: an initiative, a provision, a support
 * episode. It is <em>active in a period</em> when it started on or before the period's last day and has no end or
 * ended on or after its first day (the catalogue's meaning of "active").
 *
 * <pre>{@code
 * episode.isActiveIn(ReportingPeriod.year(2019));
 * episode.isActiveOn(LocalDate.of(2019, 3, 14));
 * }</pre>
 */
public interface ActiveSpan {

    /** The first day, inclusive. */
    LocalDate started();

    /** The last day, inclusive; empty while it still runs. */
    Optional<LocalDate> ended();

    /** Whether it is active on at least one day of {@code period}. */
    default boolean isActiveIn(ReportingPeriod period) {
        return period.overlaps(started(), ended());
    }

    /** Whether it is active on {@code date}: on or after its start and not after its end. */
    default boolean isActiveOn(LocalDate date) {
        return !date.isBefore(started()) && ended().map(e -> !date.isAfter(e)).orElse(true);
    }

    /** Whether it started in {@code period}: new in that period. */
    default boolean startedIn(ReportingPeriod period) {
        return period.contains(started());
    }

    /** Whether {@code ended}, if any, is not before {@code started}: the rule every span's own check applies. */
    static boolean endsInOrder(LocalDate started, Optional<LocalDate> ended) {
        return ended.map(e -> !e.isBefore(started)).orElse(true);
    }
}
