package nl.welfare.indicators.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;

/**
 * What disclosure control decides on (geheimhoudingsvraagstuk): the cells of an output (or of the cover table every
 * output of a package is cut from), the true value of every quantity they reveal, the relations among those quantities
 * that are true in the data, the quantities whose value is public anyway (a share without respondents, reported as
 * no data, has a count of 0), and the cells decided before (in an earlier release, or an earlier stage).
 *
 * <pre>{@code
 * QuantityKey district = QuantityKey.of("volunteers", "WK015300", "2022");
 * QuantityKey a = QuantityKey.of("volunteers", "BU01530000", "2022");
 * QuantityKey b = QuantityKey.of("volunteers", "BU01530001", "2022");
 * DisclosureProblem problem = DisclosureProblem.builder()
 *         .cell(Cell.count(CellKey.of("volunteers", "WK015300", "2022"), district), 60)
 *         .cell(Cell.count(CellKey.of("volunteers", "BU01530000", "2022"), a), 3)
 *         .cell(Cell.count(CellKey.of("volunteers", "BU01530001", "2022"), b), 57)
 *         .relation(Relation.sum(district, List.of(a, b), 0))
 *         .build();
 * System.out.println(problem.describe()); // every cell, value and relation, one per line
 * }</pre>
 */
public final class DisclosureProblem {

    /** Rule: two cells of the problem have the same key. */
    public static final Rule DUPLICATE_CELL = Rule.of("disclosure-control.duplicate-cell", "must name each cell once");

    /** Rule: a cell or relation names a quantity without a value. */
    public static final Rule UNKNOWN_QUANTITY =
            Rule.of("disclosure-control.unknown-quantity", "must give the value of every quantity it names");

    /** Rule: a relation does not hold for the values given. */
    public static final Rule RELATION_DOES_NOT_HOLD =
            Rule.of("disclosure-control.relation-does-not-hold", "must hold for the true values");

    /** Rule: a value is negative or not finite. */
    public static final Rule VALUE_OUT_OF_RANGE =
            Rule.of("disclosure-control.value-out-of-range", "must be a finite number, at least 0");

    /** Rule: a decision made before names a cell that is not in the problem. */
    public static final Rule UNKNOWN_FIXED_CELL =
            Rule.of("disclosure-control.unknown-fixed-cell", "must name a cell of the problem");

    private final List<Cell> cells;
    private final Map<QuantityKey, Double> values;
    private final List<Relation> relations;
    private final Set<QuantityKey> known;
    private final Map<CellKey, CellStatus> fixed;

    private DisclosureProblem(Builder builder) {
        Map<CellKey, Cell> byKey = new LinkedHashMap<>();
        Violations violations = Violations.of("disclosure problem");
        for (Cell cell : builder.cells) {
            violations.check(byKey.put(cell.key(), cell) == null, "cells", DUPLICATE_CELL, cell.key());
        }
        for (Map.Entry<QuantityKey, Double> v : builder.values.entrySet()) {
            violations.check(Double.isFinite(v.getValue()) && v.getValue() >= 0, "values", VALUE_OUT_OF_RANGE, v);
        }
        for (Cell cell : builder.cells) {
            for (QuantityKey q : cell.reveals()) {
                violations.check(builder.values.containsKey(q), "cells", UNKNOWN_QUANTITY, q);
            }
        }
        for (QuantityKey q : builder.known) {
            violations.check(builder.values.containsKey(q), "known", UNKNOWN_QUANTITY, q);
        }
        for (Relation relation : builder.relations) {
            boolean named = relation.quantities().stream().allMatch(builder.values::containsKey);
            violations.check(named, "relations", UNKNOWN_QUANTITY, relation);
            if (named) {
                violations.check(relation.holds(builder.values::get), "relations", RELATION_DOES_NOT_HOLD, relation);
            }
        }
        for (CellKey key : builder.fixed.keySet()) {
            violations.check(byKey.containsKey(key), "fixed", UNKNOWN_FIXED_CELL, key);
        }
        violations.throwIfAny();
        this.cells = List.copyOf(builder.cells);
        this.values = Collections.unmodifiableMap(new HashMap<>(builder.values));
        this.relations = List.copyOf(builder.relations);
        this.known = Collections.unmodifiableSet(new TreeSet<>(builder.known));
        this.fixed = Collections.unmodifiableMap(new LinkedHashMap<>(builder.fixed));
    }

