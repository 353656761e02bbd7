package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * An organisation (organisatie): the municipality, a welfare organisation, a school, a housing corporation. An
 * organisation is not a person, so its name is part of the model; several organisations acting as one contractor are
 * an {@link Alliance}.
 *
 * <pre>{@code
 * Organisation alifa = Organisation.of(OrganisationId.of("alifa"), "Alifa", OrganisationKind.WELFARE_ORGANISATION);
 * }</pre>
 */
@Value.Immutable
public abstract class Organisation {

    /** Rule: the name is empty or only white space. */
    public static final Rule BLANK_NAME = Rule.of("organisation.blank-name", "must not be blank");

    Organisation() {}

    /** The organisation's identifier. */
    public abstract OrganisationId id();

    /** The organisation's name, such as "Gemeente Enschede". */
    public abstract String name();

    /** What kind of organisation it is. */
    public abstract OrganisationKind kind();

    /** The organisation {@code name} of kind {@code kind}. */
    public static Organisation of(OrganisationId id, String name, OrganisationKind kind) {
        return builder().id(id).name(name).kind(kind).build();
    }

    /** A staged builder: {@code id}, {@code name}, {@code kind}. */
    public static ImmutableOrganisation.IdBuildStage builder() {
        return ImmutableOrganisation.builder();
    }

    /** The organisation, or every rule its input breaks. */
    public static Validation<Seq<Violation>, Organisation> validate(
            OrganisationId id, String name, OrganisationKind kind) {
        return Violations.attempt(() -> of(id, name, kind));
    }

    @Value.Check
    final void check() {
        Violations.of("organisation")
                .check(Checks.isNonBlank(name()), "name", BLANK_NAME, name())
                .throwIfAny();
    }
}
