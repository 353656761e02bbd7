package nl.welfare.indicators.attack;

import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.ParticipationRung;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.resident.SelfRelianceScore;
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
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.ImmutableEvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.fixtures.SmallCity;
import org.quicktheories.core.Gen;

/**
 * The attacker's test packages: the small tree of the engine's tests (one municipality, two districts, three
 * neighbourhoods) with a grouping {@code borough} across it, random packages whose cells straddle the minimum count,
 * builders of facts for hand-made packages, and the queries of the outputs attacked.
 */
final class AttackFixtures {

    static final AreaCode CITY = SmallCity.CITY;
    static final AreaCode NORTH = SmallCity.NORTH;
    static final AreaCode SOUTH = SmallCity.SOUTH;
    static final AreaCode N1 = SmallCity.N1;
    static final AreaCode N2 = SmallCity.N2;
    static final AreaCode S1 = SmallCity.S1;
    static final AreaCode[] NEIGHBOURHOODS = {N1, N2, S1};

    /** West (N1, S1) cuts across the districts; East is N2. */
    static final AreaGrouping BOROUGHS = AreaGrouping.of(
            "borough",
            List.of(AreaGroup.of("WEST", "West", List.of(N1, S1)), AreaGroup.of("EAST", "East", List.of(N2))));

    static final ReportingPeriod YEARS = ReportingPeriod.years(2019, 2022);

    /** The reference catalogue's indicators about persons. */
    static final List<IndicatorDefinition> PERSONS = List.of(
            ReferenceCatalogue.SELF_RELIANCE_SUFFICIENT,
            ReferenceCatalogue.PARTICIPATION_LADDER_PROGRESS,
            ReferenceCatalogue.RESIDENTS_PARTICIPATING_PER_1000,
            ReferenceCatalogue.VOLUNTEERS,
            ReferenceCatalogue.LIFE_SATISFACTION_MEAN,
            ReferenceCatalogue.LONELINESS,
            ReferenceCatalogue.FEELS_SAFE,
            ReferenceCatalogue.PLEASANT_TO_LIVE_MEAN,
            ReferenceCatalogue.SOCIAL_COHESION,
            ReferenceCatalogue.INDIVIDUAL_SUPPORT_PER_1000,
            ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000,
            ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000,
            ReferenceCatalogue.COLLECTIVE_TO_INDIVIDUAL_RATIO,
            ReferenceCatalogue.PROVISION_AWARENESS);

    /** The support indicators alone. */
    static final List<IndicatorDefinition> SUPPORT = List.of(
            ReferenceCatalogue.INDIVIDUAL_SUPPORT_PER_1000,
            ReferenceCatalogue.NEW_INDIVIDUAL_CASES_PER_1000,
            ReferenceCatalogue.COLLECTIVE_SUPPORT_PER_1000,
            ReferenceCatalogue.COLLECTIVE_TO_INDIVIDUAL_RATIO);

