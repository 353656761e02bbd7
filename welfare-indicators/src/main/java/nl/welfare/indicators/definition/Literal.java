package nl.welfare.indicators.definition;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A typed constant in a {@link Filter} (waarde): a text, an integer, a decimal or a date, compared with an
 * {@link Attribute} of a fact.
 *
 * <pre>{@code
 * Literal.text("residents");         // 'residents'
 * Literal.integer(2);                // 2
 * Literal.decimal(0.5);              // 0.5
 * Literal.date(LocalDate.of(2019, 3, 14)); // 2019-03-14
 * Literal.integer(1).compare(Literal.decimal(1.5)); // OptionalInt[-1]
 * }</pre>
 *
 * <p>Which literal suits which attribute is {@link AttributeType#accepts}; {@link #toString()} writes a text in single
 * quotes, so that a filter's {@code toString()} reads like its expression.
 */
@Value.Enclosing
public abstract sealed class Literal permits Literal.OfText, Literal.OfInteger, Literal.OfDecimal, Literal.OfDate {

    /** Rule: a decimal that is not a finite number (NaN or infinite). */
    public static final Rule NOT_FINITE = Rule.of("literal.not-finite", "must be a finite number");

    /** The kinds of literal. */
    public enum Kind {
        /** A text. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A number with a fraction. */
        DECIMAL,
        /** A date. */
        DATE;

        /** The word used in files: the name in lower case ({@code integer}). */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    Literal() {}

    /** What kind of literal this is. */
    public abstract Kind kind();

    /** Calls the method of {@code visitor} for this kind of literal. */
    public abstract <R> R accept(Visitor<R> visitor);

    /** The text literal {@code value}. */
    public static OfText text(String value) {
        return ImmutableLiteral.OfText.of(value);
    }

    /** The integer literal {@code value}. */
    public static OfInteger integer(long value) {
        return ImmutableLiteral.OfInteger.of(value);
    }

    /** The decimal literal {@code value}; throws {@link nl.welfare.domain.value.InvalidValueException} if not finite. */
    public static OfDecimal decimal(double value) {
        return ImmutableLiteral.OfDecimal.of(value);
    }

    /** The decimal literal {@code value}, or the violation of {@link #NOT_FINITE}. */
    public static Validation<Seq<Violation>, OfDecimal> validateDecimal(double value) {
        return Violations.attempt(() -> decimal(value));
    }

    /** The date literal {@code value}. */
    public static OfDate date(LocalDate value) {
        return ImmutableLiteral.OfDate.of(value);
    }

    /**
     * The order of this literal and {@code other} (negative, zero or positive, as {@link Comparable}) when they can be
     * compared: two numbers (integer or decimal), two dates or two texts; empty otherwise.
     */
    public OptionalInt compare(Literal other) {
        if (kind() == other.kind() && kind() != Kind.DECIMAL && kind() != Kind.INTEGER) {
            return kind() == Kind.TEXT
                    ? OptionalInt.of(((OfText) this).value().compareTo(((OfText) other).value()))
                    : OptionalInt.of(((OfDate) this).value().compareTo(((OfDate) other).value()));
        }
        if (isNumber() && other.isNumber()) {
            return OptionalInt.of(number().compareTo(other.number()));
        }
        return OptionalInt.empty();
    }

    /** Whether this is a number: an integer or a decimal. */
    public boolean isNumber() {
        return kind() == Kind.INTEGER || kind() == Kind.DECIMAL;
    }

    private BigDecimal number() {
        return this instanceof OfInteger
                ? BigDecimal.valueOf(((OfInteger) this).value())
                : BigDecimal.valueOf(((OfDecimal) this).value());
    }

    /** What to do with each kind of literal: the engine and the SQL compiler implement one. */
    public interface Visitor<R> {
        /** A text literal. */
        R onText(OfText literal);

        /** An integer literal. */
        R onInteger(OfInteger literal);

        /** A decimal literal. */
        R onDecimal(OfDecimal literal);

        /** A date literal. */
        R onDate(OfDate literal);
    }

    /** A text literal: compared with text, enum, identifier and area attributes. */
    @Value.Immutable
    public abstract static non-sealed class OfText extends Literal {

        OfText() {}

        /** The text. */
        @Value.Parameter
        public abstract String value();

        /** {@link Kind#TEXT}. */
        @Override
        public Kind kind() {
            return Kind.TEXT;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onText(this);
        }

        /** The text in single quotes, a quote inside doubled: {@code 'residents'}. */
        @Override
        public String toString() {
            return "'" + value().replace("'", "''") + "'";
        }
    }

    /** An integer literal: compared with integer and decimal attributes. */
    @Value.Immutable
    public abstract static non-sealed class OfInteger extends Literal {

        OfInteger() {}

        /** The number. */
        @Value.Parameter
        public abstract long value();

        /** {@link Kind#INTEGER}. */
        @Override
        public Kind kind() {
            return Kind.INTEGER;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onInteger(this);
        }

        /** The number in decimal digits: {@code 2}. */
        @Override
        public String toString() {
            return Long.toString(value());
        }
    }

    /** A decimal literal: compared with decimal attributes. */
    @Value.Immutable
    public abstract static non-sealed class OfDecimal extends Literal {

        OfDecimal() {}

        /** The number, finite. */
        @Value.Parameter
        public abstract double value();

        /** {@link Kind#DECIMAL}. */
        @Override
        public Kind kind() {
            return Kind.DECIMAL;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onDecimal(this);
        }

        @Value.Check
        final void check() {
            Violations.of("literal")
                    .check(Double.isFinite(value()), "value", NOT_FINITE, value())
                    .throwIfAny();
        }

        /** The number with a decimal point and no exponent: {@code 0.5}, {@code 2.0}. */
        @Override
        public String toString() {
            String plain = BigDecimal.valueOf(value()).toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
    }

    /** A date literal: compared with date attributes. */
    @Value.Immutable
    public abstract static non-sealed class OfDate extends Literal {

        OfDate() {}

        /** The date. */
        @Value.Parameter
        public abstract LocalDate value();

        /** {@link Kind#DATE}. */
        @Override
        public Kind kind() {
            return Kind.DATE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.onDate(this);
        }

        /** The date in ISO 8601: {@code 2019-03-14}. */
        @Override
        public String toString() {
            return value().toString();
        }
    }
}
