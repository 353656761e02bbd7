package nl.welfare.indicators.engine;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.stats.Estimate;
import nl.welfare.indicators.stats.Means;
import nl.welfare.indicators.stats.Proportions;
import nl.welfare.indicators.stats.Rates;
import nl.welfare.indicators.stats.Ratios;

/**
 * Evaluates indicator definitions over a {@link Dataset} in memory (rekenkern): one pass over each fact type for all
 * requested definitions, grouped by area (a CBS level and the levels above it, or a grouping and the municipality) and
 * period, into an {@link IndicatorTable}.
 *
 * <pre>{@code
 * IndicatorTable table = IndicatorEngine.evaluate(
 *         List.of(volunteers, residentLed),
 *         dataset,
 *         EvaluationQuery.builder()
 *                 .period(ReportingPeriod.years(2018, 2022))
 *                 .level(AreaLevel.NEIGHBOURHOOD)
 *                 .granularity(PeriodGranularity.YEAR)
 *                 .build());
 * table.find(IndicatorId.of("volunteers"), "WK015301", ReportingPeriod.year(2021));
 * }</pre>
 *
 * <h2>Supported kinds</h2>
 *
 * <p>{@code COUNT} (flow and stock), {@code DISTINCT_COUNT}, {@code PROPORTION} of facts ({@link
 * Measure.ProportionSpec}, unweighted and weighted) and of persons by their latest assessment ({@link
 * Measure.LatestAssessmentSpec}), {@code RATE}, {@code RATIO}, {@code MEAN}, {@code TRANSITION} and {@code NETWORK}.
 * The kinds over other indicators ({@code THRESHOLD_SHARE}, {@code CHANGE}) break {@link #KIND_NOT_SUPPORTED}: {@link #validate} lists
 * it and {@link #evaluate} throws before reading any fact ({@link #supports} asks beforehand).
 *
 * <h2>Meaning</h2>
 *
 * <ul>
 *   <li>A fact belongs to the periods of its mode: a flow to the period its date lies in, a stock to every period it
 *       is active in; then it must pass the definition's filter, evaluated for that period ({@link FilterEvaluator}).
 *   <li>A fact counts in the cell of its area and of every area above it that is reported (for a grouping, the group
 *       of its neighbourhood and its municipality); a fact whose area is not in the hierarchy counts nowhere.
 *   <li>Distinct persons are counted per cell from the facts, never summed from the parts: a volunteer in two
 *       neighbourhoods is one volunteer of their district. A fact without a person (an anonymous collective episode)
 *       is not counted by a distinct count.
 *   <li>A definition over a resource the dataset does not have ({@link Dataset#hasFacts}) gives {@code NO_DATA}, not
 *       zero; so does a share or mean without observations, a rate without a population for the period's first year
 *       ({@link Dataset#population}; for a group, the sum of its neighbourhoods'), and a ratio whose denominator is
 *       zero. A count of zero is {@code OK} with value 0.
 *   <li>A mean leaves out facts whose value attribute is missing.
 *   <li>A transition is computed per cell from the facts, like a distinct count: a person counts in every cell their
 *       facts belong to, with the facts of that cell. Among the persons with at least two facts of the period passing
 *       the filter (facts without a person, a date or a value are left out), the numerator is those whose last value
 *       beats their first; several values on one date count as the highest on the first date and the lowest on the
 *       last, so a tie is never progress. Denominator and sample size: the persons assessed at least twice; the
 *       interval is Wilson's.
 *   <li>A proportion by latest assessment is computed per cell from the facts too: the denominator is the persons with
 *       at least one fact of the period passing the population filter; the numerator those whose facts passing it on
 *       their latest date in the period all pass the condition (facts without a person or a date are left out).
 *       Sample size: the denominator; the interval is Wilson's.
 *   <li>A network is computed per cell too: the denominator is the initiatives active in the period; the numerator
 *       those with a link active in the period to another initiative active in the period, where a link belongs to a
 *       cell when both its initiatives do (two initiatives in different neighbourhoods are linked in their common
 *       district, not in either neighbourhood). Without the links resource it has no data. Sample size: the
 *       denominator; the interval is Wilson's (descriptive). The number of connected groups is not computed.
 * </ul>
 */
