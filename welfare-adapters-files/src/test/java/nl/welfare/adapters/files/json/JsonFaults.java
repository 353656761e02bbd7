package nl.welfare.adapters.files.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import java.util.Optional;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.domain.value.Rule;

/** Assertions on the faults of a JSON text, with places given by a marker in the text instead of counted by hand. */
final class JsonFaults {

    /** Marks the exact place inside a marker: {@code "polarity": »1} is the column of {@code 1}. */
    static final char HERE = '»';

    private JsonFaults() {}

    /** The line and column (from 1) of {@code marker} in {@code json}, at {@link #HERE} if it has one. */
    static long[] place(String json, String marker) {
        int here = marker.indexOf(HERE);
        String plain = marker.replace(String.valueOf(HERE), "");
        int at = json.indexOf(plain);
        assertTrue(at >= 0, () -> "marker not in the text: " + plain);
        assertEquals(-1, json.indexOf(plain, at + 1), () -> "marker not unique: " + plain);
        int offset = at + Math.max(0, here);
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new long[] {line, offset - lineStart + 1};
    }

    /** Asserts that {@code faults} is exactly one fault of {@code rule} in {@code field}, at {@code marker}. */
    static void assertOnly(Seq<FileFault> faults, String json, Rule rule, String field, String marker) {
        assertEquals(1, faults.size(), () -> "expected one fault, got\n" + faults.mkString("\n"));
        assertFault(faults.head(), json, rule, field, marker);
    }

    /** Asserts that {@code fault} is of {@code rule} in {@code field} (empty: the whole document), at {@code marker}. */
    static void assertFault(FileFault fault, String json, Rule rule, String field, String marker) {
        long[] place = place(json, marker);
        assertEquals(rule, fault.rule(), fault::message);
        assertEquals(field.isEmpty() ? Optional.empty() : Optional.of(field), fault.field(), fault::message);
        assertEquals(Optional.of(place[0]), fault.line(), fault::message);
        assertEquals(Optional.of((int) place[1]), fault.column(), fault::message);
    }
}
