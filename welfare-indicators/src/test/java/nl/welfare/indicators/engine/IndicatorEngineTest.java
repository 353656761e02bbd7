package nl.welfare.indicators.engine;

import static nl.welfare.indicators.engine.EngineFixtures.CITY;
import static nl.welfare.indicators.engine.EngineFixtures.N1;
import static nl.welfare.indicators.engine.EngineFixtures.N2;
import static nl.welfare.indicators.engine.EngineFixtures.NORTH;
import static nl.welfare.indicators.engine.EngineFixtures.S1;
import static nl.welfare.indicators.engine.EngineFixtures.SOUTH;
import static nl.welfare.indicators.engine.EngineFixtures.define;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
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
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.NetworkScope;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.stats.ConfidenceLevel;
import nl.welfare.indicators.stats.Estimate;
import nl.welfare.indicators.stats.Proportions;
import nl.welfare.indicators.stats.Rates;
import nl.welfare.indicators.stats.Ratios;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of every supported kind. */
@DisplayName("The indicator engine")
class IndicatorEngineTest {

    private static final ReportingPeriod Y2021 = ReportingPeriod.year(2021);
    private static final ConfidenceLevel CL = ConfidenceLevel.DEFAULT;

    private static Participation participation(String resident, AreaCode area, LocalDate date, ParticipationRole role) {
        return Participation.of(ResidentId.of(resident), ActivityId.of("a1"), area, date, role);
    }

    private static SupportEpisode episode(
            String id, String resident, AreaCode area, ProvisionKind kind, LocalDate start, Optional<LocalDate> end) {
        return SupportEpisode.builder()
                .id(SupportEpisodeId.of(id))
                .area(area)
                .kind(kind)
                .provision(ProvisionId.of("p1"))
                .started(start)
                .resident(Optional.of(ResidentId.of(resident)))
                .ended(end)
                .build();
    }

    private static SurveyResponse response(
            String respondent, AreaCode area, String question, String answer, double weight) {
        return SurveyResponse.builder()
                .respondent(RespondentId.of(respondent))
                .area(area)
                .date(LocalDate.of(2021, 5, 1))
                .question(QuestionCode.of(question))
                .answer(answer)
                .weight(weight)
                .build();
    }

    private static Initiative initiative(
            String id, AreaCode area, InitiativeLead lead, LocalDate start, Optional<LocalDate> end) {
        return Initiative.builder()
                .id(InitiativeId.of(id))
                .name(id)
                .area(area)
                .lead(lead)
                .started(start)
                .ended(end)
                .build();
    }

