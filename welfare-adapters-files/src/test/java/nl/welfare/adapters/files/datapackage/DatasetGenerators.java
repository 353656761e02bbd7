package nl.welfare.adapters.files.datapackage;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.ImmutableActivity;
import nl.welfare.domain.community.ImmutableInitiative;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortMembership;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.resident.ImmutableResident;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.support.ImmutableProvision;
import nl.welfare.domain.support.ImmutableSupportEpisode;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.support.SupportEpisodeId;
import nl.welfare.domain.survey.ImmutableSurveyResponse;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.testkit.generators.AreaGenerators;
import nl.welfare.testkit.generators.CommunityGenerators;
import nl.welfare.testkit.generators.ResidentGenerators;
import nl.welfare.testkit.generators.SupportGenerators;
import nl.welfare.testkit.generators.SurveyGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Valid datasets of every shape, made of the testkit's generators: a random hierarchy, groupings of it, populations,
 * and every kind of fact, each resource present or absent (and sometimes present without rows), every fact in an area
 * of the hierarchy and every reference to a row of a resource that is present. Names include commas, quotes, line
 * breaks and non-ASCII letters, so that the CSV quoting is exercised.
 */
final class DatasetGenerators {

    private static final List<String> AWKWARD_NAMES = List.of(
            "Buren, voor \"Buren\"",
            "Huiskamer\r\nDeppenbroek",
            " leading and trailing space ",
            "Café 't Zwering ✓",
            "semi;colon",
            "#not a comment");

    private DatasetGenerators() {}

    /** Valid datasets of up to a few dozen facts. */
    static Gen<Dataset> datasets() {
        return in -> new Drawing(in).dataset();
    }

    /** One dataset being drawn from a source of randomness. */
    private static final class Drawing {
        private final org.quicktheories.core.RandomnessSource in;
        private final Dataset.Builder builder = Dataset.builder();
        private final Gen<Boolean> coin = Generate.booleans();

        Drawing(org.quicktheories.core.RandomnessSource in) {
            this.in = in;
        }

        private <T> T draw(Gen<T> gen) {
            return gen.generate(in);
        }

        private int count(int max) {
            return draw(integers().between(0, max));
        }

        private <T> T pick(List<T> from) {
            return from.get(draw(integers().between(0, from.size() - 1)));
        }

        private String name(String drawn) {
            return draw(integers().between(0, 4)) == 0 ? pick(AWKWARD_NAMES) : drawn;
        }

