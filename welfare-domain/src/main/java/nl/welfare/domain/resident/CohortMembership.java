package nl.welfare.domain.resident;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * One spell of a resident's membership of a {@link Cohort} (deelname aan een pilot of doelgroep): one row of the
 * {@code cohorts} file ({@code cohort, resident_id, joined, left}). Both dates are inclusive: the resident is a member
 * on the day they join, on the day they leave, and on every day between; without a {@code left} date the membership
 * runs on.
 *
 * <pre>{@code
 * CohortMembership spell = CohortMembership.builder()
 *         .cohort(CohortName.of("shelter-pilot"))
 *         .resident(ResidentId.of("r-7f3a9c"))
 *         .joined(LocalDate.of(2019, 3, 1))
 *         .left(LocalDate.of(2019, 12, 31))
 *         .build();
 * spell.isActiveOn(LocalDate.of(2019, 12, 31)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class CohortMembership {

    /** Rule: the resident left before they joined. */
    public static final Rule LEFT_BEFORE_JOINED =
            Rule.of("cohort-membership.left-before-joined", "must not be before the date the resident joined");

    CohortMembership() {}

    /** The name of the cohort. */
    public abstract CohortName cohort();

    /** The member. */
    public abstract ResidentId resident();

    /** The first day of membership. */
    public abstract LocalDate joined();

    /** The last day of membership; empty while the resident is still a member. */
    public abstract Optional<LocalDate> left();

    /** A builder that asks for cohort, resident and joined, then optionally left. */
    public static ImmutableCohortMembership.CohortBuildStage builder() {
        return ImmutableCohortMembership.builder();
    }

    /** An open membership: the resident joined on {@code joined} and has not left. */
    public static CohortMembership of(CohortName cohort, ResidentId resident, LocalDate joined) {
        return builder().cohort(cohort).resident(resident).joined(joined).build();
    }

    /** The membership with these fields, or the violation of {@link #LEFT_BEFORE_JOINED} (field {@code left}). */
    public static Validation<Seq<Violation>, CohortMembership> validate(
            CohortName cohort, ResidentId resident, LocalDate joined, Optional<LocalDate> left) {
        return Violations.attempt(() -> builder()
                .cohort(cohort)
                .resident(resident)
                .joined(joined)
                .left(left)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("cohort membership")
                .check(
                        left().map(l -> !l.isBefore(joined())).orElse(true),
                        "left",
                        LEFT_BEFORE_JOINED,
                        left().map(LocalDate::toString).orElse(""))
                .throwIfAny();
    }

    /** Whether the resident is a member on {@code date}: joined on or before it, and not left before it. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(joined()) && left().map(l -> !date.isAfter(l)).orElse(true);
    }

    /** Whether the resident is a member on at least one day of {@code period}. */
    public boolean isActiveIn(ReportingPeriod period) {
        return period.overlaps(joined(), left());
    }

    /** Whether this membership and {@code other} share at least one day (whoever their residents are). */
    public boolean overlaps(CohortMembership other) {
        boolean thisJoinsBeforeOtherLeaves =
                other.left().map(l -> !l.isBefore(joined())).orElse(true);
        boolean otherJoinsBeforeThisLeaves =
                left().map(l -> !l.isBefore(other.joined())).orElse(true);
        return thisJoinsBeforeOtherLeaves && otherJoinsBeforeThisLeaves;
    }
}