public final class IndicatorEngine {

    /** Rule: a definition of a kind (or spec) the in-memory engine does not evaluate yet. */
    public static final Rule KIND_NOT_SUPPORTED = Rule.of(
            "engine.kind-not-supported",
            "must be a count, distinct count, proportion, rate, ratio, mean, transition or network: the in-memory engine"
                    + " does not evaluate threshold shares or changes yet");

    /** Rule: the query names a grouping the dataset does not have. */
    public static final Rule UNKNOWN_GROUPING =
            Rule.of("engine.unknown-grouping", "must name a grouping of the dataset's area_groupings");

    private IndicatorEngine() {}

    /** Whether the engine evaluates {@code measure} (see the class comment). */
    public static boolean supports(Measure measure) {
        return measure instanceof Measure.Counted
                || measure instanceof Measure.ProportionSpec
                || measure instanceof Measure.RateSpec
                || measure instanceof Measure.RatioSpec
                || measure instanceof Measure.MeanSpec
                || measure instanceof Measure.TransitionSpec
                || measure instanceof Measure.LatestAssessmentSpec
                || measure instanceof Measure.NetworkSpec;
    }

    /**
     * The results of {@code definitions} over {@code dataset} for {@code query}, or every violation of
     * {@link #KIND_NOT_SUPPORTED} and {@link #UNKNOWN_GROUPING}.
     */
    public static Validation<Seq<Violation>, IndicatorTable> validate(
            List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query) {
        Seq<Violation> violations = violations(definitions, dataset, query);
        return violations.isEmpty()
                ? Validation.valid(new Run(definitions, dataset, query).evaluate())
                : Validation.invalid(violations);
    }

    /**
     * The results of {@code definitions} over {@code dataset} for {@code query}, in the order of {@link IndicatorTable}.
     *
     * @throws InvalidValueException with every violation of {@link #KIND_NOT_SUPPORTED} and {@link #UNKNOWN_GROUPING}
     */
    public static IndicatorTable evaluate(
            List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query) {
        Seq<Violation> violations = violations(definitions, dataset, query);
        if (!violations.isEmpty()) {
            throw new InvalidValueException("evaluation", violations);
        }
        return new Run(definitions, dataset, query).evaluate();
    }

    private static Seq<Violation> violations(
            List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query) {
        Seq<Violation> found = Vector.ofAll(definitions)
                .filter(d -> !supports(d.measure()))
                .map(d -> Violation.of("kind", KIND_NOT_SUPPORTED, d.id().value() + ": " + d.kind()));
        if (query.grouping().isPresent()
                && dataset.grouping(query.grouping().get()).isEmpty()) {
            found = found.append(
                    Violation.of("grouping", UNKNOWN_GROUPING, query.grouping().get()));
        }
        return found;
    }

    /** One evaluation: the cells, the periods, the accumulators per definition, and the passes. */
    private static final class Run {
        private final List<IndicatorDefinition> definitions;
        private final Dataset dataset;
        private final ConfidenceLevel confidence;
        private final ReportingPeriod[] periods;
        private final int[] firstDays;
        private final int[] lastDays;
        private final AreaCells cells;
        private final Map<FactType, List<Accumulator>> byType = new EnumMap<>(FactType.class);
        private final List<Accumulator[]> parts = new ArrayList<>();

