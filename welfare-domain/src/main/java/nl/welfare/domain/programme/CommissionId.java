package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The identifier of a {@link Commission} (opdracht): an opaque text in the shared {@link Identifier} format.
 *
 * <pre>{@code
 * CommissionId id = CommissionId.of("enschede-welzijn-2018");
 * CommissionId.parse("has space"); // Invalid(commission-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class CommissionId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("commission-id");

    CommissionId() {}

    /** The id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static CommissionId of(String text) {
        return ImmutableCommissionId.of(text);
    }

    /** The id {@code text}, or the violation of {@link #FORMAT} in field {@code "commission_id"}. */
    public static Validation<Seq<Violation>, CommissionId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        checkFormat("commission_id", FORMAT);
    }
}
