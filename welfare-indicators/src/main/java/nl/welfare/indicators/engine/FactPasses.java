package nl.welfare.indicators.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.dataset.FactTable;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.Measure;
import org.jspecify.annotations.Nullable;

/**
 * The passes over the facts of one evaluation: the accumulators of every definition over facts, fed in one pass over
 * each fact type, and from them the {@link Figures} of every definition, cell and period. The periods are in order;
 * they may overlap (years next to spans of years), and then each fact counts in every period that holds it. The kinds over other
 * indicators ({@code THRESHOLD_SHARE}, {@code CHANGE}) get no accumulators here; {@link Evaluation} computes them.
 */
final class FactPasses {

    private final List<IndicatorDefinition> definitions;
    private final Dataset dataset;
    private final ReportingPeriod[] periods;
    private final int[] firstDays;
    private final int[] lastDays;
    private final AreaCells cells;
    /** For overlapping periods: the days where a period starts or ends after the last, in order. */
    private final int[] cuts;
    /** For overlapping periods: per piece between two cuts, the periods that hold it; null for disjoint periods. */
    private final int @Nullable [][] covering;

    private final Map<FactType, List<Accumulator>> byType = new EnumMap<>(FactType.class);
    private final List<Accumulator[]> parts = new ArrayList<>();

    FactPasses(List<IndicatorDefinition> definitions, Dataset dataset, ReportingPeriod[] periods, AreaCells cells) {
        this.definitions = definitions;
        this.dataset = dataset;
        this.periods = periods;
        this.firstDays = new int[periods.length];
        this.lastDays = new int[periods.length];
        for (int p = 0; p < periods.length; p++) {
            firstDays[p] = (int) periods[p].start().toEpochDay();
            lastDays[p] = (int) periods[p].end().toEpochDay();
        }
        this.cells = cells;
        boolean disjoint = true;
        for (int p = 1; p < periods.length; p++) {
            disjoint &= firstDays[p] > lastDays[p - 1];
        }
        if (disjoint) {
            this.cuts = new int[0];
            this.covering = null;
        } else {
            // Overlapping periods (years and spans of years, say): the days are cut where any period starts or ends,
            // and each piece knows the periods that hold it.
            java.util.TreeSet<Integer> boundaries = new java.util.TreeSet<>();
            for (int p = 0; p < periods.length; p++) {
                boundaries.add(firstDays[p]);
                boundaries.add(lastDays[p] + 1);
            }
            this.cuts = boundaries.stream().mapToInt(Integer::intValue).toArray();
            this.covering = new int[cuts.length - 1][];
            for (int i = 0; i + 1 < cuts.length; i++) {
                int day = cuts[i];
                covering[i] = java.util.stream.IntStream.range(0, periods.length)
                        .filter(p -> firstDays[p] <= day && day <= lastDays[p])
                        .toArray();
            }
        }
        for (IndicatorDefinition definition : definitions) {
            parts.add(accumulators(definition.measure()));
        }
    }

    /**
     * The accumulators a measure needs, by a visitor so that a new kind of measure is a compile error here until it
     * says what it needs; the derived kinds (threshold shares, changes) need none, as they are computed from other
     * results.
     */
    private Accumulator[] accumulators(Measure measure) {
        return measure.accept(new Measure.Visitor<Accumulator[]>() {
            @Override
            public Accumulator[] onCount(Measure.Count m) {
                return new Accumulator[] {counts(m)};
            }

            @Override
            public Accumulator[] onDistinctCount(Measure.DistinctCount m) {
                return new Accumulator[] {counts(m)};
            }

            @Override
            public Accumulator[] onProportion(Measure.Proportion share) {
                return one(new Accumulator.Share(
                        share.factType(),
                        share.mode(),
                        share.population(),
                        share.condition(),
                        share.weighted(),
                        dataset,
                        periods,
                        cells.size()));
            }

            @Override
            public Accumulator[] onLatestAssessment(Measure.LatestAssessment latest) {
                return one(new Accumulator.Latest(
                        latest.factType(),
                        latest.mode(),
                        latest.population(),
                        latest.condition(),
                        dataset,
                        periods,
                        cells.size()));
            }

            @Override
            public Accumulator[] onRate(Measure.Rate rate) {
                return new Accumulator[] {counts(rate.count())};
            }

            @Override
            public Accumulator[] onRatio(Measure.Ratio ratio) {
                return new Accumulator[] {counts(ratio.numerator()), counts(ratio.denominator())};
            }

            @Override
            public Accumulator[] onMean(Measure.Mean mean) {
                return one(new Accumulator.Sums(
                        mean.factType(),
                        mean.mode(),
                        mean.filter(),
                        mean.valueAttribute(),
                        mean.weighted(),
                        dataset,
                        periods,
                        cells.size()));
            }

            @Override
            public Accumulator[] onTransition(Measure.Transition transition) {
                return one(new Accumulator.Transitions(
                        transition.factType(),
                        transition.mode(),
                        transition.filter(),
                        transition.valueAttribute(),
                        dataset,
                        periods,
                        cells.size()));
            }

            @Override
            public Accumulator[] onNetwork(Measure.Network network) {
                return one(new Accumulator.Network(network.scope(), dataset, periods, cells.size()));
            }

            @Override
            public Accumulator[] onThresholdShare(Measure.ThresholdShare m) {
                return new Accumulator[0];
            }

            @Override
            public Accumulator[] onChange(Measure.Change m) {
                return new Accumulator[0];
            }

            private Accumulator[] one(Accumulator accumulator) {
                return new Accumulator[] {register(accumulator)};
            }
        });
    }