    private static Dataset dataset() {
        return Dataset.builder()
                .hierarchy(EngineFixtures.hierarchy())
                .grouping(AreaGrouping.of(
                        "borough",
                        List.of(
                                AreaGroup.of("WEST", "West", List.of(N1, S1)),
                                AreaGroup.of("EAST", "East", List.of(N2)))))
                .add(AreaPopulation.of(N1, Year.of(2021), 1000))
                // r1 volunteers in N1 and N2; r2 volunteers in N1 twice; r3 participates in S1; one volunteer in 2020
                .add(participation("r1", N1, LocalDate.of(2021, 2, 1), ParticipationRole.VOLUNTEER))
                .add(participation("r1", N2, LocalDate.of(2021, 3, 1), ParticipationRole.VOLUNTEER))
                .add(participation("r2", N1, LocalDate.of(2021, 4, 1), ParticipationRole.VOLUNTEER))
                .add(participation("r2", N1, LocalDate.of(2021, 9, 1), ParticipationRole.VOLUNTEER))
                .add(participation("r3", S1, LocalDate.of(2021, 6, 1), ParticipationRole.PARTICIPANT))
                .add(participation("r4", S1, LocalDate.of(2020, 6, 1), ParticipationRole.VOLUNTEER))
                // provisions: one active in 2021, one ended in 2020, one started in 2022, one open-ended
                .add(provision("p1", N1, LocalDate.of(2019, 1, 1), Optional.of(LocalDate.of(2021, 1, 1))))
                .add(provision("p2", N1, LocalDate.of(2019, 1, 1), Optional.of(LocalDate.of(2020, 12, 31))))
                .add(provision("p3", N2, LocalDate.of(2022, 1, 1), Optional.empty()))
                .add(provision("p4", S1, LocalDate.of(2021, 12, 31), Optional.empty()))
                // initiatives in N1: two resident-led, one joint, all active in 2021
                .add(initiative("i1", N1, InitiativeLead.RESIDENTS, LocalDate.of(2020, 1, 1), Optional.empty()))
                .add(initiative("i2", N1, InitiativeLead.RESIDENTS, LocalDate.of(2021, 6, 1), Optional.empty()))
                .add(initiative("i3", N1, InitiativeLead.JOINT, LocalDate.of(2019, 1, 1), Optional.empty()))
                // support episodes in N1: three individual and one collective active in 2021
                .add(episode("e1", "r1", N1, ProvisionKind.INDIVIDUAL, LocalDate.of(2021, 1, 1), Optional.empty()))
                .add(episode("e2", "r2", N1, ProvisionKind.INDIVIDUAL, LocalDate.of(2020, 1, 1), Optional.empty()))
                .add(episode("e3", "r3", N1, ProvisionKind.INDIVIDUAL, LocalDate.of(2021, 5, 1), Optional.empty()))
                .add(episode("e4", "r3", N1, ProvisionKind.COLLECTIVE, LocalDate.of(2021, 5, 1), Optional.empty()))
                // survey in N1: wl04 yes (1, 2) with weights 1 and 2, no (4) with weight 1, invalid answer left out
                .add(response("s1", N1, "wl04", "1", 1))
                .add(response("s2", N1, "wl04", "2", 2))
                .add(response("s3", N1, "wl04", "4", 1))
                .add(response("s4", N1, "wl04", "weet niet", 5))
                .add(response("s1", N1, "wl01", "6", 1))
                .add(response("s2", N1, "wl01", "8", 3))
                .add(CohortMembership.of(CohortName.of("shelter-pilot"), ResidentId.of("r1"), LocalDate.of(2021, 1, 1)))
                .build();
    }

    private static Provision provision(String id, AreaCode area, LocalDate start, Optional<LocalDate> end) {
        return Provision.builder()
                .id(ProvisionId.of(id))
                .name(id)
                .kind(ProvisionKind.COLLECTIVE)
                .area(area)
                .started(start)
                .ended(end)
                .build();
    }

    private static IndicatorTable evaluate(IndicatorDefinition definition) {
        return IndicatorEngine.evaluate(
                List.of(definition), dataset(), EngineFixtures.unprotected(AreaLevel.NEIGHBOURHOOD, Y2021));
    }

    private static IndicatorResult find(IndicatorTable table, String id, AreaCode area) {
        return table.find(IndicatorId.of(id), area.value(), Y2021).get();
    }

    private static double value(IndicatorTable table, String id, AreaCode area) {
        return find(table, id, area).value().get();
    }

    private static final Measure.Counted VOLUNTEERING =
            Measure.Count.of(FactType.PARTICIPATIONS, CountMode.FLOW, Filter.equalTo("role", "volunteer"));

    @Test
    @DisplayName("counts a flow: the facts dated in the period, in every area above theirs")
    void countsFlow() {
        IndicatorTable table = evaluate(define("volunteering", VOLUNTEERING));
        assertEquals(3.0, value(table, "volunteering", N1));
        assertEquals(1.0, value(table, "volunteering", N2));
        assertEquals(0.0, value(table, "volunteering", S1));
        assertEquals(4.0, value(table, "volunteering", NORTH));
        assertEquals(4.0, value(table, "volunteering", CITY));
        IndicatorResult city = find(table, "volunteering", CITY);
        assertEquals(Optional.of(4L), city.sampleSize());
        assertEquals(Optional.empty(), city.denominator());
        assertEquals(Optional.empty(), city.interval());
        assertEquals("municipality", city.areaLevel());
    }

    @Test
    @DisplayName("counts a stock: the facts active on at least one day of the period")
    void countsStock() {
        IndicatorTable table =
                evaluate(define("provisions", Measure.Count.of(FactType.PROVISIONS, CountMode.STOCK, Filter.all())));
        assertEquals(1.0, value(table, "provisions", N1));
        assertEquals(0.0, value(table, "provisions", N2));
        assertEquals(1.0, value(table, "provisions", S1));
        assertEquals(2.0, value(table, "provisions", CITY));
    }

