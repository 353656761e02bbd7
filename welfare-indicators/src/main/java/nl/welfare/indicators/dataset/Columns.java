package nl.welfare.indicators.dataset;

import java.util.Arrays;

/** Growing primitive arrays for the builder, and the arithmetic of array sizes. */
final class Columns {

    private static final int FIRST_CAPACITY = 16;

    private Columns() {}

    /** The heap bytes of a primitive array: a 16-byte header, then the elements, padded to 8 bytes. */
    static long arrayBytes(long length, int elementBytes) {
        return (16 + length * elementBytes + 7) & ~7L;
    }

    /** The next capacity: half as large again (geometric growth, so adding n values copies fewer than 3n). */
    static int grow(int capacity) {
        int grown = capacity + (capacity >> 1);
        if (grown < FIRST_CAPACITY) {
            return FIRST_CAPACITY;
        }
        return grown < 0 ? Integer.MAX_VALUE - 8 : grown;
    }

    /** A growing {@code int[]}. */
    static final class Ints {
        private int[] values = new int[0];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, grow(size));
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int capacity() {
            return values.length;
        }

        int[] trimmed() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growing {@code byte[]}. */
    static final class Bytes {
        private byte[] values = new byte[0];
        private int size;

        void add(byte value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, grow(size));
            }
            values[size++] = value;
        }

        int capacity() {
            return values.length;
        }

        byte[] trimmed() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growing {@code double[]}. */
    static final class Doubles {
        private double[] values = new double[0];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, grow(size));
            }
            values[size++] = value;
        }

        int capacity() {
            return values.length;
        }

        double[] trimmed() {
            return Arrays.copyOf(values, size);
        }
    }
}
