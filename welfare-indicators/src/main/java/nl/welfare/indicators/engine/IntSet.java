package nl.welfare.indicators.engine;

/** A growing set of non-negative {@code int}s (open addressing, no boxing): the distinct persons of a cell. */
final class IntSet {

    private static final int FREE = -1;
    private int[] slots = new int[8];
    private int size;

    IntSet() {
        java.util.Arrays.fill(slots, FREE);
    }

    /** Adds {@code value} (not negative); whether it was new. */
    boolean add(int value) {
        int mask = slots.length - 1;
        int at = spread(value) & mask;
        while (slots[at] != FREE) {
            if (slots[at] == value) {
                return false;
            }
            at = (at + 1) & mask;
        }
        slots[at] = value;
        if (++size * 2 > slots.length) {
            rehash();
        }
        return true;
    }

    /** Whether {@code value} was added. */
    boolean contains(int value) {
        int mask = slots.length - 1;
        int at = spread(value) & mask;
        while (slots[at] != FREE) {
            if (slots[at] == value) {
                return true;
            }
            at = (at + 1) & mask;
        }
        return false;
    }

    /** The values added, in no particular order. */
    int[] toArray() {
        int[] values = new int[size];
        int n = 0;
        for (int value : slots) {
            if (value != FREE) {
                values[n++] = value;
            }
        }
        return values;
    }

    /** The number of distinct values added. */
    int size() {
        return size;
    }

    private void rehash() {
        int[] old = slots;
        slots = new int[old.length * 2];
        java.util.Arrays.fill(slots, FREE);
        int mask = slots.length - 1;
        for (int value : old) {
            if (value != FREE) {
                int at = spread(value) & mask;
                while (slots[at] != FREE) {
                    at = (at + 1) & mask;
                }
                slots[at] = value;
            }
        }
    }

    private static int spread(int value) {
        return (value ^ (value >>> 16)) * 0x9E3779B1;
    }
}
