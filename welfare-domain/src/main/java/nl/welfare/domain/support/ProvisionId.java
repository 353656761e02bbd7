package nl.welfare.domain.support;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The identifier of a {@link Provision} (voorziening): the {@code id} of the {@code provisions} file, which
 * {@code activities.provision_id} and {@code support_episodes.provision} refer to.
 *
 * <pre>{@code
 * ProvisionId id = ProvisionId.of("speciaal-vervoer-oost");
 * ProvisionId.parse("provision", textFromAFile); // a violation names field "provision"
 * }</pre>
 */
@Value.Immutable
public abstract class ProvisionId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("provision-id");

    ProvisionId() {}

    /** The provision id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if malformed. */
    public static ProvisionId of(String text) {
        return ImmutableProvisionId.of(text);
    }

    /** The provision id {@code text}, or the violation of {@link #FORMAT} in field {@code provision_id}. */
    public static Validation<Seq<Violation>, ProvisionId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    /** As {@link #parse(String)}, naming {@code field} in the violation (such as {@code "id"} or {@code "provision"}). */
    public static Validation<Seq<Violation>, ProvisionId> parse(String field, String text) {
        return isWellFormed(text)
                ? Validation.valid(of(text))
                : Validation.invalid(List.of(Violation.of(field, FORMAT, text)));
    }

    @Value.Check
    final void check() {
        checkFormat("provision_id", FORMAT);
    }
}
