package nl.welfare.indicators.disclosure;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;

/**
 * Disclosure control (statistische geheimhouding) of one output: which cells to suppress so that no count of fewer
 * than the minimum persons is published or can be recovered from what is published, and, optionally, the rounding of
 * the published counts.
 *
 * <pre>{@code
 * CellKey total = CellKey.of("volunteers", "WK015300", "2022");
 * CellKey a = CellKey.of("volunteers", "BU01530000", "2022");
 * CellKey b = CellKey.of("volunteers", "BU01530001", "2022");
 * CellKey c = CellKey.of("volunteers", "BU01530002", "2022");
 * DisclosureResult result = DisclosureControl.apply(
 *         List.of(Cell.persons(total, 60), Cell.persons(a, 3), Cell.persons(b, 25), Cell.persons(c, 32)),
 *         List.of(Relation.sum(total, List.of(a, b, c))),
 *         DisclosureRules.standard());
 * result.reason(a); // Some(PRIMARY_BELOW_MINIMUM)
 * result.reason(b); // Some(SECONDARY): the smallest other part, so that 60 - 32 gives back neither a nor b
 * }</pre>
 *
 * <h2>The algorithm</h2>
 *
 * <ol>
 *   <li><b>Primary.</b> A cell about persons that is not a difference is suppressed when its count (the unweighted
 *       persons behind it) is below the minimum, zero included ({@link SuppressionReason#PRIMARY_BELOW_MINIMUM}); a
 *       share is also suppressed when its numerator ({@link SuppressionReason#PRIMARY_SMALL_NUMERATOR}) or its
 *       denominator minus numerator ({@link SuppressionReason#PRIMARY_SMALL_COMPLEMENT}) is in the band 1 to 4.
 *   <li><b>Secondary, by the relations</b>, repeated until nothing changes. For every relation, in the order given:
 *       <ul>
 *         <li>if exactly one of its cells is suppressed, the published cell of it with the smallest count (ties: the
 *             smallest key) is suppressed too. This passes suppression down as well as across: a suppressed total
 *             whose parts are all published gets a part suppressed;
 *         <li>if its total is published and its suppressed parts are counts, the suppressed parts add up to the
 *             published difference {@code total - published parts}; when that is below the minimum (so 0 and 1 to 4
 *             included: no two suppressed cells sum to a published difference of 1 to 4), or, when every cell of the
 *             relation is a share, the difference of numerators or of complements is in the band 1 to 4, the smallest
 *             published part is suppressed too.
 *       </ul>
 *   <li><b>Secondary, by the audit.</b> For each suppressed cell, in key order, two linear programs give the smallest
 *       and the largest value its count can take given every relation, every published count, and every suppressed
 *       count at least 0 (differences may be negative). When that range is narrower than the minimum (and bounded),
 *       the published cell with the smallest count among the relations of that cell (else of the relations of its
 *       suppressed neighbours, else of the whole output) is suppressed, step 2 runs again, and the audit starts over.
 *       It ends when every suppressed cell passes (or no cell is left to suppress).
 *   <li><b>Rounding</b>, when the rules ask for it: every published count of persons is randomly rounded to a
 *       multiple of the base (see below), after suppression; a share's numerator is rounded on its own and then capped
 *       at the rounded denominator.
 * </ol>
 *
 * <p>Cells about things are never suppressed nor rounded; they count as published numbers in the relations.
 *
 * <p><b>Complexity.</b> With {@code n} cells, {@code r} relations of total size {@code s} and {@code k} suppressed
 * cells at the end: a pass of step 2 costs {@code O(s)} and adds a cell or ends, so step 2 costs {@code O(n s)} at most.
 * An audit round solves {@code 2k} linear programs of {@code r} rows and at most {@code 2k} columns; a pivot costs
 * {@code O(r (k + r))}. Each audit round that fails adds a cell, so there are at most {@code n} rounds; in practice the
 * relation rules leave one or two failures, and one output of a district with its neighbourhoods (about 100 cells)
 * takes milliseconds.
 *
 * <p><b>Random rounding.</b> A count {@code v} with remainder {@code r = v mod 5} is rounded up with probability
 * {@code r / 5} and down otherwise: a multiple of 5, less than 5 away, unbiased. The random number comes from the
 * 64-bit FNV-1a hash of the text {@code key#count} (or {@code key#numerator}) mixed by SplitMix64, so a cell rounds
 * the same way in every run. The audit uses the exact counts: rounding only adds uncertainty.
 *
 * <p><b>Not covered.</b> The audit bounds the counts (the denominators of shares); numerators of suppressed shares are
 * protected by the relation rules (the band on differences of numerators and complements), not by a linear program.
 */
