package nl.welfare.indicators.engine;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.Cell;
import nl.welfare.indicators.disclosure.CellKey;
import nl.welfare.indicators.disclosure.CellOutcome;
import nl.welfare.indicators.disclosure.DisclosureControl;
import nl.welfare.indicators.disclosure.DisclosureResult;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.disclosure.Published;
import nl.welfare.indicators.disclosure.Relation;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.stats.Difference;
import nl.welfare.indicators.stats.Estimate;
import nl.welfare.indicators.target.Assessment;
import nl.welfare.indicators.target.Assessor;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.Trend;
import org.jspecify.annotations.Nullable;

/**
 * From figures to the published table: disclosure control over every result about persons of the requested periods
 * and of the baseline period (one output), rounding, values and intervals from the published counts, changes against
 * the baseline from published figures only, {@code CHANGE} rows, and target assessments.
 *
 * <p>The output's linear relations, for the secondary suppression and its audit: within a period, the cells of an
 * additive indicator (counts of facts, shares and means of facts, rates and ratios of such counts) of each area add up
 * to the area above it where they do (a fact recorded at a district itself makes the district more than its
 * neighbourhoods, and then there is no such relation), the groups of a grouping to the municipality, and each group
 * to its neighbourhoods when the output has both (the grouping that cuts across the tree); indicators
 * whose counts are the same count (a rate and a ratio of active individual episodes) share those cells. Distinct
 * persons, transitions, latest assessments and networks are computed per cell and have no such relation. Cells linked
 * by no relation are decided alone, so the work grows with the size of each municipality's tree, not of the country.
 */
final class Publication {

    /** A result's published state: its status, and for {@code OK} the figures to publish and their estimate. */
    private record Final(
            ResultStatus status,
            @Nullable Figures figures,
            @Nullable Estimate estimate) {

        static final Final NO_DATA = new Final(ResultStatus.NO_DATA, null, null);
        static final Final SUPPRESSED = new Final(ResultStatus.SUPPRESSED, null, null);

        boolean ok() {
            return status == ResultStatus.OK;
        }

        Figures published() {
            if (figures == null) {
                throw new IllegalStateException("not published: " + status);
            }
            return figures;
        }

        Estimate value() {
            if (estimate == null) {
                throw new IllegalStateException("not published: " + status);
            }
            return estimate;
        }
    }

    private final List<IndicatorDefinition> definitions;
    private final EvaluationQuery query;
    private final AreaCells cells;
    private final ReportingPeriod[] periods;
    private final ReportingPeriod[] baselinePeriods;
    private final @Nullable Figures[][] now;
    private final @Nullable Figures @Nullable [][] then;
    private final ConfidenceLevel confidence;
    private final DisclosureRules rules;
    /** The families of cells that add up: the total first, then its parts. */
    private final List<int[]> families = new ArrayList<>();

