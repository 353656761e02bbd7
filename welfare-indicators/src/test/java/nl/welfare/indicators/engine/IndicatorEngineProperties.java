package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
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
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.NetworkScope;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.fixtures.RandomNetworks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The engine's counts, distinct counts and sample sizes agree exactly, and its weighted sums within 1e-9, with a
 * deliberately naive oracle: plain loops over the domain records the dataset was built from, using only the domain's
 * area tree and periods.
 */
@DisplayName("The indicator engine on random data")
class IndicatorEngineProperties {

    private static final AreaCode OUTSIDE = AreaCode.of("BU01539999");
    private static final AreaCode[] AREAS = {
        EngineFixtures.N1, EngineFixtures.N2, EngineFixtures.S1, EngineFixtures.NORTH, OUTSIDE
    };

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static <E> E pick(RandomnessSource in, E[] values) {
        return values[between(in, 0, values.length - 1)];
    }

    /**
     * A simple filter on one enum attribute (shape 0: all, 1: equals, 2: not equals, 3: in), as a definition's filter
     * and as a plain predicate on the code.
     */
    private record Simple(int shape, String attribute, String a, String b) {
        Filter filter() {
            switch (shape) {
                case 0:
                    return Filter.all();
                case 1:
                    return Filter.equalTo(attribute, a);
                case 2:
                    return Filter.not(Filter.equalTo(attribute, a));
                default:
                    return Filter.in(attribute, Literal.text(a), Literal.text(b));
            }
        }

        boolean test(String code) {
            switch (shape) {
                case 0:
                    return true;
                case 1:
                    return code.equals(a);
                case 2:
                    return !code.equals(a);
                default:
                    return code.equals(a) || code.equals(b);
            }
        }
    }

    private static Simple simple(RandomnessSource in, String attribute, String[] codes) {
        return new Simple(between(in, 0, 3), attribute, pick(in, codes), pick(in, codes));
    }

    private record Case(
            List<Participation> participations,
            List<Provision> provisions,
            List<CohortMembership> memberships,
            Simple roles,
            Simple distinctRoles,
            Simple kinds,
            Simple condition,
            ReportingPeriod period,
            PeriodGranularity granularity,
            AreaLevel level,
            boolean byGrouping) {}

    /** A reported area or group in the oracle: its code and which fact areas count in it. */
    private record OracleCell(String code, Predicate<AreaCode> holds) {}

    private static final CohortName PILOT = CohortName.of("shelter-pilot");
    private static final String[] ROLES = {"participant", "volunteer", "organiser"};
    private static final String[] KINDS = {"individual", "collective"};

    private static LocalDate date(RandomnessSource in) {
        return LocalDate.of(2019, 1, 1).plusDays(between(in, -100, 1600));
    }

    private static Gen<Case> cases() {
        return in -> {
            List<Participation> participations = new ArrayList<>();
            int n = between(in, 0, 60);
            for (int i = 0; i < n; i++) {
                participations.add(Participation.of(
                        ResidentId.of("r" + between(in, 0, 12)),
                        ActivityId.of("a1"),
                        pick(in, AREAS),
                        date(in),
                        pick(in, ParticipationRole.values())));
            }
            List<Provision> provisions = new ArrayList<>();
            int m = between(in, 0, 30);
            for (int i = 0; i < m; i++) {
                LocalDate started = date(in);
                provisions.add(Provision.builder()
                        .id(ProvisionId.of("p" + i))
                        .name("p" + i)
                        .kind(pick(in, ProvisionKind.values()))
                        .area(pick(in, AREAS))
                        .started(started)
                        .ended(
                                between(in, 0, 1) == 0
                                        ? Optional.empty()
                                        : Optional.of(started.plusDays(between(in, 0, 500))))
                        .build());
            }
            List<CohortMembership> memberships = new ArrayList<>();
            int k = between(in, 0, 8);
            for (int i = 0; i < k; i++) {
                LocalDate joined = date(in);
                memberships.add(CohortMembership.builder()
                        .cohort(PILOT)
                        .resident(ResidentId.of("r" + between(in, 0, 12)))
                        .joined(joined)
                        .left(
                                between(in, 0, 1) == 0
                                        ? Optional.empty()
                                        : Optional.of(joined.plusDays(between(in, 0, 400))))
                        .build());
            }
            boolean quarters = between(in, 0, 1) == 0;
            return new Case(
                    participations,
                    provisions,
                    memberships,
                    simple(in, "role", ROLES),
                    simple(in, "role", ROLES),
                    simple(in, "kind", KINDS),
                    new Simple(between(in, 1, 3), "role", pick(in, ROLES), pick(in, ROLES)),
                    quarters ? ReportingPeriod.year(2020 + between(in, 0, 2)) : ReportingPeriod.years(2019, 2022),
                    quarters ? PeriodGranularity.QUARTER : PeriodGranularity.YEAR,
                    pick(in, new AreaLevel[] {AreaLevel.MUNICIPALITY, AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD}),
                    between(in, 0, 3) == 0);
        };
    }

