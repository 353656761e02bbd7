package nl.welfare.indicators.engine;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.AuditRecord;
import nl.welfare.indicators.disclosure.Cell;
import nl.welfare.indicators.disclosure.CellKey;
import nl.welfare.indicators.disclosure.CellOutcome;
import nl.welfare.indicators.disclosure.CellStatus;
import nl.welfare.indicators.disclosure.DisclosureControl;
import nl.welfare.indicators.disclosure.DisclosureProblem;
import nl.welfare.indicators.disclosure.DisclosureResult;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.disclosure.Ledger;
import nl.welfare.indicators.disclosure.QuantityKey;
import nl.welfare.indicators.disclosure.Relation;
import nl.welfare.indicators.stats.ConfidenceLevel;
import org.jspecify.annotations.Nullable;

/**
 * Disclosure control over the cover table: every result about persons of every definition in use, for every area and
 * group of the package, over every period of the cover, decided once, so that every output cut from it is consistent
 * with every other.
 *
 * <p>The cover is decided in blocks that no true relation crosses: the areas of one municipality (with its groups),
 * and the definitions over one kind of fact (a ratio of two kinds joins them). Within a block, each result is a
 * {@link Cell} revealing the quantities of its {@link Population}s; the relations are:
 *
 * <ul>
 *   <li>over areas, per population and period: an area is the sum of its parts (CBS tree, and a grouping: the groups of
 *       the municipality, the neighbourhoods of a group) where each fact or person lies in one area, with what is
 *       recorded at the area itself as a known residual; for distinct persons whose facts carry their own area, the
 *       whole lies between its largest part and the sum of its parts ({@link Population#overAreas()});
 *   <li>over periods, per population and area: a span of years is the sum of its years, a year of its quarters, a
 *       quarter of its months, for facts dated in a period; bounds for facts active in a period and for persons
 *       ({@link Population#overPeriods()});
 *   <li>within one area and period: a population inside another is at most it ({@link Population#within}); a share's
 *       numerator at most its denominator; a mean's distances from the ends of its scale at most the scale's width
 *       times the largest weight times its answers; and counts of the same kind over the same facts that the engine
 *       cannot relate but that are equal are taken as one (decided together);
 *   <li>a result without data that says its count is 0 (a share, a mean, a transition without persons; a ratio whose
 *       denominator is 0) is a known value.
 * </ul>
 *
 * <p>The periods are decided in stages, coarse first: years and spans of years, then quarters, then months, each stage
 * with the earlier stages' decisions fixed, so that a yearly output is the same whether or not quarters are published
 * too. Cells of the ledger keep their earlier decision.
 */
final class CoverDecision {

    /** The quantities a result reveals: its counts, a share's numerator, a mean's sums. */
    record Shape(List<Population> counts, Optional<Population> numerator, List<Population> sums) {}

    /** The decisions, and for the data owner the audit records. */
    record Decided(Map<CellKey, CellOutcome> outcomes, List<AuditRecord> audits) {}

    private final List<IndicatorDefinition> definitions;
    private final AreaCells cells;
    private final ReportingPeriod[] periods;
    private final int[] stage;
    private final @Nullable Figures[][] figures;
    private final List<Optional<double[]>> scales;
    private final DisclosureRules rules;
    private final ConfidenceLevel confidence;
    private final Ledger ledger;
    private final boolean ranges;
    private final List<Optional<Shape>> shapes = new ArrayList<>();
    private final String[] periodText;

    CoverDecision(
            List<IndicatorDefinition> definitions,
            AreaCells cells,
            ReportingPeriod[] periods,
            int[] stage,
            @Nullable Figures[][] figures,
            List<Optional<double[]>> scales,
            DisclosureRules rules,
            ConfidenceLevel confidence,
            Ledger ledger,
            boolean ranges) {
        this.definitions = definitions;
        this.cells = cells;
        this.periods = periods;
        this.stage = stage;
        this.figures = figures;
        this.scales = scales;
        this.rules = rules;
        this.confidence = confidence;
        this.ledger = ledger;
        this.ranges = ranges;
        this.periodText = new String[periods.length];
        for (int p = 0; p < periods.length; p++) {
            periodText[p] = periods[p].toString();
        }
        for (IndicatorDefinition d : definitions) {
            shapes.add(d.statisticalUnit() == StatisticalUnit.PERSONS ? shape(d.measure()) : Optional.empty());
        }
        for (Optional<Shape> shape : shapes) {
            shape.ifPresent(s -> populations(s).forEach(p -> textOf.computeIfAbsent(p, Population::text)));
        }
    }

