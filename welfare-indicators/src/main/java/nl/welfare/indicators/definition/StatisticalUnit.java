package nl.welfare.indicators.definition;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * What an indicator counts (statistische eenheid): persons, whose results go through disclosure control, or other
 * things (initiatives, provisions, activities), which are not personal data and are published as they are.
 */
public enum StatisticalUnit {
    /** Residents, respondents or their support episodes: results are subject to disclosure control. */
    PERSONS,
    /** Initiatives, provisions, activities: things, not people. */
    OTHER;

    /** Rule: the text names no statistical unit. */
    public static final Rule KNOWN = Rule.of("statistical-unit.known", "must be persons or other");

    /** The word used in files: {@code persons} or {@code other}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit named by {@code text} (case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, StatisticalUnit> parse(String text) {
        for (StatisticalUnit u : values()) {
            if (u.code().equalsIgnoreCase(text.trim())) {
                return Validation.valid(u);
            }
        }
        return Validation.invalid(List.of(Violation.of("statistical_unit", KNOWN, text)));
    }
}
