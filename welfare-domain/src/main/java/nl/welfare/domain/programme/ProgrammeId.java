package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The identifier of an {@link AreaProgramme} (programma): an opaque text in the shared {@link Identifier} format.
 *
 * <pre>{@code
 * ProgrammeId id = ProgrammeId.of("oost-2018");
 * ProgrammeId.parse("has space"); // Invalid(programme-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class ProgrammeId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("programme-id");

    ProgrammeId() {}

    /** The id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static ProgrammeId of(String text) {
        return ImmutableProgrammeId.of(text);
    }

    /** The id {@code text}, or the violation of {@link #FORMAT} in field {@code "programme_id"}. */
    public static Validation<Seq<Violation>, ProgrammeId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        checkFormat("programme_id", FORMAT);
    }
}
