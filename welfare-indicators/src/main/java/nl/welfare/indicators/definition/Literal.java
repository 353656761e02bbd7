package nl.welfare.indicators.definition;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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
    public abstract OptionalInt compare(Literal other);

    /** The text of a text literal; empty for the other kinds. */
    public abstract Optional<String> asText();

    /** The number of an integer or decimal literal, exactly; empty for the other kinds. */
    public abstract Optional<BigDecimal> asNumber();

    /** The date of a date literal; empty for the other kinds. */
    public abstract Optional<LocalDate> asDate();

    /** Whether this is a number: an integer or a decimal. */
    public final boolean isNumber() {
        return asNumber().isPresent();
    }

    /** The order of {@code value} and {@code other}, if there is another. */
    private static <T extends Comparable<? super T>> OptionalInt order(T value, Optional<T> other) {
        return other.map(o -> OptionalInt.of(value.compareTo(o))).orElse(OptionalInt.empty());
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

        @Override
        public OptionalInt compare(Literal other) {
            return order(value(), other.asText());
        }

        @Override
        public Optional<String> asText() {
            return Optional.of(value());
        }

        @Override
        public Optional<BigDecimal> asNumber() {
            return Optional.empty();
        }

        @Override
        public Optional<LocalDate> asDate() {
            return Optional.empty();
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

        @Override
        public OptionalInt compare(Literal other) {
            return order(BigDecimal.valueOf(value()), other.asNumber());
        }

        @Override
        public Optional<String> asText() {
            return Optional.empty();
        }

        @Override
        public Optional<BigDecimal> asNumber() {
            return Optional.of(BigDecimal.valueOf(value()));
        }

        @Override
        public Optional<LocalDate> asDate() {
            return Optional.empty();
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

        @Override
        public OptionalInt compare(Literal other) {
            return order(BigDecimal.valueOf(value()), other.asNumber());
        }

        @Override
        public Optional<String> asText() {
            return Optional.empty();
        }

        @Override
        public Optional<BigDecimal> asNumber() {
            return Optional.of(BigDecimal.valueOf(value()));
        }

        @Override
        public Optional<LocalDate> asDate() {
            return Optional.empty();
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

        @Override
        public OptionalInt compare(Literal other) {
            return order(value(), other.asDate());
        }

        @Override
        public Optional<String> asText() {
            return Optional.empty();
        }

        @Override
        public Optional<BigDecimal> asNumber() {
            return Optional.empty();
        }

        @Override
        public Optional<LocalDate> asDate() {
            return Optional.of(value());
        }

        /** The date in ISO 8601: {@code 2019-03-14}. */
        @Override
        public String toString() {
            return value().toString();
        }
    }
}
