package nl.welfare.indicators.attack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.engine.IndicatorResult;

/**
 * What a row of an indicator about persons is made of, read from its definition and the results table's contract
 * (docs/results-formats.md, the columns): which {@link Quantity quantities} stand behind it, what an {@code OK} row reveals
 * of them, what a {@code NO_DATA} row reveals, and which counts a {@code SUPPRESSED} row hides.
 *
 * <ul>
 *   <li>{@link Share}: a proportion of facts (denominator n, numerator k), a proportion of persons by their latest
 *       assessment, a transition. An {@code OK} row gives n (its sample size) and k (its numerator: with unit survey
 *       weights a weighted numerator is the count); {@code NO_DATA} means no observations: n = k = 0. Hidden: n, k and
 *       n - k.
 *   <li>{@link Counted}: a count, distinct count, rate (the count is its numerator) or mean (the number of answers is
 *       its sample size). {@code NO_DATA} of a count or mean is a zero; of a rate it may be a missing population, so it
 *       reveals nothing. Hidden: the count.
 *   <li>{@link Ratio}: two counts; {@code NO_DATA} exactly when the denominator's count is zero. Hidden: both.
 * </ul>
 */
sealed interface Shape permits Shape.Share, Shape.Counted, Shape.Ratio {

    /** A number a suppressed row hides: a quantity, or the complement n - k of a share. */
    record Role(String name, Map<Quantity, Double> terms) {}

    /** The quantities behind a row, with the name each has in the indicator ({@code n}, {@code count}). */
    Map<Quantity, String> quantities();

    /** The numbers a suppressed row hides, to be attacked. */
    List<Role> hidden();

    /** The values of the quantities an {@code OK} row publishes. */
    Map<Quantity, Double> revealed(IndicatorResult row);

    /** The values of the quantities a {@code NO_DATA} row gives away. */
    Map<Quantity, Double> noData();

    /** The shape of {@code definition}, if it is about persons and of a kind the attacker reads. */
    static Optional<Shape> of(IndicatorDefinition definition) {
        if (definition.statisticalUnit() != StatisticalUnit.PERSONS) {
            return Optional.empty();
        }
        Measure measure = definition.measure();
        if (measure instanceof Measure.Count c) {
            return Optional.of(new Counted(counted(c), Counted.Source.COUNT));
        }
        if (measure instanceof Measure.DistinctCount c) {
            return Optional.of(new Counted(counted(c), Counted.Source.COUNT));
        }
        if (measure instanceof Measure.Rate r) {
            return Optional.of(new Counted(counted(r.count()), Counted.Source.RATE));
        }
        if (measure instanceof Measure.Ratio r) {
            return Optional.of(new Ratio(counted(r.numerator()), counted(r.denominator())));
        }
        if (measure instanceof Measure.Mean m) {
            boolean ensured = ensuresValue(m.filter(), m.valueAttribute());
            return Optional.of(new Counted(
                    new Quantity.Facts(
                            m.factType(),
                            m.mode(),
                            m.filter(),
                            ensured ? Optional.empty() : Optional.of(m.valueAttribute())),
                    Counted.Source.MEAN));
        }
        if (measure instanceof Measure.Proportion p) {
            Filter numerator = p.population().isAll() ? p.condition() : Filter.and(p.population(), p.condition());
            return Optional.of(new Share(
                    new Quantity.Facts(p.factType(), p.mode(), p.population(), Optional.empty()),
                    new Quantity.Facts(p.factType(), p.mode(), numerator, Optional.empty()),
                    p.weighted()));
        }
        if (measure instanceof Measure.LatestAssessment l) {
            return Optional.of(new Share(
                    new Quantity.Persons(l.factType(), l.mode(), l.population()),
                    new Quantity.LatestPassing(l.factType(), l.mode(), l.population(), l.condition()),
                    false));
        }
        if (measure instanceof Measure.Transition t) {
            return Optional.of(new Share(
                    new Quantity.TwiceAssessed(t.factType(), t.mode(), t.filter(), t.valueAttribute()),
                    new Quantity.Progressed(t.factType(), t.mode(), t.filter(), t.valueAttribute()),
                    false));
        }
        // networks and threshold shares count things or areas; a change relates periods: not read
        return Optional.empty();
    }

