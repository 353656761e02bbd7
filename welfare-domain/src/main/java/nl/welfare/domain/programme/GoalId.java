package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The identifier of a {@link PolicyGoal} (doel): an opaque text in the shared {@link Identifier} format.
 *
 * <pre>{@code
 * GoalId id = GoalId.of("participation");
 * GoalId.parse("has space"); // Invalid(goal-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class GoalId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("goal-id");

    GoalId() {}

    /** The id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static GoalId of(String text) {
        return ImmutableGoalId.of(text);
    }

    /** The id {@code text}, or the violation of {@link #FORMAT} in field {@code "goal_id"}. */
    public static Validation<Seq<Violation>, GoalId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        checkFormat("goal_id", FORMAT);
    }
}
