package nl.welfare.indicators.disclosure;

import java.nio.charset.StandardCharsets;

/**
 * CBS-style random rounding (afronding), deterministic per cell.
 *
 * <p>A count {@code v} with remainder {@code r = v mod base} (0 when {@code v} is a multiple) is rounded up to
 * {@code v - r + base} with probability {@code r / base}, and down to {@code v - r} otherwise, so that the rounded count
 * is a multiple of {@code base}, less than {@code base} away from {@code v}, and on average {@code v} (unbiased). The
 * random number is not random: it is {@code u} in [0, 1) from a hash of the cell's key and the quantity's name
 * ({@code count} or {@code numerator}): the 64-bit FNV-1a hash of the UTF-8 text {@code key + "#" + quantity}, mixed by
 * the SplitMix64 finaliser, of which the top 53 bits make {@code u}. It rounds up when {@code u < r / base}. The same
 * cell is therefore rounded the same way in every run and on every machine.
 */
final class RandomRounding {

    private RandomRounding() {}

    /** {@code value} rounded to a multiple of {@code base}, seeded by {@code key} and {@code quantity}. */
    static long round(CellKey key, String quantity, long value, int base) {
        long remainder = Math.floorMod(value, base);
        if (remainder == 0) {
            return value;
        }
        long down = value - remainder;
        return uniform(key + "#" + quantity) * base < remainder ? down + base : down;
    }

    /** A number in [0, 1) that depends only on {@code seed}. */
    static double uniform(String seed) {
        long h = 0xcbf29ce484222325L;
        for (byte b : seed.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h += 0x9e3779b97f4a7c15L;
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h = h ^ (h >>> 31);
        return (h >>> 11) * 0x1.0p-53;
    }
}
