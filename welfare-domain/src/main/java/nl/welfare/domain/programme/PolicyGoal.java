package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A goal of a {@link Policy} or of an {@link AreaProgramme} (doel), such as "a higher participation rate". Goals are
 * data, not constants: another municipality has other goals, and each borough's programme may add its own.
 *
 * <pre>{@code
 * PolicyGoal participation = PolicyGoal.of(GoalId.of("participation"), "A higher participation rate");
 * PolicyGoal.validate(GoalId.of("x"), " ", Optional.empty()); // Invalid(policy-goal.blank-name)
 * }</pre>
 */
@Value.Immutable
public abstract class PolicyGoal {

    /** Rule: the name is empty or only white space. */
    public static final Rule BLANK_NAME = Rule.of("policy-goal.blank-name", "must not be blank");

    /** Rule: a description is given but is empty or only white space. */
    public static final Rule BLANK_DESCRIPTION =
            Rule.of("policy-goal.blank-description", "must not be blank when given");

    PolicyGoal() {}

    /** The goal's identifier, unique within its policy or programme. */
    public abstract GoalId id();

    /** The goal in a few words: "More self-reliance and mutual reliance". */
    public abstract String name();

    /** What the goal means in more words, if anyone wrote them down. */
    public abstract Optional<String> description();

    /** A goal without a description. */
    public static PolicyGoal of(GoalId id, String name) {
        return builder().id(id).name(name).build();
    }

    /** A staged builder: {@code id}, then {@code name}, then the optional {@code description}. */
    public static ImmutablePolicyGoal.IdBuildStage builder() {
        return ImmutablePolicyGoal.builder();
    }

    /** The goal, or every rule its input breaks. */
    public static Validation<Seq<Violation>, PolicyGoal> validate(
            GoalId id, String name, Optional<String> description) {
        return Violations.attempt(
                () -> builder().id(id).name(name).description(description).build());
    }

    @Value.Check
    final void check() {
        Violations.of("policy goal")
                .check(Checks.isNonBlank(name()), "name", BLANK_NAME, name())
                .check(
                        description().map(Checks::isNonBlank).orElse(true),
                        "description",
                        BLANK_DESCRIPTION,
                        description().orElse(""))
                .throwIfAny();
    }
}
