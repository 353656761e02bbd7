package nl.welfare.indicators.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.dataset.DoubleColumn;
import nl.welfare.indicators.dataset.FactTable;
import nl.welfare.indicators.dataset.IntColumn;
import nl.welfare.indicators.definition.AttributeType;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.NetworkScope;
import nl.welfare.indicators.stats.WeightedSums;
import org.jspecify.annotations.Nullable;

/**
 * The sufficient statistics of one part of a definition over one fact type, per slot ({@code cell * periods +
 * period}): counts, distinct persons, or sums of weights and values. The engine feeds it every row of its fact type
 * with the periods the row belongs to by the mode and the cells of the row's area.
 */
abstract class Accumulator {

    final FactType type;
    final CountMode mode;
    final boolean present;
    final int periods;
    private final RowPredicate[] selection;

    Accumulator(
            FactType type, CountMode mode, Filter selection, Dataset dataset, ReportingPeriod[] periods, int cells) {
        this.type = type;
        this.mode = mode;
        this.present = dataset.hasFacts(type);
        this.periods = periods.length;
        this.selection = compileAll(selection, type, dataset, periods);
    }

    static RowPredicate[] compileAll(Filter filter, FactType type, Dataset dataset, ReportingPeriod[] periods) {
        RowPredicate[] compiled = new RowPredicate[periods.length];
        for (int p = 0; p < periods.length; p++) {
            compiled[p] = FilterEvaluator.compile(filter, type, dataset, periods[p]);
        }
        return compiled;
    }

    /** Feeds {@code row} of {@code table} for period {@code period} to the cells {@code cells}. */
    final void accept(FactTable table, int row, int period, int[] cells) {
        if (!selection[period].test(row)) {
            return;
        }
        for (int cell : cells) {
            add(table, row, period, cell * periods + period);
        }
    }

    /** Adds a row that passed the selection to {@code slot}. */
    abstract void add(FactTable table, int row, int period, int slot);

    /** Counts facts, or distinct persons among them. */
    static final class Counts extends Accumulator {
        private final boolean distinct;
        private final long[] counts;
        private final IntSet[] persons;

        Counts(
                FactType type,
                CountMode mode,
                Filter filter,
                boolean distinct,
                Dataset dataset,
                ReportingPeriod[] periods,
                int cells) {
            super(type, mode, filter, dataset, periods, cells);
            this.distinct = distinct;
            this.counts = distinct ? new long[0] : new long[cells * periods.length];
            this.persons = distinct ? new IntSet[cells * periods.length] : new IntSet[0];
        }

        @Override
        void add(FactTable table, int row, int period, int slot) {
            if (!distinct) {
                counts[slot]++;
                return;
            }
            int person = table.personIndex(row);
            if (person < 0) {
                return;
            }
            IntSet set = persons[slot];
            if (set == null) {
                set = new IntSet();
                persons[slot] = set;
            }
            set.add(person);
        }

        /** The count of {@code slot}: facts, or distinct persons (facts without a person are not counted). */
        long count(int slot) {
            if (!distinct) {
                return counts[slot];
            }
            IntSet set = persons[slot];
            return set == null ? 0 : set.size();
        }
    }

    /** Counts a population and those of it meeting a condition, or sums their weights. */
    static final class Share extends Accumulator {
        private final RowPredicate[] condition;
        private final boolean weighted;
        private final long[] n;
        private final long[] k;
        private final double[] sw;
        private final double[] sw2;
        private final double[] swYes;
        private final double[] sw2Yes;

        Share(
                FactType type,
                CountMode mode,
                Filter population,
                Filter condition,
                boolean weighted,
                Dataset dataset,
                ReportingPeriod[] periods,
                int cells) {
            super(type, mode, population, dataset, periods, cells);
            this.condition = compileAll(condition, type, dataset, periods);
            this.weighted = weighted;
            int slots = cells * periods.length;
            n = new long[slots];
            k = new long[slots];
            sw = new double[weighted ? slots : 0];
            sw2 = new double[weighted ? slots : 0];
            swYes = new double[weighted ? slots : 0];
            sw2Yes = new double[weighted ? slots : 0];
        }

