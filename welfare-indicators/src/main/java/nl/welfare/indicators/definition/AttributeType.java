package nl.welfare.indicators.definition;

import java.util.Locale;

/**
 * The type of an {@link Attribute} of a fact type (gegevenstype): which {@link Literal}s a filter may compare it with,
 * and whether it can be averaged or ranged.
 *
 * <table>
 *   <caption>Types and the literals they accept</caption>
 *   <tr><th>type</th><th>literal</th><th>example column</th></tr>
 *   <tr><td>{@link #TEXT}</td><td>text</td><td>{@code theme}, {@code question}</td></tr>
 *   <tr><td>{@link #INTEGER}</td><td>integer</td><td>{@code rung}, {@code score}, {@code answer}</td></tr>
 *   <tr><td>{@link #DECIMAL}</td><td>integer or decimal</td><td>{@code weight}</td></tr>
 *   <tr><td>{@link #DATE}</td><td>date</td><td>{@code started}, {@code date}</td></tr>
 *   <tr><td>{@link #ENUM}</td><td>text naming one of the attribute's codes</td><td>{@code lead}, {@code kind}</td></tr>
 *   <tr><td>{@link #ID}</td><td>text in the identifier format</td><td>{@code resident_id}</td></tr>
 *   <tr><td>{@link #AREA}</td><td>text that is a CBS code</td><td>{@code area_code}</td></tr>
 * </table>
 */
public enum AttributeType {
    /** Free text. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A number with a fraction. */
    DECIMAL,
    /** An ISO 8601 date. */
    DATE,
    /** One of a closed list of lower-case codes ({@link Attribute#codes()}). */
    ENUM,
    /** An identifier of a row (an initiative, a resident, a respondent). */
    ID,
    /** The CBS code of an area. */
    AREA;

    /** The word used in files and messages: the name in lower case ({@code decimal}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether values of this type are numbers that can be averaged: {@link #INTEGER} and {@link #DECIMAL}. */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }

    /** Whether values of this type are ordered so that a range applies: numbers and dates. */
    public boolean isOrdered() {
        return isNumeric() || this == DATE;
    }

    /** Whether a literal of {@code kind} has this type (before any check of its value, such as an enum's codes). */
    public boolean accepts(Literal.Kind kind) {
        switch (this) {
            case INTEGER:
                return kind == Literal.Kind.INTEGER;
            case DECIMAL:
                return kind == Literal.Kind.INTEGER || kind == Literal.Kind.DECIMAL;
            case DATE:
                return kind == Literal.Kind.DATE;
            default:
                return kind == Literal.Kind.TEXT;
        }
    }
}
