package nl.welfare.indicators.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One run of disclosure control over a {@link DisclosureProblem}: primary suppression, then secondary suppression until
 * every audited quantity of every suppressed cell has a feasible range at least the minimum wide (a mean's sums: not
 * pinned to 0), given every published quantity, every known value and every relation. See {@link DisclosureControl}
 * for the steps.
 */
final class Decision {

    private static final double EPS = 1e-6;
    /** The most unknowns of the program that gives a suppressed quantity its exact range, for the audit file. */
    private static final int LARGEST = 1536;

    /** A quantity an audit checks: a linear expression of one suppressed cell, and what it must satisfy. */
    private record Expression(int cell, String role, int[] quantities, double[] coefficients, boolean positive) {}

    /** What a check found: the range, and whether it is exact. */
    private record Found(double low, double high, boolean exact) {}

    private final DisclosureRules rules;
    private final int minimum;
    private final Relation[] relation;

    private final QuantityKey[] quantity;
    private final double[] value;
    private final boolean[] knownFixed;
    private final int[] publishers;
    private final int[][] relationsOf;
    /** The coefficient of each quantity in each of its relations, parallel to {@link #relationsOf}. */
    private final double[][] weightOf;

    private final int[][] revealers;

    private final Cell[] cell;
    private final int[][] counts;
    private final int[] numerator;
    private final int[][] sums;
    private final int[][] reveals;
    private final boolean[] fixed;
    private final boolean[] suppressed;
    private final SuppressionReason[] reason;
    private final String[] detail;
    private final boolean[] unprotected;

    private final int[][] terms;
    private final double[][] coefficients;
    private final boolean[] equal;
    private final double[] constant;
    /** Each relation's room at the true values: its constant less its terms (0 for an equation that holds). */
    private final double[] slack;

    private final Deque<Expression> pending = new ArrayDeque<>();
    private final Deque<Integer> dirtyRelations = new ArrayDeque<>();
    private final BitSet dirty = new BitSet();
    private final Map<Expression, Found> found = new LinkedHashMap<>();

    Decision(DisclosureProblem problem, DisclosureRules rules) {
        this.rules = rules;
        this.minimum = rules.minimum();
        Map<QuantityKey, Integer> index = new HashMap<>();
        List<QuantityKey> keys =
                new ArrayList<>(new java.util.TreeSet<>(problem.values().keySet()));
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        int qn = keys.size();
        quantity = keys.toArray(new QuantityKey[0]);
        value = new double[qn];
        knownFixed = new boolean[qn];
        for (int q = 0; q < qn; q++) {
            value[q] = java.util.Objects.requireNonNull(problem.values().get(quantity[q]));
        }
        problem.known().forEach(k -> knownFixed[java.util.Objects.requireNonNull(index.get(k))] = true);

        List<Cell> cells = problem.cells();
        int cn = cells.size();
        cell = cells.toArray(new Cell[0]);
        counts = new int[cn][];
        numerator = new int[cn];
        sums = new int[cn][];
        reveals = new int[cn][];
        fixed = new boolean[cn];
        suppressed = new boolean[cn];
        reason = new SuppressionReason[cn];
        detail = new String[cn];
        unprotected = new boolean[cn];
        List<List<Integer>> revealing = new ArrayList<>();
        for (int q = 0; q < qn; q++) {
            revealing.add(new ArrayList<>());
        }
        for (int c = 0; c < cn; c++) {
            counts[c] = cell[c].counts().stream().mapToInt(index::get).toArray();
            numerator[c] = cell[c].numerator().map(index::get).orElse(-1);
            sums[c] = cell[c].sums().stream().mapToInt(index::get).toArray();
            reveals[c] = cell[c].reveals().stream().mapToInt(index::get).toArray();
            for (int q : reveals[c]) {
                revealing.get(q).add(c);
            }
        }
        revealers = new int[qn][];
        for (int q = 0; q < qn; q++) {
            revealers[q] = revealing.get(q).stream().mapToInt(Integer::intValue).toArray();
        }
        publishers = new int[qn];

        List<Relation> given = problem.relations();
        int rn = given.size();
        relation = given.toArray(new Relation[0]);
        terms = new int[rn][];
        coefficients = new double[rn][];
        equal = new boolean[rn];
        constant = new double[rn];
        List<List<Integer>> of = new ArrayList<>();
        for (int q = 0; q < qn; q++) {
            of.add(new ArrayList<>());
        }
        for (int r = 0; r < rn; r++) {
            List<Relation.Term> t = relation[r].terms();
            terms[r] = new int[t.size()];
            coefficients[r] = new double[t.size()];
            for (int i = 0; i < t.size(); i++) {
                terms[r][i] =
                        java.util.Objects.requireNonNull(index.get(t.get(i).quantity()));
                coefficients[r][i] = t.get(i).coefficient();
                List<Integer> mine = of.get(terms[r][i]);
                if (mine.isEmpty() || mine.get(mine.size() - 1) != r) {
                    mine.add(r);
                }
            }
            equal[r] = relation[r].comparison() == Relation.Comparison.EQUAL;
            constant[r] = relation[r].constant();
        }
        slack = new double[rn];
        for (int r = 0; r < rn; r++) {
            double room = constant[r];
            for (int t = 0; t < terms[r].length; t++) {
                room -= coefficients[r][t] * value[terms[r][t]];
            }
            slack[r] = room;
        }
        relationsOf = new int[qn][];
        weightOf = new double[qn][];
        for (int q = 0; q < qn; q++) {
            relationsOf[q] = of.get(q).stream().mapToInt(Integer::intValue).toArray();
            weightOf[q] = new double[relationsOf[q].length];
            for (int i = 0; i < relationsOf[q].length; i++) {
                int r = relationsOf[q][i];
                for (int t = 0; t < terms[r].length; t++) {
                    if (terms[r][t] == q) {
                        weightOf[q][i] += coefficients[r][t];
                    }
                }
            }
        }

        Map<CellKey, Integer> cellIndex = new HashMap<>();
        for (int c = 0; c < cn; c++) {
            cellIndex.put(cell[c].key(), c);
        }
        problem.fixed().forEach((key, status) -> {
            int c = java.util.Objects.requireNonNull(cellIndex.get(key));
            fixed[c] = true;
            if (status == CellStatus.SUPPRESSED) {
                suppressed[c] = true;
                reason[c] = SuppressionReason.EARLIER_DECISION;
                detail[c] = "suppressed by an earlier decision (ledger or earlier stage)";
            }
        });
    }