        @Override
        void add(FactTable table, int row, int period, int slot) {
            boolean yes = condition[period].test(row);
            n[slot]++;
            if (yes) {
                k[slot]++;
            }
            if (weighted) {
                double w = table.weight(row);
                sw[slot] += w;
                sw2[slot] += w * w;
                if (yes) {
                    swYes[slot] += w;
                    sw2Yes[slot] += w * w;
                }
            }
        }

        boolean weighted() {
            return weighted;
        }

        long population(int slot) {
            return n[slot];
        }

        long meeting(int slot) {
            return k[slot];
        }

        /** The weighted sums of {@code slot} (weights of 1 when the share is not weighted). */
        WeightedSums sums(int slot) {
            double w = weighted ? sw[slot] : n[slot];
            double w2 = weighted ? sw2[slot] : n[slot];
            double yes = k[slot] == n[slot] ? w : Math.min(w, weighted ? swYes[slot] : k[slot]);
            double yes2 = k[slot] == n[slot] ? w2 : Math.min(w2, weighted ? sw2Yes[slot] : k[slot]);
            return WeightedSums.builder()
                    .count(n[slot])
                    .yesCount(k[slot])
                    .sumOfWeights(w)
                    .sumOfSquaredWeights(w2)
                    .sumOfWeightedYes(yes)
                    .sumOfSquaredWeightedYes(yes2)
                    .sumOfWeightedDeviations(yes)
                    .sumOfWeightedSquaredDeviations(yes)
                    .sumOfSquaredWeightedDeviations(yes2)
                    .sumOfSquaredWeightedSquaredDeviations(yes2)
                    .build();
        }
    }

    /** Sums the (weighted) values of a numeric attribute; a missing value is left out. */
    static final class Sums extends Accumulator {
        private final boolean weighted;
        private final IntColumn ints;
        private final DoubleColumn doubles;
        private final boolean decimal;
        private final long[] n;
        private final double[] sw;
        private final double[] sw2;
        private final double[] swv;
        private final double[] swv2;
        private final double[] sw2v;
        private final double[] sw2v2;
        private final double[] shift;
        private double smallest = Double.POSITIVE_INFINITY;
        private double largest = Double.NEGATIVE_INFINITY;
        private double heaviest = 0;

        Sums(
                FactType type,
                CountMode mode,
                Filter filter,
                String attribute,
                boolean weighted,
                Dataset dataset,
                ReportingPeriod[] periods,
                int cells) {
            super(type, mode, filter, dataset, periods, cells);
            this.weighted = weighted;
            FactTable table = dataset.table(type);
            this.decimal = type.attribute(attribute)
                    .map(a -> a.type() == AttributeType.DECIMAL)
                    .getOrElse(false);
            this.doubles = decimal ? table.doubles(attribute).get() : DoubleColumn.empty(attribute);
            this.ints = decimal ? IntColumn.constant(attribute, 0, Dataset.NOT_A_NUMBER) : table.column(attribute);
            int slots = cells * periods.length;
            n = new long[slots];
            sw = new double[slots];
            sw2 = new double[slots];
            swv = new double[slots];
            swv2 = new double[slots];
            sw2v = new double[slots];
            sw2v2 = new double[slots];
            shift = new double[slots];
        }

        @Override
        void add(FactTable table, int row, int period, int slot) {
            double value;
            if (decimal) {
                value = doubles.get(row);
            } else {
                int stored = ints.get(row);
                if (stored == Dataset.NOT_A_NUMBER) {
                    return;
                }
                value = stored;
            }
            double w = weighted ? table.weight(row) : 1.0;
            smallest = Math.min(smallest, value);
            largest = Math.max(largest, value);
            heaviest = Math.max(heaviest, w);
            if (n[slot] == 0) {
                // the deviations are taken from the slot's first value, so that no digits are lost to an offset
                shift[slot] = value;
            }
            double deviation = value - shift[slot];
            double w2 = w * w;
            n[slot]++;
            sw[slot] += w;
            sw2[slot] += w2;
            swv[slot] += w * deviation;
            swv2[slot] += w * deviation * deviation;
            sw2v[slot] += w2 * deviation;
            sw2v2[slot] += w2 * deviation * deviation;
        }

