package nl.welfare.testkit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.Attribute;
import nl.welfare.indicators.definition.AttributeType;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.FigureSource;
import nl.welfare.indicators.engine.ImmutableEvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link FigureSource} other than the in-memory passes: for random datasets, definitions of the
 * kinds it supports ({@code COUNT}, {@code DISTINCT_COUNT}, {@code RATE}, {@code RATIO} over participations, support
 * episodes, provisions and initiatives, flow and stock) with random filter trees of every node it supports
 * ({@code equals}, {@code in}, {@code range} over dates, {@code and}, {@code or}, {@code not}, {@code all}), and random
 * queries (a CBS level or a grouping, years or quarters, with and without disclosure control and a baseline), the
 * engine with the source gives the table the in-memory engine gives: the same rows with the same status, counts and
 * sample sizes, and values, intervals and changes within {@code 1e-9} relative.
 *
 * <pre>{@code
 * class SqlFiguresTest implements FigureSourceContract {
 *     public FigureSource sourceFor(Dataset dataset) {
 *         store.importDataset(dataset, ImportMode.REPLACE);
 *         return store.figureSource();
 *     }
 * }
 * }</pre>
 */
public interface FigureSourceContract {

    /** Relative tolerance of values. */
    double TOLERANCE = 1e-9;

    /** A source over {@code dataset}: stored where the source reads, replacing what was there. */
    FigureSource sourceFor(Dataset dataset);

    /** How many random datasets the property tries (each is stored). */
    default int examples() {
        return 40;
    }

