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
 * The identifier of a {@link SupportEpisode} (ondersteuning): the {@code id} of the {@code support_episodes}
 * file.
 *
 * <pre>{@code
 * SupportEpisodeId id = SupportEpisodeId.of("e-2019-0042");
 * SupportEpisodeId.parse("e 42"); // Invalid(support-episode-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class SupportEpisodeId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("support-episode-id");

    SupportEpisodeId() {}

    /** The episode id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if malformed. */
    public static SupportEpisodeId of(String text) {
        return ImmutableSupportEpisodeId.of(text);
    }

    /** The episode id {@code text}, or the violation of {@link #FORMAT} in field {@code id}. */
    public static Validation<Seq<Violation>, SupportEpisodeId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    /** As {@link #parse(String)}, naming {@code field} in the violation. */
    public static Validation<Seq<Violation>, SupportEpisodeId> parse(String field, String text) {
        return isWellFormed(text)
                ? Validation.valid(of(text))
                : Validation.invalid(List.of(Violation.of(field, FORMAT, text)));
    }

    @Value.Check
    final void check() {
        checkFormat("id", FORMAT);
    }
}
