package nl.welfare.indicators.dataset;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.welfare.indicators.definition.FactType;

/**
 * The growing columns of one table while a dataset is built. A row is written column by column in the order of the
 * spec, each kind ({@code int}, {@code byte}, {@code double}) in its own order, then closed with {@link #end()}.
 */
final class TableBuilder {

    private final String[] names;

    /** A column's storage: {@code I} for {@code int}, {@code B} for {@code byte}, {@code D} for {@code double}. */
    private final char[] kinds;

    private final String resource;
    private final Option<FactType> type;
    private final Roles roles;
    private final Columns.Ints[] ints;
    private final Columns.Bytes[] bytes;
    private final Columns.Doubles[] doubles;
    private int nextInt;
    private int nextByte;
    private int nextDouble;
    private int size;

    /** The names of the columns that play the roles of {@link FactType}, empty for none. */
    record Roles(String date, String spanStart, String spanEnd, String person, String area, String weight) {

        static Roles of(FactType type) {
            return new Roles(
                    name(type.date()),
                    name(type.spanStart()),
                    name(type.spanEnd()),
                    name(type.person()),
                    name(type.area()),
                    name(type.weight()));
        }

        private static String name(Option<nl.welfare.indicators.definition.Attribute> attribute) {
            return attribute
                    .map(nl.welfare.indicators.definition.Attribute::name)
                    .getOrElse("");
        }
    }

    /**
     * A table named {@code resource} whose columns are given by {@code spec}: {@code name:kind} pairs separated by
     * commas, kinds {@code I}, {@code B} and {@code D}.
     */
    TableBuilder(String resource, Option<FactType> type, Roles roles, String spec) {
        this.resource = resource;
        this.type = type;
        this.roles = roles;
        String[] parts = spec.split(",");
        names = new String[parts.length];
        kinds = new char[parts.length];
        int i = 0;
        int b = 0;
        int d = 0;
        for (int at = 0; at < parts.length; at++) {
            String[] nameKind = parts[at].split(":");
            names[at] = nameKind[0];
            kinds[at] = nameKind[1].charAt(0);
            switch (kinds[at]) {
                case 'I' -> i++;
                case 'B' -> b++;
                case 'D' -> d++;
                default -> throw new IllegalArgumentException(spec);
            }
        }
        ints = new Columns.Ints[i];
        bytes = new Columns.Bytes[b];
        doubles = new Columns.Doubles[d];
        for (int at = 0; at < i; at++) {
            ints[at] = new Columns.Ints();
        }
        for (int at = 0; at < b; at++) {
            bytes[at] = new Columns.Bytes();
        }
        for (int at = 0; at < d; at++) {
            doubles[at] = new Columns.Doubles();
        }
    }

    /** A table of a fact type. */
    static TableBuilder of(FactType type, String spec) {
        return new TableBuilder(type.resource(), Option.some(type), Roles.of(type), spec);
    }

    TableBuilder i(int value) {
        ints[nextInt++].add(value);
        return this;
    }

    TableBuilder b(int value) {
        bytes[nextByte++].add((byte) value);
        return this;
    }

    TableBuilder d(double value) {
        doubles[nextDouble++].add(value);
        return this;
    }

    /** Closes the row; every column must have been written once. */
    void end() {
        if (nextInt != ints.length || nextByte != bytes.length || nextDouble != doubles.length) {
            throw new IllegalStateException("a row of " + resource + " left columns out");
        }
        nextInt = 0;
        nextByte = 0;
        nextDouble = 0;
        size++;
    }

    int size() {
        return size;
    }

    /** The bytes the growing arrays hold now, slack included. */
    long capacityBytes() {
        long total = 0;
        for (Columns.Ints c : ints) {
            total += Columns.arrayBytes(c.capacity(), Integer.BYTES);
        }
        for (Columns.Bytes c : bytes) {
            total += Columns.arrayBytes(c.capacity(), Byte.BYTES);
        }
        for (Columns.Doubles c : doubles) {
            total += Columns.arrayBytes(c.capacity(), Double.BYTES);
        }
        return total;
    }

    /** The table, its arrays trimmed to the number of rows. */
    FactTable build(int[] residentArea) {
        Map<String, IntColumn> intColumns = new LinkedHashMap<>();
        Map<String, DoubleColumn> doubleColumns = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        int i = 0;
        int b = 0;
        int d = 0;
        for (int at = 0; at < names.length; at++) {
            order.add(names[at]);
            switch (kinds[at]) {
                case 'I' -> intColumns.put(names[at], IntColumn.of(names[at], ints[i++].trimmed()));
                case 'B' -> intColumns.put(names[at], IntColumn.of(names[at], bytes[b++].trimmed()));
                default -> doubleColumns.put(names[at], new DoubleColumn(names[at], doubles[d++].trimmed()));
            }
        }
        return new FactTable(resource, type, size, order, intColumns, doubleColumns, roles, residentArea);
    }
}
