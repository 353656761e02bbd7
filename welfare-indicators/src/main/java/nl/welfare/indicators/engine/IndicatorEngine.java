package nl.welfare.indicators.engine;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.disclosure.DisclosureRules;

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
 * <p>Passes: one over each fact type the definitions read, for all of them, every area and group of the package, and
 * every period of the cover (below).
 *
 * <h2>Kinds</h2>
 *
 * <p>Every kind: {@code COUNT} (flow and stock), {@code DISTINCT_COUNT}, {@code PROPORTION} of facts ({@link
 * Measure.Proportion}, unweighted and weighted) and of persons by their latest assessment ({@link
 * Measure.LatestAssessment}), {@code RATE}, {@code RATIO}, {@code MEAN}, {@code TRANSITION}, {@code NETWORK}, and
 * the kinds over another indicator, {@code THRESHOLD_SHARE} and {@code CHANGE}, whose base must be among the
 * definitions evaluated ({@link #UNKNOWN_BASE}).
 *
 * <h2>Publication</h2>
 *
 * <ol>
 *   <li><b>Disclosure control</b> ({@link EvaluationQuery#disclosure()}, on by default) is decided once per data
 *       package, on a cover table that does not depend on the options that only select rows: every definition given
 *       (select rows with {@link EvaluationQuery#indicators()}), every CBS level and every grouping of the package,
 *       and every year of its facts with every span of whole years, then their quarters and months as far as the
 *       rules' {@link nl.welfare.indicators.disclosure.DisclosureRules#finestPeriod() finest period} allows and the
 *       query needs. The query's rows are cut from it, so any two outputs of the same package under the same rules
 *       are consistent: a cell suppressed in one is suppressed in every other that holds it. {@link CoverDecision}
 *       says which relations it knows. A suppressed result has status {@code SUPPRESSED} and no numbers. With
 *       rounding, values and intervals are computed from the rounded counts and sums. Results about things are
 *       published as they are. {@link IndicatorTable#disclosure()} records the rules; {@link #release} also gives
 *       what the output releases (for a {@link nl.welfare.indicators.disclosure.Ledger}) and why each cell was
 *       suppressed.
 *   <li><b>Change</b> ({@link EvaluationQuery#baseline()}): every published result of a period wholly after the
 *       baseline whose baseline result is published too gets its change (the baseline itself and earlier periods get
 *       none): Newcombe's interval for shares (on the design-based effective sizes when weighted), Welch's on the
 *       linearised variances for means, MOVER on the Poisson limits for rates and for counts (a count's level varies
 *       by chance from period to period), and no interval for ratios (no trend). A {@code CHANGE} definition's rows carry that change as their value, with
 *       the sample sizes of both periods; suppressed when either side is.
 *   <li><b>Targets</b> ({@link EvaluationQuery#targets()}): a result with a target gets its assessment ({@link
 *       nl.welfare.indicators.target.Assessor}); {@code NOT_ASSESSABLE} when it is not {@code OK}.
 * </ol>
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
 *   <li>A network: the denominator is the initiatives active in the period in the cell; the numerator those of them
 *       that are connected in the period. Being connected is a property of the initiative, the same in every cell:
 *       an initiative is connected when a link active in the period joins it to another initiative (a different id)
 *       active in the period, wherever that other initiative is (another neighbourhood, district or municipality of
 *       the package), and it then counts as connected in every cell that holds it, so the numerator adds up over
 *       areas like the denominator. With {@link nl.welfare.indicators.definition.NetworkScope#WITHIN_AREA} a link
 *       counts only in the cells that hold both its initiatives (two initiatives in different neighbourhoods are
 *       linked in their common district, not in either neighbourhood). Without the links resource it has no data.
 *       Sample size: the denominator; the interval is Wilson's (descriptive). The number of connected groups is not
 *       computed.
 *   <li>A threshold share is the share, among the areas of its level inside the cell, of those whose published base
 *       result achieves the threshold (assessed with the base's polarity and interval), as this output publishes it;
 *       areas whose base is suppressed or has no data are left out of numerator and denominator. Cells at or below the level have no data, as have groups unless the level
 *       is the neighbourhood. Threshold shares count areas: they are not subject to disclosure control.
 * </ul>
 */
public final class IndicatorEngine {

    /** Rule: a {@code CHANGE} or {@code THRESHOLD_SHARE} whose base is not among the definitions evaluated. */
    public static final Rule UNKNOWN_BASE =
            Rule.of("engine.unknown-base", "must name as its base an indicator among the definitions evaluated");

    /** Rule: a {@code CHANGE} or {@code THRESHOLD_SHARE} computed from a {@code CHANGE}. */
    public static final Rule BASE_IS_CHANGE =
            Rule.of("engine.base-is-change", "must not be computed from a change: compare the base instead");

    /** Rule: a {@code CHANGE} definition in a query without a baseline period. */
    public static final Rule CHANGE_WITHOUT_BASELINE =
            Rule.of("engine.change-without-baseline", "must come with a baseline period in the query");

    /** Rule: under disclosure control, a period that is not a year, quarter, month or span of whole years. */
    public static final Rule PERIOD_NOT_IN_COVER = Rule.of(
            "engine.period-not-in-cover",
            "must be a year, a quarter, a month or a span of whole years under disclosure control");

    /** Rule: under disclosure control, a period finer than the rules' finest period. */
    public static final Rule PERIOD_FINER_THAN_RULES = Rule.of(
            "engine.period-finer-than-rules",
            "must not be finer than the disclosure rules' finest period (choose a finer one for every output)");

    /** Rule: the ledger of earlier releases was made under other disclosure rules or another rounding key. */
    public static final Rule LEDGER_OTHER_RULES = Rule.of(
            "engine.ledger-other-rules", "must have been made under the same disclosure rules and rounding key");

    /** Rule: the query selects an indicator that is not among the definitions. */
    public static final Rule UNKNOWN_INDICATOR =
            Rule.of("engine.unknown-indicator", "must select indicators among the definitions evaluated");

    /** Rule: the query names a grouping the dataset does not have. */
    public static final Rule UNKNOWN_GROUPING =
            Rule.of("engine.unknown-grouping", "must name a grouping of the dataset's area_groupings");

    private IndicatorEngine() {}

    /**
     * The results of {@code definitions} over {@code dataset} for {@code query}, or every violation of
     * {@link #UNKNOWN_BASE}, {@link #BASE_IS_CHANGE}, {@link #CHANGE_WITHOUT_BASELINE}, {@link #UNKNOWN_GROUPING},
     * {@link IndicatorCatalogue#CYCLE} and {@link IndicatorCatalogue#THRESHOLD_OF_NEUTRAL}.
     */
    public static Validation<Seq<Violation>, IndicatorTable> validate(
            List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query) {
        Seq<Violation> violations = violations(definitions, dataset, query);
        return violations.isEmpty()
                ? Validation.valid(new Evaluation(definitions, dataset, query, FigureSource.inMemory())
                        .release(false)
                        .table())
                : Validation.invalid(violations);
    }

    /**
     * The results as {@link #evaluate} gives them, with what the output releases about persons (for the ledger of
     * releases) and why each suppressed cell was suppressed, with the ranges the audit proved for its counts; with
     * {@code ranges}, the exact range of every audited count instead (a linear program each: much slower).
     *
     * @throws InvalidValueException with every violation {@link #validate} lists, before reading any fact
     */
    public static Release release(
            List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query, boolean ranges) {
        Seq<Violation> violations = violations(definitions, dataset, query);
        if (!violations.isEmpty()) {
            throw new InvalidValueException("evaluation", violations);
        }
        return new Evaluation(definitions, dataset, query, FigureSource.inMemory()).release(ranges);
    }

    /**
     * The release as {@link #release(List, Dataset, EvaluationQuery, boolean)} gives it, with the figures of the
     * definitions over facts from {@code source} (a database, say) as {@link #evaluate(List, Dataset, EvaluationQuery,
     * FigureSource)} takes them: the ledger of releases and the audit of an output computed in a database.
     *
     * @throws InvalidValueException with every violation {@link #validate} lists, before reading any fact
     */
    public static Release release(
            List<IndicatorDefinition> definitions,
            Dataset dataset,
            EvaluationQuery query,
            boolean ranges,
            FigureSource source) {
        Seq<Violation> violations = violations(definitions, dataset, query);
        if (!violations.isEmpty()) {
            throw new InvalidValueException("evaluation", violations);
        }
        return new Evaluation(definitions, dataset, query, source).release(ranges);
    }

    /**
     * The results of {@code definitions} over {@code dataset} for {@code query}, in the order of {@link IndicatorTable}.
     *
     * @throws InvalidValueException with every violation {@link #validate} lists, before reading any fact
     */
    public static IndicatorTable evaluate(
            List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query) {
        Seq<Violation> violations = violations(definitions, dataset, query);
        if (!violations.isEmpty()) {
            throw new InvalidValueException("evaluation", violations);
        }
        return new Evaluation(definitions, dataset, query, FigureSource.inMemory())
                .release(false)
                .table();
    }

    /**
     * The results of {@code definitions} as {@link #evaluate(List, Dataset, EvaluationQuery)} gives them, with the
     * figures of the definitions over facts from {@code source} (a database, say) instead of the passes over {@code
     * dataset}'s facts; the dataset still gives the areas, groupings, populations and years of the cover. Statistics,
     * disclosure control, changes and targets are the same code whatever the source.
     *
     * @throws InvalidValueException with every violation {@link #validate} lists, before reading any fact
     */
    public static IndicatorTable evaluate(
            List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query, FigureSource source) {
        Seq<Violation> violations = violations(definitions, dataset, query);
        if (!violations.isEmpty()) {
            throw new InvalidValueException("evaluation", violations);
        }
        return new Evaluation(definitions, dataset, query, source)
                .release(false)
                .table();
    }

    private static Seq<Violation> violations(
            List<IndicatorDefinition> definitions, Dataset dataset, EvaluationQuery query) {
        Map<IndicatorId, IndicatorDefinition> byId = new HashMap<>();
        definitions.forEach(d -> byId.put(d.id(), d));
        Seq<Violation> found = Vector.empty();
        for (IndicatorDefinition definition : definitions) {
            String where = definition.id().value();
            for (IndicatorId base : definition.measure().base()) {
                IndicatorDefinition named = byId.get(base);
                if (named == null) {
                    found = found.append(Violation.of("base", UNKNOWN_BASE, where + ": " + base.value()));
                } else if (named.measure().comparesWithBaseline()) {
                    found = found.append(Violation.of("base", BASE_IS_CHANGE, where + ": " + base.value()));
                }
            }
            if (definition.measure().comparesWithBaseline() && query.baseline().isEmpty()) {
                found = found.append(Violation.of("baseline", CHANGE_WITHOUT_BASELINE, where));
            }
        }
        // A cycle of threshold shares would evaluate its bases without end, and a threshold share of a neutral
        // indicator can never be achieved: the catalogue's own rules say so.
        found = found.appendAll(IndicatorCatalogue.validate(definitions)
                .fold(
                        all -> all.filter(v -> v.rule().equals(IndicatorCatalogue.CYCLE)
                                || v.rule().equals(IndicatorCatalogue.THRESHOLD_OF_NEUTRAL)),
                        ok -> Vector.empty()));
        if (query.grouping().isPresent()
                && dataset.grouping(query.grouping().get()).isEmpty()) {
            found = found.append(
                    Violation.of("grouping", UNKNOWN_GROUPING, query.grouping().get()));
        }
        for (IndicatorId id : query.indicators()) {
            if (!byId.containsKey(id)) {
                found = found.append(Violation.of("indicators", UNKNOWN_INDICATOR, id.value()));
            }
        }
        return found.appendAll(coverViolations(dataset, query));
    }

    /** Under disclosure control: periods the cover does not hold, and a ledger of other rules. */
    private static Seq<Violation> coverViolations(Dataset dataset, EvaluationQuery query) {
        DisclosureRules rules = query.disclosure();
        Seq<Violation> found = Vector.empty();
        if (!rules.enabled()) {
            return found;
        }
        List<ReportingPeriod> asked = new ArrayList<>(query.periods().toJavaList());
        query.baseline().ifPresent(asked::add);
        for (ReportingPeriod period : asked) {
            Optional<PeriodGranularity> granularity = period.granularity();
            if (period.kind() == ReportingPeriod.Kind.DATE_RANGE) {
                found = found.append(Violation.of("period", PERIOD_NOT_IN_COVER, period));
            } else if (granularity.isPresent() && !rules.allows(granularity.get())) {
                found = found.append(Violation.of("period", PERIOD_FINER_THAN_RULES, period + " under " + rules));
            }
        }
        if (query.ledger().isPresent() && !query.ledger().get().matches(rules)) {
            found = found.append(
                    Violation.of("ledger", LEDGER_OTHER_RULES, query.ledger().get() + " against " + rules));
        }
        return found;
    }
}