    private static Quantity counted(Measure.Counted counted) {
        if (counted instanceof Measure.DistinctCount d) {
            return new Quantity.Persons(d.factType(), d.mode(), d.filter());
        }
        return new Quantity.Facts(counted.factType(), counted.mode(), counted.filter(), Optional.empty());
    }

    /** Whether every fact passing {@code filter} has a value of {@code attribute}: the filter bounds it. */
    private static boolean ensuresValue(Filter filter, String attribute) {
        if (filter instanceof Filter.Range range) {
            return range.attribute().equals(attribute);
        }
        if (filter instanceof Filter.And and) {
            return and.operands().stream().anyMatch(op -> ensuresValue(op, attribute));
        }
        return false;
    }

    /** A share: n observations (facts or persons), k of them in the numerator. */
    record Share(Quantity n, Quantity k, boolean weighted) implements Shape {
        @Override
        public Map<Quantity, String> quantities() {
            Map<Quantity, String> names = new LinkedHashMap<>();
            names.put(n, "n");
            names.put(k, "k");
            return names;
        }

        @Override
        public List<Role> hidden() {
            Map<Quantity, Double> complement = new LinkedHashMap<>();
            complement.put(n, 1.0);
            complement.put(k, -1.0);
            return List.of(new Role("n", Map.of(n, 1.0)), new Role("k", Map.of(k, 1.0)), new Role("n-k", complement));
        }

        @Override
        public Map<Quantity, Double> revealed(IndicatorResult row) {
            double numerator = row.numerator().orElseThrow();
            if (weighted && numerator != Math.rint(numerator)) {
                throw new IllegalArgumentException("the attacker reads a weighted share's numerator as its count, which"
                        + " holds with survey weights of 1 only: " + row);
            }
            Map<Quantity, Double> values = new LinkedHashMap<>();
            values.put(n, (double) row.sampleSize().orElseThrow());
            values.put(k, numerator);
            return values;
        }

        @Override
        public Map<Quantity, Double> noData() {
            Map<Quantity, Double> values = new LinkedHashMap<>();
            values.put(n, 0.0);
            values.put(k, 0.0);
            return values;
        }
    }

    /** One count: of facts, of persons, a rate's count or a mean's number of answers. */
    record Counted(Quantity q, Source source) implements Shape {

        /** Where an {@code OK} row shows the count. */
        enum Source {
            /** A count's numerator (its value). */
            COUNT,
            /** A rate's numerator; the population is its denominator. */
            RATE,
            /** A mean's sample size. */
            MEAN
        }

        private String name() {
            return source == Source.MEAN ? "n" : "count";
        }

        @Override
        public Map<Quantity, String> quantities() {
            return Map.of(q, name());
        }

        @Override
        public List<Role> hidden() {
            return List.of(new Role(name(), Map.of(q, 1.0)));
        }

        @Override
        public Map<Quantity, Double> revealed(IndicatorResult row) {
            double value = source == Source.MEAN
                    ? row.sampleSize().orElseThrow()
                    : row.numerator().orElseThrow();
            return Map.of(q, value);
        }

        @Override
        public Map<Quantity, Double> noData() {
            // a rate without a population has no data whatever its count
            return source == Source.RATE ? Map.of() : Map.of(q, 0.0);
        }
    }

    /** A ratio of two counts. */
    record Ratio(Quantity numerator, Quantity denominator) implements Shape {
        @Override
        public Map<Quantity, String> quantities() {
            Map<Quantity, String> names = new LinkedHashMap<>();
            names.put(numerator, "numerator");
            names.put(denominator, "denominator");
            return names;
        }

        @Override
        public List<Role> hidden() {
            return List.of(
                    new Role("numerator count", Map.of(numerator, 1.0)),
                    new Role("denominator count", Map.of(denominator, 1.0)));
        }

        @Override
        public Map<Quantity, Double> revealed(IndicatorResult row) {
            Map<Quantity, Double> values = new LinkedHashMap<>();
            values.put(numerator, row.numerator().orElseThrow());
            values.put(denominator, row.denominator().orElseThrow());
            return values;
        }

        @Override
        public Map<Quantity, Double> noData() {
            return Map.of(denominator, 0.0);
        }
    }
}
