package nl.welfare.indicators.dataset;

/**
 * A column of a {@link FactTable} that holds decimal numbers (kolom met decimalen): the design {@code weight} of
 * survey responses, stored as {@code double}s.
 *
 * <pre>{@code
 * DoubleColumn weight = dataset.table(FactType.SURVEY_RESPONSES).doubles("weight").get();
 * double total = 0;
 * for (int row = 0; row < weight.size(); row++) {
 *     total += weight.get(row);
 * }
 * }</pre>
 */
public final class DoubleColumn {

    private final String name;
    private final double[] values;

    DoubleColumn(String name, double[] values) {
        this.name = name;
        this.values = values;
    }

    /** A column of no rows named {@code name}: what a table without a weight holds, or a reader's placeholder. */
    public static DoubleColumn empty(String name) {
        return new DoubleColumn(name, new double[0]);
    }

    /** The column's name, as the data package names it. */
    public String name() {
        return name;
    }

    /** The value in {@code row} (0 to {@link #size()} - 1). */
    public double get(int row) {
        return values[row];
    }

    /** The number of rows. */
    public int size() {
        return values.length;
    }

    long estimatedBytes() {
        return Columns.arrayBytes(values.length, Double.BYTES);
    }
}
