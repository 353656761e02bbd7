package nl.welfare.domain.resident;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A named group of residents followed over time (pilot, doelgroep), such as the men of the shelter pilot in Centrum:
 * its {@link CohortName}, an optional description, and the {@link CohortMembership memberships} of its residents.
 *
 * <p>A resident may join, leave and rejoin, so a resident may have several memberships, but no two of them may share
 * a day ({@link #OVERLAPPING_MEMBERSHIP}): leaving on 31 March and rejoining on 1 April is fine, rejoining on 31 March
 * is not. Every membership carries the cohort's own name ({@link #FOREIGN_MEMBERSHIP}).
 *
 * <pre>{@code
 * CohortName pilot = CohortName.of("shelter-pilot");
 * ResidentId r = ResidentId.of("r-7f3a9c");
 * Cohort cohort = Cohort.builder()
 *         .name(pilot)
 *         .description("Men living at the shelter in Centrum")
 *         .addMembership(CohortMembership.validate(pilot, r, LocalDate.of(2019, 3, 1),
 *                 Optional.of(LocalDate.of(2019, 6, 30))).get())
 *         .addMembership(CohortMembership.of(pilot, r, LocalDate.of(2020, 1, 1)))
 *         .build();
 * cohort.isMember(r, LocalDate.of(2019, 8, 1));          // false: between two memberships
 * cohort.membersIn(ReportingPeriod.year(2019));          // [r-7f3a9c]
 * }</pre>
 */
@Value.Immutable
public abstract class Cohort {

    /** Rule: two memberships of the same resident share at least one day. */
    public static final Rule OVERLAPPING_MEMBERSHIP = Rule.of(
            "cohort.overlapping-membership",
            "must not overlap another membership of the same resident (leave before rejoining)");

    /** Rule: a membership names another cohort. */
    public static final Rule FOREIGN_MEMBERSHIP =
            Rule.of("cohort.foreign-membership", "must name the cohort the membership belongs to");

    /** Rule: the description is given but blank. */
    public static final Rule BLANK_DESCRIPTION =
            Rule.of("cohort.blank-description", "must not be blank when given (leave it out instead)");

    Cohort() {}

    /** The cohort's name, its key in the {@code cohorts} file. */
    public abstract CohortName name();

    /** What the cohort is, in a sentence; never about one person. */
    public abstract Optional<String> description();

    /** Every membership, in the order given: one or more per member, none overlapping another of the same member. */
    public abstract List<CohortMembership> memberships();

    /** A builder that asks for the name, then optionally the description and memberships. */
    public static ImmutableCohort.NameBuildStage builder() {
        return ImmutableCohort.builder();
    }

    /** A cohort without description. */
    public static Cohort of(CohortName name, Iterable<CohortMembership> memberships) {
        return builder().name(name).addAllMemberships(memberships).build();
    }

    /** The cohort with these fields, or every rule they break. */
    public static Validation<Seq<Violation>, Cohort> validate(
            CohortName name, Optional<String> description, Iterable<CohortMembership> memberships) {
        return Violations.attempt(() -> builder()
                .name(name)
                .description(description)
                .addAllMemberships(memberships)
                .build());
    }

    @Value.Check
    final void check() {
        Violations found = Violations.of("cohort")
                .check(description().map(d -> !d.isBlank()).orElse(true), "description", BLANK_DESCRIPTION, "");
        for (CohortMembership m : memberships()) {
            found.check(m.cohort().equals(name()), "cohort", FOREIGN_MEMBERSHIP, m.cohort());
        }
        io.vavr.collection.List.ofAll(memberships())
                .groupBy(CohortMembership::resident)
                .values()
                .forEach(spells -> checkNoOverlap(spells, found));
        found.throwIfAny();
    }

    /** Sorted by joined, each spell of one resident must join after every earlier spell has left. */
    private static void checkNoOverlap(Seq<CohortMembership> spells, Violations found) {
        LocalDate lastDayLeft = LocalDate.MIN;
        boolean earlierStillOpen = false;
        for (CohortMembership spell : spells.sortBy(Comparator.naturalOrder(), CohortMembership::joined)) {
            found.check(
                    !earlierStillOpen && spell.joined().isAfter(lastDayLeft),
                    "joined",
                    OVERLAPPING_MEMBERSHIP,
                    spell.resident() + " " + spell.joined());
            if (spell.left().isEmpty()) {
                earlierStillOpen = true;
            } else if (spell.left().get().isAfter(lastDayLeft)) {
                lastDayLeft = spell.left().get();
            }
        }
    }

    /** Whether {@code resident} is a member on {@code date}. */
    public boolean isMember(ResidentId resident, LocalDate date) {
        return memberships().stream().anyMatch(m -> m.resident().equals(resident) && m.isActiveOn(date));
    }

    /** The residents who are members on {@code date}. */
    public SortedSet<ResidentId> membersOn(LocalDate date) {
        return residentsWhere(m -> m.isActiveOn(date));
    }

    /** The residents who are members on at least one day of {@code period}. */
    public SortedSet<ResidentId> membersIn(ReportingPeriod period) {
        return residentsWhere(m -> m.isActiveIn(period));
    }

    /** Every resident who was ever a member. */
    public SortedSet<ResidentId> residents() {
        return residentsWhere(m -> true);
    }

    private SortedSet<ResidentId> residentsWhere(Predicate<CohortMembership> condition) {
        return TreeSet.ofAll(
                io.vavr.collection.List.ofAll(memberships()).filter(condition).map(CohortMembership::resident));
    }
}