        Dataset dataset() {
            AreaHierarchy hierarchy = draw(AreaGenerators.hierarchies());
            builder.hierarchy(hierarchy);
            List<AreaCode> areas = hierarchy.areas().map(Area::code).toJavaList();
            Gen<AreaCode> area = Generate.pick(areas);

            Set<String> groupingNames = new HashSet<>();
            for (int i = count(2); i > 0; i--) {
                AreaGrouping grouping = draw(AreaGenerators.groupings(hierarchy));
                if (!grouping.groups().isEmpty() && groupingNames.add(grouping.name())) {
                    builder.grouping(grouping);
                }
            }
            Set<List<Object>> populationKeys = new HashSet<>();
            for (int i = count(4); i > 0; i--) {
                AreaPopulation p = draw(AreaGenerators.areaPopulations());
                AreaPopulation here = AreaPopulation.of(draw(area), p.year(), p.population());
                if (populationKeys.add(List.of(here.areaCode(), here.year()))) {
                    builder.add(here);
                }
            }

            boolean hasInitiatives = draw(coin);
            List<InitiativeId> initiativeIds = new ArrayList<>();
            if (hasInitiatives) {
                CommunityGenerators.InitiativeNetwork network = draw(CommunityGenerators.initiativeNetworks());
                for (Initiative i : network.initiatives()) {
                    builder.add(
                            ImmutableInitiative.copyOf(i).withArea(draw(area)).withName(name(i.name())));
                    initiativeIds.add(i.id());
                }
                network.links().forEach(builder::add);
                present(FactType.INITIATIVES, FactType.INITIATIVE_LINKS);
            }

            boolean hasProvisions = draw(coin);
            List<ProvisionId> provisionIds = new ArrayList<>();
            if (hasProvisions) {
                for (int i = count(4); i > 0; i--) {
                    Provision p = draw(SupportGenerators.provisions());
                    ProvisionId id = ProvisionId.of("p-" + i);
                    builder.add(ImmutableProvision.copyOf(p)
                            .withId(id)
                            .withArea(draw(area))
                            .withName(name(p.name())));
                    provisionIds.add(id);
                }
                present(FactType.PROVISIONS);
            }

            boolean hasActivities = draw(coin);
            List<Activity> activities = new ArrayList<>();
            if (hasActivities) {
                for (int i = count(5); i > 0; i--) {
                    Activity a = draw(CommunityGenerators.activities());
                    Activity here = ImmutableActivity.copyOf(a)
                            .withId(ActivityId.of("a-" + i))
                            .withArea(draw(area))
                            .withName(name(a.name()))
                            .withPlaceId(Optional.empty())
                            .withInitiativeId(reference(hasInitiatives, initiativeIds, a.initiativeId()))
                            .withProvisionId(reference(hasProvisions, provisionIds, a.provisionId()));
                    builder.add(here);
                    activities.add(here);
                }
                present(FactType.ACTIVITIES);
            }

            boolean hasResidents = draw(coin);
            List<ResidentId> residentIds = new ArrayList<>();
            if (hasResidents) {
                for (int i = count(8); i > 0; i--) {
                    Resident r = draw(ResidentGenerators.residents());
                    ResidentId id = ResidentId.of("r-" + i);
                    builder.add(ImmutableResident.copyOf(r).withId(id).withArea(draw(area)));
                    residentIds.add(id);
                }
                present(FactType.RESIDENTS);
            }
            Gen<ResidentId> resident = hasResidents && !residentIds.isEmpty()
                    ? Generate.pick(residentIds)
                    : ResidentGenerators.residentIds();
            boolean residentsKnown = !hasResidents || !residentIds.isEmpty();

            if (draw(coin) && residentsKnown) {
                Set<CohortName> names = new HashSet<>();
                for (int i = count(2); i > 0; i--) {
                    Cohort drawn = draw(ResidentGenerators.cohorts());
                    if (names.add(drawn.name())) {
                        cohort(drawn, hasResidents, residentIds).ifPresent(builder::add);
                    }
                }
            }

            if (draw(coin) && residentsKnown) {
                for (int i = count(8); i > 0; i--) {
                    Participation p = draw(CommunityGenerators.participations());
                    ActivityId activity = hasActivities
                            ? (activities.isEmpty() ? null : pick(activities).id())
                            : p.activity();
                    if (activity != null) {
                        builder.add(Participation.of(draw(resident), activity, draw(area), p.date(), p.role()));
                    }
                }
                present(FactType.PARTICIPATIONS);
            }
            if (draw(coin) && residentsKnown) {
                for (int i = count(6); i > 0; i--) {
                    LadderAssessment a = draw(ResidentGenerators.ladderAssessments());
                    builder.add(LadderAssessment.of(draw(resident), a.date(), a.rung()));
                }
                present(FactType.LADDER_ASSESSMENTS);
            }
            if (draw(coin) && residentsKnown) {
                Set<List<Object>> keys = new HashSet<>();
                for (int i = count(4); i > 0; i--) {
                    SelfRelianceAssessment a = draw(ResidentGenerators.selfRelianceAssessments());
                    ResidentId who = draw(resident);
                    if (keys.add(List.of(who, a.date()))) {
                        builder.add(SelfRelianceAssessment.validate(who, a.date(), a.scores())
                                .get());
                    }
                }
                present(FactType.SELF_RELIANCE_ASSESSMENTS);
            }
            if (draw(coin) && residentsKnown) {
                for (int i = count(5); i > 0; i--) {
                    SupportEpisode e = draw(SupportGenerators.supportEpisodes());
                    builder.add(ImmutableSupportEpisode.copyOf(e)
                            .withId(SupportEpisodeId.of("e-" + i))
                            .withArea(draw(area))
                            .withResident(e.resident().isPresent() ? Optional.of(draw(resident)) : Optional.empty()));
                }
                present(FactType.SUPPORT_EPISODES);
            }
            if (draw(coin)) {
                for (int i = count(8); i > 0; i--) {
                    SurveyResponse r = draw(SurveyGenerators.surveyResponses());
                    builder.add(ImmutableSurveyResponse.copyOf(r).withArea(draw(area)));
                }
                present(FactType.SURVEY_RESPONSES);
            }
            return builder.build();
        }

        /** Marks some of {@code types} present even when they have no facts, as a package with empty files. */
        private void present(FactType... types) {
            for (FactType type : types) {
                if (draw(coin)) {
                    builder.present(type);
                }
            }
        }

        /** A reference to one of {@code ids} when their resource is present, else the drawn one as it is. */
        private <I> Optional<I> reference(boolean present, List<I> ids, Optional<I> drawn) {
            if (!present || drawn.isEmpty()) {
                return drawn;
            }
            return ids.isEmpty() ? Optional.empty() : Optional.of(pick(ids));
        }

        /**
         * The drawn cohort with its residents replaced one for one by residents of the dataset (so that no two
         * memberships of a resident come to overlap); none when there are not enough residents.
         */
        private Optional<Cohort> cohort(Cohort drawn, boolean hasResidents, List<ResidentId> residentIds) {
            if (!hasResidents) {
                return Optional.of(drawn);
            }
            Map<ResidentId, ResidentId> replaced = new HashMap<>();
            List<CohortMembership> memberships = new ArrayList<>();
            for (CohortMembership m : drawn.memberships()) {
                ResidentId member = replaced.computeIfAbsent(
                        m.resident(),
                        r -> replaced.size() < residentIds.size()
                                ? residentIds.get(replaced.size())
                                : ResidentId.of("r-none"));
                if (member.value().equals("r-none")) {
                    return Optional.empty();
                }
                memberships.add(CohortMembership.validate(m.cohort(), member, m.joined(), m.left())
                        .get());
            }
            return Optional.of(Cohort.validate(drawn.name(), drawn.description(), memberships)
                    .get());
        }
    }
}
