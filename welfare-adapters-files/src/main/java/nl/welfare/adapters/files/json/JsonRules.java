package nl.welfare.adapters.files.json;

import nl.welfare.domain.value.Rule;

/**
 * The rules of the JSON files themselves (regels voor JSON-bestanden): well-formed JSON, the properties each object
 * takes, the JSON type of each value, and the words that name a kind of filter or measure. A fault of one of these
 * names the JSON path of the value ({@code definitions[3].measure.proportion.condition.and[1].equals.attribute}), so a
 * researcher finds it in the file; the rules of the values themselves are the domain's own (such as
 * {@code IndicatorDefinition.UNIT_BLANK} or {@code Filter.UNKNOWN_ATTRIBUTE}).
 *
 * <pre>{@code
 * definitions.json, line 4, column 15 (definitions[0].polarity): must be a JSON string, rejected: 1 [json.not-a-string]
 * }</pre>
 */
public final class JsonRules {

    /** The deepest a file may nest objects and arrays; a filter tree nests two levels per operator. */
    public static final int MAX_DEPTH = 100;

    /** Rule: the file cannot be read (it does not exist, or it is not a readable file). */
    public static final Rule UNREADABLE = Rule.of("json.unreadable", "must be a readable file");

    /** Rule: the bytes are not UTF-8. */
    public static final Rule NOT_UTF8 = Rule.of("json.not-utf8", "must be encoded in UTF-8");

    /** Rule: the text is not well-formed JSON (RFC 8259), or nests deeper than {@value #MAX_DEPTH} levels. */
    public static final Rule MALFORMED = Rule.of(
            "json.malformed",
            "must be well-formed JSON (RFC 8259: one value, strings in double quotes, no trailing commas), nested at"
                    + " most " + MAX_DEPTH + " levels deep");

    /** Rule: an object names the same property twice. */
    public static final Rule DUPLICATE_PROPERTY =
            Rule.of("json.duplicate-property", "must not name the same property twice in one object");

    /** Rule: an object has a property it does not take (often a spelling mistake). */
    public static final Rule UNKNOWN_PROPERTY =
            Rule.of("json.unknown-property", "must be a property this object takes (see the format's description)");

    /** Rule: a required property is absent (or {@code null}). */
    public static final Rule MISSING_PROPERTY = Rule.of("json.missing-property", "must be given");

    /** Rule: a value that must be a string is not. */
    public static final Rule NOT_A_STRING = Rule.of("json.not-a-string", "must be a JSON string");

    /** Rule: a value that must be a number is not. */
    public static final Rule NOT_A_NUMBER = Rule.of("json.not-a-number", "must be a JSON number");

    /** Rule: a value that must be a whole number is not one, or is too large. */
    public static final Rule NOT_AN_INTEGER = Rule.of(
            "json.not-an-integer",
            "must be a whole number written without fraction or exponent, small enough for its field");

    /** Rule: a value that must be {@code true} or {@code false} is not. */
    public static final Rule NOT_A_BOOLEAN = Rule.of("json.not-a-boolean", "must be true or false");

    /** Rule: a value that must be an object is not. */
    public static final Rule NOT_AN_OBJECT = Rule.of("json.not-an-object", "must be a JSON object");

    /** Rule: a value that must be an array is not. */
    public static final Rule NOT_AN_ARRAY = Rule.of("json.not-an-array", "must be a JSON array");

    /** Rule: the document is neither an array nor an object holding the array under its one property. */
    public static final Rule NOT_A_LIST = Rule.of(
            "json.not-a-list", "must be an array, or an object whose property definitions (or targets) is the array");

    /** Rule: a value compared in a filter is not a string or a number. */
    public static final Rule NOT_A_LITERAL =
            Rule.of("json.not-a-literal", "must be a string (text, code, id, area code or ISO date) or a number");

    /** Rule: a value compared with a date attribute is not an ISO date. */
    public static final Rule NOT_A_DATE = Rule.of("json.not-a-date", "must be an ISO 8601 date (yyyy-mm-dd)");

    /** Rule: an object that names a kind (a filter, a measure) does not have exactly one property. */
    public static final Rule NOT_ONE_KIND = Rule.of(
            "json.not-one-kind",
            "must be an object with exactly one property, which names its kind: {\"equals\": {...}}");

    /** Rule: a filter names no kind of filter. */
    public static final Rule UNKNOWN_FILTER = Rule.of(
            "json.unknown-filter",
            "must be one of equals, in, range, and, or, not, date_within_period, active_in_period,"
                    + " member_of_cohort, all");

    /** Rule: a measure names no kind of measure. */
    public static final Rule UNKNOWN_MEASURE = Rule.of(
            "json.unknown-measure",
            "must be one of count, distinct_count, proportion, latest_assessment, rate, ratio, mean, transition,"
                    + " network, threshold_share, change");

    /** Rule: what a rate or ratio divides is not a count. */
    public static final Rule NOT_A_COUNT = Rule.of("json.not-a-count", "must be count or distinct_count");

    /** Rule: a target's scope does not name exactly one of area, level or grouping (a group only with a grouping). */
    public static final Rule SCOPE_SHAPE = Rule.of(
            "json.scope-shape",
            "must give exactly one of area, level or grouping, and group only together with grouping");

    /** Rule: a target names an indicator that is not in the catalogue it is read against. */
    public static final Rule UNKNOWN_INDICATOR =
            Rule.of("json.unknown-indicator", "must name an indicator of the catalogue (built in or defined)");

    /** Rule: a ledger lists one cell twice (under two statuses, or in two entries). */
    public static final Rule DUPLICATE_CELL = Rule.of(
            "json.duplicate-cell", "must list each cell (indicator, area, period) once, published or suppressed");

    /** Rule: a ledger's rules give a rounding base without the key's fingerprint, or the other way round. */
    public static final Rule ROUNDING_SHAPE =
            Rule.of("json.rounding-shape", "must give round and rounding_key_fingerprint together, or neither");

    private JsonRules() {}
}
