package nl.welfare.indicators.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.disclosure.AuditRecord;
import nl.welfare.indicators.disclosure.CellKey;
import nl.welfare.indicators.disclosure.CellStatus;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.disclosure.Ledger;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of valid definitions: the figures of every definition over the cover (every area and group of the
 * package, and under disclosure control every period of the cover; without it, the query's periods), disclosure
 * control once over the cover ({@link CoverDecision}), then the {@link Publication} of the query's rows.
 */
final class Evaluation {

    /** The CBS levels of the cover: results start at the municipality. */
    private static final List<AreaLevel> LEVELS =
            List.of(AreaLevel.MUNICIPALITY, AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD);

    private final List<IndicatorDefinition> definitions;
    private final Dataset dataset;
    private final EvaluationQuery query;
    private final FigureSource source;

    Evaluation(List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query, FigureSource source) {
        this.definitions = definitions;
        this.dataset = dataset;
        this.query = query;
        this.source = source;
    }

    /** The query's rows, what they release, and (with {@code ranges}, the exact ranges in) the audit records. */
    Release release(boolean ranges) {
        DisclosureRules rules = query.disclosure();
        AreaCells cells = AreaCells.of(dataset, LEVELS, dataset.groupings().toJavaList());
        ReportingPeriod[] periods;
        int[] stage;
        if (rules.enabled()) {
            List<ReportingPeriod> all = cover(dataset, query);
            ReportingPeriod span = years(dataset, query);
            periods = all.toArray(new ReportingPeriod[0]);
            stage = all.stream().mapToInt(p -> stageOf(p, span)).toArray();
        } else {
            TreeSet<ReportingPeriod> wanted = new TreeSet<>(query.periods().toJavaList());
            query.baseline().ifPresent(wanted::add);
            periods = wanted.toArray(new ReportingPeriod[0]);
            stage = new int[periods.length];
        }
        FigureGrid grid = source.figures(new FigureCover(definitions, dataset, periods, cells));
        @Nullable Figures[][] figures = grid.figures();
        List<Optional<double[]>> scales = grid.scales();
        Ledger ledger = query.ledger().orElseGet(() -> Ledger.empty(rules));
        CoverDecision cover = new CoverDecision(
                definitions, cells, periods, stage, figures, scales, rules, query.confidence(), ledger, ranges);
        CoverDecision.Decided decided = cover.decide();
        IndicatorTable table =
                new Publication(definitions, query, cells, periods, figures, cover, decided.outcomes()).table();
        Map<CellKey, CellStatus> released = new LinkedHashMap<>();
        for (IndicatorResult r : table.results()) {
            int d = indexOf(r);
            if (cover.controlled(d) && r.status() != ResultStatus.NO_DATA) {
                CellKey key =
                        CellKey.of(r.indicator().value(), cellKey(r), r.period().toString());
                released.put(key, r.status() == ResultStatus.OK ? CellStatus.PUBLISHED : CellStatus.SUPPRESSED);
            }
        }
        List<AuditRecord> audit = decided.audits().stream()
                .filter(a -> released.get(a.key()) == CellStatus.SUPPRESSED)
                .toList();
        return Release.of(table, audit, released);
    }

    private int indexOf(IndicatorResult r) {
        for (int d = 0; d < definitions.size(); d++) {
            if (definitions.get(d).id().equals(r.indicator())) {
                return d;
            }
        }
        throw new IllegalStateException("a result of an unknown definition: " + r.indicator());
    }

    /** The area in disclosure control's keys: the area code, or for a group its grouping and code. */
    private static String cellKey(IndicatorResult r) {
        boolean group = AreaLevel.parse(r.areaLevel()).isEmpty();
        return group ? r.areaLevel() + ":" + r.area() : r.area();
    }

    /**
     * The periods of the cover: within the years of the package's facts (else the query's), the years and the whole
     * span (stage 1), then, as far as the query, its baseline or the ledger needs them, every other span of whole years
     * (stage 2), the quarters (stage 3) and the months (stage 4). Each stage is decided with the earlier ones fixed,
     * so that an output of years is the same whether or not spans, quarters or months are published too.
     */
    static List<ReportingPeriod> cover(Dataset dataset, EvaluationQuery query) {
        ReportingPeriod years = years(dataset, query);
        int factsFirst = years.start().getYear();
        int factsLast = years.end().getYear();
        ReportingPeriod whole = factsFirst == factsLast
                ? ReportingPeriod.year(factsFirst)
                : ReportingPeriod.years(factsFirst, factsLast);
        // Years asked for outside the facts hold no facts: their cells are zeros, which change no other decision.
        int first = factsFirst;
        int last = factsLast;
        List<ReportingPeriod> asked = new ArrayList<>(query.periods().toJavaList());
        query.baseline().ifPresent(asked::add);
        for (ReportingPeriod p : asked) {
            first = Math.min(first, p.start().getYear());
            last = Math.max(last, p.end().getYear());
        }
        int needed = 1;
        for (ReportingPeriod p : query.periods()) {
            needed = Math.max(needed, stageOf(p, whole));
        }
        if (query.baseline().isPresent()) {
            needed = Math.max(needed, stageOf(query.baseline().get(), whole));
        }
        if (query.ledger().isPresent()) {
            for (CellKey key : query.ledger().get().cells().keySet()) {
                int stage = ReportingPeriod.parse(key.period())
                        .map(p -> stageOf(p, whole))
                        .getOrElse(1);
                needed = Math.max(needed, stage);
            }
        }
        ReportingPeriod everything = ReportingPeriod.years(first, last);
        TreeSet<ReportingPeriod> all =
                new TreeSet<>(everything.split(PeriodGranularity.YEAR).toJavaList());
        all.add(whole);
        if (needed >= 2) {
            for (int from = first; from <= last; from++) {
                for (int to = from + 1; to <= last; to++) {
                    all.add(ReportingPeriod.years(from, to));
                }
            }
        }
        if (needed >= 3) {
            all.addAll(everything.split(PeriodGranularity.QUARTER).toJavaList());
        }
        if (needed >= 4) {
            all.addAll(everything.split(PeriodGranularity.MONTH).toJavaList());
        }
        return new ArrayList<>(all);
    }

    /**
     * The whole years of the cover: those of the package's facts; for a package without dated facts, those of the
     * query's periods and baseline.
     */
    static ReportingPeriod years(Dataset dataset, EvaluationQuery query) {
        if (dataset.years().isDefined()) {
            return dataset.years().get();
        }
        int first = query.period().start().getYear();
        int last = query.period().end().getYear();
        if (query.baseline().isPresent()) {
            first = Math.min(first, query.baseline().get().start().getYear());
            last = Math.max(last, query.baseline().get().end().getYear());
        }
        return ReportingPeriod.years(first, last);
    }

    /**
     * The stage a period of the cover of {@code whole} is decided in: years and the whole span 1, other spans of
     * years 2, quarters 3, months 4; 0 for other ranges of dates.
     */
    static int stageOf(ReportingPeriod period, ReportingPeriod whole) {
        return switch (period.kind()) {
            case YEAR -> 1;
            case YEARS -> period.equals(whole) ? 1 : 2;
            case QUARTER -> 3;
            case MONTH -> 4;
            case DATE_RANGE -> 0;
        };
    }
}