    Publication(
            List<IndicatorDefinition> definitions,
            EvaluationQuery query,
            AreaCells cells,
            ReportingPeriod[] periods,
            @Nullable Figures[][] now,
            ReportingPeriod[] baselinePeriods,
            @Nullable Figures @Nullable [][] then) {
        this.definitions = definitions;
        this.query = query;
        this.cells = cells;
        this.periods = periods;
        this.baselinePeriods = baselinePeriods;
        this.now = now;
        this.then = then;
        this.confidence = query.confidence();
        this.rules = query.disclosure();
        int[] parent = parents(cells);
        Map<String, List<Integer>> byTotal = new LinkedHashMap<>();
        Map<String, Integer> byCode = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            byCode.put(cells.code(c), c);
            if (parent[c] >= 0) {
                // The areas below a total and the groups below it are two families of their own.
                int total = parent[c];
                String family = total + (cells.isGroup(c) ? " groups" : " areas");
                byTotal.computeIfAbsent(family, k -> new ArrayList<>(List.of(total)))
                        .add(c);
            }
        }
        byTotal.values()
                .forEach(
                        f -> families.add(f.stream().mapToInt(Integer::intValue).toArray()));
        for (int c = 0; c < cells.size(); c++) {
            if (cells.isGroup(c)) {
                // A group is the sum of its neighbourhoods when they are reported too: the relation that cuts across.
                List<Integer> family = new ArrayList<>(List.of(c));
                for (AreaCode member : cells.members(c)) {
                    Integer part = byCode.get(member.value());
                    if (part == null) {
                        family.clear();
                        break;
                    }
                    family.add(part);
                }
                if (family.size() > 1) {
                    families.add(family.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
    }

    /** The cell of the area (or municipality of a group) each cell adds up into, or -1. */
    private static int[] parents(AreaCells cells) {
        Map<String, Integer> byCode = new HashMap<>();
        List<Integer> municipalities = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            byCode.put(cells.code(c), c);
            if (!cells.isGroup(c) && AreaCode.of(cells.code(c)).level() == AreaLevel.MUNICIPALITY) {
                municipalities.add(c);
            }
        }
        int[] parent = new int[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            parent[c] = -1;
            if (cells.isGroup(c)) {
                if (municipalities.size() == 1) {
                    parent[c] = municipalities.get(0);
                }
            } else {
                Option<AreaCode> up = AreaCode.of(cells.code(c)).parent();
                if (up.isDefined()) {
                    parent[c] = byCode.getOrDefault(up.get().value(), -1);
                }
            }
        }
        return parent;
    }

    IndicatorTable table() {
        int slotsNow = cells.size() * periods.length;
        int slotsThen = cells.size() * baselinePeriods.length;
        Final[][] finalNow = new Final[definitions.size()][];
        Final[][] finalThen = new Final[definitions.size()][];
        Disclosure disclosure = new Disclosure();
        for (int d = 0; d < definitions.size(); d++) {
            disclosure.add(d, now[d], periods);
            if (then != null) {
                disclosure.add(d, then[d], baselinePeriods);
            }
        }
        disclosure.relate();
        DisclosureOutcome outcome = disclosure.decide();
        for (int d = 0; d < definitions.size(); d++) {
            finalNow[d] = finals(d, now[d], periods, slotsNow, outcome);
            finalThen[d] = then == null ? new Final[0] : finals(d, then[d], baselinePeriods, slotsThen, outcome);
        }
        for (int d = 0; d < definitions.size(); d++) {
            if (definitions.get(d).measure() instanceof Measure.ChangeSpec) {
                int base = index(((Measure.ChangeSpec) definitions.get(d).measure()).baseIndicator());
                finalNow[d] = new Final[slotsNow];
                for (int slot = 0; slot < slotsNow; slot++) {
                    finalNow[d][slot] = changeOf(base, slot, finalNow, finalThen);
                }
            }
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (int d = 0; d < definitions.size(); d++) {
            for (int cell = 0; cell < cells.size(); cell++) {
                for (int p = 0; p < periods.length; p++) {
                    results.add(result(d, cell, p, finalNow, finalThen));
                }
            }
        }
        return IndicatorTable.of(results, rules, confidence);
    }

    private int index(nl.welfare.indicators.definition.IndicatorId id) {
        for (int d = 0; d < definitions.size(); d++) {
            if (definitions.get(d).id().equals(id)) {
                return d;
            }
        }
        throw new IllegalStateException("validated: " + id);
    }

    /** Whether definition {@code d} goes through disclosure control: about persons, computed from facts. */
    private boolean controlled(int d) {
        Measure measure = definitions.get(d).measure();
        return rules.enabled()
                && definitions.get(d).statisticalUnit() == StatisticalUnit.PERSONS
                && !(measure instanceof Measure.ChangeSpec)
                && !(measure instanceof Measure.ThresholdShareSpec);
    }

    private Final[] finals(
            int d,
            @Nullable Figures @Nullable [] figures,
            ReportingPeriod[] over,
            int slots,
            DisclosureOutcome outcome) {
        Final[] finals = new Final[slots];
        for (int slot = 0; slot < slots; slot++) {
            finals[slot] = finalOf(d, figures == null ? null : figures[slot], over, slot, outcome);
        }
        return finals;
    }

    private Final finalOf(
            int d, @Nullable Figures figures, ReportingPeriod[] over, int slot, DisclosureOutcome outcome) {
        Option<Estimate> estimate = figures == null ? Option.none() : figures.estimate(confidence);
        if (figures == null || estimate.isEmpty()) {
            return Final.NO_DATA;
        }
        Figures published = figures;
        if (controlled(d)) {
            List<CellKey> keys = keys(d, slot / over.length, over[slot % over.length]);
            List<Published> all = new ArrayList<>();
            for (CellKey key : keys) {
                Option<Published> p = outcome.published(key);
                if (p.isEmpty()) {
                    return Final.SUPPRESSED;
                }
                all.add(p.get());
            }
            if (all.get(0).rounded()) {
                // The value and interval come from the rounded counts, computed anew.
                published = figures.rounded(all);
                estimate = published.estimate(confidence);
            }
        }
        return estimate.isEmpty() ? Final.SUPPRESSED : new Final(ResultStatus.OK, published, estimate.get());
    }

    /** The cell keys of definition {@code d} in {@code cell} over {@code period}: one per {@link #parts}. */
    private List<CellKey> keys(int d, int cell, ReportingPeriod period) {
        String area = cells.code(cell);
        String p = period.toString();
        return parts(d).stream().map(part -> CellKey.of(part, area, p)).toList();
    }

    /** The cell-key indicators of definition {@code d}: its id, or a ratio's two parts. */
    private List<String> parts(int d) {
        String id = definitions.get(d).id().value();
        return definitions.get(d).measure() instanceof Measure.RatioSpec
                ? List.of(id + "/numerator", id + "/denominator")
                : List.of(id);
    }

    /** The slot of {@code cell} in the baseline's finals: among the requested periods, or the separate baseline. */
    private Option<Final> baselineOf(int d, int cell, Final[][] finalNow, Final[][] finalThen) {
        if (query.baseline().isEmpty()) {
            return Option.none();
        }
        ReportingPeriod baseline = query.baseline().get();
        for (int p = 0; p < periods.length; p++) {
            if (periods[p].equals(baseline)) {
                return Option.some(finalNow[d][cell * periods.length + p]);
            }
        }
        return Option.some(finalThen[d][cell]);
    }

    /** The state of a {@code CHANGE} of definition {@code base}: published only when both its sides are. */
    private Final changeOf(int base, int slot, Final[][] finalNow, Final[][] finalThen) {
        Final current = finalNow[base][slot];
        Option<Final> baseline = baselineOf(base, slot / periods.length, finalNow, finalThen);
        if (baseline.isEmpty()) {
            return Final.NO_DATA;
        }
        if (current.status() == ResultStatus.SUPPRESSED || baseline.get().status() == ResultStatus.SUPPRESSED) {
            return Final.SUPPRESSED;
        }
        if (!current.ok() || !baseline.get().ok()) {
            return Final.NO_DATA;
        }
        Option<Figures.Change> change =
                current.published().change(baseline.get().published(), confidence);
        if (change.isEmpty()) {
            return Final.NO_DATA;
        }
        Estimate estimate = change.get()
                .tested()
                .map(Difference::estimate)
                .getOrElse(() -> Estimate.withoutInterval(change.get().value()));
        Figures sample = Figures.count(
                current.published().sampleSize() + baseline.get().published().sampleSize());
        return new Final(ResultStatus.OK, sample, estimate);
    }

    private IndicatorResult result(int d, int cell, int p, Final[][] finalNow, Final[][] finalThen) {
        IndicatorDefinition definition = definitions.get(d);
        Final f = finalNow[d][cell * periods.length + p];
        boolean isChange = definition.measure() instanceof Measure.ChangeSpec;
        var builder = IndicatorResult.builder()
                .indicator(definition.id())
                .area(cells.code(cell))
                .areaLevel(cells.level(cell))
                .period(periods[p])
                .status(f.status())
                .baselinePeriod(query.baseline());
        if (f.ok()) {
            Estimate estimate = f.value();
            builder.value(estimate.value())
                    .interval(estimate.interval().toJavaOptional())
                    .sampleSize(f.published().sampleSize());
            if (isChange) {
                builder.change(estimate.value())
                        .changeInterval(estimate.interval().toJavaOptional())
                        .trend(trend(definition.polarity(), estimate).toJavaOptional());
            } else {
                builder.numerator(f.published().numerator())
                        .denominator(f.published().denominator());
                Option<Final> baseline = baselineOf(d, cell, finalNow, finalThen);
                if (baseline.isDefined() && baseline.get().ok()) {
                    Figures figures = f.published();
                    figures.change(baseline.get().published(), confidence).forEach(change -> {
                        builder.change(change.value());
                        change.tested().forEach(t -> builder.changeInterval(t.interval()));
                        changeTrend(definition.polarity(), change, figures).forEach(builder::trend);
                    });
                }
            }
        }
        target(definition, cell, periods[p]).forEach(target -> {
            Assessment assessment = f.ok()
                    ? f.value()
                            .interval()
                            .map(i -> Assessor.assess(
                                    definition.polarity(),
                                    target.value(),
                                    f.value().value(),
                                    i.lower(),
                                    i.upper()))
                            .getOrElse(() -> Assessor.assess(
                                    definition.polarity(),
                                    target.value(),
                                    f.value().value()))
                    : Assessor.notAssessable(target.value());
            builder.target(target.value()).assessment(assessment.outcome());
        });
        return builder.build();
    }

    /** The trend of a {@code CHANGE} row: by its interval, or by its sign when it is a change of full counts. */
    private static Option<Trend> trend(Polarity polarity, Estimate change) {
        if (change.interval().isDefined()) {
            return Trend.of(
                    polarity,
                    change.interval().get().lower(),
                    change.interval().get().upper());
        }
        return Option.none();
    }

    /** The trend of a change: by its interval where tested, by its sign for full counts, none for a ratio. */
    private static Option<Trend> changeTrend(Polarity polarity, Figures.Change change, Figures figures) {
        if (change.tested().isDefined()) {
            Difference tested = change.tested().get();
            return Trend.of(
                    polarity, tested.interval().lower(), tested.interval().upper());
        }
        return figures.shape == Figures.Shape.COUNT
                ? Trend.of(polarity, change.value(), change.value())
                : Option.none();
    }

    private Option<Target> target(IndicatorDefinition definition, int cell, ReportingPeriod period) {
        if (query.targets().isEmpty()) {
            return Option.none();
        }
        return cells.isGroup(cell)
                ? query.targets().lookup(definition.id(), cells.level(cell), cells.code(cell), period)
                : query.targets().lookup(definition.id(), AreaCode.of(cells.code(cell)), period);
    }

    /** The outcome of disclosure control per cell key. */
    private static final class DisclosureOutcome {
        private final Map<CellKey, CellOutcome> outcomes = new HashMap<>();

        Option<Published> published(CellKey key) {
            CellOutcome outcome = outcomes.get(key);
            return outcome instanceof Published ? Option.some((Published) outcome) : Option.none();
        }
    }

    /** The cells and relations of the output, decided per connected part. */
    private final class Disclosure {
        private final Map<CellKey, Cell> cellsByKey = new LinkedHashMap<>();
        private final List<Relation> relations = new ArrayList<>();

        /** Adds the cells of definition {@code d}'s results over {@code over}. */
        void add(int d, @Nullable Figures @Nullable [] figures, ReportingPeriod[] over) {
            if (!controlled(d) || figures == null) {
                return;
            }
            for (int slot = 0; slot < figures.length; slot++) {
                Figures f = figures[slot];
                if (f == null || f.estimate(confidence).isEmpty()) {
                    continue;
                }
                List<CellKey> keys = keys(d, slot / over.length, over[slot % over.length]);
                for (Cell cell : f.cells(keys)) {
                    cellsByKey.put(cell.key(), cell);
                }
            }
        }

        /** The relations among the cells added. */
        void relate() {
            List<ReportingPeriod> all = new ArrayList<>(List.of(periods));
            all.addAll(List.of(baselinePeriods));
            Map<Measure.Counted, List<String>> shared = new LinkedHashMap<>();
            for (int d = 0; d < definitions.size(); d++) {
                if (!controlled(d)) {
                    continue;
                }
                Measure measure = definitions.get(d).measure();
                List<String> parts = parts(d);
                List<Measure.Counted> counted = counted(measure);
                for (int part = 0; part < parts.size(); part++) {
                    if (additive(measure, counted, part)) {
                        for (ReportingPeriod period : all) {
                            sums(parts.get(part), period);
                        }
                    }
                    if (part < counted.size()) {
                        shared.computeIfAbsent(counted.get(part), k -> new ArrayList<>())
                                .add(parts.get(part));
                    }
                }
            }
            for (List<String> same : shared.values()) {
                for (int other = 1; other < same.size(); other++) {
                    for (ReportingPeriod period : all) {
                        for (int cell = 0; cell < cells.size(); cell++) {
                            CellKey a = CellKey.of(same.get(0), cells.code(cell), period.toString());
                            CellKey b = CellKey.of(same.get(other), cells.code(cell), period.toString());
                            if (cellsByKey.containsKey(a) && cellsByKey.containsKey(b)) {
                                relations.add(Relation.equal(a, b));
                            }
                        }
                    }
                }
            }
        }

        /** The counts of a measure that another measure may share: a count, a rate's count, a ratio's two. */
        private List<Measure.Counted> counted(Measure measure) {
            if (measure instanceof Measure.Counted) {
                return List.of((Measure.Counted) measure);
            }
            if (measure instanceof Measure.RateSpec) {
                return List.of(((Measure.RateSpec) measure).count());
            }
            if (measure instanceof Measure.RatioSpec) {
                Measure.RatioSpec ratio = (Measure.RatioSpec) measure;
                return List.of(ratio.numerator(), ratio.denominator());
            }
            return List.of();
        }

        /** Whether part {@code part} of {@code measure} counts facts, so that areas add up. */
        private boolean additive(Measure measure, List<Measure.Counted> counted, int part) {
            if (measure instanceof Measure.ProportionSpec || measure instanceof Measure.MeanSpec) {
                return true;
            }
            return part < counted.size() && !(counted.get(part) instanceof Measure.DistinctCountSpec);
        }

        /** The relations "an area is the sum of its parts" of the cells of {@code indicator} over {@code period}. */
        private void sums(String indicator, ReportingPeriod period) {
            String p = period.toString();
            for (int[] family : families) {
                CellKey totalKey = CellKey.of(indicator, cells.code(family[0]), p);
                Cell totalCell = cellsByKey.get(totalKey);
                if (totalCell == null) {
                    continue;
                }
                List<CellKey> partKeys = new ArrayList<>();
                long count = 0;
                long numerator = 0;
                boolean complete = true;
                for (int at = 1; at < family.length && complete; at++) {
                    CellKey key = CellKey.of(indicator, cells.code(family[at]), p);
                    Cell cell = cellsByKey.get(key);
                    if (cell == null) {
                        complete = false;
                    } else {
                        partKeys.add(key);
                        count += cell.count();
                        numerator += cell.numerator().orElse(0L);
                    }
                }
                if (complete
                        && count == totalCell.count()
                        && numerator == totalCell.numerator().orElse(0L)) {
                    relations.add(Relation.sum(totalKey, partKeys));
                }
            }
        }

        /** The outcome of every cell, each connected part of the output decided on its own. */
        DisclosureOutcome decide() {
            DisclosureOutcome outcome = new DisclosureOutcome();
            if (cellsByKey.isEmpty()) {
                return outcome;
            }
            List<CellKey> keys = new ArrayList<>(cellsByKey.keySet());
            Map<CellKey, Integer> index = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                index.put(keys.get(i), i);
            }
            int[] root = new int[keys.size()];
            for (int i = 0; i < root.length; i++) {
                root[i] = i;
            }
            for (Relation relation : relations) {
                int first = find(root, index.getOrDefault(relation.total(), 0));
                for (CellKey key : relation.cells()) {
                    int other = find(root, index.getOrDefault(key, 0));
                    root[other] = first;
                }
            }
            Map<Integer, List<Cell>> partCells = new LinkedHashMap<>();
            Map<Integer, List<Relation>> partRelations = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                partCells
                        .computeIfAbsent(find(root, i), k -> new ArrayList<>())
                        .add(Objects.requireNonNull(cellsByKey.get(keys.get(i))));
            }
            for (Relation relation : relations) {
                partRelations
                        .computeIfAbsent(find(root, index.getOrDefault(relation.total(), 0)), k -> new ArrayList<>())
                        .add(relation);
            }
            partCells.forEach((part, members) -> {
                DisclosureResult result =
                        DisclosureControl.apply(members, partRelations.getOrDefault(part, List.of()), rules);
                result.outcomes().forEach(outcome.outcomes::put);
            });
            return outcome;
        }

        private int find(int[] root, int i) {
            int at = i;
            while (root[at] != at) {
                root[at] = root[root[at]];
                at = root[at];
            }
            return at;
        }
    }
}