        /** The smallest value summed in any slot; positive infinity when none was. */
        double smallest() {
            return smallest;
        }

        /** The largest value summed in any slot; negative infinity when none was. */
        double largest() {
            return largest;
        }

        /** The largest weight of a value summed in any slot (1 when unweighted); 0 when none was. */
        double heaviest() {
            return heaviest;
        }

        WeightedSums sums(int slot) {
            return WeightedSums.builder()
                    .count(n[slot])
                    .yesCount(0)
                    .sumOfWeights(sw[slot])
                    .sumOfSquaredWeights(sw2[slot])
                    .sumOfWeightedYes(0)
                    .sumOfSquaredWeightedYes(0)
                    .sumOfWeightedDeviations(swv[slot])
                    .sumOfWeightedSquaredDeviations(swv2[slot])
                    .sumOfSquaredWeightedDeviations(sw2v[slot])
                    .sumOfSquaredWeightedSquaredDeviations(sw2v2[slot])
                    .shift(shift[slot])
                    .build();
        }
    }

    /** Reads a numeric attribute of a row as a {@code double}, or {@link Double#NaN} when it is missing. */
    static final class Values {
        private final boolean decimal;
        private final IntColumn ints;
        private final DoubleColumn doubles;

        Values(FactType type, String attribute, FactTable table) {
            this.decimal = type.attribute(attribute)
                    .map(a -> a.type() == AttributeType.DECIMAL)
                    .getOrElse(false);
            this.doubles = decimal ? table.doubles(attribute).get() : DoubleColumn.empty(attribute);
            this.ints = decimal ? IntColumn.constant(attribute, 0, Dataset.NOT_A_NUMBER) : table.column(attribute);
        }

        double get(int row) {
            if (decimal) {
                return doubles.get(row);
            }
            int stored = ints.get(row);
            return stored == Dataset.NOT_A_NUMBER ? Double.NaN : stored;
        }
    }

    /**
     * Per person, the first and last value of a numeric attribute by date: on the first date the highest value, on
     * the last the lowest, so that disagreeing facts on one date never count as progress. Facts without a person, a
     * date or a value are left out.
     */
    static final class Transitions extends Accumulator {
        private static final int FIRST_DAY = 0;
        private static final int FIRST_VALUE = 1;
        private static final int LAST_DAY = 2;
        private static final int LAST_VALUE = 3;
        private static final int FACTS = 4;

        private final @Nullable Values values;
        /** Per slot that has facts, per person, the first and last day and value and the number of facts. */
        private final Map<Integer, Map<Integer, double[]>> persons;

        Transitions(
                FactType type,
                CountMode mode,
                Filter filter,
                String attribute,
                Dataset dataset,
                ReportingPeriod[] periods,
                int cells) {
            super(type, mode, filter, dataset, periods, cells);
            this.values = present ? new Values(type, attribute, dataset.table(type)) : null;
            persons = new HashMap<>();
        }

        @Override
        void add(FactTable table, int row, int period, int slot) {
            int person = table.personIndex(row);
            int day = table.date(row);
            double value = Objects.requireNonNull(values).get(row);
            if (person < 0 || day == Dataset.NO_DATE || Double.isNaN(value)) {
                return;
            }
            double[] state = persons.computeIfAbsent(slot, k -> new HashMap<>())
                    .computeIfAbsent(person, p -> new double[] {day, value, day, value, 0});
            state[FACTS]++;
            if (day < state[FIRST_DAY]) {
                state[FIRST_DAY] = day;
                state[FIRST_VALUE] = value;
            } else if (day == state[FIRST_DAY]) {
                state[FIRST_VALUE] = Math.max(state[FIRST_VALUE], value);
            }
            if (day > state[LAST_DAY]) {
                state[LAST_DAY] = day;
                state[LAST_VALUE] = value;
            } else if (day == state[LAST_DAY]) {
                state[LAST_VALUE] = Math.min(state[LAST_VALUE], value);
            }
        }

