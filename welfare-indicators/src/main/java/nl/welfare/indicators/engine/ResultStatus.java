package nl.welfare.indicators.engine;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * Whether a result carries numbers (uitkomststatus): the {@code status} column of the results table.
 *
 * <pre>{@code
 * ResultStatus.parse("NO_DATA"); // Valid(NO_DATA)
 * }</pre>
 */
public enum ResultStatus {
    /** Computed: the numbers are there. */
    OK,
    /** Withheld by disclosure control: no numbers. */
    SUPPRESSED,
    /**
     * Not computable: the facts' resource is absent from the package, a share or mean has no observations, a rate has
     * no population, a ratio's denominator is zero, or the kind is not supported by the evaluator. No numbers.
     */
    NO_DATA;

    /** Rule: the text names no status. */
    public static final Rule KNOWN = Rule.of("result-status.known", "must be OK, SUPPRESSED or NO_DATA");

    /** The word in the results table: the name ({@code NO_DATA}). */
    public String code() {
        return name();
    }

    /** The status named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, ResultStatus> parse(String text) {
        for (ResultStatus status : values()) {
            if (status.code().equalsIgnoreCase(text.trim())) {
                return Validation.valid(status);
            }
        }
        return Validation.invalid(List.of(Violation.of("status", KNOWN, text)));
    }
}