    @Test
    @DisplayName("counts distinct persons per area, so a district's count is not the sum of its neighbourhoods'")
    void distinctPersonsPerLevel() {
        IndicatorTable table = evaluate(define(
                "volunteers",
                Measure.DistinctCount.of(
                        FactType.PARTICIPATIONS, CountMode.FLOW, Filter.equalTo("role", "volunteer"))));
        assertEquals(2.0, value(table, "volunteers", N1));
        assertEquals(1.0, value(table, "volunteers", N2));
        assertEquals(2.0, value(table, "volunteers", NORTH));
        assertEquals(2.0, value(table, "volunteers", CITY));
        assertEquals(0.0, value(table, "volunteers", SOUTH));
    }

    @Test
    @DisplayName("computes an unweighted share with its Wilson interval")
    void unweightedShare() {
        IndicatorTable table = evaluate(define(
                "resident-led",
                Measure.Proportion.builder()
                        .factType(FactType.INITIATIVES)
                        .mode(CountMode.STOCK)
                        .population(Filter.all())
                        .condition(Filter.equalTo("lead", "residents"))
                        .build()));
        IndicatorResult n1 = find(table, "resident-led", N1);
        Estimate expected = Proportions.wilson(2, 3, CL).get();
        assertEquals(Optional.of(2.0), n1.numerator());
        assertEquals(Optional.of(3.0), n1.denominator());
        assertEquals(Optional.of(3L), n1.sampleSize());
        assertEquals(Optional.of(expected.value()), n1.value());
        assertEquals(expected.interval().toJavaOptional(), n1.interval());
        assertEquals(ResultStatus.NO_DATA, find(table, "resident-led", N2).status());
        assertEquals(Optional.empty(), find(table, "resident-led", N2).value());
    }

    @Test
    @DisplayName("computes a weighted share of valid answers as sums of weights")
    void weightedShare() {
        IndicatorTable table = evaluate(define(
                "feels-safe",
                Measure.Proportion.builder()
                        .factType(FactType.SURVEY_RESPONSES)
                        .mode(CountMode.FLOW)
                        .population(Filter.and(Filter.equalTo("question", "wl04"), Filter.between("answer", 1, 5)))
                        .condition(Filter.between("answer", 1, 2))
                        .weighted(true)
                        .build()));
        IndicatorResult n1 = find(table, "feels-safe", N1);
        assertEquals(Optional.of(3.0), n1.numerator());
        assertEquals(Optional.of(4.0), n1.denominator());
        assertEquals(Optional.of(3L), n1.sampleSize());
        assertEquals(0.75, n1.value().get(), 1e-12);
        assertTrue(n1.interval().isPresent());
    }

    @Test
    @DisplayName("computes a rate per inhabitants of the period's year, and no data without a population")
    void rate() {
        IndicatorTable table = evaluate(define(
                "individual-per-1000",
                Measure.Rate.of(
                        Measure.Count.of(
                                FactType.SUPPORT_EPISODES, CountMode.STOCK, Filter.equalTo("kind", "individual")),
                        1000)));
        IndicatorResult n1 = find(table, "individual-per-1000", N1);
        assertEquals(Optional.of(3.0), n1.numerator());
        assertEquals(Optional.of(1000.0), n1.denominator());
        assertEquals(Rates.rate(3, 1000, 1000, CL).get().value(), n1.value().get());
        assertEquals(3.0, n1.value().get(), 1e-12);
        IndicatorResult north = find(table, "individual-per-1000", NORTH);
        assertEquals(Optional.of(1800.0), north.denominator());
        assertEquals(
                Optional.of(3800.0), find(table, "individual-per-1000", CITY).denominator());
    }

    @Test
    @DisplayName("computes a ratio of two counts with the Wilson interval on the conditional binomial share")
    void ratio() {
        IndicatorTable table = evaluate(define(
                "collective-to-individual",
                Measure.Ratio.of(
                        Measure.Count.of(
                                FactType.SUPPORT_EPISODES, CountMode.STOCK, Filter.equalTo("kind", "collective")),
                        Measure.Count.of(
                                FactType.SUPPORT_EPISODES, CountMode.STOCK, Filter.equalTo("kind", "individual")))));
        IndicatorResult n1 = find(table, "collective-to-individual", N1);
        Estimate expected = Ratios.ratio(1, 3, CL).get();
        assertEquals(Optional.of(expected.value()), n1.value());
        assertEquals(expected.interval().toJavaOptional(), n1.interval());
        assertEquals(Optional.of(4L), n1.sampleSize());
        assertEquals(
                ResultStatus.NO_DATA,
                find(table, "collective-to-individual", N2).status());
    }