        /** The persons of {@code slot} with at least two facts. */
        long assessedTwice(int slot) {
            return persons.getOrDefault(slot, Map.of()).values().stream()
                    .filter(s -> s[FACTS] >= 2)
                    .count();
        }

        /** The persons of {@code slot} with at least two facts whose last value is higher than their first. */
        long progressed(int slot) {
            return persons.getOrDefault(slot, Map.of()).values().stream()
                    .filter(s -> s[FACTS] >= 2 && s[LAST_VALUE] > s[FIRST_VALUE])
                    .count();
        }
    }

    /**
     * Per person, the latest date of their facts passing the population and whether all their facts on it pass the
     * condition. Facts without a person or a date are left out.
     */
    static final class Latest extends Accumulator {
        private final RowPredicate[] condition;
        /** Per slot that has facts, per person, the latest day and whether every fact on it passes. */
        private final Map<Integer, Map<Integer, int[]>> persons;

        Latest(
                FactType type,
                CountMode mode,
                Filter population,
                Filter condition,
                Dataset dataset,
                ReportingPeriod[] periods,
                int cells) {
            super(type, mode, population, dataset, periods, cells);
            this.condition = compileAll(condition, type, dataset, periods);
            persons = new HashMap<>();
        }

        @Override
        void add(FactTable table, int row, int period, int slot) {
            int person = table.personIndex(row);
            int day = table.date(row);
            if (person < 0 || day == Dataset.NO_DATE) {
                return;
            }
            int passes = condition[period].test(row) ? 1 : 0;
            int[] state = persons.computeIfAbsent(slot, k -> new HashMap<>())
                    .computeIfAbsent(person, p -> new int[] {day, passes});
            if (day > state[0]) {
                state[0] = day;
                state[1] = passes;
            } else if (day == state[0]) {
                state[1] &= passes;
            }
        }

        /** The persons of {@code slot}. */
        long population(int slot) {
            return persons.getOrDefault(slot, Map.of()).size();
        }

        /** The persons of {@code slot} whose facts on their latest date all pass the condition. */
        long meeting(int slot) {
            return persons.getOrDefault(slot, Map.of()).values().stream()
                    .filter(s -> s[1] == 1)
                    .count();
        }
    }

    /**
     * The initiatives active per slot, fed by the pass over initiatives (as a stock), and after {@link #link} those of
     * them that are connected in the slot's period.
     *
     * <p>By default ({@link NetworkScope#ANYWHERE}) an initiative is connected in a period when it is active in it and
     * a link active in the period joins it to another initiative (a different id) active in the period, wherever in
     * the package that other initiative is (even outside the areas reported); then it counts as connected in every
     * cell that holds it in the period, so the numerator adds up over areas like the denominator. With {@link
     * NetworkScope#WITHIN_AREA} a link counts only in the cells that hold both its initiatives.
     */
    static final class Network extends Accumulator {
        private final NetworkScope scope;
        private final boolean linksPresent;
        private final int[] firstDays;
        private final int[] lastDays;
        private final IntColumn ids;
        private final List<Map<Integer, IntSet>> cellsOfInitiative;
        private final IntSet[] active;
        private final IntSet[] linked;

        Network(NetworkScope scope, Dataset dataset, ReportingPeriod[] periods, int cells) {
            super(FactType.INITIATIVES, CountMode.STOCK, Filter.all(), dataset, periods, cells);
            this.scope = scope;
            this.linksPresent = dataset.hasFacts(FactType.INITIATIVE_LINKS);
            this.firstDays = new int[periods.length];
            this.lastDays = new int[periods.length];
            this.cellsOfInitiative = new ArrayList<>(periods.length);
            for (int p = 0; p < periods.length; p++) {
                firstDays[p] = (int) periods[p].start().toEpochDay();
                lastDays[p] = (int) periods[p].end().toEpochDay();
                cellsOfInitiative.add(new HashMap<>());
            }
            this.ids = dataset.table(FactType.INITIATIVES).column("id");
            int slots = cells * periods.length;
            active = new IntSet[slots];
            linked = new IntSet[slots];
            for (int slot = 0; slot < slots; slot++) {
                active[slot] = new IntSet();
                linked[slot] = new IntSet();
            }
        }

