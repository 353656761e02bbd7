package nl.welfare.adapters.files.cbs;

import nl.welfare.domain.value.Rule;

/**
 * The rules every CBS file (CBS-bestand) read by this package must satisfy before its rows mean anything: readable,
 * UTF-8, comma-separated CSV (RFC 4180, fields quoted or not) with a header line, the columns the reader needs, at
 * least one row, and as many fields in every row as in the header. {@link CbsRegionList} and {@link CbsKeyFigures}
 * report these faults besides their own; blank lines and a byte order mark are allowed and skipped.
 *
 * <pre>{@code
 * try {
 *     CbsRegionList.read(Path.of("regions.csv"));
 * } catch (FileFaultException e) {
 *     e.faults().map(FileFault::rule).contains(CbsFile.TRUNCATED); // the file ends inside a row
 * }
 * }</pre>
 */
public final class CbsFile {

    /** Rule: the file cannot be opened or read; the fault has no line, its rejected text is the system's reason. */
    public static final Rule UNREADABLE = Rule.of("cbs-file.unreadable", "must be a readable file");

    /** Rule: the file has no header line, or a header and no row; the fault of a header-only file has its line. */
    public static final Rule EMPTY = Rule.of("cbs-file.empty", "must have a header line and at least one row");

    /** Rule: a byte sequence that is not UTF-8 (or a U+FFFD replacement character) in a field. */
    public static final Rule ENCODING = Rule.of("cbs-file.encoding", "must be UTF-8 text");

    /** Rule: the header lacks a column the reader needs; the fault names the column as its field. */
    public static final Rule MISSING_COLUMN = Rule.of("cbs-file.missing-column", "must be a column of the header");

    /** Rule: text that is not CSV, such as a character after a closing quote ({@code "GM0153"x}). */
    public static final Rule MALFORMED =
            Rule.of("cbs-file.malformed", "must be CSV: a field is quoted as a whole or not at all");

    /** Rule: a row, not the last, with more or fewer fields than the header. */
    public static final Rule FIELD_COUNT = Rule.of("cbs-file.field-count", "must have as many fields as the header");

    /** Rule: the last line is cut short: it has fewer fields than the header or ends inside a quoted field. */
    public static final Rule TRUNCATED =
            Rule.of("cbs-file.truncated", "must end with a whole line: every field present and every quote closed");

    private CbsFile() {}
}