    private static Dataset dataset(Case c) {
        Dataset.Builder builder = Dataset.builder()
                .hierarchy(EngineFixtures.hierarchy())
                .grouping(AreaGrouping.of(
                        "borough",
                        List.of(
                                AreaGroup.of("WEST", "West", List.of(EngineFixtures.N1, EngineFixtures.S1)),
                                AreaGroup.of("EAST", "East", List.of(EngineFixtures.N2)))));
        c.participations().forEach(builder::add);
        c.provisions().forEach(builder::add);
        c.memberships().forEach(builder::add);
        return builder.present(FactType.PARTICIPATIONS)
                .present(FactType.PROVISIONS)
                .build();
    }

    /** Whether a fact of area {@code area} counts in {@code cell}: the cell is the area or above it. */
    private static boolean inCell(AreaHierarchy hierarchy, AreaCode area, Area cell) {
        for (Area a : hierarchy.pathToRoot(area)) {
            if (a.code().equals(cell.code())) {
                return true;
            }
        }
        return false;
    }

    @Test
    @DisplayName("gives the counts, distinct counts and sample sizes of plain loops over the records")
    void agreesWithNaiveOracle() {
        qt().withExamples(150).forAll(cases()).checkAssert(c -> {
            IndicatorTable table = IndicatorEngine.evaluate(
                    List.of(
                            EngineFixtures.define(
                                    "count",
                                    Measure.Count.of(
                                            FactType.PARTICIPATIONS,
                                            CountMode.FLOW,
                                            c.roles().filter())),
                            EngineFixtures.define(
                                    "distinct",
                                    Measure.DistinctCount.of(
                                            FactType.PARTICIPATIONS,
                                            CountMode.FLOW,
                                            c.distinctRoles().filter())),
                            EngineFixtures.define(
                                    "stock",
                                    Measure.Count.of(
                                            FactType.PROVISIONS,
                                            CountMode.STOCK,
                                            c.kinds().filter())),
                            EngineFixtures.define(
                                    "share",
                                    Measure.Proportion.builder()
                                            .factType(FactType.PARTICIPATIONS)
                                            .mode(CountMode.FLOW)
                                            .population(c.roles().filter())
                                            .condition(c.condition().filter())
                                            .build()),
                            EngineFixtures.define(
                                    "pilot",
                                    Measure.Count.of(
                                            FactType.PARTICIPATIONS, CountMode.FLOW, Filter.memberOfCohort(PILOT)))),
                    dataset(c),
                    EvaluationQuery.builder()
                            .period(c.period())
                            .level(c.byGrouping() ? Optional.empty() : Optional.of(c.level()))
                            .grouping(c.byGrouping() ? Optional.of("borough") : Optional.empty())
                            .granularity(c.granularity())
                            .disclosure(DisclosureRules.none())
                            .build());
            AreaHierarchy hierarchy = EngineFixtures.hierarchy();
            List<ReportingPeriod> periods = c.period().split(c.granularity()).toJavaList();
            List<OracleCell> cells = new ArrayList<>();
            for (Area area : hierarchy.areas()) {
                boolean reported = c.byGrouping()
                        ? area.level() == AreaLevel.MUNICIPALITY
                        : !area.level().isAbove(AreaLevel.MUNICIPALITY)
                                && !c.level().isAbove(area.level());
                if (reported) {
                    cells.add(new OracleCell(area.code().value(), code -> inCell(hierarchy, code, area)));
                }
            }
            if (c.byGrouping()) {
                cells.add(new OracleCell(
                        "WEST", code -> code.equals(EngineFixtures.N1) || code.equals(EngineFixtures.S1)));
                cells.add(new OracleCell("EAST", code -> code.equals(EngineFixtures.N2)));
            }
            for (OracleCell cell : cells) {
                for (ReportingPeriod period : periods) {
                    long count = 0;
                    long population = 0;
                    long meeting = 0;
                    long pilot = 0;
                    Set<String> persons = new HashSet<>();
                    for (Participation p : c.participations()) {
                        if (!cell.holds().test(p.area()) || !period.contains(p.date())) {
                            continue;
                        }
                        if (member(c.memberships(), p.resident(), period)) {
                            pilot++;
                        }
                        boolean first = c.roles().test(p.role().code());
                        boolean second = c.distinctRoles().test(p.role().code());
                        if (first) {
                            count++;
                            population++;
                            if (c.condition().test(p.role().code())) {
                                meeting++;
                            }
                        }
                        if (second) {
                            persons.add(p.resident().value());
                        }
                    }
                    long stock = 0;
                    for (Provision p : c.provisions()) {
                        if (cell.holds().test(p.area())
                                && period.overlaps(p.started(), p.ended())
                                && c.kinds().test(p.kind().code())) {
                            stock++;
                        }
                    }
                    String where = cell.code() + " " + period;
                    IndicatorResult counted = result(table, "count", cell.code(), period);
                    assertEquals(Optional.of((double) count), counted.value(), where);
                    assertEquals(Optional.of(count), counted.sampleSize(), where);
                    IndicatorResult distinct = result(table, "distinct", cell.code(), period);
                    assertEquals(Optional.of((double) persons.size()), distinct.value(), where);
                    assertEquals(Optional.of((long) persons.size()), distinct.sampleSize(), where);
                    assertEquals(
                            Optional.of((double) stock),
                            result(table, "stock", cell.code(), period).value(),
                            where);
                    assertEquals(
                            Optional.of((double) pilot),
                            result(table, "pilot", cell.code(), period).value(),
                            where);
                    IndicatorResult share = result(table, "share", cell.code(), period);
                    assertEquals(population == 0 ? ResultStatus.NO_DATA : ResultStatus.OK, share.status(), where);
                    if (population > 0) {
                        assertEquals(Optional.of(population), share.sampleSize(), where);
                        assertEquals(Optional.of((double) meeting), share.numerator(), where);
                    }
                }
            }
            assertEquals(5 * cells.size() * periods.size(), table.size());
        });
    }

