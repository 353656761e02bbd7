package nl.welfare.domain.resident;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The pseudonymous identifier of a resident (bewoner): an opaque text with no meaning outside the dataset that uses
 * it, such as a salted hash or a random number issued by the data owner. The model has no field for a name, address
 * or national id (BSN), and this type rejects a text that is a valid BSN (nine digits passing the eleven test), so
 * that a national id cannot slip in as a pseudonym.
 *
 * {@code
 * ResidentId r = ResidentId.of("r-7f3a9c");
 * ResidentId.parse("111222333"); // Invalid(resident-id.national-id)
 * }
 *
 * <p>A violation of {@link #NOT_A_NATIONAL_ID} masks the rejected text, so that error messages and logs never
 * repeat a national id.
 */
@Value.Immutable
public abstract class ResidentId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("resident-id");

    /** Rule: the text is a valid Dutch citizen service number (BSN), which must never be used as a pseudonym. */
    public static final Rule NOT_A_NATIONAL_ID =
            Rule.of("resident-id.national-id", "must be a pseudonym, not a citizen service number (BSN)");

    ResidentId() {}

    /** The resident id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is invalid. */
    public static ResidentId of(String text) {
        return ImmutableResidentId.of(text);
    }

    /** The resident id {@code text}, or every rule it breaks, named in field {@code "resident_id"}. */
    public static Validation<Seq<Violation>, ResidentId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        Violations.of("resident id")
                .check(isWellFormed(value()), "resident_id", FORMAT, value())
                .check(!isCitizenServiceNumber(value()), "resident_id", NOT_A_NATIONAL_ID, "*********")
                .throwIfAny();
    }
}