        @Override
        void add(FactTable table, int row, int period, int slot) {
            int id = ids.get(row);
            if (id < 0) {
                return;
            }
            active[slot].add(id);
            if (scope == NetworkScope.WITHIN_AREA) {
                cellsOfInitiative
                        .get(period)
                        .computeIfAbsent(id, i -> new IntSet())
                        .add(slot / periods);
            }
        }

        /** Whether the dataset had the links resource: without it the network has no data. */
        boolean linksPresent() {
            return linksPresent;
        }

        /** Marks the initiatives connected in each slot, from the links of {@code dataset}; after the initiatives pass. */
        void link(Dataset dataset) {
            if (!linksPresent) {
                return;
            }
            if (scope == NetworkScope.WITHIN_AREA) {
                linkWithinArea(dataset);
            } else {
                linkAnywhere(dataset);
            }
        }

        /** {@link NetworkScope#ANYWHERE}: connected is a property of the initiative in the period, not of the cell. */
        private void linkAnywhere(Dataset dataset) {
            // The initiatives active per period, wherever they are: the other end of a link need not be reported.
            FactTable initiatives = dataset.table(FactType.INITIATIVES);
            IntSet[] activeIn = new IntSet[periods];
            IntSet[] connected = new IntSet[periods];
            for (int p = 0; p < periods; p++) {
                activeIn[p] = new IntSet();
                connected[p] = new IntSet();
            }
            for (int row = 0; row < initiatives.size(); row++) {
                int id = ids.get(row);
                if (id < 0) {
                    continue;
                }
                for (int p = 0; p < periods; p++) {
                    if (initiatives.activeBetween(row, firstDays[p], lastDays[p])) {
                        activeIn[p].add(id);
                    }
                }
            }
            FactTable links = dataset.table(FactType.INITIATIVE_LINKS);
            IntColumn from = links.column("initiative_id");
            IntColumn to = links.column("other_initiative_id");
            for (int row = 0; row < links.size(); row++) {
                int one = from.get(row);
                int other = to.get(row);
                if (one < 0 || other < 0 || one == other) {
                    continue;
                }
                for (int p = 0; p < periods; p++) {
                    if (links.activeBetween(row, firstDays[p], lastDays[p])
                            && activeIn[p].contains(one)
                            && activeIn[p].contains(other)) {
                        connected[p].add(one);
                        connected[p].add(other);
                    }
                }
            }
            for (int slot = 0; slot < active.length; slot++) {
                IntSet connectedInPeriod = connected[slot % periods];
                for (int id : active[slot].toArray()) {
                    if (connectedInPeriod.contains(id)) {
                        linked[slot].add(id);
                    }
                }
            }
        }

        /** {@link NetworkScope#WITHIN_AREA}: a link counts in the cells that hold both its initiatives. */
        private void linkWithinArea(Dataset dataset) {
            FactTable links = dataset.table(FactType.INITIATIVE_LINKS);
            IntColumn from = links.column("initiative_id");
            IntColumn to = links.column("other_initiative_id");
            for (int row = 0; row < links.size(); row++) {
                int one = from.get(row);
                int other = to.get(row);
                if (one < 0 || other < 0 || one == other) {
                    continue;
                }
                for (int p = 0; p < periods; p++) {
                    if (!links.activeBetween(row, firstDays[p], lastDays[p])) {
                        continue;
                    }
                    Map<Integer, IntSet> byId = cellsOfInitiative.get(p);
                    IntSet oneCells = byId.get(one);
                    IntSet otherCells = byId.get(other);
                    if (oneCells == null || otherCells == null) {
                        continue;
                    }
                    for (int cell : oneCells.toArray()) {
                        if (otherCells.contains(cell)) {
                            int slot = cell * periods + p;
                            linked[slot].add(one);
                            linked[slot].add(other);
                        }
                    }
                }
            }
        }

        /** The initiatives active in {@code slot}. */
        long population(int slot) {
            return active[slot].size();
        }

        /** The initiatives of {@code slot} connected in its period (by the scope: anywhere, or within the cell). */
        long meeting(int slot) {
            return linked[slot].size();
        }
    }
}