    private static final String[] ANSWERS = {"1", "2", "3", "4", "5", "7", "10", "", "weet niet"};

    private static Gen<List<SurveyResponse>> responses() {
        return in -> {
            List<SurveyResponse> responses = new ArrayList<>();
            int n = between(in, 0, 60);
            for (int i = 0; i < n; i++) {
                responses.add(SurveyResponse.builder()
                        .respondent(RespondentId.of("s" + i))
                        .area(pick(in, AREAS))
                        .date(date(in))
                        .question(QuestionCode.of(between(in, 0, 1) == 0 ? "wl04" : "wl01"))
                        .answer(pick(in, ANSWERS))
                        .weight(between(in, 1, 40) / 10.0)
                        .build());
            }
            return responses;
        };
    }

    private static void assertClose(double expected, Optional<Double> actual, String where) {
        assertEquals(expected, actual.get(), 1e-9 * Math.max(1, Math.abs(expected)), where);
    }

    @Test
    @DisplayName("gives the weighted shares and means of plain sums over the responses")
    void weightedAgreeWithNaiveOracle() {
        qt().withExamples(100).forAll(responses()).checkAssert(responses -> {
            Dataset.Builder builder = Dataset.builder().hierarchy(EngineFixtures.hierarchy());
            responses.forEach(builder::add);
            IndicatorTable table = IndicatorEngine.evaluate(
                    List.of(
                            EngineFixtures.define(
                                    "safe",
                                    Measure.Proportion.builder()
                                            .factType(FactType.SURVEY_RESPONSES)
                                            .mode(CountMode.FLOW)
                                            .population(Filter.and(
                                                    Filter.equalTo("question", "wl04"), Filter.between("answer", 1, 5)))
                                            .condition(Filter.between("answer", 1, 2))
                                            .weighted(true)
                                            .build()),
                            EngineFixtures.define(
                                    "pleasant",
                                    Measure.Mean.builder()
                                            .factType(FactType.SURVEY_RESPONSES)
                                            .mode(CountMode.FLOW)
                                            .filter(Filter.and(
                                                    Filter.equalTo("question", "wl01"),
                                                    Filter.between("answer", 1, 10)))
                                            .valueAttribute("answer")
                                            .weighted(true)
                                            .build())),
                    builder.present(FactType.SURVEY_RESPONSES).build(),
                    EvaluationQuery.builder()
                            .period(ReportingPeriod.years(2019, 2022))
                            .level(AreaLevel.NEIGHBOURHOOD)
                            .granularity(PeriodGranularity.YEAR)
                            .disclosure(DisclosureRules.none())
                            .build());
            AreaHierarchy hierarchy = EngineFixtures.hierarchy();
            for (Area cell : hierarchy.areas()) {
                for (ReportingPeriod period : ReportingPeriod.years(2019, 2022).split(PeriodGranularity.YEAR)) {
                    long n = 0;
                    double w = 0;
                    double yes = 0;
                    long m = 0;
                    double mw = 0;
                    double mwy = 0;
                    for (SurveyResponse r : responses) {
                        if (!inCell(hierarchy, r.area(), cell) || !period.contains(r.date())) {
                            continue;
                        }
                        OptionalInt answer = r.numericAnswer();
                        if (answer.isEmpty()) {
                            continue;
                        }
                        int a = answer.getAsInt();
                        if (r.question().value().equals("wl04") && a >= 1 && a <= 5) {
                            n++;
                            w += r.weight();
                            yes += a <= 2 ? r.weight() : 0;
                        }
                        if (r.question().value().equals("wl01") && a >= 1 && a <= 10) {
                            m++;
                            mw += r.weight();
                            mwy += r.weight() * a;
                        }
                    }
                    String where = cell.code() + " " + period;
                    IndicatorResult safe = result(table, "safe", cell.code().value(), period);
                    assertEquals(n == 0 ? ResultStatus.NO_DATA : ResultStatus.OK, safe.status(), where);
                    if (n > 0) {
                        assertEquals(Optional.of(n), safe.sampleSize(), where);
                        assertClose(w, safe.denominator(), where);
                        assertClose(yes, safe.numerator(), where);
                        assertClose(yes / w, safe.value(), where);
                    }
                    IndicatorResult pleasant =
                            result(table, "pleasant", cell.code().value(), period);
                    assertEquals(m == 0 ? ResultStatus.NO_DATA : ResultStatus.OK, pleasant.status(), where);
                    if (m > 0) {
                        assertEquals(Optional.of(m), pleasant.sampleSize(), where);
                        assertClose(mwy / mw, pleasant.value(), where);
                    }
                }
            }
        });
    }

