package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The identifier of an {@link Organisation} or an {@link Alliance} (organisatie): an opaque text in the shared {@link Identifier} format.
 *
 * <pre>{@code
 * OrganisationId id = OrganisationId.of("twentse-alliantie");
 * OrganisationId.parse("has space"); // Invalid(organisation-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class OrganisationId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("organisation-id");

    OrganisationId() {}

    /** The id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static OrganisationId of(String text) {
        return ImmutableOrganisationId.of(text);
    }

    /** The id {@code text}, or the violation of {@link #FORMAT} in field {@code "organisation_id"}. */
    public static Validation<Seq<Violation>, OrganisationId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        checkFormat("organisation_id", FORMAT);
    }
}
