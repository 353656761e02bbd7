package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A municipal welfare policy (beleid): its name, the municipality that adopted it and when, its vision, and the goals
 * that every commission under it serves.
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *         .id(PolicyId.of("nieuw-enschedees-welzijn"))
 *         .name("Nieuw Enschedees Welzijn")
 *         .commissioner(OrganisationId.of("gemeente-enschede"))
 *         .adopted(LocalDate.of(2016, 12, 31))
 *         .vision("An inclusive society in which everyone takes part")
 *         .addGoal(PolicyGoal.of(GoalId.of("participation"), "A higher participation rate"))
 *         .build();
 * policy.goal(GoalId.of("participation")); // Some(...)
 * }</pre>
 */
@Value.Immutable
public abstract class Policy {

    /** Rule: the name is empty or only white space. */
    public static final Rule BLANK_NAME = Rule.of("policy.blank-name", "must not be blank");

    /** Rule: the vision is empty or only white space. */
    public static final Rule BLANK_VISION = Rule.of("policy.blank-vision", "must not be blank");

    /** Rule: the policy has no goals. */
    public static final Rule NO_GOALS = Rule.of("policy.no-goals", "must name at least one goal");

    /** Rule: two goals share an id. */
    public static final Rule DUPLICATE_GOAL = Rule.of("policy.duplicate-goal", "must not name a goal id twice");

    Policy() {}

    /** The policy's identifier. */
    public abstract PolicyId id();

    /** The policy's name, such as "Nieuw Enschedees Welzijn". */
    public abstract String name();

    /** The organisation that adopted the policy: the municipality. */
    public abstract OrganisationId commissioner();

    /** The date the policy was adopted. */
    public abstract LocalDate adopted();

    /** The vision the policy works towards: "an inclusive society in which everyone takes part". */
    public abstract String vision();

    /** The policy's goals, in the order the policy lists them; at least one, ids unique. */
    public abstract List<PolicyGoal> goals();

    /** A staged builder: {@code id}, {@code name}, {@code commissioner}, {@code adopted}, {@code vision}, goals. */
    public static ImmutablePolicy.IdBuildStage builder() {
        return ImmutablePolicy.builder();
    }

    /** The policy, or every rule its input breaks. */
    public static Validation<Seq<Violation>, Policy> validate(
            PolicyId id,
            String name,
            OrganisationId commissioner,
            LocalDate adopted,
            String vision,
            List<PolicyGoal> goals) {
        return Violations.attempt(() -> builder()
                .id(id)
                .name(name)
                .commissioner(commissioner)
                .adopted(adopted)
                .vision(vision)
                .addAllGoals(goals)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("policy")
                .check(Checks.isNonBlank(name()), "name", BLANK_NAME, name())
                .check(Checks.isNonBlank(vision()), "vision", BLANK_VISION, vision())
                .check(!goals().isEmpty(), "goals", NO_GOALS, goals())
                .check(
                        firstDuplicate(goals()).isEmpty(),
                        "goals",
                        DUPLICATE_GOAL,
                        firstDuplicate(goals()).getOrElse(""))
                .throwIfAny();
    }

    /** The first goal id that occurs a second time in {@code goals}, if any. */
    static Option<String> firstDuplicate(List<PolicyGoal> goals) {
        Set<GoalId> seen = new HashSet<>();
        for (PolicyGoal goal : goals) {
            if (!seen.add(goal.id())) {
                return Option.some(goal.id().value());
            }
        }
        return Option.none();
    }

    /** The ids of the policy's goals, in the policy's order. */
    public Set<GoalId> goalIds() {
        Set<GoalId> ids = new LinkedHashSet<>();
        goals().forEach(g -> ids.add(g.id()));
        return Collections.unmodifiableSet(ids);
    }

    /** The goal with id {@code id}, if the policy has it. */
    public Option<PolicyGoal> goal(GoalId id) {
        return Option.ofOptional(goals().stream().filter(g -> g.id().equals(id)).findFirst());
    }
}
