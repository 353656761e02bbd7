package nl.welfare.adapters.files.datapackage;

import nl.welfare.domain.value.Rule;

/**
 * The rules of the data package format (regels van het gegevenspakket) that no domain type enforces: the descriptor,
 * the CSV files, the text of dates and numbers, references between resources and duplicates. A row that breaks a
 * domain type's own rule is reported with that type's rule ({@code support-episode.end-before-start},
 * {@code participation-rung.range}, {@code initiative-link.unknown-initiative}, ...), not with one of these.
 *
 * <pre>{@code
 * DataPackageRead read = DataPackageReader.validate(Path.of("data"));
 * read.errors().filter(f -> f.rule().equals(DataPackageRules.BAD_DATE)); // the dates that are not ISO dates
 * }</pre>
 *
 * <p>Every rule's description follows the name of the field or file it is reported for, so that a
 * {@link nl.welfare.adapters.files.fault.FileFault#message()} reads as a sentence.
 */
public final class DataPackageRules {

    // ---- the descriptor (datapackage.json)

    /** Rule: the folder has no {@code datapackage.json}. */
    public static final Rule MISSING_DESCRIPTOR =
            Rule.of("data-package.missing-descriptor", "must be in the package's folder: the Data Package descriptor");

    /** Rule: the descriptor is not valid JSON. */
    public static final Rule BAD_JSON = Rule.of("data-package.bad-json", "must be valid JSON");

    /**
     * Rule: the descriptor is JSON but not a Data Package descriptor as this reader takes it: an object with a
     * {@code resources} array of objects, each with a {@code name} and a {@code path} text, an inline Table Schema
     * object with {@code fields} that have a {@code name} and a {@code type}, and a CSV {@code format} if it gives one.
     */
    public static final Rule BAD_DESCRIPTOR = Rule.of(
            "data-package.bad-descriptor",
            "must follow the Data Package descriptor (resources with a name, a path and an inline Table Schema)");

    /** Rule: a resource has a name that is none of the welfare data package's resources. */
    public static final Rule UNKNOWN_RESOURCE = Rule.of(
            "data-package.unknown-resource",
            "must be areas, area_populations, area_groupings, initiatives, initiative_links, provisions, activities,"
                    + " residents, cohorts, participations, ladder_assessments, self_reliance_assessments,"
                    + " support_episodes or survey_responses");

    /** Rule: two resources have the same name. */
    public static final Rule DUPLICATE_RESOURCE =
            Rule.of("data-package.duplicate-resource", "must name each resource only once");

    /** Rule: the descriptor has no {@code areas} resource, the one resource every package needs. */
    public static final Rule MISSING_AREAS =
            Rule.of("data-package.missing-areas", "must have an areas resource: every fact names an area");

    /** Rule: a resource's path is absolute, a URL, leaves the package's folder or is not a single path. */
    public static final Rule BAD_PATH = Rule.of(
            "data-package.bad-path",
            "must be one relative path to a file inside the package's folder (no URL, no '..', no leading '/')");

    /** Rule: the file a resource's path names does not exist; reported in the descriptor, naming the path. */
    public static final Rule MISSING_FILE = Rule.of("data-package.missing-file", "must name a file that exists");

    /** Rule: the file exists but cannot be read (a folder, no permission). */
    public static final Rule UNREADABLE_FILE = Rule.of("data-package.unreadable-file", "must be a readable file");

    /**
     * Rule: a resource declares an encoding this reader does not know, or its file holds bytes that are not text in
     * its encoding (UTF-8 unless the resource declares windows-1252, ISO-8859-1, ISO-8859-15 or US-ASCII).
     */
    public static final Rule ENCODING = Rule.of(
            "data-package.encoding",
            "must be UTF-8 (with or without a byte order mark), or the encoding the resource declares:"
                    + " windows-1252, ISO-8859-1, ISO-8859-15 or US-ASCII");

    /**
     * Rule: the CSV dialect asks for something this reader does not do: a delimiter, quote or comment character that
     * is not one character (or two of them the same, or a line break), {@code header: false}, {@code doubleQuote:
     * false}, an {@code escapeChar}, or {@code skipInitialSpace: true}.
     */
    public static final Rule BAD_DIALECT = Rule.of(
            "data-package.bad-dialect",
            "must be a CSV dialect with a header line and single, distinct delimiter, quote and comment characters"
                    + " (no escapeChar, doubleQuote true, skipInitialSpace false)");

    /** Rule: a Table Schema field's type does not fit its column (a date column typed {@code boolean}). */
    public static final Rule FIELD_TYPE = Rule.of(
            "data-package.field-type",
            "must be a Table Schema type that fits the column: date for dates, integer for whole numbers, number"
                    + " for weights, string (or any) for texts");

    /** Rule: a column is in the file's header but not in the resource's Table Schema, or the other way round. */
    public static final Rule SCHEMA_MISMATCH = Rule.of(
            "data-package.schema-mismatch",
            "must be both a field of the resource's Table Schema and a column of its file");

    /**
     * Rule: the {@code format} of a date field is not one this reader reads: {@code default}, {@code any}, or a
     * pattern of {@code %d}, {@code %m} and {@code %Y}, each once, with {@code -}, {@code /} or {@code .} between them
     * (a two-digit year {@code %y} is not read: its century would be a guess).
     */
    public static final Rule BAD_DATE_FORMAT = Rule.of(
            "data-package.bad-date-format",
            "must be default, any, or a pattern of %d, %m and %Y, each once, with -, / or . between them (such as"
                    + " %d-%m-%Y); a two-digit year (%y) is not read, as its century would be a guess");

