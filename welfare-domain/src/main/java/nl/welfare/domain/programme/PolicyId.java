package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The identifier of a municipal {@link Policy} (beleid): an opaque text in the shared {@link Identifier} format.
 *
 * <pre>{@code
 * PolicyId id = PolicyId.of("nieuw-enschedees-welzijn");
 * PolicyId.parse("has space"); // Invalid(policy-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class PolicyId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("policy-id");

    PolicyId() {}

    /** The id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static PolicyId of(String text) {
        return ImmutablePolicyId.of(text);
    }

    /** The id {@code text}, or the violation of {@link #FORMAT} in field {@code "policy_id"}. */
    public static Validation<Seq<Violation>, PolicyId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        checkFormat("policy_id", FORMAT);
    }
}