    private Accumulator counts(Measure.Counted counted) {
        return register(new Accumulator.Counts(
                counted.factType(),
                counted.mode(),
                counted.filter(),
                counted.distinctPersons(),
                dataset,
                periods,
                cells.size()));
    }

    private Accumulator register(Accumulator accumulator) {
        byType.computeIfAbsent(accumulator.type, t -> new ArrayList<>()).add(accumulator);
        return accumulator;
    }

    /**
     * The figures of every definition (in the order given; {@code null} for one whose kind is not evaluated here) per
     * slot {@code cell * periods + period}; a slot without data holds {@code null}.
     */
    @Nullable
    Figures[][] figures() {
        byType.forEach(this::pass);
        for (Accumulator[] accumulators : parts) {
            for (Accumulator accumulator : accumulators) {
                if (accumulator instanceof Accumulator.Network) {
                    ((Accumulator.Network) accumulator).link(dataset);
                }
            }
        }
        @Nullable Figures[][] all = new Figures[definitions.size()][];
        for (int d = 0; d < definitions.size(); d++) {
            Accumulator[] accumulators = parts.get(d);
            if (accumulators.length == 0) {
                continue;
            }
            @Nullable Figures[] slots = new Figures[cells.size() * periods.length];
            for (int cell = 0; cell < cells.size(); cell++) {
                for (int p = 0; p < periods.length; p++) {
                    slots[cell * periods.length + p] = figures(definitions.get(d), accumulators, cell, p);
                }
            }
            all[d] = slots;
        }
        return all;
    }

