package nl.welfare.adapters.files.results;

import java.math.BigDecimal;

/**
 * How the results table writes a number: with {@code .} as the decimal separator, never rounded for display, in plain
 * decimal notation (no exponent) with the fewest digits that read back to exactly the same {@code double}; a whole
 * number without a fraction ({@code 12}, not {@code 12.0}); zero as {@code 0}, also the negative zero.
 */
final class Numbers {

    private Numbers() {}

    /**
     * The text of {@code x}: {@code 12}, {@code 0.8}, {@code 0.00001}, {@code -3.25}; throws for a number that is not
     * finite, which the results table cannot hold.
     */
    static String format(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("a result's number must be finite, not " + x);
        }
        if (x == 0) {
            return "0";
        }
        // Double.toString gives digits that parse back to exactly x; only its notation needs changing.
        String shortest = Double.toString(x);
        if (shortest.indexOf('E') < 0) {
            return shortest.endsWith(".0") ? shortest.substring(0, shortest.length() - 2) : shortest;
        }
        return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
    }

    /** The text of a whole number: {@code 12}. */
    static String format(long n) {
        return Long.toString(n);
    }
}
