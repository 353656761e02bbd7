package nl.welfare.domain.community;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The identifier of an {@link Initiative} (bewonersinitiatief), as the data package's {@code initiatives.id} and
 * {@code initiative_id} columns give it.
 *
 * <pre>{@code
 * InitiativeId id = InitiativeId.of("beien");
 * InitiativeId.parse("has space"); // Invalid(initiative-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class InitiativeId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("initiative-id");

    InitiativeId() {}

    /** The id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static InitiativeId of(String text) {
        return ImmutableInitiativeId.of(text);
    }

    /** The id {@code text}, or the violation of {@link #FORMAT}, named in field {@code "initiative_id"}. */
    public static Validation<Seq<Violation>, InitiativeId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        checkFormat("initiative_id", FORMAT);
    }
}