    /**
     * The text of each population of the shapes, made once (a population's text spells out its filter): the blocks
     * name millions of quantities by it. Filled in the constructor, only read after.
     */
    private final Map<Population, String> textOf = new java.util.IdentityHashMap<>();

    private String text(Population p) {
        String text = textOf.get(p);
        return text != null ? text : p.text();
    }

    /** The populations a measure's result reveals; none for a measure over other indicators or over things. */
    static Optional<Shape> shape(Measure measure) {
        return measure.accept(new Measure.Visitor<>() {
            @Override
            public Optional<Shape> onCount(Measure.Count m) {
                return counts(counted(m));
            }

            @Override
            public Optional<Shape> onDistinctCount(Measure.DistinctCount m) {
                return counts(counted(m));
            }

            @Override
            public Optional<Shape> onProportion(Measure.Proportion m) {
                Filter both = Filter.and(m.population(), m.condition());
                return Optional.of(new Shape(
                        List.of(Population.facts(m.factType(), m.mode(), m.population())),
                        Optional.of(Population.facts(m.factType(), m.mode(), both)),
                        List.of()));
            }

            @Override
            public Optional<Shape> onLatestAssessment(Measure.LatestAssessment m) {
                return Optional.of(new Shape(
                        List.of(Population.persons(m.factType(), m.mode(), m.population())),
                        Optional.of(Population.latest(m.factType(), m.mode(), m.population(), m.condition())),
                        List.of()));
            }

            @Override
            public Optional<Shape> onRate(Measure.Rate m) {
                return counts(counted(m.count()));
            }

            @Override
            public Optional<Shape> onRatio(Measure.Ratio m) {
                return Optional.of(new Shape(
                        List.of(counted(m.numerator()), counted(m.denominator())), Optional.empty(), List.of()));
            }

            @Override
            public Optional<Shape> onMean(Measure.Mean m) {
                String a = m.valueAttribute();
                return Optional.of(new Shape(
                        List.of(Population.valued(m.factType(), m.mode(), m.filter(), a)),
                        Optional.empty(),
                        List.of(
                                Population.of(m.factType(), m.mode(), m.filter(), Population.Counting.TOP, a),
                                Population.of(m.factType(), m.mode(), m.filter(), Population.Counting.BOTTOM, a))));
            }

            @Override
            public Optional<Shape> onTransition(Measure.Transition m) {
                String a = m.valueAttribute();
                return Optional.of(new Shape(
                        List.of(Population.of(m.factType(), m.mode(), m.filter(), Population.Counting.TWICE, a)),
                        Optional.of(
                                Population.of(m.factType(), m.mode(), m.filter(), Population.Counting.PROGRESSED, a)),
                        List.of()));
            }

            @Override
            public Optional<Shape> onNetwork(Measure.Network m) {
                return Optional.empty();
            }

            @Override
            public Optional<Shape> onThresholdShare(Measure.ThresholdShare m) {
                return Optional.empty();
            }

            @Override
            public Optional<Shape> onChange(Measure.Change m) {
                return Optional.empty();
            }
        });
    }

    private static Population counted(Measure.Counted counted) {
        return counted.distinctPersons()
                ? Population.persons(counted.factType(), counted.mode(), counted.filter())
                : Population.facts(counted.factType(), counted.mode(), counted.filter());
    }

    private static Optional<Shape> counts(Population p) {
        return Optional.of(new Shape(List.of(p), Optional.empty(), List.of()));
    }

    /** Whether definition {@code d}'s results go through disclosure control. */
    boolean controlled(int d) {
        return rules.enabled() && shapes.get(d).isPresent();
    }

    /** The key of definition {@code d}'s result in {@code cell} over period {@code p}. */
    CellKey key(int d, int cell, int p) {
        return CellKey.of(definitions.get(d).id().value(), cells.key(cell), periodText[p]);
    }

