package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A commission (opdracht): a commissioner (the municipality) commissions a contractor (an {@link Organisation} or an
 * {@link Alliance}) to work towards goals in areas for a term, with an optional extension.
 *
 * <p>Where it works is given twice, because boroughs are not CBS areas: {@link #areas()} are the CBS areas the
 * commission lies in (at least one; for a commission per borough, the municipality), and {@link #boroughs()} the group
 * codes of the boroughs (grouping {@code borough} in {@code area_groupings}) it is limited to. No boroughs means the
 * whole of the areas. Which neighbourhoods a borough holds is the area hierarchy's business, not the commission's.
 *
 * <pre>{@code
 * Commission commission = Commission.builder()
 *         .id(CommissionId.of("enschede-welzijn-2018"))
 *         .commissioner(OrganisationId.of("gemeente-enschede"))
 *         .contractor(OrganisationId.of("twentse-alliantie"))
 *         .term(ReportingPeriod.years(2018, 2022))
 *         .extensionEnd(LocalDate.of(2024, 12, 31))
 *         .addArea(AreaCode.of("GM0153"))
 *         .addBoroughs("NOORD", "OOST", "CENTRUM")
 *         .addGoal(GoalId.of("participation"))
 *         .build();
 * commission.isInForce(LocalDate.of(2023, 5, 1));                    // false
 * commission.isInForceIncludingExtension(LocalDate.of(2023, 5, 1));  // true
 * commission.fullTerm();                                             // 2018/2024
 * }</pre>
 */
@Value.Immutable
public abstract class Commission {

    /** Rule: the contractor is the commissioner itself. */
    public static final Rule SELF_COMMISSIONED =
            Rule.of("commission.self-commissioned", "must be another organisation than the commissioner");

    /** Rule: no areas. */
    public static final Rule NO_AREAS = Rule.of("commission.no-areas", "must name at least one area");

    /** Rule: a borough's group code is malformed. */
    public static final Rule BOROUGH_FORMAT = Rule.of(
            "commission.borough-format",
            "must be group codes of 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");

    /** Rule: no goals. */
    public static final Rule NO_GOALS = Rule.of("commission.no-goals", "must name at least one goal");

    /** Rule: the extension ends on or before the end of the term, so it extends nothing. */
    public static final Rule EXTENSION_BEFORE_END =
            Rule.of("commission.extension-before-end", "must be after the end of the term");

    /** Rule: the extension ends after the year 9999, where the full term would have no four-digit form. */
    public static final Rule EXTENSION_YEAR_RANGE =
            Rule.of("commission.extension-year-range", "must lie in the years 1000 to 9999");

    /** Rule, checked by {@link #validateAgainst(Policy)}: a goal is not one of the policy's goals. */
    public static final Rule GOAL_NOT_IN_POLICY =
            Rule.of("commission.goal-not-in-policy", "must be goals of the policy the commission serves");

    Commission() {}

    /** The commission's identifier. */
    public abstract CommissionId id();

    /** The organisation that commissions the work: the municipality. */
    public abstract OrganisationId commissioner();

    /** The organisation or alliance commissioned to do the work; never the commissioner. */
    public abstract OrganisationId contractor();

    /** The term the commission runs for, both ends included, such as {@code 2018/2022}. */
    public abstract ReportingPeriod term();

    /** The last day of the possible extension, if one was agreed; after the end of the {@link #term()}. */
    public abstract Optional<LocalDate> extensionEnd();

    /** The CBS areas the commission lies in: at least one. */
    public abstract Set<AreaCode> areas();

    /** The group codes of the boroughs the commission is limited to ({@code NOORD}); none means all of the areas. */
    public abstract Set<String> boroughs();

    /** The goals the contractor works towards: at least one. */
    public abstract Set<GoalId> goals();

    /** A staged builder: {@code id}, {@code commissioner}, {@code contractor}, {@code term}, then the rest. */
    public static ImmutableCommission.IdBuildStage builder() {
        return ImmutableCommission.builder();
    }

    /** The commission, or every rule its input breaks. */
    public static Validation<Seq<Violation>, Commission> validate(
            CommissionId id,
            OrganisationId commissioner,
            OrganisationId contractor,
            ReportingPeriod term,
            Optional<LocalDate> extensionEnd,
            Set<AreaCode> areas,
            Set<String> boroughs,
            Set<GoalId> goals) {
        return Violations.attempt(() -> builder()
                .id(id)
                .commissioner(commissioner)
                .contractor(contractor)
                .term(term)
                .extensionEnd(extensionEnd)
                .addAllAreas(areas)
                .addAllBoroughs(boroughs)
                .addAllGoals(goals)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("commission")
                .check(!contractor().equals(commissioner()), "contractor", SELF_COMMISSIONED, contractor())
                .check(!areas().isEmpty(), "areas", NO_AREAS, areas())
                .check(
                        boroughs().stream().allMatch(Checks::isGroupCode),
                        "boroughs",
                        BOROUGH_FORMAT,
                        Checks.firstMalformedGroupCode(boroughs()))
                .check(!goals().isEmpty(), "goals", NO_GOALS, goals())
                .check(
                        extensionEnd().map(e -> e.isAfter(term().end())).orElse(true),
                        "extension_end",
                        EXTENSION_BEFORE_END,
                        extensionEnd().map(Object::toString).orElse(""))
                .check(
                        extensionEnd().map(e -> e.getYear() <= 9999).orElse(true),
                        "extension_end",
                        EXTENSION_YEAR_RANGE,
                        extensionEnd().map(Object::toString).orElse(""))
                .throwIfAny();
    }

    /** Whether the commission is in force on {@code date}: the date lies in its {@link #term()}, extension not counted. */
    public boolean isInForce(LocalDate date) {
        return term().contains(date);
    }

    /** Whether the commission is in force on {@code date} if its extension is taken: the date lies in {@link #fullTerm()}. */
    public boolean isInForceIncludingExtension(LocalDate date) {
        return fullTerm().contains(date);
    }

    /** The term and the extension together: from the term's start to the extension's end (or the term's end). */
    public ReportingPeriod fullTerm() {
        return extensionEnd()
                .map(end -> ReportingPeriod.range(term().start(), end))
                .orElse(term());
    }

    /** Whether the commission covers the borough {@code groupCode}: it names that borough, or names no boroughs at all. */
    public boolean coversBorough(String groupCode) {
        return boroughs().isEmpty() || boroughs().contains(groupCode);
    }

    /**
     * This commission, or the violation of {@link #GOAL_NOT_IN_POLICY} when it names a goal that {@code policy} does
     * not have.
     */
    public Validation<Seq<Violation>, Commission> validateAgainst(Policy policy) {
        Set<GoalId> known = policy.goalIds();
        Violations found = Violations.of("commission");
        goals().stream()
                .filter(g -> !known.contains(g))
                .sorted()
                .forEach(g -> found.check(false, "goals", GOAL_NOT_IN_POLICY, g));
        return found.toValidation(() -> this);
    }
}
