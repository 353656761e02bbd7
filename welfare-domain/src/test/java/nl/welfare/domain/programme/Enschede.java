package nl.welfare.domain.programme;

import java.time.LocalDate;
import java.util.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;

/**
 * The story of the sources as values: Enschede's policy "Nieuw Enschedees Welzijn" with its five goals, the Twentse
 * Alliantie of Alifa, Vizier and Eurus, the commission 2018/2022 (extension to 2024) for Noord, Oost and Centrum, Oost's
 * programme and the round-table conversations of 26 May 2016. Where the sources give no day (the policy was adopted
 * "at the end of" 2016, the alliance formed "in" 2017), the day is illustrative.
 */
final class Enschede {

    static final AreaCode MUNICIPALITY_CODE = AreaCode.of("GM0153");

    static final OrganisationId MUNICIPALITY_ID = OrganisationId.of("gemeente-enschede");
    static final OrganisationId ALIFA_ID = OrganisationId.of("alifa");
    static final OrganisationId VIZIER_ID = OrganisationId.of("vizier");
    static final OrganisationId EURUS_ID = OrganisationId.of("eurus");
    static final OrganisationId ALLIANCE_ID = OrganisationId.of("twentse-alliantie");

    static final PolicyGoal SELF_RELIANCE =
            PolicyGoal.of(GoalId.of("self-and-mutual-reliance"), "More self-reliance and mutual reliance");
    static final PolicyGoal PARTICIPATION = PolicyGoal.of(GoalId.of("participation"), "A higher participation rate");
    static final PolicyGoal QUALITY_OF_LIFE = PolicyGoal.builder()
            .id(GoalId.of("quality-of-life"))
            .name("More quality of life")
            .description("More quality of life for residents, vulnerable residents above all")
            .build();
    static final PolicyGoal LIVEABLE = PolicyGoal.of(GoalId.of("liveable-neighbourhoods"), "Liveable neighbourhoods");
    static final PolicyGoal PREVENTION = PolicyGoal.of(
            GoalId.of("specialist-to-prevention"),
            "A shift from specialist support to prevention and general provisions");

    static final List<PolicyGoal> GOALS = List.of(SELF_RELIANCE, PARTICIPATION, QUALITY_OF_LIFE, LIVEABLE, PREVENTION);

    static final Policy POLICY = Policy.builder()
            .id(PolicyId.of("nieuw-enschedees-welzijn"))
            .name("Nieuw Enschedees Welzijn")
            .commissioner(MUNICIPALITY_ID)
            .adopted(LocalDate.of(2016, 12, 31))
            .vision("An inclusive society in which everyone takes part")
            .addAllGoals(GOALS)
            .build();

    static final Organisation MUNICIPALITY =
            Organisation.of(MUNICIPALITY_ID, "Gemeente Enschede", OrganisationKind.MUNICIPALITY);
    static final Organisation ALIFA = Organisation.of(ALIFA_ID, "Alifa", OrganisationKind.WELFARE_ORGANISATION);
    static final Organisation VIZIER = Organisation.of(VIZIER_ID, "Vizier", OrganisationKind.WELFARE_ORGANISATION);
    static final Organisation EURUS = Organisation.of(EURUS_ID, "Eurus", OrganisationKind.WELFARE_ORGANISATION);

    static final Alliance ALLIANCE = Alliance.builder()
            .id(ALLIANCE_ID)
            .name("Twentse Alliantie")
            .formed(LocalDate.of(2017, 1, 1))
            .addMembers(ALIFA_ID, VIZIER_ID, EURUS_ID)
            .build();

    static final Commission COMMISSION = Commission.builder()
            .id(CommissionId.of("enschede-welzijn-2018"))
            .commissioner(MUNICIPALITY_ID)
            .contractor(ALLIANCE_ID)
            .term(ReportingPeriod.years(2018, 2022))
            .extensionEnd(LocalDate.of(2024, 12, 31))
            .addArea(MUNICIPALITY_CODE)
            .addBoroughs("NOORD", "OOST", "CENTRUM")
            .addAllGoals(POLICY.goalIds())
            .build();

    static final Bottleneck SPECIAL_TRANSPORT = Bottleneck.builder()
            .borough("OOST")
            .identified(LocalDate.of(2018, 3, 1))
            .description("Residents do not know the general provisions for special transport")
            .goal(PREVENTION.id())
            .build();

    static final Bottleneck SOCIAL_CONNECTION = Bottleneck.builder()
            .borough("OOST")
            .identified(LocalDate.of(2018, 3, 1))
            .description("Engagement and social connection in the borough need support")
            .goal(LIVEABLE.id())
            .build();

    static final AreaProgramme OOST = AreaProgramme.builder()
            .id(ProgrammeId.of("oost-2018"))
            .commission(COMMISSION.id())
            .borough("OOST")
            .period(ReportingPeriod.years(2018, 2022))
            .addBottlenecks(SPECIAL_TRANSPORT, SOCIAL_CONNECTION)
            .addInterventions(
                    "Inform residents about the general provisions for special transport",
                    "Broaden the district teams' offer of collective provisions",
                    "Support resident initiatives that connect neighbours")
            .build();

    /** The four round tables in the boroughs that afternoon, counted as one: 60 partners and council members. */
    static final Meeting ROUND_TABLE = Meeting.builder()
            .id(MeetingId.of("rondetafel-2016-05-26"))
            .date(LocalDate.of(2016, 5, 26))
            .area(MUNICIPALITY_CODE)
            .kind(MeetingKind.ROUND_TABLE)
            .putAttendee(AttendeeKind.PARTNERS, 60)
            .build();

    private Enschede() {}
}