    /** Every controlled result decided, stage by stage and block by block. */
    Decided decide() {
        Map<CellKey, CellOutcome> outcomes = new HashMap<>();
        List<AuditRecord> audits = new ArrayList<>();
        if (!rules.enabled()) {
            return new Decided(outcomes, audits);
        }
        int stages = 0;
        for (int s : stage) {
            stages = Math.max(stages, s);
        }
        // Blocks share no relation, so they are decided in parallel, each with its own stages in order; their
        // outcomes are merged in block order, so the result does not depend on the threads.
        List<List<Integer>> municipalities = municipalityGroups();
        List<List<List<Integer>>> blocks = new ArrayList<>();
        for (List<Integer> defs : typeGroups()) {
            for (List<Integer> block : municipalities) {
                blocks.add(List.of(defs, block));
            }
        }
        int last = stages;
        // The shared structure is made here, once, before the threads read it.
        families();
        periodFamilies();
        spanSplits();
        periodIndex();
        List<Decided> decided = blocks.parallelStream()
                .map(block -> {
                    Map<CellKey, CellOutcome> own = new HashMap<>();
                    List<AuditRecord> ownAudits = new ArrayList<>();
                    for (int s = 1; s <= last; s++) {
                        decideBlock(block.get(0), block.get(1), s, own, ownAudits);
                    }
                    return new Decided(own, ownAudits);
                })
                .toList();
        for (Decided one : decided) {
            outcomes.putAll(one.outcomes());
            audits.addAll(one.audits());
        }
        return new Decided(outcomes, audits);
    }

