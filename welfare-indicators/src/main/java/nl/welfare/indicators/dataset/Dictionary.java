package nl.welfare.indicators.dataset;

import java.util.Arrays;

/**
 * The texts of a {@link Dataset} (woordenboek), each stored once and named by an {@code int} index: area codes,
 * identifiers, question codes, names, themes and raw survey answers. Columns of a {@link FactTable} hold these
 * indexes instead of the texts, so that a text repeated in ten million rows costs four bytes a row.
 *
 * <pre>{@code
 * Dictionary texts = dataset.dictionary();
 * int oost = texts.indexOf("BU01530101");     // Dataset.NONE when no fact names it
 * texts.text(oost);                           // "BU01530101"
 * }</pre>
 *
 * <p>Indexes run from 0 to {@link #size()} - 1 in the order the texts were first seen. The lookup from text to index
 * is an open-addressing table of {@code int}s, so a text costs its string, one reference and two to four table slots.
 */
public final class Dictionary {

    private final String[] texts;
    private final int[] slots;

    private Dictionary(String[] texts, int[] slots) {
        this.texts = texts;
        this.slots = slots;
    }

    /** The number of distinct texts. */
    public int size() {
        return texts.length;
    }

    /** The text of {@code index}; throws {@link IndexOutOfBoundsException} for an index that names none. */
    public String text(int index) {
        return texts[index];
    }

    /** The index of {@code text}, or {@link Dataset#NONE} when no fact of the dataset holds it. */
    public int indexOf(String text) {
        return find(texts, slots, text);
    }

    /** The bytes the dictionary keeps: the references, the lookup table and an estimate of the strings. */
    public long estimatedBytes() {
        long bytes = Columns.arrayBytes(texts.length, 4) + Columns.arrayBytes(slots.length, 4);
        for (String text : texts) {
            bytes += stringBytes(text);
        }
        return bytes;
    }

    /** A compact Latin-1 string: object header and fields (24 bytes), then its byte array padded to 8 bytes. */
    static long stringBytes(String text) {
        return 24 + Columns.arrayBytes(text.length(), 1);
    }

    private static int find(String[] texts, int[] slots, String text) {
        int mask = slots.length - 1;
        for (int at = spread(text.hashCode()) & mask; ; at = (at + 1) & mask) {
            int slot = slots[at];
            if (slot == 0) {
                return Dataset.NONE;
            }
            if (texts[slot - 1].equals(text)) {
                return slot - 1;
            }
        }
    }

    private static int spread(int hash) {
        return (hash ^ (hash >>> 16)) * 0x9E3779B1;
    }

    /** Collects texts while a dataset is built. */
    static final class Builder {
        private String[] texts = new String[16];
        private int size;
        private int[] slots = new int[32];

        /** The index of {@code text}, adding it when it is new. */
        int intern(String text) {
            int mask = slots.length - 1;
            int at = spread(text.hashCode()) & mask;
            for (; ; at = (at + 1) & mask) {
                int slot = slots[at];
                if (slot == 0) {
                    break;
                }
                if (texts[slot - 1].equals(text)) {
                    return slot - 1;
                }
            }
            if (size == texts.length) {
                texts = Arrays.copyOf(texts, size + (size >> 1));
            }
            texts[size] = text;
            slots[at] = ++size;
            if (size * 2 > slots.length) {
                rehash(slots.length * 2);
            }
            return size - 1;
        }

        private void rehash(int capacity) {
            int[] grown = new int[capacity];
            int mask = capacity - 1;
            for (int i = 0; i < size; i++) {
                int at = spread(texts[i].hashCode()) & mask;
                while (grown[at] != 0) {
                    at = (at + 1) & mask;
                }
                grown[at] = i + 1;
            }
            slots = grown;
        }

        int size() {
            return size;
        }

        Dictionary build() {
            return new Dictionary(Arrays.copyOf(texts, size), slots.clone());
        }
    }
}