    /** Decides every cell and returns the outcome; {@code ranges}: also give every audited quantity's exact range. */
    DisclosureResult decide(boolean ranges) {
        if (rules.enabled()) {
            primary();
            for (int c = 0; c < cell.length; c++) {
                if (!suppressed[c] && cell[c].isAboutPersons()) {
                    for (int q : reveals[c]) {
                        publishers[q]++;
                    }
                }
            }
            for (int c = 0; c < cell.length; c++) {
                if (suppressed[c]) {
                    expressions(c).forEach(this::enqueue);
                    shared(c);
                }
            }
            for (int r = 0; r < terms.length; r++) {
                markDirty(r);
            }
            settle();
            audit();
        }
        return result(ranges);
    }

    // ---- primary

    private void primary() {
        for (int c = 0; c < cell.length; c++) {
            if (!cell[c].isAboutPersons() || suppressed[c]) {
                continue;
            }
            String why = null;
            SuppressionReason r = null;
            for (int q : counts[c]) {
                if (value[q] < minimum) {
                    r = SuppressionReason.PRIMARY_BELOW_MINIMUM;
                    why = number(value[q]) + " behind " + quantity[q] + ", fewer than the minimum " + minimum;
                    break;
                }
            }
            if (r == null && numerator[c] >= 0) {
                double k = value[numerator[c]];
                double complement = value[counts[c][0]] - k;
                if (inBand(k)) {
                    r = SuppressionReason.PRIMARY_SMALL_NUMERATOR;
                    why = "numerator " + number(k) + " in the band 1-" + rules.smallBand();
                } else if (inBand(complement)) {
                    r = SuppressionReason.PRIMARY_SMALL_COMPLEMENT;
                    why = "complement " + number(complement) + " in the band 1-" + rules.smallBand();
                } else if (cell[c].splittable() && (k < minimum || complement < minimum)) {
                    r = SuppressionReason.PRIMARY_FOR_FINER_PERIODS;
                    why = "numerator " + number(k) + " or complement " + number(complement)
                            + " below the minimum, and finer periods may be published";
                }
            }
            if (r == null && cell[c].splittable()) {
                for (int q : sums[c]) {
                    if (value[q] <= EPS) {
                        r = SuppressionReason.PRIMARY_FOR_FINER_PERIODS;
                        why = "every answer at one end of the scale, and finer periods may be published";
                    }
                }
            }
            if (r != null) {
                suppressed[c] = true;
                reason[c] = r;
                detail[c] =
                        fixed[c] ? why + "; published in an earlier release" : java.util.Objects.requireNonNull(why);
                if (fixed[c]) {
                    // Published before and now too small: it cannot be taken back, so its counts are known.
                    for (int q : reveals[c]) {
                        knownFixed[q] = true;
                    }
                }
            }
        }
    }

    private boolean inBand(double v) {
        return v >= 1 - EPS && v <= rules.smallBand() + EPS;
    }

    // ---- state

    private boolean known(int q) {
        return knownFixed[q] || publishers[q] > 0;
    }

    private void suppress(int c, SuppressionReason why, String text) {
        suppressed[c] = true;
        reason[c] = why;
        detail[c] = text;
        for (int q : reveals[c]) {
            publishers[q]--;
            if (!known(q)) {
                for (int r : relationsOf[q]) {
                    markDirty(r);
                }
            }
        }
        expressions(c).forEach(this::enqueue);
        shared(c);
    }

    private void markDirty(int r) {
        if (!dirty.get(r)) {
            dirty.set(r);
            dirtyRelations.add(r);
        }
    }

    /** Cells that publish a quantity the suppressed cell {@code c} holds are suppressed with it. */
    private void shared(int c) {
        for (int q : reveals[c]) {
            if (publishers[q] > 0) {
                for (int other : revealers[q]) {
                    if (!suppressed[other] && !fixed[other]) {
                        suppress(
                                other,
                                SuppressionReason.SHARED_COUNT,
                                "publishes " + quantity[q] + ", a count of the suppressed " + cell[c].key());
                    }
                }
            }
        }
    }

    /** The expressions the audit checks for the suppressed cell {@code c}. */
    private List<Expression> expressions(int c) {
        List<Expression> all = new ArrayList<>();
        for (int q : counts[c]) {
            all.add(new Expression(c, "count", new int[] {q}, new double[] {1}, false));
        }
        if (numerator[c] >= 0) {
            int n = counts[c][0];
            int k = numerator[c];
            all.add(new Expression(c, "numerator", new int[] {k}, new double[] {1}, false));
            all.add(new Expression(c, "complement", new int[] {n, k}, new double[] {1, -1}, false));
        }
        for (int q : sums[c]) {
            all.add(new Expression(c, "sum", new int[] {q}, new double[] {1}, true));
        }
        return all;
    }

