package nl.welfare.indicators.dataset;

/**
 * One column of a {@link FactTable} read as {@code int}s (kolom), whatever it is stored as: a dictionary index for
 * identifiers, area codes and texts ({@link Dataset#NONE} when empty), an epoch day for dates ({@link Dataset#NO_DATE}
 * when there is none, {@link Dataset#NO_END} for an end that has not come), a number for whole numbers
 * ({@link Dataset#NOT_A_NUMBER} when empty), and the position of the code in
 * {@link nl.welfare.indicators.definition.Attribute#codes()} for an enum (stored as a {@code byte}).
 *
 * <pre>{@code
 * IntColumn role = dataset.table(FactType.PARTICIPATIONS).column("role");
 * int volunteer = FactType.PARTICIPATIONS.attribute("role").get().codes().indexOf("volunteer");
 * for (int row = 0; row < role.size(); row++) {
 *     if (role.get(row) == volunteer) { ... }
 * }
 * }</pre>
 */
public abstract sealed class IntColumn permits IntColumn.OfInts, IntColumn.OfBytes, IntColumn.Constant {

    private final String name;

    IntColumn(String name) {
        this.name = name;
    }

    /** The column's name: the attribute's, as the data package names the column. */
    public final String name() {
        return name;
    }

    /** The value in {@code row} (0 to {@link #size()} - 1). */
    public abstract int get(int row);

    /** The number of rows. */
    public abstract int size();

    /** The bytes of the arrays behind the column. */
    abstract long estimatedBytes();

    static IntColumn of(String name, int[] values) {
        return new OfInts(name, values);
    }

    static IntColumn of(String name, byte[] values) {
        return new OfBytes(name, values);
    }

    /**
     * A column without storage that holds {@code value} in each of its {@code size} rows: what a {@link FactTable}
     * answers for a role its fact type does not have, and a placeholder for a reader that needs a column of no rows.
     */
    public static IntColumn constant(String name, int size, int value) {
        return new Constant(name, size, value);
    }

    /** A column stored as {@code int}s. */
    static final class OfInts extends IntColumn {
        private final int[] values;

        OfInts(String name, int[] values) {
            super(name);
            this.values = values;
        }

        @Override
        public int get(int row) {
            return values[row];
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        long estimatedBytes() {
            return Columns.arrayBytes(values.length, Integer.BYTES);
        }
    }

    /** A column of small numbers and enum positions stored as {@code byte}s. */
    static final class OfBytes extends IntColumn {
        private final byte[] values;

        OfBytes(String name, byte[] values) {
            super(name);
            this.values = values;
        }

        @Override
        public int get(int row) {
            return values[row];
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        long estimatedBytes() {
            return Columns.arrayBytes(values.length, Byte.BYTES);
        }
    }

    /** A column without storage, the same value in every row (a role the fact type does not have). */
    static final class Constant extends IntColumn {
        private final int size;
        private final int value;

        Constant(String name, int size, int value) {
            super(name);
            this.size = size;
            this.value = value;
        }

        @Override
        public int get(int row) {
            if (row < 0 || row >= size) {
                throw new IndexOutOfBoundsException(row);
            }
            return value;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        long estimatedBytes() {
            return 0;
        }
    }
}
