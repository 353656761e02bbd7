package nl.welfare.indicators.dataset;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.welfare.indicators.definition.Attribute;
import nl.welfare.indicators.definition.AttributeType;
import nl.welfare.indicators.definition.FactType;

/**
 * The growing columns of one table while a dataset is built. A row is written column by column in the order of the
 * table's {@link Layout}, then closed with {@link #end()}; a value written as another kind than its column is stored
 * as, or a row that leaves columns out, is refused with the resource and the column named.
 */
final class TableBuilder {

    /** How a column is stored. */
    enum Kind {
        /** An {@code int} per row: dictionary indexes, epoch days, whole numbers. */
        INT(Integer.BYTES),
        /** A {@code byte} per row: an enum's position in its codes, or a small number. */
        BYTE(Byte.BYTES),
        /** A {@code double} per row: a decimal number. */
        DOUBLE(Double.BYTES);

        private final int bytes;

        Kind(int bytes) {
            this.bytes = bytes;
        }

        /** The bytes a value of this kind takes in its array. */
        int bytes() {
            return bytes;
        }
    }

    /** A column of a table: its name and how it is stored. */
    record Column(String name, Kind kind) {}

    /**
     * The columns of a table, in order. For a fact type they are its {@link FactType#attributes()}, in their order, an
     * {@link AttributeType#ENUM} stored as a {@code byte} (the position of the code), a {@link AttributeType#DECIMAL}
     * as a {@code double} and every other as an {@code int}; then the columns the store adds of its own.
     */
    record Layout(Option<FactType> type, Seq<Column> columns) {

        /** The attributes of {@code type} as columns. */
        static Layout of(FactType type) {
            return new Layout(Option.some(type), type.attributes().map(a -> new Column(a.name(), kindOf(a))));
        }

        /** Columns of {@code int}s named {@code names}, for a table that is not a fact type's. */
        static Layout ints(String... names) {
            return new Layout(Option.none(), List.of(names).map(n -> new Column(n, Kind.INT)));
        }

        private static Kind kindOf(Attribute attribute) {
            return switch (attribute.type()) {
                case ENUM -> Kind.BYTE;
                case DECIMAL -> Kind.DOUBLE;
                default -> Kind.INT;
            };
        }

        /**
         * The whole-number attribute {@code name} stored as a {@code byte}: a number that stays small (a rung 1-6, a
         * score 1-5) and is checked so by the domain value before it reaches the dataset.
         */
        Layout inBytes(String name) {
            Option<Attribute> attribute = type.flatMap(t -> t.attribute(name));
            if (!attribute.exists(a -> a.type() == AttributeType.INTEGER)) {
                throw new IllegalArgumentException(
                        type.map(FactType::resource).getOrElse("table") + " has no whole-number attribute " + name);
            }
            return new Layout(type, columns.map(c -> c.name().equals(name) ? new Column(name, Kind.BYTE) : c));
        }

        /** A column of the store's own, after the attributes: one that no data package column is read into. */
        Layout extra(String name, Kind kind) {
            if (columns.exists(c -> c.name().equals(name))) {
                throw new IllegalArgumentException("the table has a column " + name + " already");
            }
            return new Layout(type, columns.append(new Column(name, kind)));
        }
    }

    /**
     * The names of the columns that play the roles of {@link FactType} (a flow's date, a span's start and end, the
     * person, the area, the weight); none for a role the table does not have.
     */
    record Roles(
            Option<String> date,
            Option<String> spanStart,
            Option<String> spanEnd,
            Option<String> person,
            Option<String> area,
            Option<String> weight) {

        /** The roles {@code type} gives its attributes. */
        static Roles of(FactType type) {
            return new Roles(
                    type.date().map(Attribute::name),
                    type.spanStart().map(Attribute::name),
                    type.spanEnd().map(Attribute::name),
                    type.person().map(Attribute::name),
                    type.area().map(Attribute::name),
                    type.weight().map(Attribute::name));
        }
    }

    private final String resource;
    private final Option<FactType> type;
    private final Roles roles;
    private final String[] names;
    private final Kind[] kinds;

    /** The position of each column among the columns of its kind. */
    private final int[] slots;

    private final Columns.Ints[] ints;
    private final Columns.Bytes[] bytes;
    private final Columns.Doubles[] doubles;
    private int next;
    private int size;

