package nl.welfare.adapters.files.results;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * How a tidy results CSV separates its fields and writes the fraction of a number (CSV-dialect): the
 * {@link #STANDARD standard} comma and decimal point, or, for spreadsheets set to Dutch, a semicolon and a decimal
 * comma. The descriptor beside a results file declares it, as a Frictionless CSV Dialect ({@code "dialect":
 * {"delimiter": ";"}}) and in each number field ({@code "decimalChar": ","}), and {@link ResultsReader} reads it back.
 *
 * <pre>{@code
 * CsvDialect.STANDARD;             // 2019,OK,0.8
 * CsvDialect.validate(';', ',');   // Valid: 2019;OK;0,8
 * CsvDialect.validate(',', ',');   // Invalid(csv-dialect.distinct)
 * }</pre>
 */
public record CsvDialect(char delimiter, char decimal) {

    /** The comma-separated file with a decimal point: RFC 4180, and what R and Python read by default. */
    public static final CsvDialect STANDARD = new CsvDialect(',', '.');

    /** The semicolon and decimal comma that a spreadsheet set to Dutch opens without asking. */
    public static final CsvDialect DUTCH = new CsvDialect(';', ',');

    /** Rule: a field separator other than comma, semicolon or tab. */
    public static final Rule DELIMITER =
            Rule.of("csv-dialect.delimiter", "must be a comma (,), a semicolon (;) or a tab");

    /** Rule: a decimal separator other than point or comma. */
    public static final Rule DECIMAL = Rule.of("csv-dialect.decimal", "must be a point (.) or a comma (,)");

    /** Rule: the decimal separator is the field separator, so that a number would split into two fields. */
    public static final Rule DISTINCT = Rule.of(
            "csv-dialect.distinct", "must differ from the field separator (a decimal comma goes with ; or tab)");

    /** Throws an {@link IllegalArgumentException} for a dialect that breaks a rule; {@link #validate} does not. */
    public CsvDialect {
        Seq<Violation> violations = violations(delimiter, decimal);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.mkString("; "));
        }
    }

    /** The dialect of {@code delimiter} and {@code decimal}, or every rule they break. */
    public static Validation<Seq<Violation>, CsvDialect> validate(char delimiter, char decimal) {
        Seq<Violation> violations = violations(delimiter, decimal);
        return violations.isEmpty()
                ? Validation.valid(new CsvDialect(delimiter, decimal))
                : Validation.invalid(violations);
    }

    private static Seq<Violation> violations(char delimiter, char decimal) {
        List<Violation> violations = List.empty();
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            violations = violations.append(Violation.of("delimiter", DELIMITER, String.valueOf(delimiter)));
        }
        if (decimal != '.' && decimal != ',') {
            violations = violations.append(Violation.of("decimal", DECIMAL, String.valueOf(decimal)));
        }
        if (delimiter == decimal) {
            violations = violations.append(Violation.of("decimal", DISTINCT, String.valueOf(decimal)));
        }
        return violations;
    }

    /** Whether this is the {@link #STANDARD} dialect, which the descriptor need not declare. */
    public boolean isStandard() {
        return equals(STANDARD);
    }

    /** {@code number} (as {@code Numbers} writes it, with a point) with this dialect's decimal separator. */
    String number(String number) {
        return decimal == '.' ? number : number.replace('.', decimal);
    }
}
