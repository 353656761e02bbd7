package nl.welfare.indicators.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A literal")
class LiteralTest {

    @Test
    @DisplayName("reads like the constant it is")
    void text() {
        assertEquals("'residents'", Literal.text("residents").toString());
        assertEquals("'don''t know'", Literal.text("don't know").toString());
        assertEquals("2", Literal.integer(2).toString());
        assertEquals("0.5", Literal.decimal(0.5).toString());
        assertEquals("2.0", Literal.decimal(2).toString());
        assertEquals("10000000.0", Literal.decimal(1e7).toString());
        assertEquals("2019-03-14", Literal.date(LocalDate.of(2019, 3, 14)).toString());
    }

    @Test
    @DisplayName("knows its kind and calls its visitor")
    void kinds() {
        Literal.Visitor<String> name = new Literal.Visitor<>() {
            @Override
            public String onText(Literal.OfText literal) {
                return "text " + literal.value();
            }

            @Override
            public String onInteger(Literal.OfInteger literal) {
                return "integer " + literal.value();
            }

            @Override
            public String onDecimal(Literal.OfDecimal literal) {
                return "decimal " + literal.value();
            }

            @Override
            public String onDate(Literal.OfDate literal) {
                return "date " + literal.value();
            }
        };
        assertEquals("text a", Literal.text("a").accept(name));
        assertEquals("integer 1", Literal.integer(1).accept(name));
        assertEquals("decimal 1.5", Literal.decimal(1.5).accept(name));
        assertEquals("date 2019-01-01", Literal.date(LocalDate.of(2019, 1, 1)).accept(name));
        assertEquals(Literal.Kind.DECIMAL, Literal.decimal(1).kind());
        assertEquals("date", Literal.Kind.DATE.code());
    }

    @Test
    @DisplayName("compares with a literal of its family, numbers across integer and decimal")
    void compare() {
        assertEquals(OptionalInt.of(-1), Literal.integer(1).compare(Literal.decimal(1.5)));
        assertEquals(OptionalInt.of(0), Literal.integer(2).compare(Literal.decimal(2.0)));
        assertTrue(Literal.text("b").compare(Literal.text("a")).getAsInt() > 0);
        assertTrue(Literal.date(LocalDate.of(2019, 1, 1))
                        .compare(Literal.date(LocalDate.of(2020, 1, 1)))
                        .getAsInt()
                < 0);
        assertEquals(OptionalInt.empty(), Literal.integer(1).compare(Literal.text("1")));
        assertEquals(OptionalInt.empty(), Literal.date(LocalDate.of(2019, 1, 1)).compare(Literal.integer(1)));
    }

    @Test
    @DisplayName("gives its value as a text, a number or a date by its kind, and nothing else")
    void values() {
        LocalDate day = LocalDate.of(2019, 1, 1);
        assertEquals(Optional.of("a"), Literal.text("a").asText());
        assertEquals(Optional.empty(), Literal.text("a").asNumber());
        assertEquals(Optional.empty(), Literal.text("a").asDate());
        assertEquals(Optional.of(BigDecimal.valueOf(2)), Literal.integer(2).asNumber());
        assertEquals(Optional.empty(), Literal.integer(2).asText());
        assertEquals(Optional.empty(), Literal.integer(2).asDate());
        assertEquals(Optional.of(BigDecimal.valueOf(0.5)), Literal.decimal(0.5).asNumber());
        assertEquals(Optional.empty(), Literal.decimal(0.5).asText());
        assertEquals(Optional.empty(), Literal.decimal(0.5).asDate());
        assertEquals(Optional.of(day), Literal.date(day).asDate());
        assertEquals(Optional.empty(), Literal.date(day).asText());
        assertEquals(Optional.empty(), Literal.date(day).asNumber());
        assertTrue(Literal.integer(2).isNumber() && Literal.decimal(0.5).isNumber());
        assertFalse(Literal.text("2").isNumber() || Literal.date(day).isNumber());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    @DisplayName("refuses a decimal that is not a finite number")
    void notFinite(double value) {
        RuleAssertions.assertBreaksOnly(Literal.NOT_FINITE, "value", Literal.validateDecimal(value));
        assertThrows(InvalidValueException.class, () -> Literal.decimal(value));
    }
}
