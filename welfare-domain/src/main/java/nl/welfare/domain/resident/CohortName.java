package nl.welfare.domain.resident;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.regex.Pattern;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The name of a {@link Cohort} (pilot, doelgroep), as the {@code cohort} column of the data package writes it: a
 * kebab-case word such as {@code shelter-pilot}, at most {@value Identifier#MAX_LENGTH} characters. Lower-case letters
 * and digits, in words joined by single hyphens; it is a key, and the cohort's prose goes into its description.
 *
 * <pre>{@code
 * CohortName name = CohortName.of("shelter-pilot");
 * CohortName.parse("Shelter Pilot"); // Invalid(cohort-name.format)
 * }</pre>
 */
@Value.Immutable
public abstract class CohortName extends Identifier {

    /** Rule: the text is not kebab-case, or longer than {@value Identifier#MAX_LENGTH} characters. */
    public static final Rule FORMAT = Rule.of(
            "cohort-name.format",
            "must be kebab-case (lower-case letters and digits in words joined by single hyphens), 1 to " + MAX_LENGTH
                    + " characters");

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    CohortName() {}

    /** The cohort name {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if malformed. */
    public static CohortName of(String text) {
        return ImmutableCohortName.of(text);
    }

    /** The cohort name {@code text}, or the violation of {@link #FORMAT} in field {@code "cohort"}. */
    public static Validation<Seq<Violation>, CohortName> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    /** Whether {@code text} is a well-formed cohort name. */
    public static boolean isKebabCase(String text) {
        return text.length() <= MAX_LENGTH && KEBAB.matcher(text).matches();
    }

    @Value.Check
    final void check() {
        Violations.of("cohort name")
                .check(isKebabCase(value()), "cohort", FORMAT, value())
                .throwIfAny();
    }
}
