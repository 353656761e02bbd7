package nl.welfare.testkit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortMembership;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.ParticipationRung;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.resident.SelfRelianceScore;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
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
import nl.welfare.indicators.definition.NetworkScope;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.disclosure.RoundingKey;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.FigureSource;
import nl.welfare.indicators.engine.ImmutableEvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link FigureSource} other than the in-memory passes: for random datasets, definitions and
 * queries, the engine with the source gives the table the in-memory engine gives: the same rows with the same status,
 * counts and sample sizes, and values, intervals and changes within {@code 1e-9} relative.
 *
 * <ul>
 *   <li>Datasets ({@link #dataset}): areas with a grouping and populations; residents (some in a district, and facts of
 *       two residents without a row); participations, support episodes (some without a resident), provisions and
 *       initiatives with open and closed spans, and links between them (now and then none); ladder and self-reliance assessments in the area of their resident,
 *       several of one person on one day; survey responses with weights (some left at 1) and answers that are no
 *       whole number (empty, text, white space, signs, ten digits); cohorts with open, closed and repeated memberships.
 *       Each of the assessments and responses is now and then absent, so that definitions over it have no data.
 *   <li>Definitions ({@link #definitions}, and a {@code NETWORK} in either scope beside them, half of the time):
 *       every kind over facts ({@code COUNT}, {@code DISTINCT_COUNT}, {@code RATE}, {@code RATIO}, {@code PROPORTION}
 *       and {@code MEAN} weighted and not, {@code LATEST_ASSESSMENT}, {@code TRANSITION}, {@code NETWORK}), and {@code THRESHOLD_SHARE} and {@code CHANGE} over them, over
 *       every fact type with an area, flow and stock, with random filter trees of every node ({@code equals},
 *       {@code in}, {@code range} over integers, decimals and dates, {@code within period}, {@code active in period},
 *       {@code member of cohort}, {@code and}, {@code or}, {@code not}, {@code all}).
 *   <li>Queries ({@link #query}): a CBS level or a grouping, years or quarters, with and without disclosure control
 *       and a baseline.
 * </ul>
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

    /**
     * Absolute tolerance of values near zero: a change between two equal means, each summed around another shift,
     * is 0 one way and a few units in the last place of the means the other ({@code -2.2e-16}), which no relative
     * tolerance of the result admits. Far below any figure the library reports.
     */
    double ABSOLUTE_TOLERANCE = 1e-12;

    /** How many other seeds a failing property tries, to report the smallest that fails. */
    int SHRINK_CYCLES = 5;

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
        Samples.theory()
                // a seed shrinks to no simpler dataset, only to other ones: a few cycles, so that a failure is quick
                .withExamples(examples())
                .withShrinkCycles(SHRINK_CYCLES)
                .forAll(longs().all())
                .checkAssert(seed -> {
                    Random random = new Random(seed);
                    // the network's links and definition from a stream of their own, so that the other draws of a
                    // seed stay what they were before the network was drawn
                    Random networks = new Random(~seed);
                    Dataset dataset = dataset(random, Optional.of(networks));
                    EvaluationQuery query = query(random);
                    List<IndicatorDefinition> definitions = new ArrayList<>(definitions(
                            random,
                            dataset,
                            query.baseline().isPresent(),
                            !query.disclosure().enabled()));
                    if (networks.nextBoolean()) {
                        definitions.add(definition(
                                "n",
                                networks.nextBoolean()
                                        ? Measure.Network.of()
                                        : Measure.Network.of(NetworkScope.WITHIN_AREA)));
                    }
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
                    x == y
                            || Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y))
                            || Math.abs(x - y) <= ABSOLUTE_TOLERANCE,
                    () -> what + ": " + x + " expected, " + y + " found");
        }
    }

    // ---------------------------------------------------------------- datasets

    /** The years of the random facts. */
    int FIRST_YEAR = 2020;

    /** The last year of the random facts. */
    int LAST_YEAR = 2022;

    /** The cohorts of the random datasets. */
    List<String> COHORTS = List.of("starters", "elders");

    /** Survey answers: whole numbers, with white space and leading zeros, and answers that are none. */
    List<String> ANSWERS = List.of(
            "1",
            "2",
            "3",
            "4",
            "5",
            "1",
            "2",
            "3",
            "4",
            "5",
            "",
            "dont know",
            " 3 ",
            "\t4",
            "-2",
            "007",
            "+1",
            "12a",
            "4\u2003",
            "1234567890",
            "1 2",
            " 12 ");

    /** Survey weights, and none (a weight of 1). */
    List<Double> WEIGHTS = List.of(0.5, 1.0, 1.75, 2.3, 0.1234567);

    /**
     * A random dataset: one municipality of two or three districts of one to three neighbourhoods each, a grouping of
     * the neighbourhoods in two groups, populations for some areas and years, and a few residents whose facts
     * (participations, support episodes, some without a resident) lie in several neighbourhoods, so that distinct
     * persons differ from sums over areas; provisions and initiatives with open and closed spans, and links between them (now and then none); ladder and
     * self-reliance assessments, some of residents without a {@code residents} row (they count in no area), several
     * on one day; survey responses with weights (some left at 1) and answers that are no whole number; and cohorts
     * whose memberships open and close within the years. Each fact type is now and then left out, so that it has no
     * data.
     */
    static Dataset dataset(Random random) {
        return dataset(random, Optional.empty());
    }

    /**
     * A random dataset as {@link #dataset(Random)} draws it from {@code random}, and with {@code networks}, links
     * between its initiatives drawn from that stream (never an initiative with itself, which the domain refuses; now
     * and then no links resource at all).
     */
    static Dataset dataset(Random random, Optional<Random> networks) {
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
                    .area(random.nextInt(8) == 0 ? AreaCode.of("WK015300") : pick(random, neighbourhoods))
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
                    .ended(random.nextBoolean() ? Optional.empty() : Optional.of(endOn(random, started, 500)))
                    .resident(
                            individual || random.nextBoolean()
                                    ? Optional.of(ResidentId.of("r" + random.nextInt(residents)))
                                    : Optional.empty())
                    .build());
        }
        int initiatives = random.nextInt(15);
        for (int i = initiatives; i > 0; i--) {
            LocalDate started = day(random);
            builder.add(Initiative.builder()
                    .id(InitiativeId.of("i" + i))
                    .name("Initiative " + i)
                    .area(pick(random, random.nextInt(4) == 0 ? List.of(AreaCode.of("WK015300")) : neighbourhoods))
                    .lead(InitiativeLead.values()[random.nextInt(InitiativeLead.values().length)])
                    .started(started)
                    .ended(random.nextBoolean() ? Optional.empty() : Optional.of(endOn(random, started, 700)))
                    .theme(random.nextBoolean() ? Optional.empty() : Optional.of("theme " + random.nextInt(2)))
                    .build());
        }
        // Assessments: of known residents and of two without a row; a few persons assessed often, on shared days.
        if (random.nextInt(6) > 0) {
            builder.present(FactType.LADDER_ASSESSMENTS);
            for (int i = random.nextInt(60); i > 0; i--) {
                builder.add(LadderAssessment.of(
                        ResidentId.of("r" + random.nextInt(residents + 2)),
                        fewDays(random),
                        ParticipationRung.of(1 + random.nextInt(6))));
            }
        }
        if (random.nextInt(6) > 0) {
            builder.present(FactType.SELF_RELIANCE_ASSESSMENTS);
            for (int i = random.nextInt(30); i > 0; i--) {
                Map<SelfRelianceDomain, SelfRelianceScore> scores = new EnumMap<>(SelfRelianceDomain.class);
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    scores.put(
                            pick(random, List.of(SelfRelianceDomain.values())),
                            SelfRelianceScore.of(1 + random.nextInt(5)));
                }
                builder.add(SelfRelianceAssessment.builder()
                        .resident(ResidentId.of("r" + random.nextInt(residents + 2)))
                        .date(fewDays(random))
                        .putAllScores(scores)
                        .build());
            }
        }
        if (random.nextInt(6) > 0) {
            builder.present(FactType.SURVEY_RESPONSES);
            int respondents = 1 + random.nextInt(20);
            for (int i = random.nextInt(300); i > 0; i--) {
                var response = SurveyResponse.builder()
                        .respondent(RespondentId.of("s" + random.nextInt(respondents)))
                        .area(random.nextInt(10) == 0 ? AreaCode.of("WK015300") : pick(random, neighbourhoods))
                        .date(fewDays(random))
                        .question(QuestionCode.of(pick(random, List.of("wl01", "wl04"))))
                        .answer(pick(random, ANSWERS));
                builder.add(
                        random.nextInt(4) == 0
                                ? response.build()
                                : response.weight(pick(random, WEIGHTS)).build());
            }
        }
        // Cohorts: per resident at most one spell at a time, open or closed, some starting after the years.
        for (String name : COHORTS) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            List<CohortMembership> memberships = new ArrayList<>();
            for (int r = 0; r < residents + 2; r++) {
                if (random.nextBoolean()) {
                    continue;
                }
                LocalDate joined =
                        random.nextBoolean() ? fewDays(random) : day(random).minusDays(200);
                Optional<LocalDate> left =
                        random.nextBoolean() ? Optional.empty() : Optional.of(endOn(random, joined, 400));
                memberships.add(CohortMembership.builder()
                        .cohort(CohortName.of(name))
                        .resident(ResidentId.of("r" + r))
                        .joined(joined)
                        .left(left)
                        .build());
                if (left.isPresent() && random.nextBoolean()) {
                    memberships.add(CohortMembership.builder()
                            .cohort(CohortName.of(name))
                            .resident(ResidentId.of("r" + r))
                            .joined(left.get().plusDays(1 + random.nextInt(300)))
                            .left(Optional.empty())
                            .build());
                }
            }
            builder.add(Cohort.of(CohortName.of(name), memberships));
        }
        if (networks.isPresent() && initiatives >= 2 && networks.get().nextInt(4) > 0) {
            Random links = networks.get();
            builder.present(FactType.INITIATIVE_LINKS);
            for (int k = links.nextInt(12); k > 0; k--) {
                int one = 1 + links.nextInt(initiatives);
                int other = 1 + links.nextInt(initiatives - 1);
                other = other >= one ? other + 1 : other;
                LocalDate since = day(links);
                builder.add(InitiativeLink.builder()
                        .initiative(InitiativeId.of("i" + one))
                        .otherInitiative(InitiativeId.of("i" + other))
                        .since(since)
                        .until(links.nextBoolean() ? Optional.empty() : Optional.of(endOn(links, since, 400)))
                        .build());
            }
        }
        return builder.build();
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(3 * 365));
    }

    /**
     * One of two days per quarter, its first (where a period starts) and one in its middle, so that one person has
     * several facts on one day.
     */
    private static LocalDate fewDays(Random random) {
        return quarterStart(random).plusDays(random.nextInt(2) * 45L);
    }

    /** The first day of a quarter of the years: where a period starts. */
    private static LocalDate quarterStart(Random random) {
        return LocalDate.of(FIRST_YEAR, 1, 1).plusMonths(3L * random.nextInt(12));
    }

    /** A day on or after {@code from}: often where a period starts (the last day a span ending then is active in it). */
    private static LocalDate endOn(Random random, LocalDate from, int days) {
        LocalDate start = quarterStart(random);
        return random.nextInt(3) == 0 && !start.isBefore(from) ? start : from.plusDays(random.nextInt(days));
    }

    private static Optional<LocalDate> ended(Random random) {
        return random.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(LAST_YEAR, 12, 31));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // ---------------------------------------------------------------- definitions

    /** The fact types the contract's definitions count: every one whose facts belong to an area. */
    List<FactType> TYPES = List.of(
            FactType.PARTICIPATIONS,
            FactType.SUPPORT_EPISODES,
            FactType.PROVISIONS,
            FactType.INITIATIVES,
            FactType.LADDER_ASSESSMENTS,
            FactType.SELF_RELIANCE_ASSESSMENTS,
            FactType.SURVEY_RESPONSES);

    /**
     * One to five random definitions of every kind over facts but {@code NETWORK} ({@code COUNT},
     * {@code DISTINCT_COUNT}, {@code RATE}, {@code RATIO}, {@code PROPORTION} weighted and not, {@code MEAN} weighted
     * and not, {@code LATEST_ASSESSMENT}, {@code TRANSITION}), and now and then a {@code THRESHOLD_SHARE} over one of
     * them and, when {@code baseline}, a {@code CHANGE} of one. A random definition the definition's rules refuse (a
     * condition that is {@code all}) is drawn again.
     */
    static List<IndicatorDefinition> definitions(
            Random random, Dataset dataset, boolean baseline, boolean periodNodes) {
        List<IndicatorDefinition> definitions = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 1; i <= count; i++) {
            while (true) {
                try {
                    definitions.add(definition("d" + i, measure(random, dataset, periodNodes)));
                    break;
                } catch (InvalidValueException refused) {
                    // drawn again
                }
            }
        }
        if (random.nextInt(3) == 0) {
            IndicatorId base = pick(random, definitions).id();
            AreaLevel level = random.nextBoolean() ? AreaLevel.NEIGHBOURHOOD : AreaLevel.DISTRICT;
            definitions.add(definition(
                    "t", Measure.ThresholdShare.of(base, level, pick(random, List.of(0.0, 0.25, 0.5, 1.0, 3.0)))));
        }
        if (baseline && random.nextInt(3) == 0) {
            definitions.add(definition("c", Measure.Change.of(definitions.get(0).id())));
        }
        return definitions;
    }

    private static IndicatorDefinition definition(String id, Measure measure) {
        return IndicatorDefinition.builder()
                .id(IndicatorId.of(id))
                .name("Definition " + id)
                .description("")
                .unit("residents")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .statisticalUnit(measure.countsPersons() ? StatisticalUnit.PERSONS : StatisticalUnit.OTHER)
                .kind(measure.kind())
                .measure(measure)
                .build();
    }

    /** A random measure over facts, of any kind but {@code NETWORK}. */
    private static Measure measure(Random random, Dataset dataset, boolean periodNodes) {
        switch (random.nextInt(10)) {
            case 0:
                return Measure.Rate.of(counted(random, dataset, periodNodes), 1 + random.nextInt(1000));
            case 1:
                return Measure.Ratio.of(counted(random, dataset, periodNodes), counted(random, dataset, periodNodes));
            case 2:
            case 3: {
                FactType type = random.nextBoolean() ? FactType.SURVEY_RESPONSES : pick(random, TYPES);
                boolean weighted = type.weight().isDefined() && random.nextBoolean();
                // a weighted share over a shallow population, so that its cells hold enough answers to publish
                return Measure.Proportion.builder()
                        .factType(type)
                        .mode(mode(random, type))
                        .population(filter(random, type, dataset, weighted ? 1 : 2, periodNodes))
                        .condition(filter(random, type, dataset, 2, periodNodes))
                        .weighted(weighted)
                        .build();
            }
            case 4:
            case 5: {
                FactType type = random.nextBoolean() ? FactType.SURVEY_RESPONSES : pick(random, numbered());
                List<String> values = numbers(type);
                return Measure.Mean.builder()
                        .factType(type)
                        .mode(mode(random, type))
                        .filter(filter(random, type, dataset, random.nextInt(3), periodNodes))
                        .valueAttribute(pick(random, values))
                        .weighted(type.weight().isDefined() && random.nextBoolean())
                        .build();
            }
            case 6: {
                FactType type = pick(random, persons());
                return Measure.LatestAssessment.builder()
                        .factType(type)
                        .mode(mode(random, type))
                        .population(filter(random, type, dataset, 2, periodNodes))
                        .condition(filter(random, type, dataset, 2, periodNodes))
                        .build();
            }
            case 7:
            case 8: {
                FactType type = pick(random, numbered());
                return Measure.Transition.of(
                        type,
                        mode(random, type),
                        filter(random, type, dataset, 2, periodNodes),
                        pick(random, numbers(type)));
            }
            default:
                return counted(random, dataset, periodNodes);
        }
    }

    /** The fact types with a person and a number (for means and transitions). */
    private static List<FactType> numbered() {
        return TYPES.stream()
                .filter(t -> t.person().isDefined() && !numbers(t).isEmpty())
                .toList();
    }

    /** The fact types with a person (for latest assessments). */
    private static List<FactType> persons() {
        return TYPES.stream().filter(t -> t.person().isDefined()).toList();
    }

    /** The numeric attributes of {@code type}. */
    private static List<String> numbers(FactType type) {
        return type.attributes()
                .filter(a -> a.type().isNumeric())
                .map(Attribute::name)
                .toJavaList();
    }

    private static CountMode mode(Random random, FactType type) {
        return type.hasSpan() && random.nextBoolean() ? CountMode.STOCK : CountMode.FLOW;
    }

    private static Measure.Counted counted(Random random, Dataset dataset, boolean periodNodes) {
        FactType type = pick(random, TYPES);
        CountMode mode = mode(random, type);
        Filter filter = filter(random, type, dataset, 3, periodNodes);
        boolean distinct = type.person().isDefined() && random.nextBoolean();
        return distinct ? Measure.DistinctCount.of(type, mode, filter) : Measure.Count.of(type, mode, filter);
    }

    /** A random filter tree of {@code and}, {@code or}, {@code not} over every leaf node that suits {@code type}. */
    static Filter filter(Random random, FactType type, Dataset dataset, int depth, boolean periodNodes) {
        int shape = depth == 0 ? 0 : random.nextInt(5);
        switch (shape) {
            case 1:
            case 2:
                List<Filter> operands = new ArrayList<>();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    operands.add(filter(random, type, dataset, depth - 1, periodNodes));
                }
                return shape == 1 ? Filter.and(operands) : Filter.or(operands);
            case 3:
                return Filter.not(filter(random, type, dataset, depth - 1, periodNodes));
            default:
                return leaf(random, type, periodNodes);
        }
    }

    private static Filter leaf(Random random, FactType type, boolean periodNodes) {
        List<Attribute> attributes = type.attributes().toJavaList();
        Attribute attribute = pick(random, attributes);
        switch (periodNodes ? random.nextInt(8) : pick(random, List.of(0, 1, 2, 6))) {
            case 0:
                return Filter.all();
            case 1:
                List<Literal> values = new ArrayList<>();
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    values.add(literal(random, attribute));
                }
                return Filter.in(attribute.name(), values);
            case 2: {
                List<Attribute> ordered =
                        attributes.stream().filter(a -> a.type().isOrdered()).toList();
                Attribute on = pick(random, ordered);
                Literal a = literal(random, on);
                Literal b = literal(random, on);
                boolean ascending = a.compare(b).orElse(0) <= 0;
                Literal min = ascending ? a : b;
                Literal max = ascending ? b : a;
                int bounds = random.nextInt(3);
                return Filter.range(
                        on.name(),
                        bounds == 1 ? Optional.empty() : Optional.of(min),
                        bounds == 2 ? Optional.empty() : Optional.of(max));
            }
            case 3:
                // date-within-period, active-in-period and member-of-cohort only where disclosure control is off
                return Filter.dateWithinPeriod(pick(
                                random,
                                attributes.stream()
                                        .filter(a -> a.type() == AttributeType.DATE)
                                        .toList())
                        .name());
            case 4:
                return type.hasSpan()
                        ? Filter.activeInPeriod()
                        : Filter.equalTo(attribute.name(), literal(random, attribute));
            case 5:
                return type.personIsResident()
                        ? Filter.memberOfCohort(CohortName.of(pick(random, List.of("starters", "elders", "absent"))))
                        : Filter.equalTo(attribute.name(), literal(random, attribute));
            default:
                return Filter.equalTo(attribute.name(), literal(random, attribute));
        }
    }

    /** A literal for {@code attribute} that the random facts often hold, and sometimes one they do not. */
    private static Literal literal(Random random, Attribute attribute) {
        switch (attribute.type()) {
            case DATE:
                return Literal.date(random.nextBoolean() ? day(random) : fewDays(random));
            case ENUM:
                return Literal.text(pick(random, attribute.codes()));
            case AREA:
                return Literal.text(random.nextBoolean() ? "WK015300" : "BU01530001");
            case ID:
                return Literal.text(
                        pick(random, List.of("r0", "r1", "r2", "a0", "a1", "p0", "p1", "e1", "i1", "s0", "s1", "x")));
            case INTEGER:
                return Literal.integer(random.nextInt(8) - 1);
            case DECIMAL:
                return random.nextBoolean()
                        ? Literal.decimal(pick(random, WEIGHTS))
                        : random.nextBoolean()
                                ? Literal.integer(random.nextInt(3))
                                : Literal.decimal(random.nextDouble() * 3);
            default:
                return Literal.text(pick(
                        random, List.of("Provision 1", "Initiative 2", "theme 0", "theme 1", "wl01", "wl04", "x")));
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
        if (random.nextInt(5) < 2) {
            return query.withDisclosure(DisclosureRules.none());
        }
        // The standard rules suppress most of the small random cells; a low minimum publishes them, so that what
        // disclosure control reads of the figures (a mean's scale, the sums of a share that rounding scales) counts.
        DisclosureRules rules = random.nextBoolean() ? DisclosureRules.standard() : DisclosureRules.of(2, 1);
        if (random.nextInt(3) == 0) {
            rules = rules.rounded(2, ROUNDING_KEY);
        }
        return query.withDisclosure(quarters ? rules.finestPeriod(PeriodGranularity.QUARTER) : rules);
    }

    /** The publisher's key of the contract's rounded outputs: fixed, so that both engines draw the same roundings. */
    RoundingKey ROUNDING_KEY = RoundingKey.parse("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
}
