package nl.welfare.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.welfare.domain.area.AreaCode;
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
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.domain.survey.RespondentId;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.time.ReportingPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The edges of the ports' queries by SQL ({@link PortFilters}), which the testkit's random contracts seldom reach: codes
 * whose digits end in nines or zeros and codes of the neighbouring municipalities, asked at every level; and spans
 * and dates on the first and last day of a period and the days just outside it. Each answer is held to the plain
 * filter of the port's Javadoc ({@code area.equals(a) || area.isBelow(a)}, {@code isActiveIn}, {@code startedIn},
 * {@code isIn}), in the order of {@code all()}. On H2 always, and on PostgreSQL and MariaDB when their URLs are set.
 */
@DisplayName("The ports' queries by SQL at their edges")
class PortFiltersTest {

    /** Codes at the edges of the ranges below {@code GM0153} and its districts, and of its neighbours. */
    private static final List<AreaCode> CODES = List.of(
                    "GM0153",
                    "GM0152",
                    "GM0154",
                    "WK015300",
                    "WK015309",
                    "WK015390",
                    "WK015399",
                    "WK015299",
                    "WK015400",
                    "BU01530000",
                    "BU01530099",
                    "BU01530900",
                    "BU01539000",
                    "BU01539099",
                    "BU01539900",
                    "BU01539999",
                    "BU01529999",
                    "BU01540000")
            .stream()
            .map(AreaCode::of)
            .toList();

    /** Days around the year 2021 and its third quarter: before, on and after their first and last days. */
    private static final List<LocalDate> DAYS = List.of(
                    "2020-12-31",
                    "2021-01-01",
                    "2021-01-02",
                    "2021-06-30",
                    "2021-07-01",
                    "2021-09-30",
                    "2021-10-01",
                    "2021-12-30",
                    "2021-12-31",
                    "2022-01-01")
            .stream()
            .map(LocalDate::parse)
            .toList();

    /** The periods asked. */
    private static final List<ReportingPeriod> PERIODS = List.of(
            ReportingPeriod.year(2021),
            ReportingPeriod.quarter(2021, 3),
            ReportingPeriod.range(DAYS.get(1), DAYS.get(1)));

    /** The examples, on the store {@link #store()} gives. */
    abstract static class Examples {

        /** The store, not yet emptied. */
        abstract JdbcWelfareStore store();

        @Test
        @DisplayName("inArea holds the area and every code below it, and nothing of the neighbours")
        void inAreaAtTheEdgesOfTheRanges() {
            JdbcWelfareStore store = TestDatabases.emptied(store());
            List<Resident> residents = new ArrayList<>();
            List<Participation> participations = new ArrayList<>();
            List<Initiative> initiatives = new ArrayList<>();
            for (int i = 0; i < CODES.size(); i++) {
                AreaCode code = CODES.get(i);
                residents.add(Resident.builder()
                        .id(ResidentId.of("r" + (100 + i)))
                        .area(code)
                        .build());
                participations.add(Participation.of(
                        ResidentId.of("r" + i),
                        ActivityId.of("a"),
                        code,
                        DAYS.get(i % DAYS.size()),
                        ParticipationRole.PARTICIPANT));
                initiatives.add(initiative("i" + (100 + i), code, DAYS.get(0), Optional.empty()));
            }
            store.residents().saveAll(residents);
            store.participations().addAll(participations);
            store.initiatives().saveAll(initiatives);
            List<AreaCode> asked = new ArrayList<>(CODES);
            asked.add(AreaCode.NETHERLANDS);
            for (AreaCode area : asked) {
                Predicate<AreaCode> inArea = a -> a.equals(area) || a.isBelow(area);
                String where = "in area " + area;
                assertEquals(
                        filter(store.residents().all(), r -> inArea.test(r.area())),
                        store.residents().inArea(area).toJavaList(),
                        where);
                assertEquals(
                        filter(store.participations().all(), p -> inArea.test(p.area())),
                        store.participations().inArea(area).toJavaList(),
                        where);
                assertEquals(
                        filter(store.initiatives().all(), p -> inArea.test(p.area())),
                        store.initiatives().inArea(area).toJavaList(),
                        where);
            }
        }