    /** Rule: the {@code vintage} of the {@code areas} resource is not a year. */
    public static final Rule BAD_VINTAGE =
            Rule.of("data-package.bad-vintage", "must be the year of the CBS region list, a whole number such as 2022");

    /** Rule (a warning): the {@code areas} resource gives no {@code vintage}, so every report says so. */
    public static final Rule NO_VINTAGE = Rule.of(
            "data-package.no-vintage",
            "should give the year of the CBS region list (\"vintage\": 2022): codes compare only within one vintage");

    // ---- the CSV files

    /** Rule: the file is empty: it has no header line. */
    public static final Rule NO_HEADER =
            Rule.of("data-package.no-header", "must start with a header line that names the columns");

    /** Rule: a header names a column the resource does not have. */
    public static final Rule UNKNOWN_COLUMN =
            Rule.of("data-package.unknown-column", "must be one of the resource's columns (see docs/data-package.md)");

    /** Rule: a column the resource requires is not in the header. */
    public static final Rule MISSING_COLUMN =
            Rule.of("data-package.missing-column", "must be a column of the file: the resource requires it");

    /** Rule: the header names a column twice. */
    public static final Rule DUPLICATE_COLUMN =
            Rule.of("data-package.duplicate-column", "must appear only once in the header");

    /** Rule: a row has more or fewer fields than the header (a truncated last line, a stray delimiter). */
    public static final Rule FIELD_COUNT =
            Rule.of("data-package.field-count", "must have as many fields as the header has columns");

    /**
     * Rule: a quoted field is not closed before the file ends, or a closing quote is followed by something other than
     * a delimiter or a line end; the file is read no further.
     */
    public static final Rule BAD_QUOTING = Rule.of(
            "data-package.bad-quoting",
            "must close every quoted field, with only a delimiter or a line end after the closing quote");

    /** Rule: there are more faults in the file than are listed; the rejected text says how many more. */
    public static final Rule TOO_MANY_FAULTS =
            Rule.of("data-package.too-many-faults", "has more faults than are listed here");

    // ---- values

    /** Rule: a required value is empty (or one of the schema's {@code missingValues}). */
    public static final Rule MISSING_VALUE = Rule.of("data-package.missing-value", "must not be empty");

    /** Rule: a date is not an ISO 8601 calendar date. */
    public static final Rule BAD_DATE = Rule.of("data-package.bad-date", "must be an ISO date (yyyy-mm-dd)");

    /**
     * Rule: a date is not one in the {@code format} its Table Schema field gives ({@code %d-%m-%Y}, or {@code any}:
     * ISO or day first).
     */
    public static final Rule DATE_NOT_IN_FORMAT = Rule.of(
            "data-package.date-not-in-format",
            "must be a date in the format its Table Schema field gives (the field's format in datapackage.json)");

    /** Rule: a whole number is not one (or does not fit in 32 bits). */
    public static final Rule BAD_INTEGER =
            Rule.of("data-package.bad-integer", "must be a whole number of at most nine digits, such as 42 or -3");

    /** Rule: a number is not one, with the decimal and group characters the schema gives. */
    public static final Rule BAD_NUMBER = Rule.of(
            "data-package.bad-number", "must be a number, with the decimal separator of its Table Schema field (1.25)");

    // ---- references and duplicates

    /** Rule: an area code names no area of the {@code areas} resource. */
    public static final Rule UNKNOWN_AREA =
            Rule.of("data-package.unknown-area", "must be the code of an area in the areas resource");

    /**
     * Rule: a resident id names no row of the {@code residents} resource, when the package has one (participations
     * report {@code participation.unknown-resident} instead).
     */
    public static final Rule UNKNOWN_RESIDENT =
            Rule.of("data-package.unknown-resident", "must name a resident of the residents resource");

    /** Rule: an id appears on an earlier row of the same resource. */
    public static final Rule DUPLICATE_ID =
            Rule.of("data-package.duplicate-id", "must be unique: an earlier row of the resource has it");

    /**
     * Rule: a row repeats the key of an earlier row: the area and year of a population, or the resident, date and
     * domain of a self-reliance score.
     */
    public static final Rule DUPLICATE_KEY = Rule.of(
            "data-package.duplicate-key",
            "must not repeat an earlier row (area and year; or resident, date and domain)");

    /** Rule: the rows of one group of a grouping give different group names. */
    public static final Rule GROUP_NAME_MISMATCH = Rule.of(
            "data-package.group-name-mismatch", "must be the same on every row of the group (as on its first row)");

    /**
     * Rule (a warning): a code or an id (an area code, a resident id, a question code, an area level) has spaces (or
     * tabs) before or after it, as a spreadsheet's cell may; it is read without them. One warning per file and
     * column, at the first such row, with the number of rows.
     */
    public static final Rule TRIMMED_CODE = Rule.of(
            "data-package.trimmed-code",
            "should have no spaces before or after it (a code or an id); it is read without them");

    /**
     * Rule (a warning): an answer to one of the six reference questions is not one of its valid answers; it is read,
     * and left out of both numerator and denominator.
     */
    public static final Rule INVALID_ANSWER = Rule.of(
            "data-package.invalid-answer",
            "should be a valid answer to the question; it is left out of numerator and denominator");

    private DataPackageRules() {}
}
