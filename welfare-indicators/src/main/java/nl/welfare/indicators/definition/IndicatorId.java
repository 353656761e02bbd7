package nl.welfare.indicators.definition;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.regex.Pattern;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The stable identifier of an indicator (indicator): a kebab-case word such as {@code resident-led-initiatives}, at
 * most {@value Identifier#MAX_LENGTH} characters, as the {@code indicator} column of the results table and the
 * {@code --indicators} option write it.
 *
 * <pre>{@code
 * IndicatorId id = IndicatorId.of("feels-safe");
 * IndicatorId.parse("Feels Safe"); // Invalid(indicator-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class IndicatorId extends Identifier {

    /** Rule: the text is not kebab-case, or longer than {@value Identifier#MAX_LENGTH} characters. */
    public static final Rule FORMAT = Rule.of(
            "indicator-id.format",
            "must be kebab-case (lower-case letters and digits in words joined by single hyphens), 1 to " + MAX_LENGTH
                    + " characters");

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    IndicatorId() {}

    /** The id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static IndicatorId of(String text) {
        return ImmutableIndicatorId.of(text);
    }

    /** The id {@code text}, or the violation of {@link #FORMAT} in field {@code "indicator"}. */
    public static Validation<Seq<Violation>, IndicatorId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    /** Whether {@code text} is a well-formed indicator id. */
    public static boolean isKebabCase(String text) {
        return text.length() <= MAX_LENGTH && KEBAB.matcher(text).matches();
    }

    @Value.Check
    final void check() {
        Violations.of("indicator id")
                .check(isKebabCase(value()), "indicator", FORMAT, value())
                .throwIfAny();
    }
}