    /** Whether {@code resident} belongs to the pilot on at least one day of {@code period}. */
    private static boolean member(List<CohortMembership> memberships, ResidentId resident, ReportingPeriod period) {
        for (CohortMembership m : memberships) {
            if (m.resident().equals(resident) && period.overlaps(m.joined(), m.left())) {
                return true;
            }
        }
        return false;
    }

    private static IndicatorResult result(IndicatorTable table, String id, String cell, ReportingPeriod period) {
        return table.find(IndicatorId.of(id), cell, period).get();
    }

    private record PersonCase(
            List<Resident> residents, List<LadderAssessment> ladders, List<SelfRelianceAssessment> assessments) {}

    private static final SelfRelianceDomain[] DOMAINS = {
        SelfRelianceDomain.FINANCES, SelfRelianceDomain.HOUSING, SelfRelianceDomain.MENTAL_HEALTH
    };

    /** A date in 2019-2022 from a few, so that persons often have several facts on one date. */
    private static LocalDate fewDates(RandomnessSource in) {
        return LocalDate.of(2019 + between(in, 0, 3), 1 + 5 * between(in, 0, 2), 1);
    }

    private static Gen<PersonCase> personCases() {
        return in -> {
            List<Resident> residents = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                residents.add(Resident.of(ResidentId.of("r" + i), pick(in, AREAS)));
            }
            List<LadderAssessment> ladders = new ArrayList<>();
            int n = between(in, 0, 40);
            for (int i = 0; i < n; i++) {
                ladders.add(LadderAssessment.of(
                        ResidentId.of("r" + between(in, 0, 7)), fewDates(in), ParticipationRung.of(between(in, 1, 6))));
            }
            List<SelfRelianceAssessment> assessments = new ArrayList<>();
            int m = between(in, 0, 30);
            for (int i = 0; i < m; i++) {
                Map<SelfRelianceDomain, SelfRelianceScore> scores = new EnumMap<>(SelfRelianceDomain.class);
                int domains = between(in, 1, DOMAINS.length);
                for (int d = 0; d < domains; d++) {
                    scores.put(DOMAINS[d], SelfRelianceScore.of(between(in, 1, 5)));
                }
                assessments.add(SelfRelianceAssessment.builder()
                        .resident(ResidentId.of("r" + between(in, 0, 7)))
                        .date(fewDates(in))
                        .putAllScores(scores)
                        .build());
            }
            return new PersonCase(residents, ladders, assessments);
        };
    }

    @Test
    @DisplayName("gives the transitions and latest-assessment shares of plain loops over each person's assessments")
    void personsAgreeWithNaiveOracle() {
        qt().withExamples(100).forAll(personCases()).checkAssert(c -> {
            Dataset.Builder builder = Dataset.builder().hierarchy(EngineFixtures.hierarchy());
            c.residents().forEach(builder::add);
            c.ladders().forEach(builder::add);
            c.assessments().forEach(builder::add);
            IndicatorTable table = IndicatorEngine.evaluate(
                    List.of(
                            EngineFixtures.define(
                                    "progress",
                                    Measure.Transition.of(
                                            FactType.LADDER_ASSESSMENTS, CountMode.FLOW, Filter.all(), "rung")),
                            EngineFixtures.define(
                                    "sufficient",
                                    Measure.LatestAssessment.builder()
                                            .factType(FactType.SELF_RELIANCE_ASSESSMENTS)
                                            .mode(CountMode.FLOW)
                                            .population(Filter.all())
                                            .condition(Filter.between("score", 4, 5))
                                            .build())),
                    builder.present(FactType.LADDER_ASSESSMENTS)
                            .present(FactType.SELF_RELIANCE_ASSESSMENTS)
                            .build(),
                    EvaluationQuery.builder()
                            .period(ReportingPeriod.years(2019, 2022))
                            .level(AreaLevel.NEIGHBOURHOOD)
                            .granularity(PeriodGranularity.YEAR)
                            .disclosure(DisclosureRules.none())
                            .build());
            AreaHierarchy hierarchy = EngineFixtures.hierarchy();
            for (Area cell : hierarchy.areas()) {
                for (ReportingPeriod period : ReportingPeriod.years(2019, 2022).split(PeriodGranularity.YEAR)) {
                    String where = cell.code() + " " + period;
                    long twice = 0;
                    long progressed = 0;
                    long assessed = 0;
                    long sufficient = 0;
                    for (Resident r : c.residents()) {
                        if (!inCell(hierarchy, r.area(), cell)) {
                            continue;
                        }
                        List<LadderAssessment> mine = new ArrayList<>();
                        for (LadderAssessment a : c.ladders()) {
                            if (a.resident().equals(r.id()) && period.contains(a.date())) {
                                mine.add(a);
                            }
                        }
                        if (mine.size() >= 2) {
                            twice++;
                            LocalDate first = mine.get(0).date();
                            LocalDate last = first;
                            for (LadderAssessment a : mine) {
                                first = a.date().isBefore(first) ? a.date() : first;
                                last = a.date().isAfter(last) ? a.date() : last;
                            }
                            int highestFirst = Integer.MIN_VALUE;
                            int lowestLast = Integer.MAX_VALUE;
                            for (LadderAssessment a : mine) {
                                if (a.date().equals(first)) {
                                    highestFirst =
                                            Math.max(highestFirst, a.rung().ordinal() + 1);
                                }
                                if (a.date().equals(last)) {
                                    lowestLast = Math.min(lowestLast, a.rung().ordinal() + 1);
                                }
                            }
                            if (lowestLast > highestFirst) {
                                progressed++;
                            }
                        }
                        LocalDate latest = null;
                        for (SelfRelianceAssessment a : c.assessments()) {
                            if (a.resident().equals(r.id())
                                    && period.contains(a.date())
                                    && (latest == null || a.date().isAfter(latest))) {
                                latest = a.date();
                            }
                        }
                        if (latest != null) {
                            assessed++;
                            boolean all = true;
                            for (SelfRelianceAssessment a : c.assessments()) {
                                if (a.resident().equals(r.id()) && a.date().equals(latest)) {
                                    for (SelfRelianceScore score : a.scores().values()) {
                                        all &= score.ordinal() + 1 >= 4;
                                    }
                                }
                            }
                            if (all) {
                                sufficient++;
                            }
                        }
                    }
                    IndicatorResult progress =
                            result(table, "progress", cell.code().value(), period);
                    assertEquals(twice == 0 ? ResultStatus.NO_DATA : ResultStatus.OK, progress.status(), where);
                    if (twice > 0) {
                        assertEquals(Optional.of(twice), progress.sampleSize(), where);
                        assertEquals(Optional.of((double) progressed), progress.numerator(), where);
                    }
                    IndicatorResult latestShare =
                            result(table, "sufficient", cell.code().value(), period);
                    assertEquals(assessed == 0 ? ResultStatus.NO_DATA : ResultStatus.OK, latestShare.status(), where);
                    if (assessed > 0) {
                        assertEquals(Optional.of(assessed), latestShare.sampleSize(), where);
                        assertEquals(Optional.of((double) sufficient), latestShare.numerator(), where);
                    }
                }
            }
        });
    }

    @Test
    @DisplayName("gives the network shares within the area of plain loops over initiatives and links")
    void networkWithinAreaAgreesWithNaiveOracle() {
        qt().withExamples(100).forAll(RandomNetworks.networks(AREAS)).checkAssert(c -> {
            Dataset.Builder builder = Dataset.builder().hierarchy(EngineFixtures.hierarchy());
            c.initiatives().forEach(builder::add);
            c.links().forEach(builder::add);
            IndicatorTable table = IndicatorEngine.evaluate(
                    List.of(EngineFixtures.define("network", Measure.Network.of(NetworkScope.WITHIN_AREA))),
                    builder.present(FactType.INITIATIVES)
                            .present(FactType.INITIATIVE_LINKS)
                            .build(),
                    EvaluationQuery.builder()
                            .period(ReportingPeriod.years(2019, 2022))
                            .level(AreaLevel.NEIGHBOURHOOD)
                            .granularity(PeriodGranularity.YEAR)
                            .disclosure(DisclosureRules.none())
                            .build());
            AreaHierarchy hierarchy = EngineFixtures.hierarchy();
            for (Area cell : hierarchy.areas()) {
                for (ReportingPeriod period : ReportingPeriod.years(2019, 2022).split(PeriodGranularity.YEAR)) {
                    Set<InitiativeId> active = new HashSet<>();
                    for (Initiative i : c.initiatives()) {
                        if (inCell(hierarchy, i.area(), cell) && period.overlaps(i.started(), i.ended())) {
                            active.add(i.id());
                        }
                    }
                    Set<InitiativeId> linked = new HashSet<>();
                    for (InitiativeLink l : c.links()) {
                        if (period.overlaps(l.since(), l.until())
                                && active.contains(l.initiative())
                                && active.contains(l.otherInitiative())) {
                            linked.add(l.initiative());
                            linked.add(l.otherInitiative());
                        }
                    }
                    String where = cell.code() + " " + period;
                    IndicatorResult network =
                            result(table, "network", cell.code().value(), period);
                    assertEquals(active.isEmpty() ? ResultStatus.NO_DATA : ResultStatus.OK, network.status(), where);
                    if (!active.isEmpty()) {
                        assertEquals(Optional.of((long) active.size()), network.sampleSize(), where);
                        assertEquals(Optional.of((double) linked.size()), network.numerator(), where);
                    }
                }
            }
        });
    }
}