    /** A table named {@code resource} of the columns of {@code layout}. */
    TableBuilder(String resource, Roles roles, Layout layout) {
        this.resource = resource;
        this.type = layout.type();
        this.roles = roles;
        int count = layout.columns().size();
        names = new String[count];
        kinds = new Kind[count];
        slots = new int[count];
        int[] perKind = new int[Kind.values().length];
        for (int at = 0; at < count; at++) {
            Column column = layout.columns().get(at);
            names[at] = column.name();
            kinds[at] = column.kind();
            slots[at] = perKind[column.kind().ordinal()]++;
        }
        ints = new Columns.Ints[perKind[Kind.INT.ordinal()]];
        bytes = new Columns.Bytes[perKind[Kind.BYTE.ordinal()]];
        doubles = new Columns.Doubles[perKind[Kind.DOUBLE.ordinal()]];
        for (int at = 0; at < ints.length; at++) {
            ints[at] = new Columns.Ints();
        }
        for (int at = 0; at < bytes.length; at++) {
            bytes[at] = new Columns.Bytes();
        }
        for (int at = 0; at < doubles.length; at++) {
            doubles[at] = new Columns.Doubles();
        }
    }

    /** A table of a fact type, of the columns of {@code layout} (which {@link Layout#of(FactType)} began). */
    static TableBuilder of(Layout layout) {
        FactType type = layout.type().getOrElseThrow(() -> new IllegalArgumentException("not a fact type's layout"));
        return new TableBuilder(type.resource(), Roles.of(type), layout);
    }

    /** Writes the next column of the row, which must be stored as {@code int}s. */
    TableBuilder i(int value) {
        ints[slot(Kind.INT)].add(value);
        return this;
    }

    /** Writes the next column of the row, which must be stored as {@code byte}s. */
    TableBuilder b(int value) {
        bytes[slot(Kind.BYTE)].add((byte) value);
        return this;
    }

    /** Writes the next column of the row, which must be stored as {@code double}s. */
    TableBuilder d(double value) {
        doubles[slot(Kind.DOUBLE)].add(value);
        return this;
    }

    private int slot(Kind kind) {
        int at = next;
        if (at == names.length || kinds[at] != kind) {
            throw new IllegalStateException(
                    at == names.length
                            ? "a row of " + resource + " has more than its " + names.length + " columns"
                            : "column " + names[at] + " of " + resource + " is stored as " + kinds[at] + ", written as "
                                    + kind);
        }
        next = at + 1;
        return slots[at];
    }

    /** Closes the row; every column must have been written once. */
    void end() {
        if (next != names.length) {
            throw new IllegalStateException("a row of " + resource + " left columns out from " + names[next]);
        }
        next = 0;
        size++;
    }

    int size() {
        return size;
    }

    /** The bytes the growing arrays hold now, slack included. */
    long capacityBytes() {
        long total = 0;
        for (Columns.Ints c : ints) {
            total += Columns.arrayBytes(c.capacity(), Kind.INT.bytes());
        }
        for (Columns.Bytes c : bytes) {
            total += Columns.arrayBytes(c.capacity(), Kind.BYTE.bytes());
        }
        for (Columns.Doubles c : doubles) {
            total += Columns.arrayBytes(c.capacity(), Kind.DOUBLE.bytes());
        }
        return total;
    }

    /** The table, its arrays trimmed to the number of rows. */
    FactTable build(int[] residentArea) {
        Map<String, IntColumn> intColumns = new LinkedHashMap<>();
        Map<String, DoubleColumn> doubleColumns = new LinkedHashMap<>();
        java.util.List<String> order = new ArrayList<>();
        for (int at = 0; at < names.length; at++) {
            order.add(names[at]);
            switch (kinds[at]) {
                case INT -> intColumns.put(names[at], IntColumn.of(names[at], ints[slots[at]].trimmed()));
                case BYTE -> intColumns.put(names[at], IntColumn.of(names[at], bytes[slots[at]].trimmed()));
                case DOUBLE -> doubleColumns.put(names[at], new DoubleColumn(names[at], doubles[slots[at]].trimmed()));
            }
        }
        return new FactTable(resource, type, size, order, intColumns, doubleColumns, roles, residentArea);
    }
}