    /**
     * For a mean, after {@link #figures()}: the smallest and largest value averaged in any cell and period, and the
     * largest weight; none for other kinds or when nothing was averaged.
     */
    java.util.Optional<double[]> scale(int d) {
        Accumulator[] accumulators = parts.get(d);
        if (accumulators.length == 1 && accumulators[0] instanceof Accumulator.Sums sums) {
            return sums.heaviest() > 0
                    ? java.util.Optional.of(new double[] {sums.smallest(), sums.largest(), sums.heaviest()})
                    : java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** One pass over the rows of {@code type}, feeding every accumulator on it. */
    private void pass(FactType type, List<Accumulator> accumulators) {
        if (!dataset.hasFacts(type)) {
            return;
        }
        FactTable table = dataset.table(type);
        Accumulator[] all = accumulators.toArray(new Accumulator[0]);
        int[] flow = new int[periods.length];
        int[] stock = new int[periods.length];
        for (int row = 0; row < table.size(); row++) {
            int[] targets = cells.targets(table.areaIndex(row));
            if (targets.length == 0) {
                continue;
            }
            int flows = -1;
            int stocks = -1;
            for (Accumulator accumulator : all) {
                int[] in;
                int size;
                if (accumulator.mode == CountMode.FLOW) {
                    if (flows < 0) {
                        flows = periodsOf(table.date(row), flow);
                    }
                    in = flow;
                    size = flows;
                } else {
                    if (stocks < 0) {
                        stocks = periodsActive(table.spanStart(row), table.spanEnd(row), stock);
                    }
                    in = stock;
                    size = stocks;
                }
                for (int i = 0; i < size; i++) {
                    accumulator.accept(table, row, in[i], targets);
                }
            }
        }
    }

    /** Writes the periods {@code day} lies in to {@code into}; returns how many. */
    private int periodsOf(int day, int[] into) {
        if (day == Dataset.NO_DATE) {
            return 0;
        }
        if (covering == null) {
            int at = lastStartingBy(day);
            if (at >= 0 && day <= lastDays[at]) {
                into[0] = at;
                return 1;
            }
            return 0;
        }
        int piece = java.util.Arrays.binarySearch(cuts, day);
        piece = piece >= 0 ? piece : -piece - 2;
        if (piece < 0 || piece >= covering.length) {
            return 0;
        }
        int[] found = covering[piece];
        System.arraycopy(found, 0, into, 0, found.length);
        return found.length;
    }

    /** Writes the periods a span from {@code start} to {@code end} is active in to {@code into}; returns how many. */
    private int periodsActive(int start, int end, int[] into) {
        if (start == Dataset.NO_DATE) {
            return 0;
        }
        int size = 0;
        if (covering == null) {
            // Disjoint periods in order: the active ones are a run.
            int first = lastStartingBy(start);
            if (first < 0 || start > lastDays[first]) {
                first++;
            }
            for (int p = Math.max(first, 0); p < periods.length && firstDays[p] <= end; p++) {
                into[size++] = p;
            }
            return size;
        }
        for (int p = 0; p < periods.length; p++) {
            if (start <= lastDays[p] && end >= firstDays[p]) {
                into[size++] = p;
            }
        }
        return size;
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

    private @Nullable Figures figures(IndicatorDefinition definition, Accumulator[] accumulators, int cell, int p) {
        for (Accumulator accumulator : accumulators) {
            if (!accumulator.present) {
                return null;
            }
        }
        int slot = cell * periods.length + p;
        Optional<Figures> figures = definition.measure().accept(new Measure.Visitor<Optional<Figures>>() {
            @Override
            public Optional<Figures> onCount(Measure.Count m) {
                return Optional.of(Figures.count(count(0)));
            }

            @Override
            public Optional<Figures> onDistinctCount(Measure.DistinctCount m) {
                return Optional.of(Figures.count(count(0)));
            }

            @Override
            public Optional<Figures> onProportion(Measure.Proportion m) {
                Accumulator.Share share = (Accumulator.Share) accumulators[0];
                return Optional.of(
                        share.weighted()
                                ? Figures.weightedShare(share.sums(slot))
                                : Figures.share(share.meeting(slot), share.population(slot)));
            }

            @Override
            public Optional<Figures> onLatestAssessment(Measure.LatestAssessment m) {
                Accumulator.Latest latest = (Accumulator.Latest) accumulators[0];
                return Optional.of(Figures.share(latest.meeting(slot), latest.population(slot)));
            }

            @Override
            public Optional<Figures> onRate(Measure.Rate rate) {
                OptionalInt population = cells.population(dataset, cell, periods[p].startYear());
                return population.isEmpty()
                        ? Optional.empty()
                        : Optional.of(Figures.rate(count(0), population.getAsInt(), rate.perInhabitants()));
            }

            @Override
            public Optional<Figures> onRatio(Measure.Ratio m) {
                return Optional.of(Figures.ratio(count(0), count(1)));
            }

            @Override
            public Optional<Figures> onMean(Measure.Mean m) {
                return Optional.of(Figures.mean(((Accumulator.Sums) accumulators[0]).sums(slot)));
            }

            @Override
            public Optional<Figures> onTransition(Measure.Transition m) {
                Accumulator.Transitions transitions = (Accumulator.Transitions) accumulators[0];
                return Optional.of(Figures.share(transitions.progressed(slot), transitions.assessedTwice(slot)));
            }

            @Override
            public Optional<Figures> onNetwork(Measure.Network m) {
                Accumulator.Network network = (Accumulator.Network) accumulators[0];
                return network.linksPresent()
                        ? Optional.of(Figures.share(network.meeting(slot), network.population(slot)))
                        : Optional.empty();
            }

            @Override
            public Optional<Figures> onThresholdShare(Measure.ThresholdShare m) {
                throw new IllegalStateException("a threshold share is computed from published results, not facts");
            }

            @Override
            public Optional<Figures> onChange(Measure.Change m) {
                throw new IllegalStateException("a change is computed from published results, not facts");
            }

            private long count(int i) {
                return ((Accumulator.Counts) accumulators[i]).count(slot);
            }
        });
        return figures.orElse(null);
    }
}