    // ---- cheap rules on single relations

    /** The rules on single relations, until nothing changes. */
    private void settle() {
        while (!dirtyRelations.isEmpty()) {
            int r = dirtyRelations.poll();
            dirty.clear(r);
            if (equal[r]) {
                checkRelation(r);
            }
        }
    }

    /**
     * A relation with one unknown gives it back; one whose unknowns all count the same way has them add up to what the
     * known terms leave, and when that is below the minimum, each of them is narrower than the minimum.
     */
    private void checkRelation(int r) {
        int unknown = 0;
        int single = -1;
        double rest = constant[r];
        int sign = 0;
        boolean sameSign = true;
        for (int i = 0; i < terms[r].length; i++) {
            int q = terms[r][i];
            double a = coefficients[r][i];
            if (known(q)) {
                rest -= a * value[q];
            } else {
                unknown++;
                single = q;
                int s = a > 0 ? 1 : -1;
                if (Math.abs(Math.abs(a) - 1) > EPS || (sign != 0 && s != sign)) {
                    sameSign = false;
                }
                sign = s;
            }
        }
        if (unknown == 0) {
            return;
        }
        int exposed = -1;
        String how = null;
        if (unknown == 1) {
            if (heldBySuppressed(single)) {
                exposed = single;
                how = "gives back " + quantity[single];
            }
        } else if (sameSign) {
            double total = sign * rest;
            for (int i = 0; i < terms[r].length && exposed < 0; i++) {
                int q = terms[r][i];
                if (!known(q) && narrow(q, total)) {
                    exposed = q;
                    how = "leaves " + number(total) + " for the suppressed counts, " + quantity[q] + " among them";
                }
            }
        }
        if (exposed < 0) {
            return;
        }
        int pick = cheapest(candidatesIn(new int[] {r}));
        if (pick >= 0) {
            suppress(pick, SuppressionReason.SECONDARY_RELATION, "so that " + relation[r] + " no longer " + how);
        }
    }

    /** Whether an unknown quantity ranging at most over {@code [0, total]} fails the audit. */
    private boolean narrow(int q, double total) {
        for (int c : revealers[q]) {
            if (!suppressed[c]) {
                continue;
            }
            for (int s : sums[c]) {
                if (s == q) {
                    return total <= EPS;
                }
            }
            return total < minimum - EPS;
        }
        return false;
    }

    private boolean heldBySuppressed(int q) {
        for (int c : revealers[q]) {
            if (suppressed[c]) {
                return true;
            }
        }
        return false;
    }

    /** The published cells (not fixed) that reveal a known quantity of the relations {@code rs}. */
    private List<Integer> candidatesIn(int[] rs) {
        List<Integer> found = new ArrayList<>();
        BitSet seen = new BitSet();
        for (int r : rs) {
            for (int q : terms[r]) {
                if (publishers[q] > 0) {
                    for (int c : revealers[q]) {
                        if (!suppressed[c] && !fixed[c] && cell[c].isAboutPersons() && !seen.get(c)) {
                            seen.set(c);
                            found.add(c);
                        }
                    }
                }
            }
        }
        found.sort((a, b) -> {
            int byCost = Double.compare(cost(a), cost(b));
            return byCost != 0 ? byCost : Integer.compare(a, b);
        });
        return found;
    }

    private int cheapest(List<Integer> candidates) {
        return candidates.isEmpty() ? -1 : candidates.get(0);
    }

    private double cost(int c) {
        return value[counts[c][0]];
    }

    // ---- the audit by linear programs

    private void audit() {
        while (!pending.isEmpty()) {
            Expression e = pending.poll();
            if (found.containsKey(e) || !suppressed[e.cell()]) {
                continue;
            }
            double truth = truth(e);
            List<Integer> visited = new ArrayList<>();
            double up = walk(e, 1, visited);
            int upBlocker = blocker;
            double down = e.positive() || up == Double.POSITIVE_INFINITY ? 0 : walk(e, -1, visited);
            int downBlocker = blocker;
            Found walked = new Found(truth - down, truth + up, false);
            if (passes(e, walked)) {
                found.put(e, walked);
                continue;
            }
            if (e.quantities().length > 0 && passesInWindow(e, UNKNOWN_WINDOWS[0])) {
                continue;
            }
            int stuck = up <= EPS && upBlocker >= 0 ? upBlocker : downBlocker;
            if (repairs.merge(e, 1, Integer::sum) <= REPAIRS) {
                int pick = -1;
                if (stuck >= 0) {
                    pick = cheapest(candidatesIn(new int[] {stuck}));
                }
                if (pick < 0) {
                    BitSet near = new BitSet();
                    for (int q : visited) {
                        for (int r : relationsOf[q]) {
                            near.set(r);
                        }
                    }
                    pick = cheapest(candidatesIn(near.stream().toArray()));
                }
                if (pick >= 0) {
                    suppress(
                            pick,
                            SuppressionReason.SECONDARY_AUDIT,
                            "so that the " + e.role() + " of the suppressed " + cell[e.cell()].key()
                                    + " ranges over at least " + minimum);
                    pending.addFirst(e);
                    settle();
                    continue;
                }
            }
            if (e.quantities().length > 0 && passesInWindow(e, UNKNOWN_WINDOWS[1])) {
                continue;
            }
            Protection protection = protect(e);
            if (protection.certified()) {
                found.put(e, protection.range());
            } else if (protection.cells().isEmpty()) {
                if (hammered.add(e)) {
                    List<Integer> around = publishedAround(e);
                    if (!around.isEmpty()) {
                        String why = "so that the " + e.role() + " of the suppressed " + cell[e.cell()].key()
                                + " ranges over at least " + minimum + " (its whole family)";
                        for (int c : around) {
                            suppress(c, SuppressionReason.SECONDARY_AUDIT, why);
                        }
                        pending.addFirst(e);
                        settle();
                        continue;
                    }
                }
                if (e.quantities().length > 0 && lastPrograms < LAST_PROGRAMS) {
                    lastPrograms++;
                    if (passesInWindow(e, LAST_WINDOW)) {
                        continue;
                    }
                }
                unprotected[e.cell()] = true;
                found.put(e, protection.range());
            } else {
                String why = "so that the " + e.role() + " of the suppressed " + cell[e.cell()].key()
                        + " ranges over at least " + minimum;
                for (int c : protection.cells()) {
                    if (!suppressed[c]) {
                        suppress(c, SuppressionReason.SECONDARY_AUDIT, why);
                    }
                }
                pending.addFirst(e);
                settle();
            }
        }
    }

