package nl.welfare.adapters.files.fault;

import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import org.immutables.value.Value;

/**
 * One fault in an input file (fout): the file, and where it is known the line, the column and the field, the rule it
 * breaks and the rejected text; an {@link Severity#ERROR} rejects the input, a {@link Severity#WARNING} does not.
 *
 * <pre>{@code
 * FileFault fault = FileFault.at("participations.csv", 12, 4, "date", DataPackageRules.BAD_DATE, "2019-13-01");
 * fault.message();
 * // participations.csv, line 12, column 4 (date): must be an ISO date (yyyy-mm-dd), rejected: 2019-13-01 [..]
 * FileFault.inFile("datapackage.json", DataPackageRules.MISSING_FILE, "participations.csv");
 * }</pre>
 *
 * <p>Lines are counted from 1 as a text editor shows them (the header of a CSV file is line 1); columns from 1. A
 * fault of a whole file (a missing file, a bad descriptor) has no line; a fault of a whole row (a duplicate id, a
 * row that breaks a rule between its fields) has a line and no column.
 */
@Value.Immutable
public abstract class FileFault {

    /** Whether a fault rejects the input. */
    public enum Severity {
        /** The input is rejected: nothing is read from it (unless the caller asks for a lenient read). */
        ERROR,
        /** The input is read; the fault is reported for the user to look at (an invalid survey answer). */
        WARNING
    }

    FileFault() {}

    /** The file, as the user named it or relative to the data package's folder ({@code participations.csv}). */
    public abstract String file();

    /** The line in the file, from 1, if the fault is inside the file. */
    public abstract Optional<Long> line();

    /** The column, from 1, if the fault is in one field. */
    public abstract Optional<Integer> column();

    /** The name of the field (the CSV column's header, or a JSON property), if the fault is in one. */
    public abstract Optional<String> field();

    /** The rule the input breaks. */
    public abstract Rule rule();

    /** The rejected text, if there is one (an empty field is the empty text). */
    public abstract Optional<String> rejected();

    /** Whether the fault rejects the input; {@link Severity#ERROR} unless given. */
    @Value.Default
    public Severity severity() {
        return Severity.ERROR;
    }

    /** A staged builder (the file, then the rule, then the rest), for what the factories do not cover. */
    public static ImmutableFileFault.FileBuildStage builder() {
        return ImmutableFileFault.builder();
    }

    /** A fault of a whole file. */
    public static FileFault inFile(String file, Rule rule, String rejected) {
        return builder().file(file).rule(rule).rejected(rejected).build();
    }

    /** A fault of a whole row at {@code line}. */
    public static FileFault atLine(String file, long line, Rule rule, String rejected) {
        return builder().file(file).rule(rule).line(line).rejected(rejected).build();
    }

    /** A fault of one field at {@code line} and {@code column}. */
    public static FileFault at(String file, long line, int column, String field, Rule rule, String rejected) {
        return builder()
                .file(file)
                .rule(rule)
                .line(line)
                .column(column)
                .field(field)
                .rejected(rejected)
                .build();
    }

    /**
     * The fault of a value's {@code violation} in a row at {@code line}: the violation names the field; {@code column}
     * is where that field is in the file, if it is one of its columns.
     */
    public static FileFault of(String file, long line, Optional<Integer> column, Violation violation) {
        return builder()
                .file(file)
                .rule(violation.rule())
                .line(line)
                .column(column)
                .field(violation.field())
                .rejected(violation.rejectedValue())
                .build();
    }

    /** This fault as a warning. */
    public FileFault asWarning() {
        return ImmutableFileFault.copyOf(this).withSeverity(Severity.WARNING);
    }

    /** Whether this fault rejects the input. */
    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    /**
     * A sentence a researcher can act on, place first: {@code participations.csv, line 12, column 4 (date): must be an
     * ISO date (yyyy-mm-dd), rejected: 2019-13-01 [data-package.bad-date]}; warnings start with {@code warning: }.
     */
    public String message() {
        StringBuilder text = new StringBuilder();
        if (!isError()) {
            text.append("warning: ");
        }
        text.append(file());
        line().ifPresent(l -> text.append(", line ").append(l));
        column().ifPresent(c -> text.append(", column ").append(c));
        field().ifPresent(f -> text.append(" (").append(f).append(')'));
        text.append(": ").append(rule().description());
        rejected().ifPresent(r -> text.append(", rejected: ").append(r.isEmpty() ? "(empty)" : shorten(r)));
        return text.append(" [").append(rule().id()).append(']').toString();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** The {@link #message()}. */
    @Override
    public String toString() {
        return message();
    }
}