    @Test
    @DisplayName("computes a weighted mean of a numeric answer")
    void mean() {
        IndicatorTable table = evaluate(define(
                "pleasant",
                Measure.Mean.builder()
                        .factType(FactType.SURVEY_RESPONSES)
                        .mode(CountMode.FLOW)
                        .filter(Filter.and(Filter.equalTo("question", "wl01"), Filter.between("answer", 1, 10)))
                        .valueAttribute("answer")
                        .weighted(true)
                        .build()));
        IndicatorResult n1 = find(table, "pleasant", N1);
        assertEquals(7.5, n1.value().get(), 1e-12);
        assertEquals(Optional.of(30.0), n1.numerator());
        assertEquals(Optional.of(4.0), n1.denominator());
        assertEquals(Optional.of(2L), n1.sampleSize());
        // two answers of unequal weight are less than two answers' worth (Kish's size below 2): no interval
        assertTrue(n1.interval().isEmpty());
    }

    @Test
    @DisplayName("reports no data, not zero, for a resource the dataset does not have")
    void absentResource() {
        IndicatorTable table =
                evaluate(define("ladder", Measure.Count.of(FactType.LADDER_ASSESSMENTS, CountMode.FLOW, Filter.all())));
        assertEquals(6, table.size());
        assertTrue(table.results().forAll(r -> r.status() == ResultStatus.NO_DATA));
    }

    @Test
    @DisplayName("tests cohort membership during the period")
    void cohort() {
        IndicatorTable table = evaluate(define(
                "pilot-volunteering",
                Measure.Count.of(
                        FactType.PARTICIPATIONS,
                        CountMode.FLOW,
                        Filter.memberOfCohort(CohortName.of("shelter-pilot")))));
        assertEquals(2.0, value(table, "pilot-volunteering", CITY));
    }