    /** The expressions whose whole family was suppressed once, when no program could protect them. */
    private final java.util.Set<Expression> hammered = new java.util.HashSet<>();

    /**
     * The published cells (not fixed) that reveal a quantity of {@code e}'s family: what a last resort suppresses when
     * no program within the audit's limits protects {@code e}.
     */
    private List<Integer> publishedAround(Expression e) {
        List<Integer> found = new ArrayList<>();
        BitSet seen = new BitSet();
        for (int q : families(e.quantities())) {
            for (int c : revealers[q]) {
                if (!suppressed[c] && !fixed[c] && cell[c].isAboutPersons() && !seen.get(c)) {
                    seen.set(c);
                    found.add(c);
                }
            }
        }
        return found;
    }

    /** The window of unknowns of the last program, when nothing else found a proof: large, and tried rarely. */
    private static final int LAST_WINDOW = 384;
    /** The most programs of the last window one decision makes (each asked about others too): they are slow. */
    private static final int LAST_PROGRAMS = 24;

    private int lastPrograms;

    /** The windows of unknowns whose linear program is tried after the walks, before the protection program. */
    private static final int[] UNKNOWN_WINDOWS = {48, 96};

    /**
     * Whether the linear program over the unknowns near {@code e} (every other quantity held at its value) already lets
     * {@code e} range wide enough; a solution of that program is one of the whole problem, so a pass is a proof.
     */
    private boolean passesInWindow(Expression e, int limit) {
        int[] window = window(e.quantities(), limit);
        Program program = new Program(window, false);
        Found range = program.range(e);
        alsoFor(program, window, e);
        if (passes(e, range)) {
            found.put(e, range);
            return true;
        }
        return false;
    }

    /** The most other waiting expressions one window's program is asked about. */
    private static final int SHARED = 48;

    /**
     * Asks the program of a window about the other waiting expressions over its unknowns: a solution of the program
     * is one of the whole problem, so a range wide enough is a proof for them too, and saves each its own program.
     */
    private void alsoFor(Program program, int[] window, Expression asked) {
        int tried = 0;
        java.util.Set<Expression> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        seen.add(asked);
        for (int q : window) {
            List<Expression> list = waiting.get(q);
            if (list == null) {
                continue;
            }
            for (Expression x : list) {
                if (tried >= SHARED) {
                    return;
                }
                if (!seen.add(x) || found.containsKey(x) || !suppressed[x.cell()]) {
                    continue;
                }
                tried++;
                // Most waiting expressions have not been walked yet, and a walk, far cheaper than the program's
                // objectives, proves nearly all of them; the program is asked only when the walk does not.
                Optional<Found> walked = walked(x);
                if (walked.isPresent()) {
                    found.put(x, walked.get());
                    continue;
                }
                Found range = program.range(x);
                if (passes(x, range)) {
                    found.put(x, range);
                }
            }
        }
    }

    /** The range the walks prove for {@code e}, if it is wide enough (what the audit tries first for each). */
    private Optional<Found> walked(Expression e) {
        double truth = truth(e);
        List<Integer> visited = new ArrayList<>();
        double up = walk(e, 1, visited);
        double down = e.positive() || up == Double.POSITIVE_INFINITY ? 0 : walk(e, -1, visited);
        Found range = new Found(truth - down, truth + up, false);
        return passes(e, range) ? Optional.of(range) : Optional.empty();
    }

    /** The expressions to audit, by each unknown they hold, for {@link #alsoFor}. */
    private final Map<Integer, List<Expression>> waiting = new HashMap<>();

    private void enqueue(Expression e) {
        pending.add(e);
        for (int q : e.quantities()) {
            waiting.computeIfAbsent(q, k -> new ArrayList<>()).add(e);
        }
    }

    private boolean passes(Expression e, Found range) {
        if (e.positive()) {
            return range.high() > EPS;
        }
        return range.high() - range.low() >= minimum - EPS;
    }

    private double truth(Expression e) {
        double v = 0;
        for (int i = 0; i < e.quantities().length; i++) {
            v += e.coefficients()[i] * value[e.quantities()[i]];
        }
        return v;
    }

    /** The relation where the first attempt of the last walk found no unknown to restore it, or -1. */
    private int blocker = -1;
    /** The walks tried before the programs: each, when stuck, suppresses the cheapest cell of the relation it stuck in. */
    private static final int REPAIRS = 24;

    private final Map<Expression, Integer> repairs = new HashMap<>();