public final class DisclosureControl {

    /** Rule: two cells of the output have the same key. */
    public static final Rule DUPLICATE_CELL = Rule.of("disclosure-control.duplicate-cell", "must name each cell once");

    /** Rule: a relation names a cell that is not among the output's cells. */
    public static final Rule UNKNOWN_CELL =
            Rule.of("disclosure-control.unknown-cell", "must name only cells of the output");

    /** Rule: a relation's parts do not add up to its total (counts, or numerators when all cells are shares). */
    public static final Rule RELATION_DOES_NOT_ADD_UP =
            Rule.of("disclosure-control.relation-does-not-add-up", "must add up to the total");

    private DisclosureControl() {}

    /**
     * The outcome of disclosure control for the cells of one output and the relations among them; throws an
     * {@link nl.welfare.domain.value.InvalidValueException} when a rule of this class is broken.
     */
    public static DisclosureResult apply(
            Collection<Cell> cells, Collection<Relation> relations, DisclosureRules rules) {
        return new Table(cells, relations, rules).decide();
    }

    /** The outcome, or every broken rule of this class (duplicate cells, unknown cells, relations that do not add up). */
    public static Validation<Seq<Violation>, DisclosureResult> validate(
            Collection<Cell> cells, Collection<Relation> relations, DisclosureRules rules) {
        return Violations.attempt(() -> apply(cells, relations, rules));
    }

    /** The primary reason to suppress {@code cell} under {@code rules}, if any. */
    public static Optional<SuppressionReason> primary(Cell cell, DisclosureRules rules) {
        if (!rules.enabled() || !cell.isAboutPersons() || cell.difference()) {
            return Optional.empty();
        }
        if (cell.count() < rules.minimum()) {
            return Optional.of(SuppressionReason.PRIMARY_BELOW_MINIMUM);
        }
        if (cell.numerator().isPresent()) {
            long numerator = cell.numerator().get();
            if (inBand(numerator, rules)) {
                return Optional.of(SuppressionReason.PRIMARY_SMALL_NUMERATOR);
            }
            if (inBand(cell.count() - numerator, rules)) {
                return Optional.of(SuppressionReason.PRIMARY_SMALL_COMPLEMENT);
            }
        }
        return Optional.empty();
    }

    private static boolean inBand(long value, DisclosureRules rules) {
        return value >= 1 && value <= rules.smallBand();
    }

    /** The cells of one output, indexed in key order, with their relations. */
    private static final class Table {
        private final DisclosureRules rules;
        private final Cell[] cells;
        private final int[][] relations;
        private final List<List<Integer>> relationsOf = new ArrayList<>();
        private final TreeMap<Integer, SuppressionReason> suppressed = new TreeMap<>();

        Table(Collection<Cell> input, Collection<Relation> given, DisclosureRules rules) {
            this.rules = rules;
            Violations violations = Violations.of("disclosure input");
            TreeMap<CellKey, Cell> byKey = new TreeMap<>();
            for (Cell cell : input) {
                violations.check(byKey.put(cell.key(), cell) == null, "cells", DUPLICATE_CELL, cell.key());
            }
            this.cells = byKey.values().toArray(new Cell[0]);
            Map<CellKey, Integer> index = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                index.put(cells[i].key(), i);
                relationsOf.add(new ArrayList<>());
            }
            List<int[]> known = new ArrayList<>();
            for (Relation relation : given) {
                List<CellKey> keys = relation.cells();
                boolean complete = keys.stream().allMatch(index::containsKey);
                violations.check(complete, "relations", UNKNOWN_CELL, relation);
                if (complete) {
                    int[] members = keys.stream().mapToInt(index::get).toArray();
                    violations.check(addsUp(members), "relations", RELATION_DOES_NOT_ADD_UP, relation);
                    for (int member : members) {
                        relationsOf.get(member).add(known.size());
                    }
                    known.add(members);
                }
            }
            violations.throwIfAny();
            this.relations = known.toArray(new int[0][]);
        }