        Run(List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query) {
            this.definitions = definitions;
            this.dataset = dataset;
            this.confidence = query.confidence();
            this.periods = query.periods().toJavaArray(ReportingPeriod[]::new);
            this.firstDays = new int[periods.length];
            this.lastDays = new int[periods.length];
            for (int p = 0; p < periods.length; p++) {
                firstDays[p] = (int) periods[p].start().toEpochDay();
                lastDays[p] = (int) periods[p].end().toEpochDay();
            }
            Option<AreaGrouping> grouping =
                    query.grouping().map(dataset::grouping).orElse(Option.none());
            this.cells = grouping.isDefined()
                    ? AreaCells.ofGrouping(dataset, grouping.get())
                    : AreaCells.ofLevels(dataset, query.levels().toJavaList());
            for (IndicatorDefinition definition : definitions) {
                parts.add(accumulators(definition.measure()));
            }
        }

        private Accumulator[] accumulators(Measure measure) {
            if (measure instanceof Measure.Counted) {
                return new Accumulator[] {counts((Measure.Counted) measure)};
            }
            if (measure instanceof Measure.RateSpec) {
                return new Accumulator[] {counts(((Measure.RateSpec) measure).count())};
            }
            if (measure instanceof Measure.RatioSpec) {
                Measure.RatioSpec ratio = (Measure.RatioSpec) measure;
                return new Accumulator[] {counts(ratio.numerator()), counts(ratio.denominator())};
            }
            if (measure instanceof Measure.ProportionSpec) {
                Measure.ProportionSpec share = (Measure.ProportionSpec) measure;
                return new Accumulator[] {
                    register(new Accumulator.Share(
                            share.factType(),
                            share.mode(),
                            share.population(),
                            share.condition(),
                            share.weighted(),
                            dataset,
                            periods,
                            cells.size()))
                };
            }
            if (measure instanceof Measure.TransitionSpec) {
                Measure.TransitionSpec transition = (Measure.TransitionSpec) measure;
                return new Accumulator[] {
                    register(new Accumulator.Transitions(
                            transition.factType(),
                            transition.mode(),
                            transition.filter(),
                            transition.valueAttribute(),
                            dataset,
                            periods,
                            cells.size()))
                };
            }
            if (measure instanceof Measure.LatestAssessmentSpec) {
                Measure.LatestAssessmentSpec latest = (Measure.LatestAssessmentSpec) measure;
                return new Accumulator[] {
                    register(new Accumulator.Latest(
                            latest.factType(),
                            latest.mode(),
                            latest.population(),
                            latest.condition(),
                            dataset,
                            periods,
                            cells.size()))
                };
            }
            if (measure instanceof Measure.NetworkSpec) {
                return new Accumulator[] {register(new Accumulator.Network(dataset, periods, cells.size()))};
            }
            Measure.MeanSpec mean = (Measure.MeanSpec) measure;
            return new Accumulator[] {
                register(new Accumulator.Sums(
                        mean.factType(),
                        mean.mode(),
                        mean.filter(),
                        mean.valueAttribute(),
                        mean.weighted(),
                        dataset,
                        periods,
                        cells.size()))
            };
        }

        private Accumulator counts(Measure.Counted counted) {
            return register(new Accumulator.Counts(
                    counted.factType(),
                    counted.mode(),
                    counted.filter(),
                    counted instanceof Measure.DistinctCountSpec,
                    dataset,
                    periods,
                    cells.size()));
        }

        private Accumulator register(Accumulator accumulator) {
            byType.computeIfAbsent(accumulator.type, t -> new ArrayList<>()).add(accumulator);
            return accumulator;
        }

        IndicatorTable evaluate() {
            byType.forEach(this::pass);
            for (Accumulator[] accumulators : parts) {
                for (Accumulator accumulator : accumulators) {
                    if (accumulator instanceof Accumulator.Network) {
                        ((Accumulator.Network) accumulator).link(dataset);
                    }
                }
            }
            List<IndicatorResult> results = new ArrayList<>();
            for (int d = 0; d < definitions.size(); d++) {
                IndicatorDefinition definition = definitions.get(d);
                Accumulator[] accumulators = parts.get(d);
                for (int cell = 0; cell < cells.size(); cell++) {
                    for (int p = 0; p < periods.length; p++) {
                        results.add(result(definition, accumulators, cell, p));
                    }
                }
            }
            return IndicatorTable.of(results, DisclosureRules.none());
        }

