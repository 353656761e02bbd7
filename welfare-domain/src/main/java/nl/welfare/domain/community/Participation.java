package nl.welfare.domain.community;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A resident taking part in an {@link Activity} on a date, as participant, volunteer or organiser (deelname). One row
 * of the data package's {@code participations} resource; the {@code volunteers} and
 * {@code residents-participating-per-1000} indicators count the distinct residents behind them.
 *
 * <pre>{@code
 * Participation p = Participation.of(
 *         ResidentId.of("r-7f3a9c"),
 *         ActivityId.of("walk-tuesday"),
 *         AreaCode.of("BU01530100"),
 *         LocalDate.of(2019, 3, 14),
 *         ParticipationRole.VOLUNTEER);
 * p.isIn(ReportingPeriod.year(2019)); // true
 * }</pre>
 *
 * <p>A participation has no rules of its own; whether its activity and its resident exist is checked against the
 * other rows (see {@link CommunityChecks#validateParticipations}).
 */
@Value.Immutable
public abstract class Participation {

    Participation() {}

    /** The resident who took part ({@code resident_id}). */
    public abstract ResidentId resident();

    /** The activity taken part in ({@code activity_id}). */
    public abstract ActivityId activity();

    /** The area the participation counts for ({@code area_code}). */
    public abstract AreaCode area();

    /** The day of the participation ({@code date}). */
    public abstract LocalDate date();

    /** The resident's role ({@code role}). */
    public abstract ParticipationRole role();

    /** A staged builder: resident, activity, area, date and role. */
    public static ImmutableParticipation.ResidentBuildStage builder() {
        return ImmutableParticipation.builder();
    }

    /** The participation of {@code resident} in {@code activity} on {@code date} in {@code role}. */
    public static Participation of(
            ResidentId resident, ActivityId activity, AreaCode area, LocalDate date, ParticipationRole role) {
        return builder()
                .resident(resident)
                .activity(activity)
                .area(area)
                .date(date)
                .role(role)
                .build();
    }

    /**
     * The participation with these fields. It has no rules of its own, so the result is always valid; the method
     * exists so that an importer treats every row type the same way.
     */
    public static Validation<Seq<Violation>, Participation> validate(
            ResidentId resident, ActivityId activity, AreaCode area, LocalDate date, ParticipationRole role) {
        return Violations.attempt(() -> of(resident, activity, area, date, role));
    }

    /** Whether the participation's date lies in {@code period}. */
    public boolean isIn(ReportingPeriod period) {
        return period.contains(date());
    }
}