    @Test
    @DisplayName("orders results by indicator, level from the top, area code and period")
    void order() {
        IndicatorDefinition a = define("a", VOLUNTEERING);
        IndicatorDefinition b = define("b", VOLUNTEERING);
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(b, a),
                dataset(),
                EvaluationQuery.builder()
                        .period(ReportingPeriod.years(2020, 2021))
                        .level(AreaLevel.DISTRICT)
                        .granularity(PeriodGranularity.YEAR)
                        .disclosure(DisclosureRules.none())
                        .build());
        List<String> keys = table.results()
                .map(r -> r.indicator() + " " + r.area() + " " + r.period())
                .toJavaList();
        assertEquals(
                List.of(
                        "b GM0153 2020",
                        "b GM0153 2021",
                        "b WK015301 2020",
                        "b WK015301 2021",
                        "b WK015302 2020",
                        "b WK015302 2021",
                        "a GM0153 2020",
                        "a GM0153 2021",
                        "a WK015301 2020",
                        "a WK015301 2021",
                        "a WK015302 2020",
                        "a WK015302 2021"),
                keys);
        assertEquals(
                1.0,
                table.find(IndicatorId.of("a"), "WK015302", ReportingPeriod.year(2020))
                        .get()
                        .value()
                        .get());
    }

    @Test
    @DisplayName("reports a grouping's groups and the municipality")
    void grouping() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(define("volunteering", VOLUNTEERING)),
                dataset(),
                EngineFixtures.unprotectedGrouping("borough", Y2021));
        assertEquals(3, table.size());
        IndicatorResult west =
                table.find(IndicatorId.of("volunteering"), "WEST", Y2021).get();
        assertEquals("borough", west.areaLevel());
        assertEquals(Optional.of(3.0), west.value());
        assertEquals(
                Optional.of(1.0),
                table.find(IndicatorId.of("volunteering"), "EAST", Y2021).get().value());
    }

    @Test
    @DisplayName("rejects a grouping the dataset does not have")
    void unknownGrouping() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> IndicatorEngine.evaluate(
                        List.of(define("volunteering", VOLUNTEERING)),
                        dataset(),
                        EngineFixtures.unprotectedGrouping("wards", Y2021)));
        assertEquals(IndicatorEngine.UNKNOWN_GROUPING, e.violations().head().rule());
    }

    private static nl.welfare.domain.value.Rule refusal(EvaluationQuery query) {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> IndicatorEngine.evaluate(List.of(define("volunteering", VOLUNTEERING)), dataset(), query));
        return e.violations().head().rule();
    }

    @Test
    @DisplayName("under disclosure control, refuses quarters under yearly rules, and ranges of dates")
    void periodsDisclosureControlCannotCover() {
        assertEquals(
                IndicatorEngine.PERIOD_FINER_THAN_RULES,
                refusal(EvaluationQuery.builder()
                        .period(Y2021)
                        .level(AreaLevel.NEIGHBOURHOOD)
                        .granularity(PeriodGranularity.QUARTER)
                        .build()));
        assertEquals(
                IndicatorEngine.PERIOD_NOT_IN_COVER,
                refusal(EvaluationQuery.ofLevel(
                        AreaLevel.NEIGHBOURHOOD,
                        ReportingPeriod.range(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31)))));
        IndicatorTable quarters = IndicatorEngine.evaluate(
                List.of(define("volunteering", VOLUNTEERING)),
                dataset(),
                EvaluationQuery.builder()
                        .period(Y2021)
                        .level(AreaLevel.NEIGHBOURHOOD)
                        .granularity(PeriodGranularity.QUARTER)
                        .disclosure(nl.welfare.indicators.disclosure.DisclosureRules.standard()
                                .finestPeriod(PeriodGranularity.QUARTER))
                        .build());
        assertEquals(4 * 6, quarters.size(), "six areas, four quarters each, under rules that allow quarters");
    }

    @Test
    @DisplayName("refuses to select an indicator that is not among the definitions")
    void unknownIndicator() {
        assertEquals(
                IndicatorEngine.UNKNOWN_INDICATOR,
                refusal(EvaluationQuery.builder()
                        .period(Y2021)
                        .level(AreaLevel.NEIGHBOURHOOD)
                        .addIndicators(nl.welfare.indicators.definition.IndicatorId.of("no-such-indicator"))
                        .build()));
    }

    @Test
    @DisplayName("refuses a ledger of releases made under other disclosure rules")
    void ledgerOfOtherRules() {
        nl.welfare.indicators.disclosure.Ledger stricter = nl.welfare.indicators.disclosure.Ledger.empty(
                nl.welfare.indicators.disclosure.DisclosureRules.of(20, 4));
        assertEquals(
                IndicatorEngine.LEDGER_OTHER_RULES,
                refusal(EvaluationQuery.builder()
                        .period(Y2021)
                        .level(AreaLevel.NEIGHBOURHOOD)
                        .ledger(stricter)
                        .build()));
    }

    @Test
    @DisplayName("evaluates years outside the package's facts: they hold no data")
    void yearsWithoutFacts() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(define("volunteering", VOLUNTEERING)),
                dataset(),
                EvaluationQuery.ofLevel(AreaLevel.NEIGHBOURHOOD, ReportingPeriod.year(2030)));
        assertTrue(
                table.results().forAll(r -> r.status() != ResultStatus.OK),
                table.results().toString());
    }

    private static LadderAssessment ladder(String resident, LocalDate date, int rung) {
        return LadderAssessment.of(ResidentId.of(resident), date, ParticipationRung.of(rung));
    }

    private static Dataset ladderDataset() {
        return Dataset.builder()
                .hierarchy(EngineFixtures.hierarchy())
                .add(Resident.of(ResidentId.of("r1"), N1))
                .add(Resident.of(ResidentId.of("r2"), N1))
                .add(Resident.of(ResidentId.of("r3"), N2))
                .add(Resident.of(ResidentId.of("r4"), S1))
                .add(Resident.of(ResidentId.of("r5"), N1))
                .add(Resident.of(ResidentId.of("r6"), N2))
                // r1 moves up from 2 to 4
                .add(ladder("r1", LocalDate.of(2021, 1, 10), 2))
                .add(ladder("r1", LocalDate.of(2021, 6, 1), 4))
                // r2: two rungs on one date, first and last: highest 5 first, lowest 3 last
                .add(ladder("r2", LocalDate.of(2021, 2, 1), 3))
                .add(ladder("r2", LocalDate.of(2021, 2, 1), 5))
                // r3 stays at 2: a tie is no progress
                .add(ladder("r3", LocalDate.of(2021, 3, 1), 2))
                .add(ladder("r3", LocalDate.of(2021, 9, 1), 2))
                // r4 assessed once in 2021 (and once in 2020): not in the denominator
                .add(ladder("r4", LocalDate.of(2020, 5, 1), 1))
                .add(ladder("r4", LocalDate.of(2021, 5, 1), 3))
                // r5: 3, then 2 and 5 on the last date: the lowest (2) counts
                .add(ladder("r5", LocalDate.of(2021, 1, 1), 3))
                .add(ladder("r5", LocalDate.of(2021, 12, 1), 2))
                .add(ladder("r5", LocalDate.of(2021, 12, 1), 5))
                // r6: 1 and 4 on the first date, then 3: the highest (4) counts
                .add(ladder("r6", LocalDate.of(2021, 1, 1), 1))
                .add(ladder("r6", LocalDate.of(2021, 1, 1), 4))
                .add(ladder("r6", LocalDate.of(2021, 7, 1), 3))
                .build();
    }

    @Test
    @DisplayName("computes a transition: persons assessed twice whose last value beats the first, ties never progress")
    void transition() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(define(
                        "ladder-progress",
                        Measure.Transition.of(FactType.LADDER_ASSESSMENTS, CountMode.FLOW, Filter.all(), "rung"))),
                ladderDataset(),
                EngineFixtures.unprotected(AreaLevel.NEIGHBOURHOOD, Y2021));
        IndicatorResult n1 = find(table, "ladder-progress", N1);
        Estimate expected = Proportions.wilson(1, 3, CL).get();
        assertEquals(Optional.of(1.0), n1.numerator());
        assertEquals(Optional.of(3.0), n1.denominator());
        assertEquals(Optional.of(3L), n1.sampleSize());
        assertEquals(Optional.of(expected.value()), n1.value());
        assertEquals(expected.interval().toJavaOptional(), n1.interval());
        IndicatorResult n2 = find(table, "ladder-progress", N2);
        assertEquals(Optional.of(0.0), n2.numerator());
        assertEquals(Optional.of(2.0), n2.denominator());
        assertEquals(ResultStatus.NO_DATA, find(table, "ladder-progress", S1).status());
        IndicatorResult north = find(table, "ladder-progress", NORTH);
        assertEquals(Optional.of(1.0), north.numerator());
        assertEquals(Optional.of(5.0), north.denominator());
        assertEquals(Optional.of(5.0), find(table, "ladder-progress", CITY).denominator());
        assertEquals(ResultStatus.NO_DATA, find(table, "ladder-progress", SOUTH).status());
    }

    @Test
    @DisplayName("counts a transition within the period only")
    void transitionWithinPeriod() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(define(
                        "ladder-progress",
                        Measure.Transition.of(FactType.LADDER_ASSESSMENTS, CountMode.FLOW, Filter.all(), "rung"))),
                ladderDataset(),
                EngineFixtures.unprotected(AreaLevel.NEIGHBOURHOOD, ReportingPeriod.years(2020, 2021)));
        IndicatorResult s1 = table.find(
                        IndicatorId.of("ladder-progress"), S1.value(), ReportingPeriod.years(2020, 2021))
                .get();
        assertEquals(Optional.of(1.0), s1.numerator());
        assertEquals(Optional.of(1.0), s1.denominator());
    }

    private static SelfRelianceAssessment zrm(String resident, LocalDate date, int finances, int housing) {
        Map<SelfRelianceDomain, SelfRelianceScore> scores = new EnumMap<>(SelfRelianceDomain.class);
        if (finances > 0) {
            scores.put(SelfRelianceDomain.FINANCES, SelfRelianceScore.of(finances));
        }
        if (housing > 0) {
            scores.put(SelfRelianceDomain.HOUSING, SelfRelianceScore.of(housing));
        }
        return SelfRelianceAssessment.builder()
                .resident(ResidentId.of(resident))
                .date(date)
                .putAllScores(scores)
                .build();
    }

    private static Dataset selfRelianceDataset() {
        return Dataset.builder()
                .hierarchy(EngineFixtures.hierarchy())
                .add(Resident.of(ResidentId.of("q1"), N1))
                .add(Resident.of(ResidentId.of("q2"), N1))
                .add(Resident.of(ResidentId.of("q3"), N1))
                .add(Resident.of(ResidentId.of("q4"), N2))
                .add(Resident.of(ResidentId.of("q5"), S1))
                // q1: latest scores finances 4, housing 5: sufficient
                .add(zrm("q1", LocalDate.of(2021, 2, 1), 2, 4))
                .add(zrm("q1", LocalDate.of(2021, 8, 1), 4, 5))
                // q2: latest scores housing 3: not sufficient, though finances was 5 before
                .add(zrm("q2", LocalDate.of(2021, 3, 1), 5, 0))
                .add(zrm("q2", LocalDate.of(2021, 9, 1), 5, 3))
                // q3: two assessments on the latest date, finances 4 and housing 2: not sufficient
                .add(zrm("q3", LocalDate.of(2021, 1, 1), 1, 0))
                .add(zrm("q3", LocalDate.of(2021, 10, 1), 4, 0))
                .add(zrm("q3", LocalDate.of(2021, 10, 1), 0, 2))
                // q4: sufficient in 2021; the later assessment is outside the period
                .add(zrm("q4", LocalDate.of(2021, 4, 1), 4, 0))
                .add(zrm("q4", LocalDate.of(2022, 1, 5), 1, 0))
                // q5: assessed only in 2020
                .add(zrm("q5", LocalDate.of(2020, 6, 1), 0, 5))
                .build();
    }

    private static IndicatorTable sufficient(Filter population) {
        return IndicatorEngine.evaluate(
                List.of(define(
                        "self-reliance-sufficient",
                        Measure.LatestAssessment.builder()
                                .factType(FactType.SELF_RELIANCE_ASSESSMENTS)
                                .mode(CountMode.FLOW)
                                .population(population)
                                .condition(Filter.between("score", 4, 5))
                                .build())),
                selfRelianceDataset(),
                EngineFixtures.unprotected(AreaLevel.NEIGHBOURHOOD, Y2021));
    }

    @Test
    @DisplayName("computes the share of persons whose facts on their latest date in the period all meet a condition")
    void latestAssessment() {
        IndicatorTable table = sufficient(Filter.all());
        IndicatorResult n1 = find(table, "self-reliance-sufficient", N1);
        Estimate expected = Proportions.wilson(1, 3, CL).get();
        assertEquals(Optional.of(1.0), n1.numerator());
        assertEquals(Optional.of(3.0), n1.denominator());
        assertEquals(Optional.of(3L), n1.sampleSize());
        assertEquals(Optional.of(expected.value()), n1.value());
        assertEquals(expected.interval().toJavaOptional(), n1.interval());
        IndicatorResult n2 = find(table, "self-reliance-sufficient", N2);
        assertEquals(Optional.of(1.0), n2.numerator());
        assertEquals(Optional.of(1.0), n2.denominator());
        assertEquals(
                ResultStatus.NO_DATA,
                find(table, "self-reliance-sufficient", S1).status());
        IndicatorResult city = find(table, "self-reliance-sufficient", CITY);
        assertEquals(Optional.of(2.0), city.numerator());
        assertEquals(Optional.of(4.0), city.denominator());
    }

    @Test
    @DisplayName("takes a person's latest date among their facts passing the population filter")
    void latestAssessmentOfPopulation() {
        IndicatorTable table = sufficient(Filter.equalTo("domain", "finances"));
        IndicatorResult n1 = find(table, "self-reliance-sufficient", N1);
        assertEquals(Optional.of(3.0), n1.numerator());
        assertEquals(Optional.of(3.0), n1.denominator());
    }

    private static InitiativeLink link(String one, String other, LocalDate since, Optional<LocalDate> until) {
        return InitiativeLink.builder()
                .initiative(InitiativeId.of(one))
                .otherInitiative(InitiativeId.of(other))
                .since(since)
                .until(until)
                .build();
    }

    private static Dataset networkDataset() {
        LocalDate longAgo = LocalDate.of(2019, 1, 1);
        return Dataset.builder()
                .hierarchy(EngineFixtures.hierarchy())
                .add(initiative("i1", N1, InitiativeLead.RESIDENTS, longAgo, Optional.empty()))
                .add(initiative("i2", N1, InitiativeLead.RESIDENTS, LocalDate.of(2021, 6, 1), Optional.empty()))
                .add(initiative("i3", N1, InitiativeLead.JOINT, longAgo, Optional.of(LocalDate.of(2020, 12, 31))))
                .add(initiative("i4", N2, InitiativeLead.RESIDENTS, longAgo, Optional.empty()))
                .add(initiative("i5", S1, InitiativeLead.RESIDENTS, longAgo, Optional.empty()))
                .add(initiative("i6", N1, InitiativeLead.JOINT, longAgo, Optional.empty()))
                // i1 and i2: both active in N1, linked in 2021
                .add(link("i1", "i2", LocalDate.of(2021, 1, 1), Optional.empty()))
                // i6 and i3: i3 is not active in 2021
                .add(link("i6", "i3", LocalDate.of(2020, 1, 1), Optional.empty()))
                // i6 in N1 and i4 in N2: connected everywhere, or within the area only in their district
                .add(link("i6", "i4", LocalDate.of(2021, 3, 1), Optional.empty()))
                // i5 and i4: the link ended in 2020
                .add(link("i5", "i4", longAgo, Optional.of(LocalDate.of(2020, 6, 30))))
                .build();
    }

    @Test
    @DisplayName("computes a network: active initiatives linked to another active one, wherever the other one is")
    void network() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(define("network", Measure.Network.of())),
                networkDataset(),
                EngineFixtures.unprotected(AreaLevel.NEIGHBOURHOOD, Y2021));
        // N1: i1 and i2 linked to each other, i6 to i4 in N2; i3 ended in 2020
        IndicatorResult n1 = find(table, "network", N1);
        Estimate expected = Proportions.wilson(3, 3, CL).get();
        assertEquals(Optional.of(3.0), n1.numerator());
        assertEquals(Optional.of(3.0), n1.denominator());
        assertEquals(Optional.of(3L), n1.sampleSize());
        assertEquals(Optional.of(expected.value()), n1.value());
        assertEquals(expected.interval().toJavaOptional(), n1.interval());
        // N2: i4, linked to i6 across the border
        assertEquals(Optional.of(1.0), find(table, "network", N2).numerator());
        assertEquals(Optional.of(1.0), find(table, "network", N2).denominator());
        // S1: i5, whose link to i4 ended in 2020
        assertEquals(Optional.of(0.0), find(table, "network", S1).numerator());
        IndicatorResult north = find(table, "network", NORTH);
        assertEquals(Optional.of(4.0), north.numerator());
        assertEquals(Optional.of(4.0), north.denominator());
        IndicatorResult city = find(table, "network", CITY);
        assertEquals(Optional.of(4.0), city.numerator());
        assertEquals(Optional.of(5.0), city.denominator());
    }

    @Test
    @DisplayName("computes a network within the area when asked: a link counts only where both initiatives are")
    void networkWithinArea() {
        IndicatorTable table = IndicatorEngine.evaluate(
                List.of(define("network", Measure.Network.of(NetworkScope.WITHIN_AREA))),
                networkDataset(),
                EngineFixtures.unprotected(AreaLevel.NEIGHBOURHOOD, Y2021));
        IndicatorResult n1 = find(table, "network", N1);
        Estimate expected = Proportions.wilson(2, 3, CL).get();
        assertEquals(Optional.of(2.0), n1.numerator());
        assertEquals(Optional.of(3.0), n1.denominator());
        assertEquals(Optional.of(3L), n1.sampleSize());
        assertEquals(Optional.of(expected.value()), n1.value());
        assertEquals(expected.interval().toJavaOptional(), n1.interval());
        assertEquals(Optional.of(0.0), find(table, "network", N2).numerator());
        assertEquals(Optional.of(1.0), find(table, "network", N2).denominator());
        assertEquals(Optional.of(0.0), find(table, "network", S1).numerator());
        IndicatorResult north = find(table, "network", NORTH);
        assertEquals(Optional.of(4.0), north.numerator());
        assertEquals(Optional.of(4.0), north.denominator());
        IndicatorResult city = find(table, "network", CITY);
        assertEquals(Optional.of(4.0), city.numerator());
        assertEquals(Optional.of(5.0), city.denominator());
    }

    @Test
    @DisplayName("reports no data for a network without the links resource")
    void networkWithoutLinks() {
        IndicatorTable table = evaluate(define("network", Measure.Network.of()));
        assertTrue(table.results().forAll(r -> r.status() == ResultStatus.NO_DATA));
    }
}
