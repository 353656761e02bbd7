package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * What a contractor does in one borough under a {@link Commission} (programma): the bottlenecks found there, the
 * borough's own goals on top of the commission's, the interventions, and the period.
 *
 * <p>The area of a programme is a borough, given by its group code ({@code OOST}, grouping {@code borough} in
 * {@code area_groupings}), because the borough is the unit the sources plan, buy and report in. {@link Bottleneck} and
 * {@link Budget} name their area the same way.
 *
 * <p>The rules of the programme itself are checked when it is built; the rules that need its commission (same
 * commission, a commissioned borough, a period inside the commission's full term, goals that exist) are checked by
 * {@link #validateAgainst(Commission)}.
 *
 * <pre>{@code
 * AreaProgramme oost = AreaProgramme.builder()
 *         .id(ProgrammeId.of("oost"))
 *         .commission(CommissionId.of("enschede-welzijn-2018"))
 *         .borough("OOST")
 *         .period(ReportingPeriod.years(2018, 2022))
 *         .addBottlenecks(transport, connection)
 *         .addIntervention("Inform residents about special transport through the district teams")
 *         .build();
 * oost.validateAgainst(commission); // Valid(oost), or every cross-object rule it breaks
 * }</pre>
 */
@Value.Immutable
public abstract class AreaProgramme {

    /** Rule: the borough's group code is malformed. */
    public static final Rule BOROUGH_FORMAT = Rule.of(
            "area-programme.borough-format",
            "must be a group code of 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");

    /** Rule: a bottleneck lies in another borough than the programme's. */
    public static final Rule BOTTLENECK_ELSEWHERE =
            Rule.of("area-programme.bottleneck-elsewhere", "must lie in the programme's own borough");

    /** Rule: two of the programme's own goals share an id. */
    public static final Rule DUPLICATE_GOAL = Rule.of("area-programme.duplicate-goal", "must not name a goal id twice");

    /** Rule: an intervention is empty or only white space. */
    public static final Rule BLANK_INTERVENTION = Rule.of("area-programme.blank-intervention", "must not be blank");

    /** Rule, checked by {@link #validateAgainst(Commission)}: the programme belongs to another commission. */
    public static final Rule OTHER_COMMISSION =
            Rule.of("area-programme.other-commission", "must be the id of the commission checked against");

    /** Rule, checked by {@link #validateAgainst(Commission)}: the commission does not cover the programme's borough. */
    public static final Rule BOROUGH_NOT_COMMISSIONED =
            Rule.of("area-programme.borough-not-commissioned", "must be a borough the commission covers");

    /**
     * Rule, checked by {@link #validateAgainst(Commission)}: the period does not lie within the commission's term and
     * its extension ({@link Commission#fullTerm()}).
     */
    public static final Rule OUTSIDE_COMMISSION_TERM = Rule.of(
            "area-programme.outside-commission-term", "must lie within the commission's term, its extension included");

    /**
     * Rule, checked by {@link #validateAgainst(Commission)}: a bottleneck names a goal that is neither a goal of the
     * commission nor one of the programme's own.
     */
    public static final Rule UNKNOWN_GOAL =
            Rule.of("area-programme.unknown-goal", "must name a goal of the commission or of the programme itself");

    AreaProgramme() {}

    /** The programme's identifier. */
    public abstract ProgrammeId id();

    /** The commission the programme is carried out under. */
    public abstract CommissionId commission();

    /** The group code of the borough the programme covers ({@code OOST}). */
    public abstract String borough();

    /** The period the programme runs for, both ends included. */
    public abstract ReportingPeriod period();

    /** The bottlenecks found in the borough, all in {@link #borough()}; may be empty. */
    public abstract List<Bottleneck> bottlenecks();

    /** The borough's own goals, on top of the commission's; may be empty, ids unique. */
    public abstract List<PolicyGoal> goals();

    /** What the contractor does, one short text each; may be empty, never blank. */
    public abstract List<String> interventions();

    /** A staged builder: {@code id}, {@code commission}, {@code borough}, {@code period}, then the lists. */
    public static ImmutableAreaProgramme.IdBuildStage builder() {
        return ImmutableAreaProgramme.builder();
    }

    /** The programme, or every rule of its own that its input breaks. */
    public static Validation<Seq<Violation>, AreaProgramme> validate(
            ProgrammeId id,
            CommissionId commission,
            String borough,
            ReportingPeriod period,
            List<Bottleneck> bottlenecks,
            List<PolicyGoal> goals,
            List<String> interventions) {
        return Violations.attempt(() -> builder()
                .id(id)
                .commission(commission)
                .borough(borough)
                .period(period)
                .addAllBottlenecks(bottlenecks)
                .addAllGoals(goals)
                .addAllInterventions(interventions)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("area programme")
                .check(Checks.isGroupCode(borough()), "borough", BOROUGH_FORMAT, borough())
                .check(
                        bottlenecks().stream().allMatch(b -> b.borough().equals(borough())),
                        "bottlenecks",
                        BOTTLENECK_ELSEWHERE,
                        bottlenecks().stream()
                                .map(Bottleneck::borough)
                                .filter(b -> !b.equals(borough()))
                                .findFirst()
                                .orElse(""))
                .check(
                        Policy.firstDuplicate(goals()).isEmpty(),
                        "goals",
                        DUPLICATE_GOAL,
                        Policy.firstDuplicate(goals()).getOrElse(""))
                .check(
                        interventions().stream().allMatch(Checks::isNonBlank),
                        "interventions",
                        BLANK_INTERVENTION,
                        interventions().stream()
                                .filter(i -> !Checks.isNonBlank(i))
                                .findFirst()
                                .orElse(""))
                .throwIfAny();
    }

    /**
     * This programme, or every rule it breaks against {@code commission}: {@link #OTHER_COMMISSION},
     * {@link #BOROUGH_NOT_COMMISSIONED}, {@link #OUTSIDE_COMMISSION_TERM}, {@link #UNKNOWN_GOAL}.
     */
    public Validation<Seq<Violation>, AreaProgramme> validateAgainst(Commission commission) {
        Violations found = Violations.of("area programme")
                .check(commission().equals(commission.id()), "commission_id", OTHER_COMMISSION, commission())
                .check(commission.coversBorough(borough()), "borough", BOROUGH_NOT_COMMISSIONED, borough())
                .check(period().isWithin(commission.fullTerm()), "period", OUTSIDE_COMMISSION_TERM, period());
        Set<GoalId> knownGoals = new HashSet<>(commission.goals());
        goals().forEach(g -> knownGoals.add(g.id()));
        bottlenecks().stream()
                .flatMap(b -> b.goal().stream())
                .filter(g -> !knownGoals.contains(g))
                .distinct()
                .forEach(g -> found.check(false, "bottlenecks", UNKNOWN_GOAL, g));
        return found.toValidation(() -> this);
    }
}