    /** The controlled definitions, grouped so that no group's populations share a fact type with another's. */
    private List<List<Integer>> typeGroups() {
        int[] root = new int[FactType.values().length];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        for (int d = 0; d < definitions.size(); d++) {
            if (controlled(d)) {
                List<Population> all = populations(shapes.get(d).orElseThrow());
                for (Population p : all) {
                    union(root, all.get(0).type().ordinal(), p.type().ordinal());
                }
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int d = 0; d < definitions.size(); d++) {
            if (controlled(d)) {
                int type =
                        populations(shapes.get(d).orElseThrow()).get(0).type().ordinal();
                groups.computeIfAbsent(find(root, type), k -> new ArrayList<>()).add(d);
            }
        }
        return new ArrayList<>(groups.values());
    }

    /** The cells, grouped by municipality (a group whose neighbourhoods lie in two joins them). */
    private List<List<Integer>> municipalityGroups() {
        int n = cells.size();
        int[] root = new int[n];
        for (int c = 0; c < n; c++) {
            root[c] = c;
        }
        for (int c = 0; c < n; c++) {
            for (AreaCode member : cells.members(c)) {
                int municipality = municipalityOf(member);
                if (municipality >= 0) {
                    union(root, municipality, c);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int c = 0; c < n; c++) {
            groups.computeIfAbsent(find(root, c), k -> new ArrayList<>()).add(c);
        }
        return new ArrayList<>(groups.values());
    }

    private int municipalityOf(AreaCode area) {
        AreaCode at = area;
        while (at.level() != AreaLevel.MUNICIPALITY) {
            Option<AreaCode> up = at.parent();
            if (up.isEmpty()) {
                return -1;
            }
            at = up.get();
        }
        return cells.indexOf(AreaLevel.MUNICIPALITY.code(), at.value());
    }

    private static void union(int[] root, int a, int b) {
        root[find(root, a)] = find(root, b);
    }

    private static int find(int[] root, int i) {
        int at = i;
        while (root[at] != at) {
            root[at] = root[root[at]];
            at = root[at];
        }
        return at;
    }

    private static List<Population> populations(Shape shape) {
        List<Population> all = new ArrayList<>(shape.counts());
        shape.numerator().ifPresent(all::add);
        all.addAll(shape.sums());
        return all;
    }

    // ---- one block

    private void decideBlock(
            List<Integer> defs,
            List<Integer> blockCells,
            int s,
            Map<CellKey, CellOutcome> outcomes,
            List<AuditRecord> audits) {
        List<Integer> blockPeriods = new ArrayList<>();
        boolean any = false;
        for (int p = 0; p < periods.length; p++) {
            if (stage[p] >= 1 && stage[p] <= s) {
                blockPeriods.add(p);
                any |= stage[p] == s;
            }
        }
        if (!any) {
            return;
        }
        Block block = new Block(defs, blockCells, blockPeriods, s, outcomes);
        if (block.cellCount == 0) {
            return;
        }
        DisclosureProblem problem = block.problem();
        DisclosureResult result =
                ranges ? DisclosureControl.decideWithRanges(problem, rules) : DisclosureControl.decide(problem, rules);
        for (Map.Entry<CellKey, CellOutcome> e : result.outcomes().entrySet()) {
            if (block.ofThisStage.contains(e.getKey())) {
                outcomes.put(e.getKey(), e.getValue());
                result.audit(e.getKey()).forEach(audits::add);
            }
        }
    }

    /** A result without data because a count of it is 0: its definition, cell, period, quantities and the zeros. */
    private record Empty(int d, int c, int p, Shape shape, List<QuantityKey> keys, int[] known) {}

    /** The problem of one block in one stage. */
    private final class Block {
        private final List<Integer> defs;
        private final List<Integer> blockCells;
        private final List<Integer> blockPeriods;
        private final int stageNow;
        private final Map<CellKey, CellOutcome> decidedBefore;
        private final Set<CellKey> ofThisStage = new HashSet<>();
        private final Map<String, Population> populations = new LinkedHashMap<>();
        private final Map<String, String> texts = new HashMap<>();
        /** Per population text, per block cell, per block period: the value, or NaN when there is none. */
        private final Map<String, double[][]> values = new HashMap<>();

        private final DisclosureProblem.Builder builder = DisclosureProblem.builder();
        private final List<Empty> empty = new ArrayList<>();
        private final Map<CellKey, Integer> definitionOf = new HashMap<>();
        private int cellCount;

        Block(
                List<Integer> defs,
                List<Integer> blockCells,
                List<Integer> blockPeriods,
                int stageNow,
                Map<CellKey, CellOutcome> decidedBefore) {
            this.defs = defs;
            this.blockCells = blockCells;
            this.blockPeriods = blockPeriods;
            this.stageNow = stageNow;
            this.decidedBefore = decidedBefore;
            for (int d : defs) {
                for (Population p : populations(shapes.get(d).orElseThrow())) {
                    String text = text(p);
                    populations.putIfAbsent(text, p);
                    texts.putIfAbsent(text, text);
                    values.computeIfAbsent(text, t -> newTable());
                }
            }
            for (int d : defs) {
                fill(d);
            }
        }

        private double[][] newTable() {
            double[][] table = new double[blockCells.size()][blockPeriods.size()];
            for (double[] row : table) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            return table;
        }

        private QuantityKey quantity(String population, int localCell, int localPeriod) {
            return QuantityKey.of(
                    population, cells.key(blockCells.get(localCell)), periodText[blockPeriods.get(localPeriod)]);
        }

        /** The values, cells and known values of definition {@code d}. */
        private void fill(int d) {
            Shape shape = shapes.get(d).orElseThrow();
            Optional<double[]> scale = scales.get(d);
            for (int lc = 0; lc < blockCells.size(); lc++) {
                int c = blockCells.get(lc);
                for (int lp = 0; lp < blockPeriods.size(); lp++) {
                    int p = blockPeriods.get(lp);
                    Figures f = figures[d] == null ? null : figures[d][c * periods.length + p];
                    if (f == null) {
                        continue;
                    }
                    double[] v = quantities(f, shape, scale);
                    List<Population> all = populations(shape);
                    List<QuantityKey> keys = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        String text = text(all.get(i));
                        java.util.Objects.requireNonNull(values.get(text))[lc][lp] = v[i];
                        QuantityKey key = quantity(java.util.Objects.requireNonNull(texts.get(text)), lc, lp);
                        keys.add(key);
                        builder.value(key, v[i]);
                    }
                    if (f.estimate(confidence).isDefined()) {
                        addCell(d, c, p, shape, keys);
                    } else {
                        int[] known = knownWhenEmpty(f, shape);
                        if (known.length > 0) {
                            empty.add(new Empty(d, c, p, shape, keys, known));
                        }
                    }
                }
            }
        }

        /**
         * A result without data because a count of it is 0 says so: that count is known, unless another definition
         * publishes cells of the same population (a rate of the ratio's denominator), whose zeros it would give away
         * here or by the areas and periods it adds up from; then this result is a cell too (below the minimum, so
         * suppressed), published as suppressed rather than as without data.
         */
        private void settleEmpty() {
            Map<String, Set<Integer>> heldBy = new HashMap<>();
            for (Map.Entry<CellKey, Integer> e : definitionOf.entrySet()) {
                Shape shape = shapes.get(e.getValue()).orElseThrow();
                for (Population p : populations(shape)) {
                    heldBy.computeIfAbsent(text(p), k -> new HashSet<>()).add(e.getValue());
                }
            }
            for (Empty e : empty) {
                boolean protectedElsewhere = false;
                List<Population> all = populations(e.shape());
                for (int i : e.known()) {
                    Set<Integer> holders = heldBy.getOrDefault(text(all.get(i)), Set.of());
                    protectedElsewhere |= holders.stream().anyMatch(d -> d != e.d());
                }
                if (protectedElsewhere) {
                    addCell(e.d(), e.c(), e.p(), e.shape(), e.keys());
                } else {
                    for (int i : e.known()) {
                        builder.known(e.keys().get(i), 0);
                    }
                }
            }
        }

        private void addCell(int d, int c, int p, Shape shape, List<QuantityKey> keys) {
            CellKey key = key(d, c, p);
            int counts = shape.counts().size();
            Optional<double[]> scale = scales.get(d);
            boolean spread = scale.isPresent() && scale.get()[1] > scale.get()[0];
            Cell cell;
            if (shape.numerator().isPresent()) {
                cell = Cell.share(key, keys.get(0), keys.get(1));
            } else if (!shape.sums().isEmpty() && spread) {
                cell = Cell.mean(key, keys.get(0), keys.get(1), keys.get(2));
            } else if (counts == 1) {
                cell = Cell.count(key, keys.get(0));
            } else {
                cell = Cell.counts(key, keys.subList(0, counts));
            }
            ReportingPeriod.Kind kind = periods[p].kind();
            boolean split = (kind == ReportingPeriod.Kind.YEAR && rules.finestPeriod() != PeriodGranularity.YEAR)
                    || (kind == ReportingPeriod.Kind.QUARTER && rules.finestPeriod() == PeriodGranularity.MONTH);
            builder.cell(cell.splittable(split));
            definitionOf.put(key, d);
            cellCount++;
            if (stage[p] < stageNow) {
                CellOutcome before = decidedBefore.get(key);
                if (before != null) {
                    builder.fixed(key, before.status());
                }
            } else {
                ofThisStage.add(key);
                CellStatus earlier = ledger.cells().get(key);
                if (earlier != null) {
                    builder.fixed(key, earlier);
                }
            }
        }

        /** The problem: the cells and values filled in, and every relation among them. */
        DisclosureProblem problem() {
            settleEmpty();
            for (Map.Entry<String, Population> e : populations.entrySet()) {
                areaRelations(e.getKey(), e.getValue());
                periodRelations(e.getKey(), e.getValue());
            }
            withinRelations();
            return builder.build();
        }

        private boolean has(String text, int lc, int lp) {
            return !Double.isNaN(java.util.Objects.requireNonNull(values.get(text))[lc][lp]);
        }

        private double value(String text, int lc, int lp) {
            return java.util.Objects.requireNonNull(values.get(text))[lc][lp];
        }

        private void areaRelations(String text, Population population) {
            Population.Additivity additivity = population.overAreas();
            if (additivity == Population.Additivity.NONE) {
                return;
            }
            Map<Integer, Integer> local = localCells();
            for (int[] family : families()) {
                Integer parent = local.get(family[0]);
                if (parent == null) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>();
                for (int i = 1; i < family.length; i++) {
                    Integer part = local.get(family[i]);
                    if (part != null) {
                        parts.add(part);
                    }
                }
                for (int lp = 0; lp < blockPeriods.size(); lp++) {
                    int at = lp;
                    relate(
                            text,
                            additivity,
                            parent,
                            at,
                            parts.stream().map(x -> new int[] {x, at}).toList());
                }
            }
        }

        private @Nullable Map<Integer, Integer> localCells;

        private Map<Integer, Integer> localCells() {
            if (localCells == null) {
                localCells = new HashMap<>();
                for (int lc = 0; lc < blockCells.size(); lc++) {
                    localCells.put(blockCells.get(lc), lc);
                }
            }
            return localCells;
        }

        private void periodRelations(String text, Population population) {
            Population.Additivity additivity = population.overPeriods();
            if (additivity == Population.Additivity.NONE) {
                return;
            }
            Map<Integer, Integer> local = new HashMap<>();
            for (int lp = 0; lp < blockPeriods.size(); lp++) {
                local.put(blockPeriods.get(lp), lp);
            }
            List<int[]> families = new ArrayList<>(periodFamilies());
            if (additivity != Population.Additivity.EXACT) {
                // Where the parts do not simply add up, a span also relates to the two spans it splits into.
                families.addAll(spanSplits());
            }
            for (int[] family : families) {
                Integer whole = local.get(family[0]);
                if (whole == null) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>();
                boolean complete = true;
                for (int i = 1; i < family.length; i++) {
                    Integer part = local.get(family[i]);
                    complete &= part != null;
                    if (part != null) {
                        parts.add(part);
                    }
                }
                if (!complete) {
                    continue;
                }
                for (int lc = 0; lc < blockCells.size(); lc++) {
                    int at = lc;
                    relate(
                            text,
                            additivity,
                            at,
                            whole,
                            parts.stream().map(x -> new int[] {at, x}).toList(),
                            true);
                }
            }
        }

        private void relate(String text, Population.Additivity additivity, int cell, int period, List<int[]> parts) {
            relate(text, additivity, cell, period, parts, false);
        }

        /**
         * The relation of the whole at ({@code cell}, {@code period}) to its {@code parts} (each a cell and period),
         * when every one of them has a value; a part of periods partitions the whole, so it has no residual.
         */
        private void relate(
                String text,
                Population.Additivity additivity,
                int cell,
                int period,
                List<int[]> parts,
                boolean partition) {
            if (parts.isEmpty() || !has(text, cell, period)) {
                return;
            }
            double sum = 0;
            List<QuantityKey> keys = new ArrayList<>();
            for (int[] part : parts) {
                if (!has(text, part[0], part[1])) {
                    return;
                }
                sum += value(text, part[0], part[1]);
                keys.add(quantity(java.util.Objects.requireNonNull(texts.get(text)), part[0], part[1]));
            }
            QuantityKey whole = quantity(java.util.Objects.requireNonNull(texts.get(text)), cell, period);
            double residual = value(text, cell, period) - sum;
            switch (additivity) {
                case EXACT -> builder.relation(Relation.sum(whole, keys, partition ? 0 : clean(residual)));
                case BOUNDED -> {
                    builder.relation(Relation.atMostSum(whole, keys, partition ? 0 : Math.max(0, clean(residual))));
                    keys.forEach(k -> builder.relation(Relation.atMost(k, whole)));
                }
                case LOWER -> keys.forEach(k -> builder.relation(Relation.atMost(k, whole)));
                case NONE -> {}
            }
        }

        private double clean(double residual) {
            return Math.abs(residual - Math.rint(residual)) < 1e-9 ? Math.rint(residual) : residual;
        }

        /** Relations within one cell and period: subsets, numerators, means' sums, and equal counts. */
        private void withinRelations() {
            List<String> texts = new ArrayList<>(populations.keySet());
            List<int[]> inside = new ArrayList<>();
            Set<Long> related = new HashSet<>();
            for (int a = 0; a < texts.size(); a++) {
                for (int b = 0; b < texts.size(); b++) {
                    if (a != b
                            && java.util.Objects.requireNonNull(populations.get(texts.get(a)))
                                    .within(java.util.Objects.requireNonNull(populations.get(texts.get(b))))) {
                        inside.add(new int[] {a, b});
                        related.add(pair(a, b));
                    }
                }
            }
            List<int[]> numerators = new ArrayList<>();
            List<double[]> scaled = new ArrayList<>();
            Set<Integer> countsRole = new HashSet<>();
            for (int d : defs) {
                Shape shape = shapes.get(d).orElseThrow();
                int n = texts.indexOf(shape.counts().get(0).text());
                shape.counts().forEach(p -> countsRole.add(texts.indexOf(p.text())));
                if (shape.numerator().isPresent()) {
                    int k = texts.indexOf(shape.numerator().get().text());
                    if (!related.contains(pair(k, n))) {
                        numerators.add(new int[] {k, n});
                        related.add(pair(k, n));
                    }
                }
                Optional<double[]> scale = scales.get(d);
                if (!shape.sums().isEmpty() && scale.isPresent() && scale.get()[1] > scale.get()[0]) {
                    double factor = (scale.get()[1] - scale.get()[0]) * scale.get()[2];
                    for (Population sum : shape.sums()) {
                        scaled.add(new double[] {texts.indexOf(sum.text()), n, factor});
                    }
                }
            }
            List<int[]> tied = equalEverywhere(texts, countsRole, related);
            for (int lc = 0; lc < blockCells.size(); lc++) {
                for (int lp = 0; lp < blockPeriods.size(); lp++) {
                    for (int[] pair : inside) {
                        atMost(texts.get(pair[0]), texts.get(pair[1]), lc, lp);
                    }
                    for (int[] pair : numerators) {
                        atMost(texts.get(pair[0]), texts.get(pair[1]), lc, lp);
                    }
                    for (double[] s : scaled) {
                        String sum = texts.get((int) s[0]);
                        String count = texts.get((int) s[1]);
                        if (has(sum, lc, lp) && has(count, lc, lp)) {
                            builder.relation(Relation.atMostScaled(
                                    quantity(sum, lc, lp), s[2] * (1 + 1e-9), quantity(count, lc, lp)));
                        }
                    }
                    for (int[] pair : tied) {
                        String first = texts.get(pair[0]);
                        String other = texts.get(pair[1]);
                        if (has(first, lc, lp) && has(other, lc, lp) && value(first, lc, lp) > 0) {
                            builder.relation(
                                    Relation.sum(quantity(first, lc, lp), List.of(quantity(other, lc, lp)), 0));
                        }
                    }
                }
            }
        }

        private long pair(int a, int b) {
            return ((long) Math.min(a, b) << 32) | Math.max(a, b);
        }

        private void atMost(String part, String whole, int lc, int lp) {
            if (has(part, lc, lp) && has(whole, lc, lp)) {
                builder.relation(Relation.atMost(quantity(part, lc, lp), quantity(whole, lc, lp)));
            }
        }

        /**
         * Counts of the same kind (type, counting and mode) that no provable relation links but that are equal in every
         * cell and period of the block where either has data, and above 0 somewhere: the engine cannot see that two
         * differently written filters select the same facts ({@code question = 'zw00'} and {@code question = 'zw00' and
         * answer between 1 and 10} when every answer is valid), so it takes such counts as one, as an attacker who reads
         * the definitions could. Counts that are equal in some cells only (two questions answered by as many
         * respondents in one neighbourhood) are not one population: tying them would invent a relation that pins
         * cells and suppresses more than needed.
         */
        private List<int[]> equalEverywhere(List<String> texts, Set<Integer> countsRole, Set<Long> related) {
            List<Integer> counts = new ArrayList<>(new java.util.TreeSet<>(countsRole));
            List<int[]> tied = new ArrayList<>();
            Set<Integer> taken = new HashSet<>();
            for (int x = 0; x < counts.size(); x++) {
                int a = counts.get(x);
                if (taken.contains(a)) {
                    continue;
                }
                Population pa = java.util.Objects.requireNonNull(populations.get(texts.get(a)));
                for (int y = x + 1; y < counts.size(); y++) {
                    int b = counts.get(y);
                    Population pb = java.util.Objects.requireNonNull(populations.get(texts.get(b)));
                    if (taken.contains(b)
                            || related.contains(pair(a, b))
                            || pa.type() != pb.type()
                            || pa.counting() != pb.counting()
                            || pa.mode() != pb.mode()) {
                        continue;
                    }
                    if (equalInEveryCell(texts.get(a), texts.get(b))) {
                        tied.add(new int[] {a, b});
                        taken.add(b);
                    }
                }
            }
            return tied;
        }

        private boolean equalInEveryCell(String a, String b) {
            boolean positive = false;
            for (int lc = 0; lc < blockCells.size(); lc++) {
                for (int lp = 0; lp < blockPeriods.size(); lp++) {
                    boolean hasA = has(a, lc, lp);
                    if (hasA != has(b, lc, lp)) {
                        return false;
                    }
                    if (hasA) {
                        double va = value(a, lc, lp);
                        if (Math.abs(va - value(b, lc, lp)) > 1e-9) {
                            return false;
                        }
                        positive |= va > 0;
                    }
                }
            }
            return positive;
        }
    }

    // ---- shared structure

    private @Nullable List<int[]> families;
    private @Nullable List<int[]> periodFamilies;

    /**
     * The families of cells that add up (the whole first): each CBS area with its parts, each municipality with the
     * groups of each grouping, each group with its neighbourhoods.
     */
    private List<int[]> families() {
        if (families != null) {
            return families;
        }
        List<int[]> all = new ArrayList<>();
        Map<Integer, List<Integer>> byParent = new LinkedHashMap<>();
        Map<String, List<Integer>> groupsOf = new LinkedHashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            if (cells.isGroup(c)) {
                int municipality = municipalityOfGroup(c);
                if (municipality >= 0) {
                    groupsOf.computeIfAbsent(
                                    municipality + ":" + cells.level(c), k -> new ArrayList<>(List.of(municipality)))
                            .add(c);
                }
                List<Integer> family = new ArrayList<>(List.of(c));
                for (AreaCode member : cells.members(c)) {
                    int part = cells.indexOf(AreaLevel.NEIGHBOURHOOD.code(), member.value());
                    if (part >= 0) {
                        family.add(part);
                    }
                }
                all.add(family.stream().mapToInt(Integer::intValue).toArray());
            } else {
                Option<AreaCode> up = AreaCode.of(cells.code(c)).parent();
                if (up.isDefined()) {
                    int parent = cells.indexOf(up.get().level().code(), up.get().value());
                    if (parent >= 0) {
                        byParent.computeIfAbsent(parent, k -> new ArrayList<>(List.of(parent)))
                                .add(c);
                    }
                }
            }
        }
        byParent.values()
                .forEach(f -> all.add(f.stream().mapToInt(Integer::intValue).toArray()));
        groupsOf.values()
                .forEach(f -> all.add(f.stream().mapToInt(Integer::intValue).toArray()));
        families = all;
        return all;
    }

    private int municipalityOfGroup(int group) {
        int found = -1;
        for (AreaCode member : cells.members(group)) {
            int m = municipalityOf(member);
            if (found >= 0 && m != found) {
                return -1;
            }
            found = m;
        }
        return found;
    }

    /** The periods that make up another (the whole first): a span of its years, a year of its quarters, a quarter of its months. */
    private @Nullable List<int[]> spanSplits;

    private @Nullable Map<String, Integer> periodIndex;

    /** Each period of the cover by its text. */
    private Map<String, Integer> periodIndex() {
        if (periodIndex == null) {
            Map<String, Integer> index = new HashMap<>();
            for (int p = 0; p < periods.length; p++) {
                index.put(periodText[p], p);
            }
            periodIndex = index;
        }
        return periodIndex;
    }

    /**
     * Each span of whole years with each pair of spans (or years) it splits into, both in the cover: {@code
     * 2019/2022} with {@code 2019/2021} and {@code 2022}, with {@code 2019} and {@code 2020/2022}, and so on. For
     * counts that add up these follow from the years; for distinct persons they bound one span by another.
     */
    private List<int[]> spanSplits() {
        if (spanSplits != null) {
            return spanSplits;
        }
        Map<String, Integer> index = periodIndex();
        List<int[]> all = new ArrayList<>();
        for (int p = 0; p < periods.length; p++) {
            ReportingPeriod whole = periods[p];
            if (whole.kind() != ReportingPeriod.Kind.YEARS) {
                continue;
            }
            int first = whole.start().getYear();
            int last = whole.end().getYear();
            for (int m = first; m < last; m++) {
                Integer head = index.get(ReportingPeriod.years(first, m).toString());
                Integer tail = index.get(ReportingPeriod.years(m + 1, last).toString());
                if (head != null && tail != null && (m > first || m + 1 < last)) {
                    all.add(new int[] {p, head, tail});
                }
            }
        }
        spanSplits = all;
        return all;
    }

    private List<int[]> periodFamilies() {
        if (periodFamilies != null) {
            return periodFamilies;
        }
        Map<String, Integer> index = periodIndex();
        List<int[]> all = new ArrayList<>();
        for (int p = 0; p < periods.length; p++) {
            ReportingPeriod whole = periods[p];
            Optional<PeriodGranularity> finer = switch (whole.kind()) {
                case YEARS -> Optional.of(PeriodGranularity.YEAR);
                case YEAR -> Optional.of(PeriodGranularity.QUARTER);
                case QUARTER -> Optional.of(PeriodGranularity.MONTH);
                default -> Optional.empty();
            };
            if (finer.isEmpty()) {
                continue;
            }
            List<Integer> family = new ArrayList<>(List.of(p));
            for (ReportingPeriod part : whole.split(finer.get())) {
                Integer at = index.get(part.toString());
                if (at == null) {
                    family = null;
                    break;
                }
                family.add(at);
            }
            if (family != null) {
                all.add(family.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        periodFamilies = all;
        return all;
    }

    // ---- values

    /** The values of a result's populations, in the order of {@link #populations(Shape)}. */
    private static double[] quantities(Figures f, Shape shape, Optional<double[]> scale) {
        return switch (f.shape) {
            case COUNT, RATE -> new double[] {f.k};
            case RATIO -> new double[] {f.k, f.n};
            case SHARE, WEIGHTED_SHARE -> new double[] {f.n, f.k};
            case MEAN -> {
                double count = f.n;
                double weights = f.sumOfWeights();
                double sum = f.sumOfWeightedValues();
                double top = scale.map(s -> s[1] * weights - sum).orElse(0.0);
                double bottom = scale.map(s -> sum - s[0] * weights).orElse(0.0);
                yield new double[] {count, Math.max(0, top), Math.max(0, bottom)};
            }
        };
    }

    /** Which of a result's populations its "no data" makes known: all of a share's or mean's, a ratio's denominator. */
    private static int[] knownWhenEmpty(Figures f, Shape shape) {
        return switch (f.shape) {
            case COUNT, RATE -> new int[0];
            case RATIO -> new int[] {1};
            case SHARE, WEIGHTED_SHARE, MEAN ->
                java.util.stream.IntStream.range(0, populations(shape).size()).toArray();
        };
    }
}