        @Test
        @DisplayName("activeIn, startedIn and in hold what touches the period on its first or last day only")
        void periodsAtTheirFirstAndLastDays() {
            JdbcWelfareStore store = TestDatabases.emptied(store());
            AreaCode area = CODES.get(9);
            int n = 0;
            List<Initiative> initiatives = new ArrayList<>();
            List<Provision> provisions = new ArrayList<>();
            List<SupportEpisode> episodes = new ArrayList<>();
            List<Participation> participations = new ArrayList<>();
            List<SurveyResponse> responses = new ArrayList<>();
            for (LocalDate started : DAYS) {
                participations.add(Participation.of(
                        ResidentId.of("r"), ActivityId.of("a"), area, started, ParticipationRole.VOLUNTEER));
                responses.add(SurveyResponse.builder()
                        .respondent(RespondentId.of("r"))
                        .area(area)
                        .date(started)
                        .question(QuestionCode.of("q1"))
                        .answer("yes")
                        .weight(1.0)
                        .build());
                List<Optional<LocalDate>> ends = new ArrayList<>();
                ends.add(Optional.empty());
                DAYS.stream().filter(d -> !d.isBefore(started)).forEach(d -> ends.add(Optional.of(d)));
                for (Optional<LocalDate> ended : ends) {
                    String id = String.format("x%03d", n++);
                    initiatives.add(initiative(id, area, started, ended));
                    provisions.add(Provision.builder()
                            .id(ProvisionId.of(id))
                            .name(id)
                            .kind(ProvisionKind.COLLECTIVE)
                            .area(area)
                            .started(started)
                            .ended(ended)
                            .build());
                    episodes.add(SupportEpisode.builder()
                            .id(SupportEpisodeId.of(id))
                            .area(area)
                            .kind(ProvisionKind.COLLECTIVE)
                            .provision(ProvisionId.of(id))
                            .started(started)
                            .ended(ended)
                            .build());
                }
            }
            store.initiatives().saveAll(initiatives);
            store.provisions().saveAll(provisions);
            store.supportEpisodes().saveAll(episodes);
            store.participations().addAll(participations);
            store.surveyResponses().addAll(responses);
            for (ReportingPeriod period : PERIODS) {
                String where = "in " + period;
                assertEquals(
                        filter(store.initiatives().all(), i -> i.isActiveIn(period)),
                        store.initiatives().activeIn(period).toJavaList(),
                        where);
                assertEquals(
                        filter(store.provisions().all(), p -> p.isActiveIn(period)),
                        store.provisions().activeIn(period).toJavaList(),
                        where);
                assertEquals(
                        filter(store.supportEpisodes().all(), e -> e.isActiveIn(period)),
                        store.supportEpisodes().activeIn(period).toJavaList(),
                        where);
                assertEquals(
                        filter(store.supportEpisodes().all(), e -> e.startedIn(period)),
                        store.supportEpisodes().startedIn(period).toJavaList(),
                        where);
                assertEquals(
                        filter(store.participations().all(), p -> p.isIn(period)),
                        store.participations().in(period).toJavaList(),
                        where);
                assertEquals(
                        filter(store.surveyResponses().all(), r -> r.isIn(period)),
                        store.surveyResponses().in(period).toJavaList(),
                        where);
            }
        }
    }

    /** The plain filter: the values of {@code all} that {@code keep} holds, in the order of {@code all}. */
    private static <T> List<T> filter(Seq<T> all, Predicate<T> keep) {
        List<T> kept = new ArrayList<>();
        for (T value : all) {
            if (keep.test(value)) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static Initiative initiative(String id, AreaCode area, LocalDate started, Optional<LocalDate> ended) {
        return Initiative.builder()
                .id(InitiativeId.of(id))
                .name(id)
                .area(area)
                .lead(InitiativeLead.values()[0])
                .started(started)
                .ended(ended)
                .build();
    }

    @Nested
    @DisplayName("on H2")
    class OnH2 extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.h2();
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.POSTGRES,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to run these examples there")
    class OnPostgreSql extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.MARIADB,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to run these examples there")
    class OnMariaDb extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.mariaDb();
        }
    }
}
