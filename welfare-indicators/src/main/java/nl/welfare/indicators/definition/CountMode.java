package nl.welfare.indicators.definition;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * Which facts of a fact type belong to a period (stroom of voorraad): a flow counts the facts dated in it, a stock the
 * facts active in it.
 *
 * <pre>{@code
 * CountMode.parse("stock"); // Valid(STOCK)
 * }</pre>
 */
public enum CountMode {
    /**
     * Facts whose {@link FactType#date()} lies in the period: participations, assessments and responses of the
     * period, episodes started in it (new cases).
     */
    FLOW,
    /**
     * Facts active on at least one day of the period ({@link FactType#spanStart()} on or before its last day, and
     * {@link FactType#spanEnd()} empty or on or after its first day): initiatives, provisions, episodes running in it.
     */
    STOCK;

    /** Rule: the text names no mode. */
    public static final Rule KNOWN = Rule.of("count-mode.known", "must be flow or stock");

    /** The word used in files: {@code flow} or {@code stock}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, CountMode> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (CountMode mode : values()) {
            if (mode.code().equals(wanted)) {
                return Validation.valid(mode);
            }
        }
        return Validation.invalid(List.of(Violation.of("mode", KNOWN, text)));
    }
}
