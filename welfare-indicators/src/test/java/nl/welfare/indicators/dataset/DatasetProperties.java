package nl.welfare.indicators.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.community.PlaceId;
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
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Random facts of every type read back from a dataset as equal domain values. Public, with {@link #fact} and
 * {@link #add}, for the engine's properties that draw their datasets from the same facts.
 */
@DisplayName("Random datasets")
public class DatasetProperties {

    private static final LocalDate EPOCH = LocalDate.of(2016, 1, 1);
    private static final String[] ANSWERS = {"1", "2", "5", "10", "", "weet niet", " 7 ", "-3", "0"};

    /** The facts a generated package holds, per type in the order added. */
    static final class Facts {
        final Map<FactType, List<Object>> rows = new EnumMap<>(FactType.class);
        final List<Cohort> cohorts = new ArrayList<>();
        final Map<String, AreaPopulation> populations = new LinkedHashMap<>();

        @Override
        public String toString() {
            return rows + " " + cohorts + " " + populations.values();
        }
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static boolean coin(RandomnessSource in) {
        return between(in, 0, 1) == 1;
    }

    private static <E> E pick(RandomnessSource in, E[] values) {
        return values[between(in, 0, values.length - 1)];
    }

    private static LocalDate date(RandomnessSource in) {
        return EPOCH.plusDays(between(in, -4000, 4000));
    }

    private static Optional<LocalDate> endAfter(RandomnessSource in, LocalDate start) {
        return coin(in) ? Optional.of(start.plusDays(between(in, 0, 900))) : Optional.empty();
    }

    private static String word(RandomnessSource in, String prefix, int pool) {
        return prefix + between(in, 0, pool);
    }

    private static AreaCode area(RandomnessSource in) {
        switch (between(in, 0, 5)) {
            case 0:
                return AreaCode.of("GM0153");
            case 1:
                return AreaCode.of("WK0153" + String.format("%02d", between(in, 0, 9)));
            default:
                return AreaCode.of("BU0153" + String.format("%04d", between(in, 0, 40)));
        }
    }

    private static ResidentId resident(RandomnessSource in) {
        return ResidentId.of(word(in, "r-", 30));
    }

    private static Optional<String> theme(RandomnessSource in) {
        return coin(in)
                ? Optional.of(pick(in, new String[] {"sport", "taal", "ontmoeting", "zorg en welzijn"}))
                : Optional.empty();
    }

    /** A random fact of {@code type}: its domain value ({@code Participation}, {@code Initiative}, ...). */
    public static Object fact(FactType type, RandomnessSource in) {
        switch (type) {
            case INITIATIVES: {
                LocalDate started = date(in);
                return Initiative.builder()
                        .id(InitiativeId.of(word(in, "i", 50)))
                        .name(word(in, "Initiative ", 20))
                        .area(area(in))
                        .lead(pick(in, InitiativeLead.values()))
                        .started(started)
                        .ended(endAfter(in, started))
                        .theme(theme(in))
                        .build();
            }
            case INITIATIVE_LINKS: {
                LocalDate since = date(in);
                int a = between(in, 0, 20);
                return InitiativeLink.builder()
                        .initiative(InitiativeId.of("i" + a))
                        .otherInitiative(InitiativeId.of("i" + (a + between(in, 1, 5))))
                        .since(since)
                        .until(endAfter(in, since))
                        .build();
            }
            case PROVISIONS: {
                LocalDate started = date(in);
                return Provision.builder()
                        .id(ProvisionId.of(word(in, "p", 50)))
                        .name(word(in, "Provision ", 20))
                        .kind(pick(in, ProvisionKind.values()))
                        .area(area(in))
                        .started(started)
                        .ended(endAfter(in, started))
                        .build();
            }
            case ACTIVITIES:
                return Activity.builder()
                        .id(ActivityId.of(word(in, "a", 50)))
                        .name(word(in, "Activity ", 20))
                        .area(area(in))
                        .initiativeId(coin(in) ? Optional.of(InitiativeId.of(word(in, "i", 50))) : Optional.empty())
                        .provisionId(coin(in) ? Optional.of(ProvisionId.of(word(in, "p", 50))) : Optional.empty())
                        .placeId(coin(in) ? Optional.of(PlaceId.of(word(in, "place-", 9))) : Optional.empty())
                        .theme(theme(in))
                        .build();
            case PARTICIPATIONS:
                return Participation.of(
                        resident(in),
                        ActivityId.of(word(in, "a", 50)),
                        area(in),
                        date(in),
                        pick(in, ParticipationRole.values()));
            case LADDER_ASSESSMENTS:
                return LadderAssessment.of(resident(in), date(in), pick(in, ParticipationRung.values()));
            case SELF_RELIANCE_ASSESSMENTS: {
                Map<SelfRelianceDomain, SelfRelianceScore> scores = new LinkedHashMap<>();
                int domains = between(in, 1, SelfRelianceDomain.values().length);
                for (int d = 0; d < domains; d++) {
                    scores.put(pick(in, SelfRelianceDomain.values()), pick(in, SelfRelianceScore.values()));
                }
                return SelfRelianceAssessment.builder()
                        .resident(resident(in))
                        .date(date(in))
                        .putAllScores(scores)
                        .build();
            }
            case SUPPORT_EPISODES: {
                ProvisionKind kind = pick(in, ProvisionKind.values());
                LocalDate started = date(in);
                return SupportEpisode.builder()
                        .id(SupportEpisodeId.of(word(in, "e", 1000)))
                        .area(area(in))
                        .kind(kind)
                        .provision(ProvisionId.of(word(in, "p", 50)))
                        .started(started)
                        .resident(
                                kind == ProvisionKind.INDIVIDUAL || coin(in)
                                        ? Optional.of(resident(in))
                                        : Optional.empty())
                        .ended(endAfter(in, started))
                        .build();
            }
            case SURVEY_RESPONSES:
                return SurveyResponse.builder()
                        .respondent(RespondentId.of(word(in, "resp-", 40)))
                        .area(area(in))
                        .date(date(in))
                        .question(QuestionCode.of(
                                pick(in, new String[] {"wl01", "wl04", "zw00", "zw04", "sc01", "aw01"})))
                        .answer(pick(in, ANSWERS))
                        .weight(coin(in) ? 1.0 : between(in, 1, 4000) / 1000.0)
                        .build();
            case RESIDENTS:
                return Resident.builder()
                        .id(resident(in))
                        .area(area(in))
                        .birthYear(coin(in) ? Optional.of(Year.of(between(in, 1900, 2100))) : Optional.empty())
                        .build();
            default:
                throw new IllegalArgumentException(type.toString());
        }
    }

    static Cohort cohort(RandomnessSource in, int number) {
        CohortName name = CohortName.of("cohort-" + number);
        List<CohortMembership> memberships = new ArrayList<>();
        int members = between(in, 0, 6);
        for (int m = 0; m < members; m++) {
            LocalDate joined = date(in);
            memberships.add(CohortMembership.builder()
                    .cohort(name)
                    .resident(ResidentId.of("r-" + (number * 10 + m)))
                    .joined(joined)
                    .left(endAfter(in, joined))
                    .build());
        }
        return Cohort.builder()
                .name(name)
                .description(coin(in) ? Optional.of("a pilot " + number) : Optional.empty())
                .addAllMemberships(memberships)
                .build();
    }

    static Gen<Facts> facts() {
        return in -> {
            Facts facts = new Facts();
            for (FactType type : FactType.values()) {
                List<Object> rows = new ArrayList<>();
                int count = between(in, 0, 12);
                for (int i = 0; i < count; i++) {
                    rows.add(fact(type, in));
                }
                facts.rows.put(type, rows);
            }
            int cohorts = between(in, 0, 3);
            for (int c = 0; c < cohorts; c++) {
                facts.cohorts.add(cohort(in, c));
            }
            int populations = between(in, 0, 8);
            for (int p = 0; p < populations; p++) {
                AreaPopulation row =
                        AreaPopulation.of(area(in), Year.of(between(in, 2018, 2022)), between(in, 0, 9999));
                facts.populations.put(row.areaCode() + " " + row.year(), row);
            }
            return facts;
        };
    }

    static Dataset build(Facts facts) {
        Dataset.Builder builder = Dataset.builder();
        facts.rows.forEach((type, rows) -> rows.forEach(row -> add(builder, row)));
        facts.cohorts.forEach(builder::add);
        facts.populations.values().forEach(builder::add);
        return builder.build();
    }

    /** Adds {@code fact}, a domain value of one of the fact types, to {@code builder}. */
    public static void add(Dataset.Builder builder, Object fact) {
        if (fact instanceof Participation p) {
            builder.add(p);
        } else if (fact instanceof Initiative i) {
            builder.add(i);
        } else if (fact instanceof InitiativeLink l) {
            builder.add(l);
        } else if (fact instanceof Provision p) {
            builder.add(p);
        } else if (fact instanceof Activity a) {
            builder.add(a);
        } else if (fact instanceof LadderAssessment a) {
            builder.add(a);
        } else if (fact instanceof SelfRelianceAssessment a) {
            builder.add(a);
        } else if (fact instanceof SupportEpisode e) {
            builder.add(e);
        } else if (fact instanceof SurveyResponse r) {
            builder.add(r);
        } else if (fact instanceof Resident r) {
            builder.add(r);
        } else {
            throw new IllegalArgumentException(fact.toString());
        }
    }

    /** The domain values of a table: one per row, or per assessment for self-reliance. */
    static List<Object> readBack(Dataset dataset, FactType type) {
        FactTable table = dataset.table(type);
        List<Object> values = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            boolean firstOfAssessment = type != FactType.SELF_RELIANCE_ASSESSMENTS
                    || row == 0
                    || table.column("assessment").get(row)
                            != table.column("assessment").get(row - 1);
            if (firstOfAssessment) {
                values.add(dataset.row(type, row));
            }
        }
        return values;
    }

    @Test
    @DisplayName("Facts of every type read back as the domain values added, in order")
    void everyFactReadsBack() {
        qt().withExamples(200).forAll(facts()).checkAssert(facts -> {
            Dataset dataset = build(facts);
            for (FactType type : FactType.values()) {
                assertEquals(facts.rows.get(type), readBack(dataset, type), type.code());
                assertEquals(!facts.rows.get(type).isEmpty(), dataset.hasFacts(type), type.code());
            }
            assertEquals(facts.cohorts, dataset.cohorts().toJavaList());
            assertEquals(
                    List.copyOf(facts.populations.values()),
                    dataset.populations().toJavaList());
        });
    }

    @Test
    @DisplayName("The role accessors of every table agree with the domain value of the row")
    void rolesAgreeWithTheRow() {
        qt().withExamples(100).forAll(facts()).checkAssert(facts -> {
            Dataset dataset = build(facts);
            FactTable participations = dataset.table(FactType.PARTICIPATIONS);
            for (int row = 0; row < participations.size(); row++) {
                Participation p = dataset.participation(row);
                assertEquals(p.date().toEpochDay(), participations.date(row));
                assertEquals(p.area(), dataset.areaCode(participations.areaIndex(row)));
                assertEquals(p.resident().value(), dataset.text(participations.personIndex(row)));
            }
            FactTable episodes = dataset.table(FactType.SUPPORT_EPISODES);
            for (int row = 0; row < episodes.size(); row++) {
                SupportEpisode e = dataset.supportEpisode(row);
                assertEquals(e.started().toEpochDay(), episodes.spanStart(row));
                assertEquals(e.ended().map(LocalDate::toEpochDay).orElse((long) Dataset.NO_END), (long)
                        episodes.spanEnd(row));
                assertEquals(
                        e.resident().map(ResidentId::value).orElse("none"),
                        episodes.personIndex(row) == Dataset.NONE ? "none" : dataset.text(episodes.personIndex(row)));
            }
            FactTable survey = dataset.table(FactType.SURVEY_RESPONSES);
            for (int row = 0; row < survey.size(); row++) {
                SurveyResponse r = dataset.surveyResponse(row);
                assertEquals(r.weight(), survey.weight(row));
                assertEquals(
                        r.numericAnswer().orElse(Dataset.NOT_A_NUMBER),
                        survey.column("answer").get(row));
            }
            assertTrue(dataset.estimatedBytes() > 0);
        });
    }
}