        /** One pass over the rows of {@code type}, feeding every accumulator on it. */
        private void pass(FactType type, List<Accumulator> accumulators) {
            if (!dataset.hasFacts(type)) {
                return;
            }
            FactTable table = dataset.table(type);
            Accumulator[] all = accumulators.toArray(new Accumulator[0]);
            for (int row = 0; row < table.size(); row++) {
                int[] targets = cells.targets(table.areaIndex(row));
                if (targets.length == 0) {
                    continue;
                }
                int flow = -2;
                int stockFirst = -2;
                int stockLast = -2;
                for (Accumulator accumulator : all) {
                    int first;
                    int last;
                    if (accumulator.mode == CountMode.FLOW) {
                        if (flow == -2) {
                            flow = periodOf(table.date(row));
                        }
                        first = flow;
                        last = flow;
                    } else {
                        if (stockFirst == -2) {
                            stockFirst = firstActive(table.spanStart(row), table.spanEnd(row));
                            stockLast = lastActive(table.spanStart(row), table.spanEnd(row));
                        }
                        first = stockFirst;
                        last = stockLast;
                    }
                    if (first < 0) {
                        continue;
                    }
                    for (int p = first; p <= last; p++) {
                        accumulator.accept(table, row, p, targets);
                    }
                }
            }
        }

        /** The period {@code day} lies in, or -1. */
        private int periodOf(int day) {
            if (day == Dataset.NO_DATE) {
                return -1;
            }
            int at = lastStartingBy(day);
            return at >= 0 && day <= lastDays[at] ? at : -1;
        }

        /** The first period a span from {@code start} to {@code end} is active in, or -1 when it is active in none. */
        private int firstActive(int start, int end) {
            if (start == Dataset.NO_DATE) {
                return -1;
            }
            for (int p = 0; p < periods.length; p++) {
                if (start <= lastDays[p] && end >= firstDays[p]) {
                    return p;
                }
            }
            return -1;
        }

        /** The last period a span from {@code start} to {@code end} is active in, or -1. */
        private int lastActive(int start, int end) {
            if (start == Dataset.NO_DATE) {
                return -1;
            }
            for (int p = periods.length - 1; p >= 0; p--) {
                if (start <= lastDays[p] && end >= firstDays[p]) {
                    return p;
                }
            }
            return -1;
        }

