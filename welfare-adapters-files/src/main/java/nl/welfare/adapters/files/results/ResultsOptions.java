package nl.welfare.adapters.files.results;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * What a results file adds to the table for a reader (uitvoeropties): the names of indicators and areas ({@code
 * --labels}) and rounding of the numbers for display ({@code --round-values N}). Without either the file is the bare
 * table, every number exact; the choice is written into the file's metadata.
 *
 * <pre>{@code
 * ResultsOptions.PLAIN;                                        // the bare table
 * ResultsOptions.PLAIN.withLabels(ResultLabels.of(defs, data)); // + indicator_name, unit, polarity, area_name
 * ResultsOptions.PLAIN.roundedTo(2);                           // 0.7776 is written 0.78
 * ResultsOptions.decimals(16);                                 // Invalid(results-options.decimals)
 * }</pre>
 */
public final class ResultsOptions {

    /** The most decimals {@code --round-values} takes: a {@code double} holds no more than about 15 or 16. */
    public static final int MAX_DECIMALS = 15;

    /** Rule: a number of decimals outside 0 to {@link #MAX_DECIMALS}. */
    public static final Rule DECIMALS = Rule.of("results-options.decimals", "must be a whole number from 0 to 15");

    /** The bare table: no labels, numbers exact. */
    public static final ResultsOptions PLAIN = new ResultsOptions(Optional.empty(), Optional.empty(), Map.of());

    private final Optional<ResultLabels> labels;
    private final Optional<Integer> decimals;
    private final Map<String, String> provenance;

    private ResultsOptions(Optional<ResultLabels> labels, Optional<Integer> decimals, Map<String, String> provenance) {
        this.labels = labels;
        this.decimals = decimals;
        this.provenance = provenance;
    }

    /** {@code decimals} if it is from 0 to {@link #MAX_DECIMALS}, or a violation of {@link #DECIMALS}. */
    public static Validation<Seq<Violation>, Integer> decimals(int decimals) {
        return decimals >= 0 && decimals <= MAX_DECIMALS
                ? Validation.valid(decimals)
                : Validation.invalid(List.of(Violation.of("round-values", DECIMALS, decimals)));
    }

    /** These options, with {@code labels} written beside the codes. */
    public ResultsOptions withLabels(ResultLabels labels) {
        return new ResultsOptions(Optional.of(labels), decimals, provenance);
    }

    /**
     * These options, with {@code provenance} (what the results were computed from and by: {@code "data package" ->
     * "data/oost"}, {@code "command" -> "welfare compute ..."}), in the order given, for the workbook's sheet of
     * definitions and provenance.
     */
    public ResultsOptions withProvenance(Map<String, String> provenance) {
        return new ResultsOptions(
                labels, decimals, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance)));
    }

    /**
     * These options, with every fractional number (numerator, denominator, value, interval, target, change) rounded
     * half up to {@code decimals} places for display.
     *
     * @throws IllegalArgumentException when {@code decimals} breaks {@link #DECIMALS}
     */
    public ResultsOptions roundedTo(int decimals) {
        Validation<Seq<Violation>, Integer> valid = decimals(decimals);
        if (valid.isInvalid()) {
            throw new IllegalArgumentException("--round-values " + decimals + ": " + DECIMALS.description());
        }
        return new ResultsOptions(labels, Optional.of(decimals), provenance);
    }

    /** What the results were computed from and by, in order; empty unless given. */
    public Map<String, String> provenance() {
        return provenance;
    }

    /** The labels to write, if asked for. */
    public Optional<ResultLabels> labels() {
        return labels;
    }

    /** The decimals numbers are rounded to for display, if asked for; exact numbers otherwise. */
    public Optional<Integer> displayDecimals() {
        return decimals;
    }
}