    /** Test: the source's table equals the in-memory engine's. */
    @Test
    @DisplayName("Any figure source gives the table the in-memory engine gives")
    default void equalsTheInMemoryEngine() {
        Samples.theory().withExamples(examples()).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Dataset dataset = dataset(random);
            List<IndicatorDefinition> definitions = definitions(random, dataset);
            EvaluationQuery query = query(random);
            IndicatorTable expected = IndicatorEngine.evaluate(definitions, dataset, query);
            IndicatorTable actual = IndicatorEngine.evaluate(definitions, dataset, query, sourceFor(dataset));
            assertSameTable(expected, actual, "seed " + seed + ", " + definitions + ", " + query);
        });
    }

    /** Asserts that {@code actual} has the rows of {@code expected}, equal up to {@link #TOLERANCE} in values. */
    static void assertSameTable(IndicatorTable expected, IndicatorTable actual, String where) {
        List<IndicatorResult> e = expected.results().toJavaList();
        List<IndicatorResult> a = actual.results().toJavaList();
        assertEquals(e.size(), a.size(), () -> "rows, " + where);
        for (int i = 0; i < e.size(); i++) {
            IndicatorResult x = e.get(i);
            IndicatorResult y = a.get(i);
            String row = x.indicator().value() + " " + x.areaLevel() + " " + x.area() + " " + x.period() + ", " + where;
            assertEquals(x.indicator(), y.indicator(), row);
            assertEquals(x.area(), y.area(), row);
            assertEquals(x.areaLevel(), y.areaLevel(), row);
            assertEquals(x.period(), y.period(), row);
            assertEquals(x.status(), y.status(), () -> "status of " + row);
            assertEquals(x.sampleSize(), y.sampleSize(), () -> "sample size of " + row);
            assertEquals(x.assessment(), y.assessment(), () -> "assessment of " + row);
            assertEquals(x.trend(), y.trend(), () -> "trend of " + row);
            assertEquals(
                    List.of(x.benchmarkArea(), x.benchmarkComparison(), x.comparisonMethod()),
                    List.of(y.benchmarkArea(), y.benchmarkComparison(), y.comparisonMethod()),
                    () -> "benchmark of " + row);
            assertClose(x.numerator(), y.numerator(), "numerator of " + row);
            assertClose(x.denominator(), y.denominator(), "denominator of " + row);
            assertClose(x.value(), y.value(), "value of " + row);
            assertClose(x.change(), y.change(), "change of " + row);
            assertEquals(x.interval().isPresent(), y.interval().isPresent(), () -> "interval of " + row);
            x.interval().ifPresent(in -> {
                assertClose(
                        Optional.of(in.lower()), Optional.of(y.interval().get().lower()), "lower of " + row);
                assertClose(
                        Optional.of(in.upper()), Optional.of(y.interval().get().upper()), "upper of " + row);
            });
        }
    }

    private static void assertClose(Optional<Double> expected, Optional<Double> actual, String what) {
        assertEquals(expected.isPresent(), actual.isPresent(), what);
        if (expected.isPresent()) {
            double x = expected.get();
            double y = actual.get();
            assertTrue(
                    x == y || Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y)),
                    () -> what + ": " + x + " expected, " + y + " found");
        }
    }

    // ---------------------------------------------------------------- datasets

    /** The years of the random facts. */
    int FIRST_YEAR = 2020;

    /** The last year of the random facts. */
    int LAST_YEAR = 2022;

    /**
     * A random dataset: one municipality of two or three districts of one to three neighbourhoods each, a grouping of
     * the neighbourhoods in two groups, populations for some areas and years, and a few residents whose facts
     * (participations, support episodes, some without a resident) lie in several neighbourhoods, so that distinct
     * persons differ from sums over areas; provisions and initiatives with open and closed spans.
     */
    static Dataset dataset(Random random) {
        Dataset.Builder builder = Dataset.builder();
        List<Area> areas = new ArrayList<>();
        areas.add(Area.of(AreaCode.of("GM0153"), "Gemeente"));
        List<AreaCode> neighbourhoods = new ArrayList<>();
        int districts = 2 + random.nextInt(2);
        for (int w = 0; w < districts; w++) {
            areas.add(Area.of(AreaCode.of(String.format("WK0153%02d", w)), "Wijk " + w));
            for (int b = 1 + random.nextInt(3); b > 0; b--) {
                AreaCode code = AreaCode.of(String.format("BU0153%02d%02d", w, b));
                neighbourhoods.add(code);
                areas.add(Area.of(code, "Buurt " + w + b));
            }
        }
        builder.hierarchy(AreaHierarchy.of(Year.of(2022), areas));
        int half = Math.max(1, neighbourhoods.size() / 2);
        List<AreaGroup> groups = new ArrayList<>();
        groups.add(AreaGroup.of("NOORD", "Noord", neighbourhoods.subList(0, half)));
        if (half < neighbourhoods.size()) {
            groups.add(AreaGroup.of("ZUID", "Zuid", neighbourhoods.subList(half, neighbourhoods.size())));
        }
        builder.grouping(AreaGrouping.of("borough", groups));
        for (Area area : areas) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                if (random.nextInt(5) > 0) {
                    builder.add(AreaPopulation.of(area.code(), Year.of(year), 50 + random.nextInt(2000)));
                }
            }
        }
        int residents = 1 + random.nextInt(25);
        for (int r = 0; r < residents; r++) {
            builder.add(Resident.builder()
                    .id(ResidentId.of("r" + r))
                    .area(pick(random, neighbourhoods))
                    .build());
        }
        for (int i = random.nextInt(120); i > 0; i--) {
            builder.add(Participation.of(
                    ResidentId.of("r" + random.nextInt(residents)),
                    ActivityId.of("a" + random.nextInt(4)),
                    pick(random, neighbourhoods),
                    day(random),
                    ParticipationRole.values()[random.nextInt(ParticipationRole.values().length)]));
        }
        for (int i = random.nextInt(6); i > 0; i--) {
            builder.add(Provision.builder()
                    .id(ProvisionId.of("p" + i))
                    .name("Provision " + i)
                    .kind(ProvisionKind.values()[random.nextInt(2)])
                    .area(pick(random, neighbourhoods))
                    .started(day(random))
                    .ended(ended(random))
                    .build());
        }
        for (int i = random.nextInt(40); i > 0; i--) {
            boolean individual = random.nextBoolean();
            LocalDate started = day(random);
            builder.add(SupportEpisode.builder()
                    .id(SupportEpisodeId.of("e" + i))
                    .area(pick(random, neighbourhoods))
                    .kind(individual ? ProvisionKind.INDIVIDUAL : ProvisionKind.COLLECTIVE)
                    .provision(ProvisionId.of("p" + random.nextInt(3)))
                    .started(started)
                    .ended(random.nextBoolean() ? Optional.empty() : Optional.of(started.plusDays(random.nextInt(500))))
                    .resident(
                            individual || random.nextBoolean()
                                    ? Optional.of(ResidentId.of("r" + random.nextInt(residents)))
                                    : Optional.empty())
                    .build());
        }
        for (int i = random.nextInt(15); i > 0; i--) {
            LocalDate started = day(random);
            builder.add(Initiative.builder()
                    .id(InitiativeId.of("i" + i))
                    .name("Initiative " + i)
                    .area(pick(random, random.nextInt(4) == 0 ? List.of(AreaCode.of("WK015300")) : neighbourhoods))
                    .lead(InitiativeLead.values()[random.nextInt(InitiativeLead.values().length)])
                    .started(started)
                    .ended(random.nextBoolean() ? Optional.empty() : Optional.of(started.plusDays(random.nextInt(700))))
                    .theme(random.nextBoolean() ? Optional.empty() : Optional.of("theme " + random.nextInt(2)))
                    .build());
        }
        return builder.build();
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(3 * 365));
    }

    private static Optional<LocalDate> ended(Random random) {
        return random.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(LAST_YEAR, 12, 31));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // ---------------------------------------------------------------- definitions

    /** The fact types the contract's definitions count. */
    List<FactType> TYPES =
            List.of(FactType.PARTICIPATIONS, FactType.SUPPORT_EPISODES, FactType.PROVISIONS, FactType.INITIATIVES);

    /** One to four random definitions of the supported kinds. */
    static List<IndicatorDefinition> definitions(Random random, Dataset dataset) {
        List<IndicatorDefinition> definitions = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            Measure measure;
            int kind = random.nextInt(4);
            if (kind == 2) {
                measure = Measure.Rate.of(counted(random, dataset), 1 + random.nextInt(1000));
            } else if (kind == 3) {
                measure = Measure.Ratio.of(counted(random, dataset), counted(random, dataset));
            } else {
                measure = counted(random, dataset);
            }
            definitions.add(IndicatorDefinition.builder()
                    .id(IndicatorId.of("d" + i))
                    .name("Definition " + i)
                    .description("")
                    .unit("residents")
                    .polarity(Polarity.HIGHER_IS_BETTER)
                    .statisticalUnit(measure.countsPersons() ? StatisticalUnit.PERSONS : StatisticalUnit.OTHER)
                    .kind(measure.kind())
                    .measure(measure)
                    .build());
        }
        return definitions;
    }

    private static Measure.Counted counted(Random random, Dataset dataset) {
        FactType type = pick(random, TYPES);
        CountMode mode = type.hasSpan() && random.nextBoolean() ? CountMode.STOCK : CountMode.FLOW;
        Filter filter = filter(random, type, dataset, 3);
        boolean distinct = type.person().isDefined() && random.nextBoolean();
        return distinct ? Measure.DistinctCount.of(type, mode, filter) : Measure.Count.of(type, mode, filter);
    }

    /** A random filter tree of {@code and}, {@code or}, {@code not} over comparisons and {@code all}. */
    static Filter filter(Random random, FactType type, Dataset dataset, int depth) {
        int shape = depth == 0 ? 0 : random.nextInt(5);
        switch (shape) {
            case 1:
            case 2:
                List<Filter> operands = new ArrayList<>();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    operands.add(filter(random, type, dataset, depth - 1));
                }
                return shape == 1 ? Filter.and(operands) : Filter.or(operands);
            case 3:
                return Filter.not(filter(random, type, dataset, depth - 1));
            default:
                return leaf(random, type);
        }
    }

    private static Filter leaf(Random random, FactType type) {
        List<Attribute> attributes = type.attributes().toJavaList();
        Attribute attribute = pick(random, attributes);
        switch (random.nextInt(5)) {
            case 0:
                return Filter.all();
            case 1:
                List<Literal> values = new ArrayList<>();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    values.add(literal(random, attribute));
                }
                return Filter.in(attribute.name(), values);
            case 2:
                List<Attribute> dates = attributes.stream()
                        .filter(a -> a.type() == AttributeType.DATE)
                        .toList();
                Attribute date = pick(random, dates);
                LocalDate a = day(random);
                LocalDate b = day(random);
                LocalDate min = a.isBefore(b) ? a : b;
                LocalDate max = a.isBefore(b) ? b : a;
                int bounds = random.nextInt(3);
                return Filter.range(
                        date.name(),
                        bounds == 1 ? Optional.empty() : Optional.of(Literal.date(min)),
                        bounds == 2 ? Optional.empty() : Optional.of(Literal.date(max)));
            default:
                return Filter.equalTo(attribute.name(), literal(random, attribute));
        }
    }

    /** A literal for {@code attribute} that the random facts often hold, and sometimes one they do not. */
    private static Literal literal(Random random, Attribute attribute) {
        switch (attribute.type()) {
            case DATE:
                return Literal.date(day(random));
            case ENUM:
                return Literal.text(pick(random, attribute.codes()));
            case AREA:
                return Literal.text(random.nextBoolean() ? "WK015300" : "BU01530001");
            case ID:
                return Literal.text(pick(random, List.of("r0", "r1", "r2", "a0", "a1", "p0", "p1", "e1", "i1", "x")));
            default:
                return Literal.text(pick(random, List.of("Provision 1", "Initiative 2", "theme 0", "theme 1", "x")));
        }
    }

    /** A random query: a level or the grouping, years or quarters, with or without disclosure control and baseline. */
    static EvaluationQuery query(Random random) {
        ReportingPeriod period = ReportingPeriod.years(FIRST_YEAR + 1, LAST_YEAR);
        ImmutableEvaluationQuery query = random.nextInt(4) == 0
                ? ImmutableEvaluationQuery.copyOf(EvaluationQuery.ofGrouping("borough", period))
                : ImmutableEvaluationQuery.copyOf(EvaluationQuery.ofLevel(
                        AreaLevel.values()[AreaLevel.MUNICIPALITY.ordinal() + random.nextInt(3)], period));
        boolean quarters = random.nextInt(3) == 0;
        query = query.withGranularity(quarters ? PeriodGranularity.QUARTER : PeriodGranularity.YEAR);
        if (random.nextBoolean()) {
            query = query.withBaseline(ReportingPeriod.year(FIRST_YEAR));
        }
        return query.withDisclosure(
                random.nextInt(3) == 0
                        ? DisclosureRules.none()
                        : quarters
                                ? DisclosureRules.standard().finestPeriod(PeriodGranularity.QUARTER)
                                : DisclosureRules.standard());
    }
}