    /** The most quantities a walk may move. */
    private static final int WALK = 256;
    /** The walks tried in each direction, each with other choices where several unknowns restore a relation. */
    private static final int ATTEMPTS = 4;

    /** How far {@code e} can move in direction {@code sign}: the best of a few walks (see {@link #walk(Expression, int, BitSet, List, int)}). */
    private double walk(Expression e, int sign, List<Integer> visited) {
        double best = 0;
        int first = -1;
        for (int attempt = 0; attempt < ATTEMPTS && best < minimum; attempt++) {
            blocker = -1;
            best = Math.max(best, walk(e, sign, visited, attempt));
            if (attempt == 0) {
                first = blocker;
            }
        }
        blocker = first;
        return best;
    }

    /**
     * How far {@code e} can move from its true value in direction {@code sign} (+1 up, -1 down) along a direction
     * found greedily, {@link Double#POSITIVE_INFINITY} when without bound, 0 when none is found; the unknowns the walk
     * moved go to {@code visited}.
     *
     * <p>The walk moves one unknown of {@code e} by one unit and, while a relation is out of balance, moves one more
     * unknown of it to restore it. Among the unknowns that restore it, it prefers the one whose move also restores
     * other relations already out of balance (which closes a rectangle of a table), then one moved up (the total of a
     * part moved up, the large side of a bound), then the largest moved down; {@code attempt} above 0 skips that many
     * of the best choices at the first choice with several, so that each attempt takes another path. A bound with room
     * to spare may stay out of balance, limited by its room. Every point on the segment from the true values to the
     * end of the walk then satisfies every relation, so the range it shows is one an attacker cannot rule out.
     */
    private double walk(Expression e, int sign, List<Integer> visited, int attempt) {
        if (moved.length != value.length) {
            moved = new int[value.length];
            net = new double[terms.length];
        }
        try {
            return walkOnce(e, sign, visited, attempt);
        } finally {
            for (int i = 0; i < movedCount; i++) {
                moved[movedList[i]] = 0;
            }
            movedCount = 0;
            for (int i = 0; i < netCount; i++) {
                net[netList[i]] = 0;
            }
            netCount = 0;
            todoHead = 0;
            todoTail = 0;
        }
    }

    // The walk's state, in arrays kept between walks and cleared after each (only where it was written).
    private int[] moved = new int[0];
    private double[] net = new double[0];
    private int[] movedList = new int[64];
    private int movedCount;
    private int[] netList = new int[64];
    private int netCount;
    private int[] todo = new int[64];
    private int todoHead;
    private int todoTail;

    // The choices of one step of a walk, in arrays kept between steps.
    private int[] choiceQ = new int[16];
    private int[] choiceSign = new int[16];
    private double[] choiceCloses = new double[16];
    private boolean[] choiceTaken = new boolean[16];

    /**
     * Whether choice {@code i} comes before choice {@code j}: it closes more relations, else it moves up, else its
     * quantity is larger, else its quantity's index is lower.
     */
    private boolean before(int i, int j) {
        int c = Double.compare(choiceCloses[j], choiceCloses[i]);
        if (c == 0) {
            c = Integer.compare(choiceSign[j] > 0 ? 1 : 0, choiceSign[i] > 0 ? 1 : 0);
        }
        if (c == 0) {
            c = Double.compare(value[choiceQ[j]], value[choiceQ[i]]);
        }
        if (c == 0) {
            c = Integer.compare(choiceQ[i], choiceQ[j]);
        }
        return c < 0;
    }

    private double walkOnce(Expression e, int sign, List<Integer> visited, int attempt) {
        int[] move = moved;
        double[] balance = net;
        double limit = Double.POSITIVE_INFINITY;
        int skip = attempt;
        for (int i = 0; i < e.quantities().length && movedCount == 0; i++) {
            int q = e.quantities()[i];
            if (!known(q)) {
                int s = e.coefficients()[i] > 0 ? sign : -sign;
                shift(q, s);
                visited.add(q);
                if (s < 0) {
                    limit = Math.min(limit, value[q]);
                }
            }
        }
        if (movedCount == 0) {
            return 0;
        }
        int choices;
        while (todoHead < todoTail && limit > EPS) {
            int r = todo[todoHead++];
            double unbalanced = balance[r];
            if (equal[r] ? Math.abs(unbalanced) <= EPS : unbalanced <= EPS) {
                continue;
            }
            double slack = this.slack[r];
            if (!equal[r] && slack / unbalanced >= minimum) {
                limit = Math.min(limit, slack / unbalanced);
                continue;
            }
            choices = 0;
            for (int t = 0; t < terms[r].length; t++) {
                int q = terms[r][t];
                double a = coefficients[r][t];
                if (move[q] != 0 || known(q)) {
                    continue;
                }
                for (int s = 1; s >= -1; s -= 2) {
                    double after = unbalanced + a * s;
                    boolean restores = equal[r] ? Math.abs(after) <= EPS : after <= EPS;
                    if (!restores || (s < 0 && value[q] <= EPS)) {
                        continue;
                    }
                    double closes = 0;
                    for (int i = 0; i < relationsOf[q].length; i++) {
                        int other = relationsOf[q][i];
                        if (other == r) {
                            continue;
                        }
                        double before = balance[other];
                        double then = before + weightOf[q][i] * s;
                        closes += equal[other]
                                ? Math.abs(before) - Math.abs(then)
                                : Math.max(0, before) - Math.max(0, then);
                    }
                    if (choices == choiceQ.length) {
                        choiceQ = Arrays.copyOf(choiceQ, choices * 2);
                        choiceSign = Arrays.copyOf(choiceSign, choices * 2);
                        choiceCloses = Arrays.copyOf(choiceCloses, choices * 2);
                        choiceTaken = Arrays.copyOf(choiceTaken, choices * 2);
                    }
                    choiceQ[choices] = q;
                    choiceSign[choices] = s;
                    choiceCloses[choices] = closes;
                    choiceTaken[choices] = false;
                    choices++;
                }
            }
            if (choices == 0 || movedCount >= WALK) {
                if (!equal[r] && slack > EPS) {
                    limit = Math.min(limit, slack / unbalanced);
                    continue;
                }
                blocker = r;
                return 0;
            }
            int pick = 0;
            if (skip > 0 && choices > 1) {
                pick = Math.min(skip, choices - 1);
                skip = 0;
            }
            // the choice of rank pick in the order: most relations closed, then moved up, then the largest, then the
            // lowest quantity (selected, not sorted: pick is below ATTEMPTS)
            int chosen = -1;
            for (int rank = 0; rank <= pick; rank++) {
                chosen = -1;
                for (int i = 0; i < choices; i++) {
                    if (!choiceTaken[i] && (chosen < 0 || before(i, chosen))) {
                        chosen = i;
                    }
                }
                choiceTaken[chosen] = true;
            }
            int fix = choiceQ[chosen];
            int fixSign = choiceSign[chosen];
            shift(fix, fixSign);
            visited.add(fix);
            if (fixSign < 0) {
                limit = Math.min(limit, value[fix]);
            }
            queue(r);
        }
        double gain = 0;
        for (int i = 0; i < e.quantities().length; i++) {
            gain += e.coefficients()[i] * move[e.quantities()[i]];
        }
        return gain * sign > EPS ? limit * Math.abs(gain) : 0;
    }