    private static final String[] QUESTIONS = {"wl04", "zw04", "sc01", "aw01", "wl01", "zw00"};
    private static final String[] ANSWERS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "", "x"};
    private static final SelfRelianceDomain[] DOMAINS = {
        SelfRelianceDomain.FINANCES, SelfRelianceDomain.HOUSING, SelfRelianceDomain.MENTAL_HEALTH
    };

    private AttackFixtures() {}

    static AreaHierarchy hierarchy() {
        return SmallCity.hierarchy();
    }

    /** A package with the tree and the boroughs, and nothing else yet. */
    static Dataset.Builder empty() {
        return Dataset.builder().hierarchy(hierarchy()).grouping(BOROUGHS);
    }

    /** A neutral definition of {@code measure} about persons. */
    static IndicatorDefinition define(String id, Measure measure) {
        return SmallCity.define(
                id, "liveable-neighbourhoods", "persons", Polarity.NEUTRAL, StatisticalUnit.PERSONS, measure);
    }

    // ---- queries ----

    /** {@code --level neighbourhood --grouping borough}, split by {@code granularity} (none: one period). */
    static EvaluationQuery neighbourhoods(ReportingPeriod period, Optional<PeriodGranularity> granularity) {
        return EvaluationQuery.builder()
                .period(period)
                .level(AreaLevel.NEIGHBOURHOOD)
                .grouping("borough")
                .granularity(granularity)
                .build();
    }

    /** {@code --level neighbourhood} without a grouping, over {@code period} as one period. */
    static EvaluationQuery treeOnly(ReportingPeriod period) {
        return EvaluationQuery.ofLevel(AreaLevel.NEIGHBOURHOOD, period);
    }

    /** The yearly output over 2019-2022 at neighbourhood level with the boroughs. */
    static EvaluationQuery yearly() {
        return neighbourhoods(YEARS, Optional.of(PeriodGranularity.YEAR));
    }

    /** The same query without disclosure control: the figures the relations must hold for. */
    static EvaluationQuery unprotected(EvaluationQuery query) {
        return ImmutableEvaluationQuery.copyOf(query).withDisclosure(DisclosureRules.none());
    }

    static IndicatorTable evaluate(List<IndicatorDefinition> definitions, Dataset data, EvaluationQuery query) {
        return IndicatorEngine.evaluate(definitions, data, query);
    }

    // ---- facts for hand-made packages ----

    /** A response of weight 1. */
    static SurveyResponse response(String id, AreaCode area, LocalDate date, String question, String answer) {
        return SurveyResponse.builder()
                .respondent(RespondentId.of(id))
                .area(area)
                .date(date)
                .question(QuestionCode.of(question))
                .answer(answer)
                .weight(1.0)
                .build();
    }

    /** A support episode of {@code kind} for resident {@code resident}, running from {@code started}. */
    static SupportEpisode episode(
            String id, String resident, AreaCode area, ProvisionKind kind, LocalDate started, Optional<LocalDate> end) {
        return SupportEpisode.builder()
                .id(SupportEpisodeId.of(id))
                .area(area)
                .kind(kind)
                .provision(ProvisionId.of("p1"))
                .started(started)
                .resident(Optional.of(ResidentId.of(resident)))
                .ended(end)
                .build();
    }

    static LadderAssessment ladder(String resident, LocalDate date, int rung) {
        return LadderAssessment.of(ResidentId.of(resident), date, ParticipationRung.of(rung));
    }

    static SelfRelianceAssessment selfReliance(String resident, LocalDate date, int score) {
        return SelfRelianceAssessment.builder()
                .resident(ResidentId.of(resident))
                .date(date)
                .putScore(SelfRelianceDomain.FINANCES, SelfRelianceScore.of(score))
                .build();
    }

    // ---- random packages ----

    private static int between(Random in, int min, int max) {
        return min + in.nextInt(max - min + 1);
    }

    private static <E> E pick(Random in, E[] values) {
        return values[between(in, 0, values.length - 1)];
    }

    private static LocalDate date(Random in) {
        return LocalDate.of(2019, 1, 1).plusDays(between(in, 0, 4 * 365 - 1));
    }

    private static LocalDate dateIn(Random in, int year) {
        return LocalDate.of(year, 1, 1).plusDays(between(in, 0, 364));
    }

    /** A random package and the seed that makes it again ({@link #randomPackage(long)}), as a failing example shows. */
    record RandomPackage(long seed, Dataset data) {
        @Override
        public String toString() {
            return "AttackFixtures.randomPackage(" + seed + "L): " + data;
        }
    }

    /** Random packages ({@link #randomPackage(long)}), each drawn from a seed QuickTheories gives. */
    static Gen<RandomPackage> packages() {
        return in -> randomPackage(longs().all().generate(in));
    }

    /**
     * The random package of {@code seed} on the tree with the boroughs: survey responses of weight 1 to the six
     * questions with valid and invalid answers, individual and collective support episodes of residents,
     * participations in every role, residents with ladder and self-reliance assessments. Sizes are drawn so that cells
     * per neighbourhood and year straddle the minimum of 10, and now and then a resource is nearly empty.
     */
    static RandomPackage randomPackage(long seed) {
        Random in = new Random(seed);
        Dataset.Builder data = empty();
        int residents = between(in, 20, 240);
        AreaCode[] home = new AreaCode[residents];
        for (int r = 0; r < residents; r++) {
            home[r] = pick(in, NEIGHBOURHOODS);
            data.add(Resident.of(ResidentId.of("r" + r), home[r]));
        }
        int responses = between(in, 0, 900);
        for (int i = 0; i < responses; i++) {
            data.add(response("s" + i, pick(in, NEIGHBOURHOODS), date(in), pick(in, QUESTIONS), pick(in, ANSWERS)));
        }
        int episodes = between(in, 0, 260);
        for (int i = 0; i < episodes; i++) {
            LocalDate started = date(in);
            data.add(episode(
                    "e" + i,
                    "r" + between(in, 0, residents - 1),
                    pick(in, NEIGHBOURHOODS),
                    pick(in, ProvisionKind.values()),
                    started,
                    between(in, 0, 1) == 0 ? Optional.empty() : Optional.of(started.plusDays(between(in, 0, 500)))));
        }
        int participations = between(in, 0, 400);
        for (int i = 0; i < participations; i++) {
            int r = between(in, 0, residents - 1);
            // mostly where the resident lives, sometimes elsewhere
            AreaCode where = between(in, 0, 3) == 0 ? pick(in, NEIGHBOURHOODS) : home[r];
            data.add(Participation.of(
                    ResidentId.of("r" + r),
                    ActivityId.of("a1"),
                    where,
                    date(in),
                    pick(in, ParticipationRole.values())));
        }
        for (int r = 0; r < residents; r++) {
            int year = between(in, 2019, 2022);
            int ladders = between(in, 0, 3);
            for (int a = 0; a < ladders; a++) {
                // mostly within one year, sometimes in the next
                int y = between(in, 0, 4) == 0 ? Math.min(2022, year + 1) : year;
                data.add(ladder("r" + r, dateIn(in, y), between(in, 1, 6)));
            }
            int assessments = between(in, 0, 2);
            for (int a = 0; a < assessments; a++) {
                Map<SelfRelianceDomain, SelfRelianceScore> scores = new EnumMap<>(SelfRelianceDomain.class);
                int domains = between(in, 1, DOMAINS.length);
                for (int d = 0; d < domains; d++) {
                    scores.put(DOMAINS[d], SelfRelianceScore.of(between(in, 2, 5)));
                }
                data.add(SelfRelianceAssessment.builder()
                        .resident(ResidentId.of("r" + r))
                        .date(dateIn(in, between(in, 0, 2) == 0 ? between(in, 2019, 2022) : year))
                        .putAllScores(scores)
                        .build());
            }
        }
        return new RandomPackage(seed, data.build());
    }
}
