package nl.welfare.indicators.engine;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.disclosure.CellKey;
import nl.welfare.indicators.disclosure.CellOutcome;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.disclosure.Published;
import nl.welfare.indicators.disclosure.Suppressed;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.stats.Difference;
import nl.welfare.indicators.stats.Estimate;
import nl.welfare.indicators.target.Assessment;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.Assessor;
import nl.welfare.indicators.target.BenchmarkComparison;
import nl.welfare.indicators.target.ComparisonMethod;
import nl.welfare.indicators.target.Target;
import nl.welfare.indicators.target.Trend;
import org.jspecify.annotations.Nullable;

/**
 * From the cover's figures and decisions to the published rows of one query: the status of each result (suppressed as
 * disclosure control decided on the cover, without data, or published), values and intervals from the published (and
 * possibly rounded) counts, threshold shares from the published results of their base, changes against the baseline
 * from published figures only, {@code CHANGE} rows, and target assessments. Only the query's areas, periods and
 * indicators are written; every other result of the cover is computed only when a row needs it.
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
    private final @Nullable Figures[][] figures;
    private final CoverDecision cover;
    private final Map<CellKey, CellOutcome> outcomes;
    private final ConfidenceLevel confidence;
    private final DisclosureRules rules;
    private final Map<String, Integer> periodIndex = new HashMap<>();
    private final Final[][] finals;

    Publication(
            List<IndicatorDefinition> definitions,
            EvaluationQuery query,
            AreaCells cells,
            ReportingPeriod[] periods,
            @Nullable Figures[][] figures,
            CoverDecision cover,
            Map<CellKey, CellOutcome> outcomes) {
        this.definitions = definitions;
        this.query = query;
        this.cells = cells;
        this.periods = periods;
        this.figures = figures;
        this.cover = cover;
        this.outcomes = outcomes;
        this.confidence = query.confidence();
        this.rules = query.disclosure();
        for (int p = 0; p < periods.length; p++) {
            periodIndex.put(periods[p].toString(), p);
        }
        this.finals = new Final[definitions.size()][cells.size() * periods.length];
    }

    /** The rows of the query, in the order of {@link IndicatorTable}. */
    IndicatorTable table() {
        List<Integer> rows = queryCells();
        List<Integer> columns = new ArrayList<>();
        for (ReportingPeriod period : query.periods()) {
            columns.add(period(period));
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (int d = 0; d < definitions.size(); d++) {
            if (!selected(definitions.get(d).id())) {
                continue;
            }
            for (int cell : rows) {
                for (int p : columns) {
                    results.add(result(d, cell, p));
                }
            }
        }
        return IndicatorTable.of(results, rules, confidence);
    }

    private boolean selected(IndicatorId id) {
        return query.indicators().isEmpty() || query.indicators().contains(id);
    }

    /** The cover's cells of the query's levels and grouping, in the results order. */
    private List<Integer> queryCells() {
        List<Integer> chosen = new ArrayList<>();
        List<AreaLevel> levels = query.level().isPresent() || query.grouping().isEmpty()
                ? query.levels().toJavaList()
                : List.of(AreaLevel.MUNICIPALITY);
        for (int c = 0; c < cells.size(); c++) {
            String level = cells.level(c);
            boolean wanted = cells.isGroup(c)
                    ? query.grouping().map(level::equals).orElse(false)
                    : levels.stream().anyMatch(l -> l.code().equals(level));
            if (wanted) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    private int period(ReportingPeriod period) {
        Integer p = periodIndex.get(period.toString());
        if (p == null) {
            throw new IllegalStateException("validated: the cover holds " + period);
        }
        return p;
    }

    private int index(IndicatorId id) {
        for (int d = 0; d < definitions.size(); d++) {
            if (definitions.get(d).id().equals(id)) {
                return d;
            }
        }
        throw new IllegalStateException("validated: " + id);
    }

    /** The published state of definition {@code d} in cover cell {@code cell} over cover period {@code p}. */
    private Final finalOf(int d, int cell, int p) {
        int slot = cell * periods.length + p;
        Final f = finals[d][slot];
        if (f == null) {
            f = compute(d, cell, p);
            finals[d][slot] = f;
        }
        return f;
    }

    /**
     * The published state of definition {@code d}: a change from the published states of its base, a threshold share
     * from the published results of its base, and every other spec from its figures of the pass over the facts.
     */
    private Final compute(int d, int cell, int p) {
        return definitions.get(d).measure().accept(new Measure.Visitor<Final>() {
            @Override
            public Final onCount(Measure.Count m) {
                return fromFacts();
            }

            @Override
            public Final onDistinctCount(Measure.DistinctCount m) {
                return fromFacts();
            }

            @Override
            public Final onProportion(Measure.Proportion m) {
                return fromFacts();
            }

            @Override
            public Final onLatestAssessment(Measure.LatestAssessment m) {
                return fromFacts();
            }

            @Override
            public Final onRate(Measure.Rate m) {
                return fromFacts();
            }

            @Override
            public Final onRatio(Measure.Ratio m) {
                return fromFacts();
            }

            @Override
            public Final onMean(Measure.Mean m) {
                return fromFacts();
            }

            @Override
            public Final onTransition(Measure.Transition m) {
                return fromFacts();
            }

            @Override
            public Final onNetwork(Measure.Network m) {
                return fromFacts();
            }

            @Override
            public Final onThresholdShare(Measure.ThresholdShare m) {
                return published(d, cell, p, thresholdShare(m, cell, p));
            }

            @Override
            public Final onChange(Measure.Change m) {
                return changeOf(index(m.baseIndicator()), cell, p);
            }

            private Final fromFacts() {
                return published(d, cell, p, figures[d] == null ? null : figures[d][cell * periods.length + p]);
            }
        });
    }

    /** The published state of definition {@code d} with figures {@code f} (none: no data), after disclosure control. */
    private Final published(int d, int cell, int p, @Nullable Figures f) {
        if (cover.controlled(d)) {
            CellOutcome outcome = outcomes.get(cover.key(d, cell, p));
            if (outcome instanceof Suppressed) {
                return Final.SUPPRESSED;
            }
            if (f != null && outcome instanceof Published published && published.rounded()) {
                Figures rounded = f.rounded(
                        published,
                        rules.roundingKey().orElseThrow(),
                        cover.key(d, cell, p).toString());
                Option<Estimate> estimate = rounded.estimate(confidence);
                return estimate.isEmpty() ? Final.SUPPRESSED : new Final(ResultStatus.OK, rounded, estimate.get());
            }
        }
        if (f == null) {
            return Final.NO_DATA;
        }
        Option<Estimate> estimate = f.estimate(confidence);
        return estimate.isEmpty() ? Final.NO_DATA : new Final(ResultStatus.OK, f, estimate.get());
    }

    /**
     * The share of areas of the spec's level in {@code cell} whose published base result achieves the threshold;
     * areas whose base is suppressed or has no data are left out of both numerator and denominator. Cells at or below
     * the level, and groups unless the level is the neighbourhood, have no data.
     */
    private @Nullable Figures thresholdShare(Measure.ThresholdShare spec, int cell, int p) {
        List<AreaCode> areas = areasAt(cell, spec.level());
        if (areas.isEmpty()) {
            return null;
        }
        int base = index(spec.baseIndicator());
        Polarity polarity = definitions.get(base).polarity();
        long achieved = 0;
        long assessable = 0;
        for (AreaCode area : areas) {
            int at = cells.indexOf(area.level().code(), area.value());
            if (at < 0) {
                continue;
            }
            Final result = finalOf(base, at, p);
            if (!result.ok()) {
                continue;
            }
            Estimate e = result.value();
            AssessmentOutcome outcome = e.interval()
                    .map(i -> Assessor.assess(polarity, spec.threshold(), e.value(), i.lower(), i.upper())
                            .outcome())
                    .getOrElse(() -> Assessor.assess(polarity, spec.threshold(), e.value())
                            .outcome());
            assessable++;
            if (outcome == AssessmentOutcome.ACHIEVED) {
                achieved++;
            }
        }
        return Figures.share(achieved, assessable);
    }

    /** The areas of {@code level} a threshold share of {@code cell} counts. */
    private List<AreaCode> areasAt(int cell, AreaLevel level) {
        if (level == AreaLevel.COUNTRY) {
            return List.of();
        }
        if (cells.isGroup(cell)) {
            return level == AreaLevel.NEIGHBOURHOOD
                    ? cells.members(cell).stream()
                            .filter(a -> a.level() == AreaLevel.NEIGHBOURHOOD)
                            .toList()
                    : List.of();
        }
        AreaCode code = AreaCode.of(cells.code(cell));
        if (!code.level().isAbove(level)) {
            return List.of();
        }
        List<AreaCode> found = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.isGroup(c) && cells.level(c).equals(level.code())) {
                AreaCode candidate = AreaCode.of(cells.code(c));
                if (isBelow(candidate, code)) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    private static boolean isBelow(AreaCode candidate, AreaCode ancestor) {
        Option<AreaCode> at = candidate.parent();
        while (at.isDefined()) {
            if (at.get().equals(ancestor)) {
                return true;
            }
            at = at.get().parent();
        }
        return false;
    }

    /** The baseline's cover period, if the query has a baseline. */
    private Option<Integer> baselinePeriod() {
        return Option.ofOptional(query.baseline()).map(this::period);
    }

    /** The state of a {@code CHANGE} of definition {@code base}: published only when both its sides are. */
    private Final changeOf(int base, int cell, int p) {
        Option<Integer> then = baselinePeriod();
        if (then.isEmpty() || !after(p, then.get())) {
            return Final.NO_DATA;
        }
        Final current = finalOf(base, cell, p);
        Final baseline = finalOf(base, cell, then.get());
        if (current.status() == ResultStatus.SUPPRESSED || baseline.status() == ResultStatus.SUPPRESSED) {
            return Final.SUPPRESSED;
        }
        if (!current.ok() || !baseline.ok()) {
            return Final.NO_DATA;
        }
        Option<Figures.Change> change = current.published().change(baseline.published(), confidence);
        if (change.isEmpty()) {
            return Final.NO_DATA;
        }
        Estimate estimate = change.get()
                .tested()
                .map(Difference::estimate)
                .getOrElse(() -> Estimate.withoutInterval(change.get().value()));
        Figures sample = Figures.count(
                current.published().sampleSize() + baseline.published().sampleSize());
        return new Final(ResultStatus.OK, sample, estimate);
    }

    private IndicatorResult result(int d, int cell, int p) {
        IndicatorDefinition definition = definitions.get(d);
        Final f = finalOf(d, cell, p);
        boolean isChange = definition.measure().comparesWithBaseline();
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
                Option<Integer> then = baselinePeriod();
                if (then.isDefined() && after(p, then.get())) {
                    Final baseline = finalOf(d, cell, then.get());
                    if (baseline.ok()) {
                        Figures figures = f.published();
                        figures.change(baseline.published(), confidence).forEach(change -> {
                            builder.change(change.value());
                            change.tested().forEach(t -> builder.changeInterval(t.interval()));
                            changeTrend(definition.polarity(), change).forEach(builder::trend);
                        });
                    }
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
        int benchmark = benchmarkCell(cell);
        if (benchmark >= 0) {
            builder.benchmarkArea(cells.code(benchmark));
            BenchmarkComparison comparison = comparison(d, f, benchmark, p);
            builder.benchmarkComparison(comparison);
            if (comparison.compared()) {
                builder.comparisonMethod(ComparisonMethod.NON_OVERLAPPING_INTERVALS);
            }
        }
        return builder.build();
    }

    /**
     * The comparison of the published state {@code f} of definition {@code d} with its benchmark in cover cell {@code
     * benchmark}: by non-overlapping intervals when both are published with an interval, the indicator has a polarity
     * and its kind compares across areas of different size; else {@code NOT_COMPARED}. A suppressed benchmark is never
     * compared with: "better than a suppressed value" would tell something about it.
     */
    private BenchmarkComparison comparison(int d, Final f, int benchmark, int p) {
        IndicatorDefinition definition = definitions.get(d);
        if (!f.ok() || f.value().interval().isEmpty() || !comparable(definition.measure())) {
            return BenchmarkComparison.NOT_COMPARED;
        }
        Final other = finalOf(d, benchmark, p);
        if (!other.ok() || other.value().interval().isEmpty()) {
            return BenchmarkComparison.NOT_COMPARED;
        }
        return BenchmarkComparison.of(
                definition.polarity(),
                f.value().interval().get(),
                other.value().interval().get());
    }

    /**
     * Whether results of {@code measure} can be compared between an area and the larger area holding it: not a count
     * or a distinct count, which grow with the area (a part is never "significantly higher" than its whole in any
     * useful sense), nor a ratio, which has no interval.
     */
    private static boolean comparable(Measure measure) {
        return measure.accept(new Measure.Visitor<Boolean>() {
            @Override
            public Boolean onCount(Measure.Count m) {
                return false;
            }

            @Override
            public Boolean onDistinctCount(Measure.DistinctCount m) {
                return false;
            }

            @Override
            public Boolean onProportion(Measure.Proportion m) {
                return true;
            }

            @Override
            public Boolean onLatestAssessment(Measure.LatestAssessment m) {
                return true;
            }

            @Override
            public Boolean onRate(Measure.Rate m) {
                return true;
            }

            @Override
            public Boolean onRatio(Measure.Ratio m) {
                return false;
            }

            @Override
            public Boolean onMean(Measure.Mean m) {
                return true;
            }

            @Override
            public Boolean onTransition(Measure.Transition m) {
                return true;
            }

            @Override
            public Boolean onNetwork(Measure.Network m) {
                return true;
            }

            @Override
            public Boolean onThresholdShare(Measure.ThresholdShare m) {
                return true;
            }

            @Override
            public Boolean onChange(Measure.Change m) {
                return true;
            }
        });
    }

    /**
     * The cover cell of the benchmark of {@code cell}, or -1 when it has none: for a CBS area below the query's
     * benchmark level, the area holding it at that level; for a group, when the benchmark is the municipality, the
     * municipality of all its members (none when they lie in several); none for an area at or above the level.
     */
    private int benchmarkCell(int cell) {
        AreaLevel level = query.benchmarkLevel();
        if (cells.isGroup(cell)) {
            if (level != AreaLevel.MUNICIPALITY) {
                return -1;
            }
            String municipality = null;
            for (AreaCode member : cells.members(cell)) {
                Option<AreaCode> at = ancestorAt(member, level);
                if (at.isEmpty()
                        || (municipality != null
                                && !municipality.equals(at.get().value()))) {
                    return -1;
                }
                municipality = at.get().value();
            }
            return municipality == null ? -1 : cells.indexOf(level.code(), municipality);
        }
        AreaCode area = AreaCode.of(cells.code(cell));
        if (!level.isAbove(area.level())) {
            return -1;
        }
        Option<AreaCode> at = ancestorAt(area, level);
        return at.isEmpty() ? -1 : cells.indexOf(level.code(), at.get().value());
    }

    /** The area holding {@code area} at {@code level}, the area itself at that level; none when it lies above it. */
    private static Option<AreaCode> ancestorAt(AreaCode area, AreaLevel level) {
        Option<AreaCode> at = Option.some(area);
        while (at.isDefined() && at.get().level() != level) {
            at = at.get().parent();
        }
        return at;
    }

    /**
     * Whether period {@code p} lies wholly after period {@code baseline}: only such periods get a change and a trend
     * (the baseline itself, a period before it or one overlapping it has none).
     */
    private boolean after(int p, int baseline) {
        return periods[p].start().isAfter(periods[baseline].end());
    }

    /** The trend of a {@code CHANGE} row: by its interval. */
    private static Option<Trend> trend(Polarity polarity, Estimate change) {
        if (change.interval().isDefined()) {
            return Trend.of(
                    polarity,
                    change.interval().get().lower(),
                    change.interval().get().upper());
        }
        return Option.none();
    }

    /** The trend of a change: by its interval where tested (counts too, as Poisson counts), none for a ratio. */
    private static Option<Trend> changeTrend(Polarity polarity, Figures.Change change) {
        return change.tested()
                .flatMap(tested -> Trend.of(
                        polarity, tested.interval().lower(), tested.interval().upper()));
    }

    private Option<Target> target(IndicatorDefinition definition, int cell, ReportingPeriod period) {
        if (query.targets().isEmpty()) {
            return Option.none();
        }
        return cells.isGroup(cell)
                ? query.targets().lookup(definition.id(), cells.level(cell), cells.code(cell), period)
                : query.targets().lookup(definition.id(), AreaCode.of(cells.code(cell)), period);
    }
}
