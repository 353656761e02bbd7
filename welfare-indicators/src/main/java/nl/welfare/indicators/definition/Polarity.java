package nl.welfare.indicators.definition;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * Which direction of an indicator is good (gewenste richting): it decides whether a target is achieved and whether a
 * change is an improvement.
 */
public enum Polarity {
    /** More is better: the share who feel safe. */
    HIGHER_IS_BETTER,
    /** Less is better: individual support episodes per 1,000 inhabitants, loneliness. */
    LOWER_IS_BETTER,
    /** Neither direction is better: a change is reported, never judged. */
    NEUTRAL;

    /** Rule: the text names no polarity. */
    public static final Rule KNOWN = Rule.of("polarity.known", "must be higher_is_better, lower_is_better or neutral");

    /** The word used in files: {@code higher_is_better}, {@code lower_is_better}, {@code neutral}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The polarity named by {@code text} (case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, Polarity> parse(String text) {
        for (Polarity p : values()) {
            if (p.code().equalsIgnoreCase(text.trim())) {
                return Validation.valid(p);
            }
        }
        return Validation.invalid(List.of(Violation.of("polarity", KNOWN, text)));
    }
}
