package nl.welfare.examples.cli;

import nl.welfare.domain.value.Rule;

/**
 * The rules {@code welfare compute} checks beyond those of the files it reads: between its options, the package, the
 * catalogue in use and the targets. A broken {@link #OUTSIDE_FACTS} is an error (exit code 1); the others are
 * warnings on standard error, and the results are still written. Each message names the option, file or target, what
 * the rule demands, what was found, and the rule's id in brackets:
 *
 * <pre>{@code
 * --to 2030: must lie within the years the package's facts cover (2015 to 2021) [compute.outside-facts]
 * warning: survey_responses (question): should be a question code that an indicator of the catalogue reads, or its
 *   answers count in no result (1 answer: wl4 (1)) [compute.unknown-question]
 * }</pre>
 */
public final class ComputeRules {

    /**
     * Rule (an error): {@code --from}, {@code --to} or {@code --baseline} names a year outside the years of the
     * package's facts, from the earliest date (or start) of a fact to the latest, as the defaults of {@code --from} and
     * {@code --to} take them.
     */
    public static final Rule OUTSIDE_FACTS =
            Rule.of("compute.outside-facts", "must lie within the years the package's facts cover");

    /**
     * Rule (a warning): the package holds no dated fact at all (every fact resource is empty or absent), so every
     * result is a zero or {@code NO_DATA}, for a period taken from the options or, without them, the current year.
     */
    public static final Rule NO_FACTS =
            Rule.of("compute.no-facts", "should hold facts for the period asked, or every result is a zero or NO_DATA");

    /**
     * Rule (a warning): a target applies to no result of the output: its indicator is not computed, or the output has
     * no result for its period or for an area of its scope. One targets file may serve many outputs, so this is not
     * an error.
     */
    public static final Rule TARGET_UNUSED =
            Rule.of("compute.target-unused", "should apply to a result of this output, or it assesses nothing");

    /**
     * Rule (a warning): survey answers to a question code that no indicator of the catalogue in use reads (every
     * indicator over survey responses names the codes it reads, and this is none of them), so they count in no
     * result: often a misspelt code ({@code wl4} for {@code wl04}).
     */
    public static final Rule UNKNOWN_QUESTION = Rule.of(
            "compute.unknown-question",
            "should be a question code that an indicator of the catalogue reads, or its answers count in no result");

    /**
     * Rule (an error): {@code compute --jdbc URL} without a folder, or with one, names a database that holds no data
     * package with its identity (nothing imported, or facts imported without it): there is nothing to compute, or
     * nothing to compare the folder with.
     */
    public static final Rule NO_STORED_PACKAGE = Rule.of(
            "compute.no-stored-package", "must hold a data package imported by welfare import to compute in it");

    /**
     * Rule (an error): {@code compute DIR --jdbc URL} with a folder that holds another package (by checksum) than the
     * database: the database would count facts that are not the folder's.
     */
    public static final Rule OTHER_PACKAGE =
            Rule.of("compute.other-package", "must hold the data package the database holds (the same checksum)");

    private ComputeRules() {}

    /** {@code subject: what the rule demands (found) [rule-id]}: the message of an error. */
    static String error(String subject, Rule rule, String found) {
        return subject + ": " + rule.description() + " (" + found + ") [" + rule.id() + "]";
    }

    /** {@code warning: subject: what the rule demands (found) [rule-id]}: the message of a warning. */
    static String warning(String subject, Rule rule, String found) {
        return "warning: " + error(subject, rule, found);
    }
}
