package nl.welfare.indicators.disclosure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * The publisher's secret behind random rounding (afrondingssleutel): 32 random bytes that stay with whoever publishes,
 * never in an output. Every rounding draw is the HMAC-SHA256 of the key over the name of the count, so the same count
 * rounds the same way in every output made with the same key, whichever indicator publishes it, and nobody without the
 * key can recompute a draw and undo the rounding.
 *
 * <pre>{@code
 * RoundingKey key = RoundingKey.generate();           // keep it: the command line writes it to a key file
 * RoundingKey again = RoundingKey.parse(key.encoded()); // the file's text (Base64) reads back to the same key
 * key.round(23, 5, "support_episodes active @ BU01530000 2019"); // 20 or 25, the same every time
 * key.fingerprint();                                   // 8 bytes of SHA-256 in hex: to tell keys apart, not to use them
 * }</pre>
 *
 * <p>A count {@code v} with remainder {@code r = v mod base} is rounded up with probability {@code r / base} and down
 * otherwise: a multiple of the base, less than the base away, and on average {@code v}.
 */
public final class RoundingKey {

    /** Rule: the key's text is not 32 bytes in Base64. */
    public static final Rule MALFORMED = Rule.of("rounding-key.malformed", "must be 32 bytes written in Base64");

    private static final int BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final byte[] key;

    private RoundingKey(byte[] key) {
        this.key = key.clone();
    }

    /** A new key from a strong random source. */
    public static RoundingKey generate() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new RoundingKey(bytes);
    }

    /** The key written as {@link #encoded()} (surrounding white space is ignored); throws when malformed. */
    public static RoundingKey parse(String text) {
        try {
            byte[] bytes = Base64.getDecoder().decode(text.strip());
            if (bytes.length == BYTES) {
                return new RoundingKey(bytes);
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below, without repeating the text: it is a secret
        }
        throw new InvalidValueException("rounding key", io.vavr.collection.List.of(Violation.of("key", MALFORMED, "")));
    }

    /** The key as Base64 text, for the publisher's key file; never write it into an output. */
    public String encoded() {
        return Base64.getEncoder().encodeToString(key);
    }

    /** The first 8 bytes of the key's SHA-256 in hex: tells two keys apart without revealing either. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A number in [0, 1) that only this key gives for {@code identity}. */
    public double uniform(String identity) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            byte[] digest = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
            long bits = ByteBuffer.wrap(digest, 0, 8).getLong();
            return (bits >>> 11) * 0x1.0p-53;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** {@code value} randomly rounded to a multiple of {@code base}, drawn for {@code identity}. */
    public long round(long value, int base, String identity) {
        long remainder = Math.floorMod(value, base);
        if (remainder == 0) {
            return value;
        }
        long down = value - remainder;
        return uniform(identity) * base < remainder ? down + base : down;
    }

    /** {@code value} randomly rounded to a whole number (up with probability its fraction), drawn for {@code identity}. */
    public double roundToWhole(double value, String identity) {
        double down = Math.floor(value);
        double fraction = value - down;
        if (fraction == 0) {
            return value;
        }
        return uniform(identity + "#whole") < fraction ? down + 1 : down;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoundingKey k && MessageDigest.isEqual(key, k.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    /** {@code RoundingKey[fingerprint]}: never the key itself. */
    @Override
    public String toString() {
        return "RoundingKey[" + fingerprint() + "]";
    }
}
