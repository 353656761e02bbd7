package nl.welfare.indicators.engine;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.target.Targets;
import org.immutables.value.Value;

/**
 * What to evaluate (opvraging): the areas (a CBS level, or a grouping's name) and the periods (one period, or a range
 * split into years, quarters or months), at a confidence level (default 95%); optionally a baseline period to measure
 * changes from and targets to assess against; and the disclosure control to apply (the standard rules unless turned
 * off by name with {@link DisclosureRules#none()}).
 *
 * <pre>{@code
 * EvaluationQuery query = EvaluationQuery.builder()
 *         .period(ReportingPeriod.years(2018, 2022))
 *         .level(AreaLevel.DISTRICT)
 *         .granularity(PeriodGranularity.YEAR)
 *         .build();
 * query.periods();  // [2018, 2019, 2020, 2021, 2022]
 * query.levels();   // [MUNICIPALITY, DISTRICT]: results for the districts and the municipality
 * EvaluationQuery.ofGrouping("borough", ReportingPeriod.year(2021)); // the boroughs and the municipality
 *
 * EvaluationQuery.builder()
 *         .period(ReportingPeriod.years(2019, 2022))
 *         .level(AreaLevel.NEIGHBOURHOOD)
 *         .granularity(PeriodGranularity.YEAR)
 *         .baseline(ReportingPeriod.year(2018))                   // change since 2018 on every row
 *         .targets(targets)                                       // assessments where a target applies
 *         .disclosure(DisclosureRules.standard().rounded(5, key))  // CBS-style random rounding, keyed
 *         .build();
 * }</pre>
 *
 * <p>Results are produced for the requested level and every level above it up to the municipality (the country is not
 * a level of the results table); for a grouping, for its groups and the municipality. With both a level and a grouping
 * the output holds the levels and the groups, and disclosure control sees every relation between them, such as a
 * borough that is the sum of its neighbourhoods: ask for both in one output whenever both are published, because two
 * outputs decided apart can give back, by subtraction across them, a cell that each suppressed.
 */
@Value.Immutable
public abstract class EvaluationQuery {

    /** Rule: neither a level nor a grouping. */
    public static final Rule NO_AREA_SCOPE =
            Rule.of("evaluation-query.no-area-scope", "must name an area level, a grouping, or both");

    /** Rule: the country as the level; results start at the municipality. */
    public static final Rule LEVEL_BELOW_COUNTRY =
            Rule.of("evaluation-query.level-below-country", "must be municipality, district or neighbourhood");

    /** Rule: a benchmark level other than the municipality or the district. */
    public static final Rule BENCHMARK_LEVEL =
            Rule.of("evaluation-query.benchmark-level", "must be municipality or district");

    /** Rule: a blank grouping name. */
    public static final Rule GROUPING_BLANK = Rule.of("evaluation-query.grouping-blank", "must not be blank");

    EvaluationQuery() {}

    /** The whole period evaluated; split by {@link #granularity()} when there is one. */
    public abstract ReportingPeriod period();

    /** The CBS level of the finest areas reported; none when only a grouping is. */
    public abstract Optional<AreaLevel> level();

    /** The name of the grouping whose groups are reported ({@code borough}), alone or next to the level's areas. */
    public abstract Optional<String> grouping();

    /** How to split {@link #period()}; none to evaluate it as one period. */
    public abstract Optional<PeriodGranularity> granularity();

    /** The confidence level of the intervals; 95% unless given. */
    @Value.Default
    public ConfidenceLevel confidence() {
        return ConfidenceLevel.DEFAULT;
    }

    /**
     * The period each result is compared with ({@code --baseline}): every result gets its change since then, and
     * {@code CHANGE} definitions their value. The baseline need not be one of {@link #periods()}.
     */
    public abstract Optional<ReportingPeriod> baseline();

    /**
     * The level of the benchmark each result is compared with ({@code --benchmark}): every area below it is compared
     * with the area holding it at this level, a group of a grouping (for the municipality only) with the municipality
     * of its members; the municipality unless given. See {@link IndicatorResult#benchmarkComparison()}.
     */
    @Value.Default
    public AreaLevel benchmarkLevel() {
        return AreaLevel.MUNICIPALITY;
    }

    /** The targets to assess the results against ({@code --targets}); none unless given. */
    @Value.Default
    public Targets targets() {
        return Targets.empty();
    }

    /**
     * The disclosure control applied to the results ({@code --disclosure}, {@code --min-count}): the standard rules
     * unless given; {@link DisclosureRules#none()} turns it off by name.
     */
    @Value.Default
    public DisclosureRules disclosure() {
        return DisclosureRules.standard();
    }

    /**
     * The indicators whose rows to write ({@code --indicators}); all of the definitions evaluated when empty. The
     * others are still evaluated: disclosure control decides on every definition in use, so that outputs with other
     * selections stay consistent with this one.
     */
    public abstract java.util.Set<nl.welfare.indicators.definition.IndicatorId> indicators();

    /**
     * What earlier releases of the package published and suppressed ({@code --ledger}): cells decided there keep
     * their decision. Its rules must be the query's.
     */
    public abstract Optional<nl.welfare.indicators.disclosure.Ledger> ledger();

    /**
     * A staged builder: the period, then optionally the level or grouping, granularity, confidence, baseline, targets
     * and disclosure rules.
     */
    public static ImmutableEvaluationQuery.PeriodBuildStage builder() {
        return ImmutableEvaluationQuery.builder();
    }

    /** The query for the areas of {@code level} and above over {@code period} as one period. */
    public static EvaluationQuery ofLevel(AreaLevel level, ReportingPeriod period) {
        return builder().period(period).level(level).build();
    }

    /** The query for the groups of {@code grouping} and the municipality over {@code period} as one period. */
    public static EvaluationQuery ofGrouping(String grouping, ReportingPeriod period) {
        return builder().period(period).grouping(grouping).build();
    }

    /** The query, or every violation of its rules. */
    public static Validation<Seq<Violation>, EvaluationQuery> validate(
            ReportingPeriod period,
            Optional<AreaLevel> level,
            Optional<String> grouping,
            Optional<PeriodGranularity> granularity) {
        return Violations.attempt(() -> builder()
                .period(period)
                .level(level)
                .grouping(grouping)
                .granularity(granularity)
                .build());
    }

    /** The periods evaluated, in order: {@link #period()} split by the granularity, or the period alone. */
    public Seq<ReportingPeriod> periods() {
        return granularity().map(period()::split).orElse(List.of(period()));
    }

    /**
     * The CBS levels reported, from the top: the municipality down to {@link #level()}; the municipality alone for a
     * grouping without a level.
     */
    public Seq<AreaLevel> levels() {
        AreaLevel finest = level().orElse(AreaLevel.MUNICIPALITY);
        return AreaLevel.topDown().filter(l -> l != AreaLevel.COUNTRY && !finest.isAbove(l));
    }

    @Value.Check
    final void check() {
        Violations.of("evaluation query")
                .check(level().isPresent() || grouping().isPresent(), "level", NO_AREA_SCOPE, this)
                .check(level().filter(l -> l == AreaLevel.COUNTRY).isEmpty(), "level", LEVEL_BELOW_COUNTRY, level())
                .check(
                        benchmarkLevel() == AreaLevel.MUNICIPALITY || benchmarkLevel() == AreaLevel.DISTRICT,
                        "benchmark",
                        BENCHMARK_LEVEL,
                        benchmarkLevel())
                .check(grouping().filter(String::isBlank).isEmpty(), "grouping", GROUPING_BLANK, grouping())
                .throwIfAny();
    }
}
