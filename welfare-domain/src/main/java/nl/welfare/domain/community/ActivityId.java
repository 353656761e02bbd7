package nl.welfare.domain.community;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The identifier of an {@link Activity} (activiteit), as the data package's {@code activities.id} and
 * {@code activity_id} columns give it.
 *
 * <pre>{@code
 * ActivityId id = ActivityId.of("walk-tuesday");
 * ActivityId.parse("has space"); // Invalid(activity-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class ActivityId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("activity-id");

    ActivityId() {}

    /** The id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static ActivityId of(String text) {
        return ImmutableActivityId.of(text);
    }

    /** The id {@code text}, or the violation of {@link #FORMAT}, named in field {@code "activity_id"}. */
    public static Validation<Seq<Violation>, ActivityId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        checkFormat("activity_id", FORMAT);
    }
}