        /** The index of the last period starting on or before {@code day}, or -1 (periods are in order). */
        private int lastStartingBy(int day) {
            int low = 0;
            int high = periods.length - 1;
            int found = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (firstDays[mid] <= day) {
                    found = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return found;
        }

        private IndicatorResult result(IndicatorDefinition definition, Accumulator[] accumulators, int cell, int p) {
            for (Accumulator accumulator : accumulators) {
                if (!accumulator.present) {
                    return noData(definition, cell, p);
                }
            }
            int slot = cell * periods.length + p;
            Measure measure = definition.measure();
            if (measure instanceof Measure.Counted) {
                long count = ((Accumulator.Counts) accumulators[0]).count(slot);
                return ok(definition, cell, p, count, Optional.empty(), count, Estimate.withoutInterval(count));
            }
            if (measure instanceof Measure.RateSpec) {
                long count = ((Accumulator.Counts) accumulators[0]).count(slot);
                OptionalInt population = cells.population(dataset, cell, periods[p].startYear());
                if (population.isEmpty()) {
                    return noData(definition, cell, p);
                }
                long per = ((Measure.RateSpec) measure).perInhabitants();
                return estimate(
                        definition,
                        cell,
                        p,
                        count,
                        Optional.of((double) population.getAsInt()),
                        count,
                        Rates.rate(count, population.getAsInt(), per, confidence));
            }
            if (measure instanceof Measure.RatioSpec) {
                long k1 = ((Accumulator.Counts) accumulators[0]).count(slot);
                long k2 = ((Accumulator.Counts) accumulators[1]).count(slot);
                return estimate(
                        definition, cell, p, k1, Optional.of((double) k2), k1 + k2, Ratios.ratio(k1, k2, confidence));
            }
            if (measure instanceof Measure.ProportionSpec) {
                Accumulator.Share share = (Accumulator.Share) accumulators[0];
                long n = share.population(slot);
                if (!share.weighted()) {
                    long k = share.meeting(slot);
                    return estimate(
                            definition, cell, p, k, Optional.of((double) n), n, Proportions.wilson(k, n, confidence));
                }
                var sums = share.sums(slot);
                return estimate(
                        definition,
                        cell,
                        p,
                        sums.sumOfWeightedYes(),
                        Optional.of(sums.sumOfWeights()),
                        n,
                        Proportions.weighted(sums, confidence));
            }
            if (measure instanceof Measure.TransitionSpec) {
                Accumulator.Transitions transitions = (Accumulator.Transitions) accumulators[0];
                long n = transitions.assessedTwice(slot);
                long k = transitions.progressed(slot);
                return estimate(
                        definition, cell, p, k, Optional.of((double) n), n, Proportions.wilson(k, n, confidence));
            }
            if (measure instanceof Measure.LatestAssessmentSpec) {
                Accumulator.Latest latest = (Accumulator.Latest) accumulators[0];
                long n = latest.population(slot);
                long k = latest.meeting(slot);
                return estimate(
                        definition, cell, p, k, Optional.of((double) n), n, Proportions.wilson(k, n, confidence));
            }
            if (measure instanceof Measure.NetworkSpec) {
                Accumulator.Network network = (Accumulator.Network) accumulators[0];
                if (!network.linksPresent()) {
                    return noData(definition, cell, p);
                }
                long n = network.population(slot);
                long k = network.meeting(slot);
                return estimate(
                        definition, cell, p, k, Optional.of((double) n), n, Proportions.wilson(k, n, confidence));
            }
            var sums = ((Accumulator.Sums) accumulators[0]).sums(slot);
            return estimate(
                    definition,
                    cell,
                    p,
                    sums.sumOfWeightedValues(),
                    Optional.of(sums.sumOfWeights()),
                    sums.count(),
                    Means.mean(sums, confidence));
        }

        private IndicatorResult estimate(
                IndicatorDefinition definition,
                int cell,
                int p,
                double numerator,
                Optional<Double> denominator,
                long sampleSize,
                Option<Estimate> estimate) {
            return estimate.isEmpty()
                    ? noData(definition, cell, p)
                    : ok(definition, cell, p, numerator, denominator, sampleSize, estimate.get());
        }

        private IndicatorResult ok(
                IndicatorDefinition definition,
                int cell,
                int p,
                double numerator,
                Optional<Double> denominator,
                long sampleSize,
                Estimate estimate) {
            return IndicatorResult.builder()
                    .indicator(definition.id())
                    .area(cells.code(cell))
                    .areaLevel(cells.level(cell))
                    .period(periods[p])
                    .status(ResultStatus.OK)
                    .numerator(numerator)
                    .denominator(denominator)
                    .sampleSize(sampleSize)
                    .value(estimate.value())
                    .interval(estimate.interval().toJavaOptional())
                    .build();
        }

        private IndicatorResult noData(IndicatorDefinition definition, int cell, int p) {
            return IndicatorResult.withoutNumbers(
                    definition.id(), cells.code(cell), cells.level(cell), periods[p], ResultStatus.NO_DATA);
        }
    }
}
