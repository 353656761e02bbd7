package nl.welfare.indicators.engine;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.Assessor;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of valid definitions: the figures of the requested periods and of the baseline period (from the facts
 * in {@link FactPasses}, threshold shares from the published results of their base at the level they count), then the
 * {@link Publication} of them.
 */
final class Evaluation {

    private final List<IndicatorDefinition> definitions;
    private final Dataset dataset;
    private final EvaluationQuery query;
    private final AreaCells cells;
    private final ReportingPeriod[] periods;

    Evaluation(List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query) {
        this.definitions = definitions;
        this.dataset = dataset;
        this.query = query;
        this.periods = query.periods().toJavaArray(ReportingPeriod[]::new);
        Option<AreaGrouping> grouping = query.grouping().map(dataset::grouping).orElse(Option.none());
        this.cells = AreaCells.of(dataset, query.levels().toJavaList(), grouping.toJavaOptional());
    }

    IndicatorTable table() {
        @Nullable Figures[][] now = figures(periods, query);
        @Nullable Figures[][] then = null;
        ReportingPeriod[] baseline = new ReportingPeriod[0];
        if (query.baseline().isPresent()
                && !List.of(periods).contains(query.baseline().get())) {
            baseline = new ReportingPeriod[] {query.baseline().get()};
            EvaluationQuery base = ImmutableEvaluationQuery.copyOf(query)
                    .withPeriod(query.baseline().get())
                    .withGranularity(Optional.empty());
            then = figures(baseline, base);
        }
        return new Publication(definitions, query, cells, periods, now, baseline, then).table();
    }

    /** The figures of every definition over {@code over}, the periods of {@code scope}. */
    private @Nullable Figures[][] figures(ReportingPeriod[] over, EvaluationQuery scope) {
        @Nullable Figures[][] all = new FactPasses(definitions, dataset, over, cells).figures();
        for (int d = 0; d < definitions.size(); d++) {
            if (definitions.get(d).measure() instanceof Measure.ThresholdShareSpec) {
                all[d] = thresholdShares(definitions.get(d), over, scope);
            }
        }
        return all;
    }

    /**
     * The share of areas of the spec's level in each cell whose published base result achieves the threshold: the
     * base is evaluated (with disclosure control) at that level, and areas whose base is suppressed or has no data are
     * left out of both numerator and denominator. Cells at or below the level, and groups unless the level is the
     * neighbourhood, have no data.
     */
    private @Nullable Figures[] thresholdShares(
            IndicatorDefinition definition, ReportingPeriod[] over, EvaluationQuery scope) {
        Measure.ThresholdShareSpec spec = (Measure.ThresholdShareSpec) definition.measure();
        IndicatorDefinition base = byId(spec.baseIndicator());
        @Nullable Figures[] slots = new Figures[cells.size() * over.length];
        if (spec.level() == AreaLevel.COUNTRY) {
            return slots;
        }
        EvaluationQuery atLevel = EvaluationQuery.builder()
                .period(scope.period())
                .level(spec.level())
                .granularity(scope.granularity())
                .confidence(query.confidence())
                .disclosure(query.disclosure())
                .build();
        IndicatorTable bases = IndicatorEngine.evaluate(withBases(base), dataset, atLevel);
        for (int cell = 0; cell < cells.size(); cell++) {
            List<AreaCode> areas = areasAt(cell, spec.level());
            if (areas.isEmpty()) {
                continue;
            }
            for (int p = 0; p < over.length; p++) {
                long achieved = 0;
                long assessable = 0;
                for (AreaCode area : areas) {
                    Option<IndicatorResult> found = bases.find(base.id(), area.value(), over[p]);
                    if (found.isEmpty() || found.get().status() != ResultStatus.OK) {
                        continue;
                    }
                    IndicatorResult result = found.get();
                    double value = result.value().orElseThrow();
                    AssessmentOutcome outcome = result.interval()
                            .map(i -> Assessor.assess(base.polarity(), spec.threshold(), value, i.lower(), i.upper())
                                    .outcome())
                            .orElseGet(() -> Assessor.assess(base.polarity(), spec.threshold(), value)
                                    .outcome());
                    assessable++;
                    if (outcome == AssessmentOutcome.ACHIEVED) {
                        achieved++;
                    }
                }
                slots[cell * over.length + p] = Figures.share(achieved, assessable);
            }
        }
        return slots;
    }

    /** The areas of {@code level} a threshold share of {@code cell} counts. */
    private List<AreaCode> areasAt(int cell, AreaLevel level) {
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
        return dataset.hierarchy().descendants(code, level).map(Area::code).toJavaList();
    }

    /** The definition with {@code id} (validated to be among the definitions). */
    private IndicatorDefinition byId(IndicatorId id) {
        return definitions.stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("validated: " + id));
    }

    /** {@code definition} and, depth first, the definitions it is computed from. */
    private List<IndicatorDefinition> withBases(IndicatorDefinition definition) {
        Set<IndicatorDefinition> found = new LinkedHashSet<>();
        List<IndicatorDefinition> todo = new ArrayList<>(List.of(definition));
        while (!todo.isEmpty()) {
            IndicatorDefinition next = todo.remove(todo.size() - 1);
            if (found.add(next)) {
                next.measure().base().forEach(id -> todo.add(byId(id)));
            }
        }
        return List.copyOf(found);
    }
}
