package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * On random surveys, support episodes and participations: what the engine publishes under disclosure control is the
 * unprotected figure or nothing; no small count is published; no area's cell is the only one suppressed among it and
 * its parts; changes are the differences of the published values; rounding gives multiples of five.
 */
@DisplayName("What the engine publishes, on random data")
class PublicationProperties {

    private static final AreaCode[] AREAS = {EngineFixtures.N1, EngineFixtures.N2, EngineFixtures.S1};
    private static final String[] ANSWERS = {"1", "2", "3", "4", "5", "7", "9", ""};
    private static final ReportingPeriod YEARS = ReportingPeriod.years(2019, 2022);
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            ReferenceCatalogue.FEELS_SAFE,
            ReferenceCatalogue.LONELINESS,
            ReferenceCatalogue.PLEASANT_TO_LIVE_MEAN,
            ReferenceCatalogue.VOLUNTEERS,
            ReferenceCatalogue.RESIDENTS_PARTICIPATING_PER_1000,
            ReferenceCatalogue.INDIVIDUAL_SUPPORT_PER_1000,
            ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000,
            ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000,
            ReferenceCatalogue.COLLECTIVE_TO_INDIVIDUAL_RATIO);

    /** The indicators whose areas add up to the area above: counts, shares and means of facts. */
    private static final List<IndicatorDefinition> ADDITIVE = List.of(
            ReferenceCatalogue.FEELS_SAFE,
            ReferenceCatalogue.LONELINESS,
            ReferenceCatalogue.PLEASANT_TO_LIVE_MEAN,
            ReferenceCatalogue.INDIVIDUAL_SUPPORT_PER_1000,
            ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000,
            ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000,
            ReferenceCatalogue.COLLECTIVE_TO_INDIVIDUAL_RATIO);

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static <E> E pick(RandomnessSource in, E[] values) {
        return values[between(in, 0, values.length - 1)];
    }

    private static LocalDate date(RandomnessSource in) {
        return LocalDate.of(2019, 1, 1).plusDays(between(in, 0, 4 * 365 - 1));
    }

    /** A dataset whose cell sizes straddle the minimum of 10, so that suppression happens often. */
    static Gen<Dataset> datasets() {
        return in -> {
            Dataset.Builder data = Dataset.builder()
                    .hierarchy(EngineFixtures.hierarchy())
                    .grouping(AreaGrouping.of(
                            "borough",
                            List.of(
                                    AreaGroup.of("WEST", "West", List.of(EngineFixtures.N1, EngineFixtures.S1)),
                                    AreaGroup.of("EAST", "East", List.of(EngineFixtures.N2)))));
            int responses = between(in, 0, 400);
            for (int i = 0; i < responses; i++) {
                data.add(SurveyResponse.builder()
                        .respondent(RespondentId.of("s" + i))
                        .area(pick(in, AREAS))
                        .date(date(in))
                        .question(QuestionCode.of(pick(in, new String[] {"wl04", "wl01", "zw04"})))
                        .answer(pick(in, ANSWERS))
                        .weight(between(in, 0, 2) == 0 ? 1.0 : between(in, 5, 30) / 10.0)
                        .build());
            }
            int episodes = between(in, 0, 200);
            for (int i = 0; i < episodes; i++) {
                LocalDate started = date(in);
                data.add(SupportEpisode.builder()
                        .id(SupportEpisodeId.of("e" + i))
                        .area(pick(in, AREAS))
                        .kind(pick(in, ProvisionKind.values()))
                        .provision(ProvisionId.of("p1"))
                        .started(started)
                        .resident(Optional.of(ResidentId.of("r" + between(in, 0, 150))))
                        .ended(
                                between(in, 0, 1) == 0
                                        ? Optional.empty()
                                        : Optional.of(started.plusDays(between(in, 0, 500))))
                        .build());
            }
            int participations = between(in, 0, 200);
            for (int i = 0; i < participations; i++) {
                data.add(Participation.of(
                        ResidentId.of("r" + between(in, 0, 150)),
                        ActivityId.of("a1"),
                        pick(in, AREAS),
                        date(in),
                        pick(in, ParticipationRole.values())));
            }
            return data.build();
        };
    }

    private static EvaluationQuery query(DisclosureRules rules) {
        return query(rules, Optional.empty());
    }

    private static EvaluationQuery query(DisclosureRules rules, Optional<String> grouping) {
        return EvaluationQuery.builder()
                .period(YEARS)
                .level(AreaLevel.NEIGHBOURHOOD)
                .grouping(grouping)
                .granularity(PeriodGranularity.YEAR)
                .baseline(ReportingPeriod.year(2019))
                .disclosure(rules)
                .build();
    }

    private static IndicatorResult row(IndicatorTable table, IndicatorResult like) {
        return table.find(like.indicator(), like.area(), like.period()).get();
    }

    /** A row's numbers other than its change (which depends on whether the baseline is published). */
    private static List<Object> numbers(IndicatorResult r) {
        return List.of(r.status(), r.numerator(), r.denominator(), r.sampleSize(), r.value(), r.interval());
    }

    @Test
    @DisplayName("publishes the unprotected figures or nothing, and no count of fewer than ten persons")
    void publishedOrNothing() {
        qt().withExamples(60).forAll(datasets()).checkAssert(dataset -> {
            IndicatorTable open = IndicatorEngine.evaluate(DEFINITIONS, dataset, query(DisclosureRules.none()));
            IndicatorTable safe = IndicatorEngine.evaluate(DEFINITIONS, dataset, query(DisclosureRules.standard()));
            assertEquals(open.size(), safe.size());
            for (IndicatorResult r : safe.results()) {
                IndicatorResult o = row(open, r);
                if (r.status() == ResultStatus.OK) {
                    assertEquals(numbers(o), numbers(r), "a published row has the unprotected numbers");
                    IndicatorDefinition d = DEFINITIONS.stream()
                            .filter(x -> x.id().equals(r.indicator()))
                            .findFirst()
                            .get();
                    if (d.statisticalUnit() == StatisticalUnit.PERSONS) {
                        boolean ratio = d.equals(ReferenceCatalogue.COLLECTIVE_TO_INDIVIDUAL_RATIO);
                        long smallest = ratio
                                ? Math.min(
                                        r.numerator().get().longValue(),
                                        r.denominator().get().longValue())
                                : r.sampleSize().get();
                        assertTrue(smallest >= 10, "no small count: " + r);
                    }
                } else if (r.status() == ResultStatus.SUPPRESSED) {
                    // A result without data is suppressed too where its NO_DATA would say that a count is 0 which
                    // another row of the same persons suppresses (a ratio without individual episodes, say).
                    assertTrue(
                            o.status() == ResultStatus.OK || o.status() == ResultStatus.NO_DATA,
                            "only results with figures, or without data that would reveal a zero, are suppressed");
                } else {
                    assertEquals(ResultStatus.NO_DATA, o.status());
                }
            }
        });
    }

    @Test
    @DisplayName("never suppresses an area's cell alone among it and the parts it adds up from")
    void noLoneSuppression() {
        noLoneSuppression(
                Optional.empty(),
                List.of(
                        List.of("GM0153", "WK015301", "WK015302"),
                        List.of("WK015301", "BU01530101", "BU01530102"),
                        List.of("WK015302", "BU01530201")));
    }

    @Test
    @DisplayName("with a grouping in the same output, never suppresses a cell alone across the tree and the groups")
    void noLoneSuppressionAcrossTheGrouping() {
        noLoneSuppression(
                Optional.of("borough"),
                List.of(
                        List.of("GM0153", "WK015301", "WK015302"),
                        List.of("WK015301", "BU01530101", "BU01530102"),
                        List.of("WK015302", "BU01530201"),
                        List.of("GM0153", "EAST", "WEST"),
                        List.of("WEST", "BU01530101", "BU01530201"),
                        List.of("EAST", "BU01530102")));
    }

    private static void noLoneSuppression(Optional<String> grouping, List<List<String>> families) {
        qt().withExamples(60).forAll(datasets()).checkAssert(dataset -> {
            IndicatorTable open = IndicatorEngine.evaluate(ADDITIVE, dataset, query(DisclosureRules.none(), grouping));
            IndicatorTable safe =
                    IndicatorEngine.evaluate(ADDITIVE, dataset, query(DisclosureRules.standard(), grouping));
            for (IndicatorDefinition d : ADDITIVE) {
                for (ReportingPeriod period : YEARS.split(PeriodGranularity.YEAR)) {
                    for (List<String> family : families) {
                        List<IndicatorResult> opened = new ArrayList<>();
                        int suppressed = 0;
                        for (String area : family) {
                            opened.add(open.find(d.id(), area, period).get());
                            if (safe.find(d.id(), area, period).get().status() == ResultStatus.SUPPRESSED) {
                                suppressed++;
                            }
                        }
                        if (opened.stream().allMatch(r -> r.status() == ResultStatus.OK)) {
                            assertNotEquals(1, suppressed, d.id() + " " + family + " " + period);
                        }
                    }
                }
            }
        });
    }

    @Test
    @DisplayName("gives a change exactly when both periods are published and the period follows the baseline, as the"
            + " difference of their values")
    void changes() {
        qt().withExamples(40).forAll(datasets()).checkAssert(dataset -> {
            IndicatorTable safe = IndicatorEngine.evaluate(DEFINITIONS, dataset, query(DisclosureRules.standard()));
            for (IndicatorResult r : safe.results()) {
                IndicatorResult baseline = safe.find(r.indicator(), r.area(), ReportingPeriod.year(2019))
                        .get();
                boolean after = r.period().start().isAfter(baseline.period().end());
                boolean both = after && r.status() == ResultStatus.OK && baseline.status() == ResultStatus.OK;
                assertEquals(both, r.change().isPresent(), r.toString());
                if (!after) {
                    // the baseline itself and what lies before it have no change and no trend
                    assertTrue(r.changeInterval().isEmpty() && r.trend().isEmpty(), r.toString());
                }
                if (both) {
                    double expected = r.value().get() - baseline.value().get();
                    assertEquals(expected, r.change().get(), 1e-9 * Math.max(1, Math.abs(expected)), r.toString());
                    r.changeInterval()
                            .ifPresent(i -> assertTrue(i.contains(r.change().get()), r.toString()));
                }
            }
        });
    }

    @Test
    @DisplayName("with rounding publishes person counts in multiples of five, each value inside its interval")
    void rounding() {
        qt().withExamples(40).forAll(datasets()).checkAssert(dataset -> {
            IndicatorTable rounded = IndicatorEngine.evaluate(
                    DEFINITIONS,
                    dataset,
                    query(DisclosureRules.standard()
                            .rounded(5, nl.welfare.indicators.disclosure.RoundingKey.generate())));
            for (IndicatorResult r : rounded.results().filter(r -> r.status() == ResultStatus.OK)) {
                assertEquals(0, r.sampleSize().get() % 5, r.toString());
                r.interval().ifPresent(i -> assertTrue(i.contains(r.value().get()), r.toString()));
            }
        });
    }
}
