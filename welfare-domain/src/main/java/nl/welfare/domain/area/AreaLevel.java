package nl.welfare.domain.area;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * A level of the CBS area hierarchy (gebiedsniveau), from the country down to the neighbourhood. The names are CBS's
 * own English ones; {@link #code()} is the lower-case word used in files ({@code "district"}).
 */
public enum AreaLevel {
    /** The country, {@code NL00}: the root of a national region list (land). */
    COUNTRY("NL"),
    /** A municipality, {@code GM0153} (gemeente). */
    MUNICIPALITY("GM"),
    /** A district, {@code WK015300}: the municipality's digits and two more (wijk). */
    DISTRICT("WK"),
    /** A neighbourhood, {@code BU01530000}: the district's digits and two more (buurt). */
    NEIGHBOURHOOD("BU");

    /** Rule: the text names none of the four levels. */
    public static final Rule KNOWN =
            Rule.of("area-level.known", "must be country, municipality, district or neighbourhood");

    private final String prefix;

    AreaLevel(String prefix) {
        this.prefix = prefix;
    }

    /** The two letters that start every CBS code of this level ({@code "WK"}). */
    public String prefix() {
        return prefix;
    }

    /** The word used in files and results: {@code country}, {@code municipality}, {@code district}, {@code neighbourhood}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The number of steps from the country: 0 for the country, 3 for a neighbourhood. */
    public int depth() {
        return ordinal();
    }

    /** The level directly above, if any. */
    public Option<AreaLevel> parent() {
        return this == COUNTRY ? Option.none() : Option.some(values()[ordinal() - 1]);
    }

    /** The level directly below, if any. */
    public Option<AreaLevel> child() {
        return this == NEIGHBOURHOOD ? Option.none() : Option.some(values()[ordinal() + 1]);
    }

    /** Whether this level lies above {@code other} (is nearer the country). */
    public boolean isAbove(AreaLevel other) {
        return ordinal() < other.ordinal();
    }

    /** Every level from the country down. */
    public static Seq<AreaLevel> topDown() {
        return List.of(values());
    }

    /** The level named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, AreaLevel> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (AreaLevel level : values()) {
            if (level.code().equals(wanted)) {
                return Validation.valid(level);
            }
        }
        return Validation.invalid(List.of(Violation.of("level", KNOWN, text)));
    }
}
