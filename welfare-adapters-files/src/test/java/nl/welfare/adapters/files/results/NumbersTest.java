package nl.welfare.adapters.files.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A number of the results table")
class NumbersTest {

    @Test
    @DisplayName("is a whole number without a fraction")
    void wholeNumbers() {
        assertEquals("12", Numbers.format(12.0));
        assertEquals("159703", Numbers.format(159703.0));
        assertEquals("-37", Numbers.format(-37.0));
        assertEquals("412", Numbers.format(412L));
    }

    @Test
    @DisplayName("has a point as decimal separator and is not rounded")
    void fractions() {
        assertEquals("0.8", Numbers.format(0.8));
        assertEquals("0.7776456599286563", Numbers.format(163.5 / 210.25));
        assertEquals("-0.0125", Numbers.format(-0.0125));
        assertEquals("0.30000000000000004", Numbers.format(0.1 + 0.2));
    }

    @Test
    @DisplayName("never uses an exponent, for tiny or huge numbers")
    void plainNotation() {
        assertEquals("0.00001", Numbers.format(1.0E-5));
        assertEquals("0.0000025", Numbers.format(2.5E-6));
        assertEquals("12345678901234567000", Numbers.format(1.2345678901234567E19));
        assertEquals("1000000000000000000000", Numbers.format(1.0E21));
        assertEquals(Double.MIN_VALUE, Double.parseDouble(Numbers.format(Double.MIN_VALUE)));
        assertEquals(Double.MAX_VALUE, Double.parseDouble(Numbers.format(Double.MAX_VALUE)));
    }

    @Test
    @DisplayName("writes zero as 0, also the negative zero")
    void zero() {
        assertEquals("0", Numbers.format(0.0));
        assertEquals("0", Numbers.format(-0.0));
    }

    @Test
    @DisplayName("refuses a number that is not finite")
    void notFinite() {
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.NEGATIVE_INFINITY));
    }
}