    /** Moves {@code q} by {@code s} in a walk: updates the balance of its relations and queues them. */
    private void shift(int q, int s) {
        int[] move = moved;
        double[] balance = net;
        move[q] = s;
        if (movedCount == movedList.length) {
            movedList = Arrays.copyOf(movedList, movedCount * 2);
        }
        movedList[movedCount++] = q;
        for (int i = 0; i < relationsOf[q].length; i++) {
            int r = relationsOf[q][i];
            balance[r] += weightOf[q][i] * s;
            if (netCount == netList.length) {
                netList = Arrays.copyOf(netList, netCount * 2);
            }
            netList[netCount++] = r;
            queue(r);
        }
    }

    private void queue(int r) {
        if (todoTail == todo.length) {
            if (todoHead > 0) {
                System.arraycopy(todo, todoHead, todo, 0, todoTail - todoHead);
                todoTail -= todoHead;
                todoHead = 0;
            }
            if (todoTail == todo.length) {
                todo = Arrays.copyOf(todo, todo.length * 2);
            }
        }
        todo[todoTail++] = r;
    }

    private boolean isWhole(int[] window) {
        BitSet in = new BitSet();
        for (int q : window) {
            in.set(q);
        }
        for (int q : window) {
            for (int r : relationsOf[q]) {
                for (int t : terms[r]) {
                    if (!in.get(t) && !known(t)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The unknowns reached from {@code start} through relations, breadth first, at most {@code limit}. */
    private int[] window(int[] start, int limit) {
        BitSet in = new BitSet();
        List<Integer> order = new ArrayList<>();
        for (int q : start) {
            if (!known(q) && !in.get(q)) {
                in.set(q);
                order.add(q);
            }
        }
        for (int at = 0; at < order.size() && order.size() < limit; at++) {
            int q = order.get(at);
            for (int r : relationsOf[q]) {
                for (int t : terms[r]) {
                    if (!known(t) && !in.get(t) && order.size() < limit) {
                        in.set(t);
                        order.add(t);
                    }
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A linear program over the unknowns of a window, every other quantity held at its value (known or true), so that
     * each of its solutions is feasible for the whole problem. Made once and minimised for many objectives in turn; on
     * making, it pushes every unknown up together and down together, which finds many ranges at once.
     */
    private final class Program {
        private final int[] window;
        private final boolean exact;
        private final Map<Integer, Integer> column = new HashMap<>();
        private final Simplex lp;

        Program(int[] window, boolean exact) {
            this.window = window;
            this.exact = exact;
            for (int j = 0; j < window.length; j++) {
                column.put(window[j], j);
            }
            BitSet rows = new BitSet();
            for (int q : window) {
                for (int r : relationsOf[q]) {
                    rows.set(r);
                }
            }
            int m = rows.cardinality();
            double[][] a = new double[m][window.length];
            boolean[] eq = new boolean[m];
            double[] b = new double[m];
            int i = 0;
            for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
                double rhs = constant[r];
                for (int t = 0; t < terms[r].length; t++) {
                    Integer j = column.get(terms[r][t]);
                    if (j == null) {
                        rhs -= coefficients[r][t] * value[terms[r][t]];
                    } else {
                        a[i][j] += coefficients[r][t];
                    }
                }
                eq[i] = equal[r];
                b[i] = rhs;
                i++;
            }
            lp = new Simplex(window.length, a, eq, b);
            if (!lp.isFeasible()) {
                throw new IllegalStateException(
                        "the true values do not satisfy the relations around " + quantity[window[0]]);
            }
        }

        /** The range of {@code e}: both ends for a count, the top for a sum. */
        Found range(Expression e) {
            double[] objective = new double[window.length];
            double fixedPart = 0;
            for (int t = 0; t < e.quantities().length; t++) {
                Integer j = column.get(e.quantities()[t]);
                if (j != null) {
                    objective[j] += e.coefficients()[t];
                } else {
                    fixedPart += e.coefficients()[t] * value[e.quantities()[t]];
                }
            }
            double[] negated = Arrays.stream(objective).map(x -> -x).toArray();
            double high = -lp.minimise(negated);
            if (Double.isFinite(high)) {
                high += fixedPart;
            } else {
                high = Double.POSITIVE_INFINITY;
            }
            double low = Double.NEGATIVE_INFINITY;
            if (!e.positive()) {
                low = lp.minimise(objective);
                if (Double.isFinite(low)) {
                    low += fixedPart;
                }
            }
            return new Found(low, high, exact);
        }
    }

    /** What the protection program found: wide enough already, the cells to suppress, or neither. */
    private record Protection(boolean certified, List<Integer> cells, Found range) {}

    /** The most quantities a protection program may hold: a dense program grows with their square. */
    private static final int LARGEST_PROTECTION = 160;

    /**
     * The protection program of {@code e} (a linear program over the quantities near it, unknown and published): the
     * cheapest change of published quantities that lets {@code e} move the minimum away from its true value, up (or
     * else down), every relation kept. When it needs no published quantity to change, {@code e} is wide enough
     * already; otherwise the cells that publish the quantities it changes are the ones to suppress. Cheaper are the
     * quantities of small cells: the cost of changing a quantity by one is {@code 1 + sqrt(value) / 10}.
     */
    private Protection protect(Expression e) {
        double truth = truth(e);
        double target = e.positive() ? 1e-3 * Math.max(1, Math.abs(truth)) + 1e-6 : minimum;
        int[] window = families(e.quantities());
        if (window.length <= LARGEST_PROTECTION) {
            for (int sign : e.positive() ? new int[] {1} : new int[] {1, -1}) {
                Optional<double[]> deviations = protection(e, window, sign, target);
                if (deviations.isEmpty()) {
                    continue;
                }
                double[] d = deviations.get();
                List<Integer> cells = new ArrayList<>();
                BitSet seen = new BitSet();
                for (int j = 0; j < window.length; j++) {
                    if (d[j] > 1e-7) {
                        for (int c : revealers[window[j]]) {
                            if (!suppressed[c] && !seen.get(c)) {
                                seen.set(c);
                                cells.add(c);
                            }
                        }
                    }
                }
                double low = sign > 0 ? truth : truth - target;
                double high = sign > 0 ? truth + target : truth;
                return new Protection(cells.isEmpty(), cells, new Found(low, high, false));
            }
        }
        return new Protection(false, List.of(), new Found(truth, truth, false));
    }

    /** Whether a quantity may change in a protection program: it is unknown, or only cells not decided before publish it. */
    private boolean movable(int q) {
        if (knownFixed[q]) {
            return false;
        }
        for (int c : revealers[q]) {
            if (!suppressed[c] && fixed[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The movable quantities of the ancestors of {@code start} (what must rise when they rise: the total of a sum they
     * are part of, the large side of a bound they are the small side of, and so on up) and of every relation of those:
     * the siblings a count can trade with on the way up. Usually enough to protect a count; far smaller than a
     * breadth-first window of the same reach.
     */
    private int[] families(int[] start) {
        BitSet up = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        for (int q : start) {
            if (movable(q) && !up.get(q)) {
                up.set(q);
                todo.add(q);
            }
        }
        while (!todo.isEmpty() && up.cardinality() < WALK) {
            int q = todo.poll();
            for (int r : relationsOf[q]) {
                double own = 0;
                for (int t = 0; t < terms[r].length; t++) {
                    if (terms[r][t] == q) {
                        own = coefficients[r][t];
                    }
                }
                boolean follow = equal[r] ? own < 0 : own > 0;
                if (!follow) {
                    continue;
                }
                for (int t = 0; t < terms[r].length; t++) {
                    int other = terms[r][t];
                    if (coefficients[r][t] * own < 0 && movable(other) && !up.get(other)) {
                        up.set(other);
                        todo.add(other);
                    }
                }
            }
        }
        BitSet all = (BitSet) up.clone();
        List<Integer> order = new ArrayList<>();
        up.stream().forEach(order::add);
        for (int q = up.nextSetBit(0); q >= 0; q = up.nextSetBit(q + 1)) {
            for (int r : relationsOf[q]) {
                for (int t : terms[r]) {
                    if (!all.get(t) && movable(t)) {
                        all.set(t);
                        order.add(t);
                    }
                }
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The cheapest change of the published quantities of {@code window} (each quantity's change, one per window
     * position; 0 for an unknown) that moves {@code e} by {@code target} in direction {@code sign}, or none when no
     * change within the window does.
     */
    private Optional<double[]> protection(Expression e, int[] window, int sign, double target) {
        int n = window.length;
        Map<Integer, Integer> position = new HashMap<>();
        int[] up = new int[n];
        int[] down = new int[n];
        int columns = 0;
        for (int j = 0; j < n; j++) {
            position.put(window[j], j);
            up[j] = columns++;
            down[j] = known(window[j]) ? columns++ : -1;
        }
        BitSet rows = new BitSet();
        for (int q : window) {
            for (int r : relationsOf[q]) {
                rows.set(r);
            }
        }
        List<double[]> a = new ArrayList<>();
        List<Boolean> eq = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int r = rows.nextSetBit(0); r >= 0; r = rows.nextSetBit(r + 1)) {
            double[] row = new double[columns];
            double rhs = constant[r];
            for (int t = 0; t < terms[r].length; t++) {
                int q = terms[r][t];
                double coefficient = coefficients[r][t];
                Integer j = position.get(q);
                if (j == null || down[j] >= 0) {
                    rhs -= coefficient * value[q];
                }
                if (j != null) {
                    row[up[j]] += coefficient;
                    if (down[j] >= 0) {
                        row[down[j]] -= coefficient;
                    }
                }
            }
            a.add(row);
            eq.add(equal[r]);
            b.add(rhs);
        }
        for (int j = 0; j < n; j++) {
            if (down[j] >= 0) {
                double[] row = new double[columns];
                row[down[j]] = 1;
                a.add(row);
                eq.add(false);
                b.add(value[window[j]]);
            }
        }
        double[] move = new double[columns];
        double moved = sign * truth(e) + target;
        for (int t = 0; t < e.quantities().length; t++) {
            int q = e.quantities()[t];
            double coefficient = sign * e.coefficients()[t];
            Integer j = position.get(q);
            if (j == null) {
                moved -= coefficient * value[q];
                continue;
            }
            move[up[j]] -= coefficient;
            if (down[j] >= 0) {
                move[down[j]] += coefficient;
                moved -= coefficient * value[q];
            }
        }
        a.add(move);
        eq.add(false);
        b.add(-moved);
        boolean[] equalities = new boolean[eq.size()];
        for (int i = 0; i < equalities.length; i++) {
            equalities[i] = eq.get(i);
        }
        Simplex lp = new Simplex(
                columns,
                a.toArray(new double[0][]),
                equalities,
                b.stream().mapToDouble(Double::doubleValue).toArray());
        if (!lp.isFeasible()) {
            return Optional.empty();
        }
        double[] cost = new double[columns];
        for (int j = 0; j < n; j++) {
            if (down[j] >= 0) {
                double c = 1 + Math.sqrt(value[window[j]]) / 10;
                cost[up[j]] = c;
                cost[down[j]] = c;
            }
        }
        lp.minimise(cost);
        double[] x = lp.solution();
        double[] change = new double[n];
        for (int j = 0; j < n; j++) {
            change[j] = down[j] >= 0 ? x[up[j]] + x[down[j]] : 0;
        }
        return Optional.of(change);
    }

    // ---- the result

    private DisclosureResult result(boolean ranges) {
        Map<CellKey, CellOutcome> outcomes = new TreeMap<>();
        Map<CellKey, AuditRecord> audits = new TreeMap<>();
        Map<Integer, List<QuantityRange>> byCell = new HashMap<>();
        if (ranges) {
            for (int c = 0; c < cell.length; c++) {
                if (suppressed[c]) {
                    for (Expression e : expressions(c)) {
                        Found exact = exactRange(e);
                        byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(range(e, exact));
                    }
                }
            }
        } else {
            // The ranges the audit proved on its way (a walk, a window's program, a protection): parts of the exact
            // ranges, free to give.
            for (Map.Entry<Expression, Found> f : found.entrySet()) {
                Expression e = f.getKey();
                if (suppressed[e.cell()] && e.quantities().length > 0) {
                    byCell.computeIfAbsent(e.cell(), k -> new ArrayList<>()).add(range(e, f.getValue()));
                }
            }
        }
        for (int c = 0; c < cell.length; c++) {
            CellKey key = cell[c].key();
            if (suppressed[c]) {
                outcomes.put(key, Suppressed.of(key, reason[c]));
                audits.put(
                        key,
                        AuditRecord.of(key, reason[c], detail[c], byCell.getOrDefault(c, List.of()), unprotected[c]));
            } else {
                outcomes.put(key, publish(c));
            }
        }
        return DisclosureResult.of(rules, outcomes, audits);
    }

    private Found exactRange(Expression e) {
        boolean allKnown = true;
        for (int q : e.quantities()) {
            allKnown &= known(q);
        }
        double truth = truth(e);
        if (allKnown) {
            return new Found(truth, truth, true);
        }
        int[] window = window(e.quantities(), LARGEST);
        boolean whole = window.length < LARGEST || isWhole(window);
        Expression both = new Expression(e.cell(), e.role(), e.quantities(), e.coefficients(), false);
        return new Program(window, whole).range(both);
    }

    private QuantityRange range(Expression e, Found f) {
        int q = e.quantities()[0];
        return QuantityRange.of(e.role(), quantity[q], truth(e), f.low(), f.high(), f.exact());
    }

    private Published publish(int c) {
        if (!cell[c].isAboutPersons()) {
            return Published.of(cell[c].key(), List.of(), java.util.Optional.empty(), false);
        }
        boolean round = rules.enabled() && rules.roundingBase().isPresent();
        List<Long> published = new ArrayList<>();
        for (int q : counts[c]) {
            published.add(round ? rounded(q) : Math.round(value[q]));
        }
        java.util.Optional<Long> k = java.util.Optional.empty();
        if (numerator[c] >= 0) {
            long n = round ? rounded(numerator[c]) : Math.round(value[numerator[c]]);
            k = java.util.Optional.of(Math.min(n, published.get(0)));
        }
        return Published.of(cell[c].key(), published, k, round);
    }

    private long rounded(int q) {
        return rules.roundingKey()
                .orElseThrow()
                .round(Math.round(value[q]), rules.roundingBase().orElseThrow(), quantity[q].toString());
    }

    private static String number(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "unbounded";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-unbounded";
        }
        return Math.abs(v - Math.rint(v)) < 1e-6 ? Long.toString(Math.round(v)) : String.format("%.3f", v);
    }
}
