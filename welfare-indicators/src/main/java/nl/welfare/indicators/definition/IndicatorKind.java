package nl.welfare.indicators.definition;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * What an indicator computes (soort indicator), which decides its {@link Measure} and its confidence interval.
 *
 * <pre>{@code
 * IndicatorKind.parse("distinct_count"); // Valid(DISTINCT_COUNT)
 * IndicatorKind.THRESHOLD_SHARE.code();  // "threshold_share"
 * }</pre>
 */
public enum IndicatorKind {
    /** A flow or stock of facts that pass a filter; a full count, without interval. */
    COUNT,
    /** Distinct persons among the facts that pass a filter. */
    DISTINCT_COUNT,
    /** Facts (or persons) passing a condition among those of a population; Wilson interval. */
    PROPORTION,
    /** A count per N inhabitants of the area in the period's year; Byar or exact Poisson interval. */
    RATE,
    /** One count over another that is not its superset; Wilson interval on the conditional binomial share. */
    RATIO,
    /** The (weighted) mean of a numeric attribute; Student t interval. */
    MEAN,
    /** Among persons assessed at least twice in the period, the share whose last value beats the first. */
    TRANSITION,
    /** Among active initiatives, the share linked to at least one other active initiative. */
    NETWORK,
    /** Among areas of a level, the share whose assessment against a threshold is achieved. */
    THRESHOLD_SHARE,
    /** Another indicator now minus at a baseline period. */
    CHANGE;

    /** Rule: the text names no kind. */
    public static final Rule KNOWN = Rule.of(
            "indicator-kind.known",
            "must be count, distinct_count, proportion, rate, ratio, mean, transition, network, threshold_share or"
                    + " change");

    /**
     * Whether the values of this kind are shares, fractions between 0 and 1: {@code PROPORTION} (the share of a latest
     * assessment included), {@code TRANSITION}, {@code NETWORK} and {@code THRESHOLD_SHARE}. A target of such an
     * indicator is a fraction too: 60% is {@code 0.6}.
     */
    public boolean isShare() {
        return this == PROPORTION || this == TRANSITION || this == NETWORK || this == THRESHOLD_SHARE;
    }

    /** The word used in files: the name in lower case ({@code distinct_count}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, IndicatorKind> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (IndicatorKind kind : values()) {
            if (kind.code().equals(wanted)) {
                return Validation.valid(kind);
            }
        }
        return Validation.invalid(List.of(Violation.of("kind", KNOWN, text)));
    }
}
