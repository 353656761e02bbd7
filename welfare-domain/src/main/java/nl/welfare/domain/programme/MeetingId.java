package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The identifier of a {@link Meeting} (bijeenkomst): an opaque text in the shared {@link Identifier} format.
 *
 * <pre>{@code
 * MeetingId id = MeetingId.of("rondetafel-2016-05-26");
 * MeetingId.parse("has space"); // Invalid(meeting-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class MeetingId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("meeting-id");

    MeetingId() {}

    /** The id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static MeetingId of(String text) {
        return ImmutableMeetingId.of(text);
    }

    /** The id {@code text}, or the violation of {@link #FORMAT} in field {@code "meeting_id"}. */
    public static Validation<Seq<Violation>, MeetingId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        checkFormat("meeting_id", FORMAT);
    }
}