    /** A builder for a problem. */
    public static Builder builder() {
        return new Builder();
    }

    /** The cells, in the order given. */
    public List<Cell> cells() {
        return cells;
    }

    /** The true value of every quantity. */
    public Map<QuantityKey, Double> values() {
        return values;
    }

    /** The relations among the quantities, true in the data. */
    public List<Relation> relations() {
        return relations;
    }

    /** The quantities whose value is public whatever is suppressed. */
    public Set<QuantityKey> known() {
        return known;
    }

    /** The cells decided before, with their decision. */
    public Map<CellKey, CellStatus> fixed() {
        return fixed;
    }

    /** Every cell with its quantities' values, every known value and every relation, one per line. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (Cell cell : cells) {
            text.append("cell ").append(cell.key());
            if (cell.isAboutPersons()) {
                text.append(":");
                for (QuantityKey q : cell.reveals()) {
                    text.append(" ")
                            .append(q)
                            .append(" = ")
                            .append(number(java.util.Objects.requireNonNull(values.get(q))))
                            .append(";");
                }
            } else {
                text.append(": things");
            }
            if (cell.splittable()) {
                text.append(" (split by finer periods)");
            }
            CellStatus before = fixed.get(cell.key());
            if (before != null) {
                text.append(" (decided before: ").append(before).append(")");
            }
            text.append('\n');
        }
        known.forEach(q -> text.append("known ")
                .append(q)
                .append(" = ")
                .append(number(java.util.Objects.requireNonNull(values.get(q))))
                .append('\n'));
        relations.forEach(r -> text.append("relation ").append(r).append('\n'));
        return text.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** Collects the cells, values, relations and earlier decisions of a problem. */
    public static final class Builder {
        private final List<Cell> cells = new ArrayList<>();
        private final Map<QuantityKey, Double> values = new HashMap<>();
        private final List<Relation> relations = new ArrayList<>();
        private final Set<QuantityKey> known = new TreeSet<>();
        private final Map<CellKey, CellStatus> fixed = new LinkedHashMap<>();

        private Builder() {}

        /** The cells added so far. */
        public List<Cell> cellsSoFar() {
            return java.util.Collections.unmodifiableList(cells);
        }

        /** Adds a cell; the values of the quantities it reveals are given with {@link #value}. */
        public Builder cell(Cell cell) {
            cells.add(cell);
            return this;
        }

        /** Adds a cell with one count, and that count's value. */
        public Builder cell(Cell cell, double count) {
            cells.add(cell);
            return value(cell.counts().get(0), count);
        }

        /** The true value of {@code quantity}. */
        public Builder value(QuantityKey quantity, double value) {
            values.put(quantity, value);
            return this;
        }

        /** Adds a relation among quantities that is true in the data. */
        public Builder relation(Relation relation) {
            relations.add(relation);
            return this;
        }

        /** Marks {@code quantity} (with its value) as public whatever is suppressed. */
        public Builder known(QuantityKey quantity, double value) {
            values.put(quantity, value);
            known.add(quantity);
            return this;
        }

        /** Fixes the decision on {@code cell}, made before. */
        public Builder fixed(CellKey cell, CellStatus status) {
            fixed.put(cell, status);
            return this;
        }

        /** The problem; throws {@link nl.welfare.domain.value.InvalidValueException} when a rule is broken. */
        public DisclosureProblem build() {
            return new DisclosureProblem(this);
        }
    }
}
