package nl.welfare.adapters.jdbc;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.area.Borough;
import nl.welfare.domain.community.Activity;
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
import nl.welfare.indicators.dataset.Dataset;

/**
 * Datasets made by rule, not by chance, of any size: a municipality of 10 districts and 100 neighbourhoods, two
 * boroughs, populations for 2019 to 2021, and per resident a participation every {@code 365 / perResident} days, one
 * ladder and one self-reliance assessment, a survey response and every fifth a support episode. {@code tag} goes into
 * every id and name, so that two datasets of the same size differ in every row.
 */
final class Datasets {

    private Datasets() {}

    /** A dataset of {@code residents} residents with {@code participationsPerResident} participations each. */
    static Dataset generated(String tag, int residents, int participationsPerResident) {
        return builder(tag, residents, participationsPerResident).build();
    }

    /**
     * As {@link #generated}, with a last support episode under the id of the first: the database refuses it in one
     * of the last tables of an import.
     */
    static Dataset withDuplicateEpisode(String tag, int residents, int participationsPerResident) {
        return builder(tag, residents, participationsPerResident)
                .add(SupportEpisode.builder()
                        .id(SupportEpisodeId.of("episode-" + tag + "-0"))
                        .area(AreaCode.of("BU01530000"))
                        .kind(ProvisionKind.COLLECTIVE)
                        .provision(ProvisionId.of("provision-" + tag + "-0"))
                        .started(LocalDate.of(2020, 1, 1))
                        .build())
                .build();
    }

    private static Dataset.Builder builder(String tag, int residents, int participationsPerResident) {
        Dataset.Builder builder = Dataset.builder();
        List<Area> areas = new ArrayList<>();
        areas.add(Area.of(AreaCode.of("GM0153"), "Enschede " + tag));
        List<AreaCode> neighbourhoods = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            areas.add(Area.of(AreaCode.of(String.format("WK0153%02d", w)), "Wijk " + w + " " + tag));
            for (int b = 0; b < 10; b++) {
                AreaCode code = AreaCode.of(String.format("BU0153%02d%02d", w, b));
                neighbourhoods.add(code);
                areas.add(Area.builder()
                        .code(code)
                        .name("Buurt " + w + b + " " + tag)
                        .level(code.level())
                        .population(Optional.of(100 + w * 10 + b))
                        .build());
            }
        }
        builder.hierarchy(AreaHierarchy.of(Year.of(2022), areas));
        builder.grouping(Borough.boroughs(List.of(
                AreaGroup.of("NOORD", "Noord " + tag, neighbourhoods.subList(0, 50)),
                AreaGroup.of("ZUID", "Zuid " + tag, neighbourhoods.subList(50, 100)))));
        for (Area area : areas) {
            for (int year = 2019; year <= 2021; year++) {
                builder.add(AreaPopulation.of(area.code(), Year.of(year), 1000 + year - 2019));
            }
        }
        LocalDate start = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < 50; i++) {
            builder.add(Initiative.builder()
                    .id(InitiativeId.of("initiative-" + tag + "-" + i))
                    .name("Initiative " + i + " " + tag)
                    .area(neighbourhoods.get(i % 100))
                    .lead(InitiativeLead.values()[i % 3])
                    .started(start.plusDays(i))
                    .ended(i % 2 == 0 ? Optional.empty() : Optional.of(start.plusDays(400 + i)))
                    .theme(i % 4 == 0 ? Optional.empty() : Optional.of("theme " + i % 4))
                    .build());
            if (i > 0) {
                builder.add(InitiativeLink.of(
                        InitiativeId.of("initiative-" + tag + "-" + (i - 1)),
                        InitiativeId.of("initiative-" + tag + "-" + i),
                        start.plusDays(i)));
            }
        }
        for (int i = 0; i < 20; i++) {
            builder.add(Provision.builder()
                    .id(ProvisionId.of("provision-" + tag + "-" + i))
                    .name("Provision \"" + i + "\", " + tag)
                    .kind(ProvisionKind.values()[i % 2])
                    .area(neighbourhoods.get(i * 5))
                    .started(start)
                    .build());
        }
        int activities = 200;
        for (int i = 0; i < activities; i++) {
            builder.add(Activity.builder()
                    .id(ActivityId.of("activity-" + tag + "-" + i))
                    .name("Activity " + i + " " + tag)
                    .area(neighbourhoods.get(i % 100))
                    .initiativeId(Optional.of(InitiativeId.of("initiative-" + tag + "-" + i % 50)))
                    .provisionId(
                            i % 3 == 0
                                    ? Optional.of(ProvisionId.of("provision-" + tag + "-" + i % 20))
                                    : Optional.empty())
                    .build());
        }
        List<CohortMembership> memberships = new ArrayList<>();
        CohortName pilot = CohortName.of("pilot-" + tag.toLowerCase(java.util.Locale.ROOT));
        for (int r = 0; r < residents; r++) {
            ResidentId resident = ResidentId.of("r-" + tag + "-" + r);
            AreaCode area = neighbourhoods.get(r % 100);
            builder.add(Resident.builder()
                    .id(resident)
                    .area(area)
                    .birthYear(r % 7 == 0 ? Optional.empty() : Optional.of(Year.of(1940 + r % 70)))
                    .build());
            for (int p = 0; p < participationsPerResident; p++) {
                builder.add(Participation.of(
                        resident,
                        ActivityId.of("activity-" + tag + "-" + (r + p) % activities),
                        area,
                        start.plusDays((r + p * 365L / participationsPerResident) % 1000),
                        ParticipationRole.values()[(r + p) % 3]));
            }
            LocalDate day = start.plusDays(r % 900);
            builder.add(LadderAssessment.of(resident, day, ParticipationRung.of(1 + r % 6)));
            builder.add(SelfRelianceAssessment.builder()
                    .resident(resident)
                    .date(day)
                    .putScore(SelfRelianceDomain.FINANCES, SelfRelianceScore.of(1 + r % 5))
                    .putScore(SelfRelianceDomain.HOUSING, SelfRelianceScore.of(1 + (r + 1) % 5))
                    .build());
            builder.add(SurveyResponse.builder()
                    .respondent(RespondentId.of("resp-" + tag + "-" + r))
                    .area(area)
                    .date(day)
                    .question(QuestionCode.of("wl01"))
                    .answer(r % 11 == 0 ? "weet niet" : Integer.toString(1 + r % 10))
                    .weight(0.5 + (r % 4) * 0.25)
                    .build());
            if (r % 5 == 0) {
                builder.add(SupportEpisode.builder()
                        .id(SupportEpisodeId.of("episode-" + tag + "-" + r))
                        .area(area)
                        .kind(ProvisionKind.INDIVIDUAL)
                        .provision(ProvisionId.of("provision-" + tag + "-" + r % 20))
                        .started(day)
                        .resident(Optional.of(resident))
                        .build());
            }
            if (r < 10) {
                memberships.add(CohortMembership.of(pilot, resident, day));
            }
        }
        builder.add(Cohort.builder()
                .name(pilot)
                .description("the pilot of " + tag)
                .addAllMemberships(memberships)
                .build());
        return builder;
    }
}
