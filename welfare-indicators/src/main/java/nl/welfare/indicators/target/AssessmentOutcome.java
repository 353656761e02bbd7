package nl.welfare.indicators.target;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * The outcome of judging an estimate against a {@link Target} (uitkomst van de toetsing: gehaald, niet gehaald,
 * onbeslist, niet te beoordelen). {@link #code()} is the word in the results table's {@code assessment} column. See
 * {@link Assessor} for exactly when each applies.
 */
public enum AssessmentOutcome {
    /** The interval lies wholly on the good side of the target (gehaald). */
    ACHIEVED,
    /** The interval lies wholly on the bad side of the target (niet gehaald). */
    NOT_ACHIEVED,
    /** The interval contains the target on its bad side as well as its good side (onbeslist). */
    INCONCLUSIVE,
    /**
     * Nothing to judge (niet te beoordelen): the result is suppressed or has no data, or the indicator has no good
     * side (neutral polarity).
     */
    NOT_ASSESSABLE;

    /** Rule: the text names no outcome. */
    public static final Rule KNOWN =
            Rule.of("assessment-outcome.known", "must be ACHIEVED, NOT_ACHIEVED, INCONCLUSIVE or NOT_ASSESSABLE");

    /** The word in the results table: {@code ACHIEVED}, {@code NOT_ACHIEVED}, {@code INCONCLUSIVE}, ... */
    public String code() {
        return name();
    }

    /** The outcome named by {@code text} (case-insensitive), or a violation of {@link #KNOWN} in field {@code assessment}. */
    public static Validation<Seq<Violation>, AssessmentOutcome> parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (AssessmentOutcome outcome : values()) {
            if (outcome.code().equals(wanted)) {
                return Validation.valid(outcome);
            }
        }
        return Validation.invalid(List.of(Violation.of("assessment", KNOWN, text)));
    }
}
