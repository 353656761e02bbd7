package nl.welfare.domain.survey;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The pseudonymous identifier of a survey respondent (respondent): an opaque text issued by whoever ran the survey,
 * with no link to a {@code ResidentId}. Like a resident id, it rejects a text that is a valid citizen service number
 * (BSN: nine digits passing the eleven test), and a violation of {@link #NOT_A_NATIONAL_ID} masks the rejected text.
 *
 * <pre>{@code
 * RespondentId r = RespondentId.of("bp2019-00412");
 * RespondentId.parse("111222333"); // Invalid(respondent-id.national-id)
 * }</pre>
 */
@Value.Immutable
public abstract class RespondentId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("respondent-id");

    /** Rule: the text is a valid Dutch citizen service number (BSN), which must never be used as a pseudonym. */
    public static final Rule NOT_A_NATIONAL_ID =
            Rule.of("respondent-id.national-id", "must be a pseudonym, not a citizen service number (BSN)");

    RespondentId() {}

    /** The respondent id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if invalid. */
    public static RespondentId of(String text) {
        return ImmutableRespondentId.of(text);
    }

    /** The respondent id {@code text}, or every rule it breaks, named in field {@code "respondent_id"}. */
    public static Validation<Seq<Violation>, RespondentId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        Violations.of("respondent id")
                .check(isWellFormed(value()), "respondent_id", FORMAT, value())
                .check(!isCitizenServiceNumber(value()), "respondent_id", NOT_A_NATIONAL_ID, "*********")
                .throwIfAny();
    }
}