        private boolean addsUp(int[] members) {
            long count = cells[members[0]].count();
            for (int p = 1; p < members.length; p++) {
                count -= cells[members[p]].count();
            }
            if (count != 0) {
                return false;
            }
            if (allShares(members)) {
                long numerator = numerator(members[0]);
                for (int p = 1; p < members.length; p++) {
                    numerator -= numerator(members[p]);
                }
                return numerator == 0;
            }
            return true;
        }

        private boolean allShares(int[] members) {
            for (int member : members) {
                if (cells[member].numerator().isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private long numerator(int cell) {
            return cells[cell].numerator().orElse(0L);
        }

        DisclosureResult decide() {
            if (rules.enabled()) {
                for (int i = 0; i < cells.length; i++) {
                    int cell = i;
                    primary(cells[i], rules).ifPresent(reason -> suppressed.put(cell, reason));
                }
                if (!suppressed.isEmpty()) {
                    protect();
                }
            }
            Map<CellKey, CellOutcome> outcomes = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                SuppressionReason reason = suppressed.get(i);
                outcomes.put(
                        cells[i].key(), reason != null ? Suppressed.of(cells[i].key(), reason) : publish(cells[i]));
            }
            return DisclosureResult.of(rules, outcomes);
        }

        private Published publish(Cell cell) {
            Optional<Integer> base = rules.enabled() && cell.isAboutPersons() ? rules.roundingBase() : Optional.empty();
            if (base.isEmpty()) {
                return Published.of(cell.key(), cell.count(), cell.numerator(), false);
            }
            int b = base.get();
            long count = RandomRounding.round(cell.key(), "count", cell.count(), b);
            Optional<Long> numerator =
                    cell.numerator().map(n -> Math.min(count, RandomRounding.round(cell.key(), "numerator", n, b)));
            return Published.of(cell.key(), count, numerator, true);
        }

        private void protect() {
            while (true) {
                byRelations();
                OptionalInt failing = firstFailingAudit();
                if (failing.isEmpty()) {
                    return;
                }
                OptionalInt extra = widener(failing.getAsInt());
                if (extra.isEmpty()) {
                    return;
                }
                suppressed.put(extra.getAsInt(), SuppressionReason.SECONDARY);
            }
        }

        /** Step 2: the rules on single relations, until nothing changes. */
        private void byRelations() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[] members : relations) {
                    int count = 0;
                    for (int member : members) {
                        if (suppressed.containsKey(member)) {
                            count++;
                        }
                    }
                    if (count == 0) {
                        continue;
                    }
                    OptionalInt pick = OptionalInt.empty();
                    if (count == 1) {
                        pick = smallestPublished(members, 0);
                    } else if (tooNarrow(members)) {
                        pick = smallestPublished(members, 1);
                    }
                    if (pick.isPresent()) {
                        suppressed.put(pick.getAsInt(), SuppressionReason.SECONDARY);
                        changed = true;
                    }
                }
            }
        }

        /** Whether the suppressed parts of a relation with a published total add up to too little. */
        private boolean tooNarrow(int[] members) {
            int total = members[0];
            if (suppressed.containsKey(total)) {
                return false;
            }
            long difference = cells[total].count();
            long numerators = numerator(total);
            for (int p = 1; p < members.length; p++) {
                int part = members[p];
                if (suppressed.containsKey(part)) {
                    if (cells[part].difference()) {
                        return false;
                    }
                } else {
                    difference -= cells[part].count();
                    numerators -= numerator(part);
                }
            }
            boolean narrow = difference < rules.minimum();
            if (allShares(members)) {
                narrow = narrow || inBand(numerators, rules) || inBand(difference - numerators, rules);
            }
            return narrow;
        }

        /** The published cell about persons with the smallest count among {@code members} from {@code from} on. */
        private OptionalInt smallestPublished(int[] members, int from) {
            int best = -1;
            for (int p = from; p < members.length; p++) {
                int cell = members[p];
                if (isCandidate(cell) && (best < 0 || smaller(cell, best))) {
                    best = cell;
                }
            }
            return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
        }

        private boolean isCandidate(int cell) {
            return !suppressed.containsKey(cell) && cells[cell].isAboutPersons();
        }

        private boolean smaller(int cell, int than) {
            long a = Math.abs(cells[cell].count());
            long b = Math.abs(cells[than].count());
            return a < b || (a == b && cell < than);
        }

        /** The first suppressed cell, in key order, whose range is narrower than the minimum. */
        private OptionalInt firstFailingAudit() {
            Audit audit = new Audit();
            for (int cell : suppressed.keySet()) {
                double low = audit.minimum(cell);
                double high = -audit.minimum(-cell - 1);
                if (high - low < rules.minimum() - 1e-6) {
                    return OptionalInt.of(cell);
                }
            }
            return OptionalInt.empty();
        }

        /** The published cell to suppress to widen the range of {@code cell}. */
        private OptionalInt widener(int cell) {
            List<Integer> ring = new ArrayList<>();
            for (int r : relationsOf.get(cell)) {
                for (int member : relations[r]) {
                    ring.add(member);
                }
            }
            OptionalInt pick =
                    smallestPublished(ring.stream().mapToInt(Integer::intValue).toArray(), 0);
            if (pick.isPresent()) {
                return pick;
            }
            List<Integer> second = new ArrayList<>();
            for (int neighbour : ring) {
                for (int r : relationsOf.get(neighbour)) {
                    for (int member : relations[r]) {
                        second.add(member);
                    }
                }
            }
            pick = smallestPublished(second.stream().mapToInt(Integer::intValue).toArray(), 0);
            if (pick.isPresent()) {
                return pick;
            }
            int[] all = new int[cells.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return smallestPublished(all, 0);
        }

        /** The linear programs over the suppressed cells, with the published counts fixed. */
        private final class Audit {
            private final Map<Integer, Integer> column = new HashMap<>();
            private final int columns;
            private final double[][] a;
            private final double[] b;

            Audit() {
                int next = 0;
                for (int cell : suppressed.keySet()) {
                    column.put(cell, next);
                    next += cells[cell].difference() ? 2 : 1;
                }
                columns = next;
                List<double[]> rows = new ArrayList<>();
                List<Double> rhs = new ArrayList<>();
                for (int[] members : relations) {
                    double[] row = new double[columns];
                    double constant = 0;
                    boolean touches = false;
                    for (int p = 0; p < members.length; p++) {
                        int cell = members[p];
                        double sign = p == 0 ? 1 : -1;
                        Integer c = column.get(cell);
                        if (c == null) {
                            constant -= sign * cells[cell].count();
                        } else {
                            touches = true;
                            row[c] += sign;
                            if (cells[cell].difference()) {
                                row[c + 1] -= sign;
                            }
                        }
                    }
                    if (touches) {
                        rows.add(row);
                        rhs.add(constant);
                    }
                }
                a = rows.toArray(new double[0][]);
                b = rhs.stream().mapToDouble(Double::doubleValue).toArray();
            }

            /** The smallest count of {@code code} (a cell), or minus the largest (for {@code -cell - 1}). */
            double minimum(int code) {
                boolean maximise = code < 0;
                int cell = maximise ? -code - 1 : code;
                int c = Objects.requireNonNull(column.get(cell), "every cell has a column");
                double[] objective = new double[columns];
                double sign = maximise ? -1 : 1;
                objective[c] = sign;
                if (cells[cell].difference()) {
                    objective[c + 1] = -sign;
                }
                if (a.length == 0) {
                    return maximise || cells[cell].difference() ? Double.NEGATIVE_INFINITY : 0;
                }
                return LinearProgram.minimise(a, b, objective);
            }
        }
    }
}
