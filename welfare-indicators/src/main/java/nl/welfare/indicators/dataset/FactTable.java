package nl.welfare.indicators.dataset;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Map;
import nl.welfare.indicators.definition.FactType;

/**
 * The facts of one resource of a {@link Dataset} as columns of primitives (feitentabel): one {@link IntColumn} per
 * attribute of the {@link FactType} (and a {@link DoubleColumn} for a weight), read by row index, so that the engine
 * evaluates filters and measures without creating an object per row.
 *
 * <pre>{@code
 * FactTable participations = dataset.table(FactType.PARTICIPATIONS);
 * IntColumn role = participations.column("role");
 * for (int row = 0; row < participations.size(); row++) {
 *     int day = participations.date(row);            // epoch day
 *     int area = participations.areaIndex(row);      // dataset.areaCode(area)
 *     int resident = participations.personIndex(row); // dataset.text(resident)
 *     int roleCode = role.get(row);                  // position in the attribute's codes
 * }
 * }</pre>
 *
 * <p>The role accessors ({@link #date}, {@link #spanStart}, {@link #spanEnd}, {@link #personIndex},
 * {@link #areaIndex}, {@link #weight}) read the columns that {@link FactType} names for those roles; where a fact type
 * has no such column they give {@link Dataset#NO_DATE}, {@link Dataset#NONE} or a weight of 1. A ladder or
 * self-reliance assessment has no area of its own: {@link #areaIndex} gives its resident's (from the
 * {@code residents} rows), or {@link Dataset#NONE} for a resident without one.
 */
public final class FactTable {

    private final String resource;
    private final Option<FactType> type;
    private final int size;
    private final Seq<String> columnNames;
    private final Map<String, IntColumn> ints;
    private final Map<String, DoubleColumn> doubles;
    private final IntColumn date;
    private final IntColumn spanStart;
    private final IntColumn spanEnd;
    private final IntColumn person;
    private final IntColumn area;
    private final boolean areaThroughResident;
    private final int[] residentArea;
    private final boolean weighted;
    private final DoubleColumn weight;

    FactTable(
            String resource,
            Option<FactType> type,
            int size,
            java.util.List<String> columnNames,
            Map<String, IntColumn> ints,
            Map<String, DoubleColumn> doubles,
            TableBuilder.Roles roles,
            int[] residentArea) {
        this.resource = resource;
        this.type = type;
        this.size = size;
        this.columnNames = List.ofAll(columnNames);
        this.ints = Map.copyOf(ints);
        this.doubles = Map.copyOf(doubles);
        this.date = role(roles.date(), Dataset.NO_DATE);
        this.spanStart = role(roles.spanStart(), Dataset.NO_DATE);
        this.spanEnd = role(roles.spanEnd(), Dataset.NO_END);
        this.person = role(roles.person(), Dataset.NONE);
        this.area = role(roles.area(), Dataset.NONE);
        this.areaThroughResident = type.map(FactType::areaThroughResident).getOrElse(false);
        this.residentArea = areaThroughResident ? residentArea : new int[0];
        Option<DoubleColumn> weightColumn = roles.weight().flatMap(name -> Option.of(this.doubles.get(name)));
        this.weighted = weightColumn.isDefined();
        this.weight =
                weightColumn.getOrElse(() -> DoubleColumn.empty(roles.weight().getOrElse("weight")));
    }

    /** The column that plays a role, or one of {@code absent} in every row where the table has no such column. */
    private IntColumn role(Option<String> name, int absent) {
        return name.flatMap(n -> Option.of(ints.get(n)))
                .getOrElse(() -> IntColumn.constant(name.getOrElse(""), size, absent));
    }

    /** The resource's name in the data package, such as {@code participations} or {@code cohorts}. */
    public String resource() {
        return resource;
    }

    /** The fact type of the rows; none for cohort memberships, which are not a fact type. */
    public Option<FactType> type() {
        return type;
    }

    /** The number of rows. */
    public int size() {
        return size;
    }

    /** The names of the stored columns, in the order of the resource's columns, extra columns last. */
    public Seq<String> columnNames() {
        return columnNames;
    }

    /** The column {@code name} read as {@code int}s, if the table stores one by that name. */
    public Option<IntColumn> ints(String name) {
        return Option.of(ints.get(name));
    }

    /** The column {@code name} of decimals ({@code weight}), if the table stores one by that name. */
    public Option<DoubleColumn> doubles(String name) {
        return Option.of(doubles.get(name));
    }

    /**
     * The column {@code name} read as {@code int}s; throws {@link IllegalArgumentException} when there is none (use
     * {@link #ints(String)} to ask).
     */
    public IntColumn column(String name) {
        IntColumn column = ints.get(name);
        if (column == null) {
            throw new IllegalArgumentException(resource + " has no int column " + name);
        }
        return column;
    }

    /** The epoch day of the fact's flow date ({@link FactType#date()}), or {@link Dataset#NO_DATE}. */
    public int date(int row) {
        return date.get(row);
    }

    /** The epoch day the fact's active span starts ({@link FactType#spanStart()}), or {@link Dataset#NO_DATE}. */
    public int spanStart(int row) {
        return spanStart.get(row);
    }

    /** The epoch day the fact's active span ends ({@link FactType#spanEnd()}), or {@link Dataset#NO_END}. */
    public int spanEnd(int row) {
        return spanEnd.get(row);
    }

    /**
     * Whether the fact's span overlaps the days {@code first} to {@code last} (epoch days, inclusive): it started on
     * or before {@code last} and has no end or ended on or after {@code first}. False for a fact without a span.
     */
    public boolean activeBetween(int row, int first, int last) {
        int start = spanStart.get(row);
        return start != Dataset.NO_DATE && start <= last && spanEnd.get(row) >= first;
    }

    /** The dictionary index of the person ({@link FactType#person()}), or {@link Dataset#NONE}. */
    public int personIndex(int row) {
        return person.get(row);
    }

    /**
     * The dictionary index of the fact's area code: its own {@code area_code}, or for an assessment its resident's;
     * {@link Dataset#NONE} when it has none.
     */
    public int areaIndex(int row) {
        if (areaThroughResident) {
            int resident = person.get(row);
            return resident < 0 ? Dataset.NONE : residentArea[resident];
        }
        return area.get(row);
    }

    /** The fact's weight ({@link FactType#weight()}); 1 for facts that are not weighted. */
    public double weight(int row) {
        return weighted ? weight.get(row) : 1.0;
    }

    /**
     * The bytes of the table's arrays, its empty placeholders for an absent weight or residents' areas included (the
     * dictionary and the residents' areas themselves are counted by the dataset).
     */
    public long estimatedBytes() {
        long total = weighted ? 0 : weight.estimatedBytes();
        total += areaThroughResident ? 0 : Columns.arrayBytes(residentArea.length, Integer.BYTES);
        for (IntColumn column : ints.values()) {
            total += column.estimatedBytes();
        }
        for (DoubleColumn column : doubles.values()) {
            total += column.estimatedBytes();
        }
        return total;
    }

    /** The resource and its number of rows. */
    @Override
    public String toString() {
        return resource + "[" + size + " rows]";
    }
}
