package nl.welfare.examples.reference;

import java.time.LocalDate;
import java.util.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.programme.Alliance;
import nl.welfare.domain.programme.AreaProgramme;
import nl.welfare.domain.programme.AttendeeKind;
import nl.welfare.domain.programme.Bottleneck;
import nl.welfare.domain.programme.Commission;
import nl.welfare.domain.programme.CommissionId;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.programme.Meeting;
import nl.welfare.domain.programme.MeetingId;
import nl.welfare.domain.programme.MeetingKind;
import nl.welfare.domain.programme.Organisation;
import nl.welfare.domain.programme.OrganisationId;
import nl.welfare.domain.programme.OrganisationKind;
import nl.welfare.domain.programme.Policy;
import nl.welfare.domain.programme.PolicyGoal;
import nl.welfare.domain.programme.PolicyId;
import nl.welfare.domain.programme.ProgrammeId;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.time.ReportingPeriod;

/**
 * The Enschede reference case as the sources tell it (referentiecasus Enschede 2018-2022), as values of the domain
 * model: the policy "Nieuw Enschedees Welzijn" with its five goals and the round-table conversations of 26 May 2016;
 * Alifa, Vizier and Eurus forming the Twentse Alliantie in 2017; the commission for Noord, Oost and Centrum, 2018-2022
 * with the option to 2024; one area programme per borough with the bottlenecks the sources name; the initiatives of
 * Noord and the links the alliance made between them in 2018; the shelter pilot in Centrum; the collective provisions
 * of Oost's district teams.
 *
 * <p>What is real and what is not: the names, goals, years and bottlenecks are the sources' (see docs/reference.md).
 * Where the sources give no day (the policy adopted "at the end of" 2016, the alliance formed "in" 2017, the links
 * made "in" 2018), no neighbourhood (where an initiative of Noord meets, where the shelter is) or no split (60
 * attendees over four round tables), the value here is <b>illustrative</b>, and says so in its Javadoc. The Oost
 * provisions' names are illustrative too: the sources say only that the offer became much broader by the end of 2018.
 *
 * <pre>{@code
 * EnschedeReference.COMMISSION.validateAgainst(EnschedeReference.POLICY);        // Valid
 * EnschedeReference.PROGRAMMES.forEach(p -> p.validateAgainst(EnschedeReference.COMMISSION)); // all Valid
 * EnschedeReference.NOORD_LINKS.size();                                           // 9 links, all made in 2018
 * }</pre>
 */
public final class EnschedeReference {

    /** The municipality of Enschede, CBS code GM0153. */
    public static final AreaCode MUNICIPALITY_CODE = AreaCode.of("GM0153");

    /** The group code of the borough (stadsdeel) Noord. */
    public static final String NOORD = "NOORD";

    /** The group code of the borough Oost. */
    public static final String OOST = "OOST";

    /** The group code of the borough Centrum. */
    public static final String CENTRUM = "CENTRUM";

    /** The group code of the borough West: outside the commission, a comparison area. */
    public static final String WEST = "WEST";

    /** The group code of the borough Zuid: outside the commission, a comparison area. */
    public static final String ZUID = "ZUID";

    /** The organisation id of the municipality (gemeente Enschede). */
    public static final OrganisationId MUNICIPALITY_ID = OrganisationId.of("gemeente-enschede");

    /** The organisation id of Alifa. */
    public static final OrganisationId ALIFA_ID = OrganisationId.of("alifa");

    /** The organisation id of Vizier. */
    public static final OrganisationId VIZIER_ID = OrganisationId.of("vizier");

    /** The organisation id of Eurus. */
    public static final OrganisationId EURUS_ID = OrganisationId.of("eurus");

    /** The organisation id of the Twentse Alliantie. */
    public static final OrganisationId ALLIANCE_ID = OrganisationId.of("twentse-alliantie");

    /** The municipality as an organisation: the commissioner. */
    public static final Organisation MUNICIPALITY =
            Organisation.of(MUNICIPALITY_ID, "Gemeente Enschede", OrganisationKind.MUNICIPALITY);

    /** Alifa, welfare organisation. */
    public static final Organisation ALIFA = Organisation.of(ALIFA_ID, "Alifa", OrganisationKind.WELFARE_ORGANISATION);

    /** Vizier, welfare organisation. */
    public static final Organisation VIZIER =
            Organisation.of(VIZIER_ID, "Vizier", OrganisationKind.WELFARE_ORGANISATION);

    /** Eurus, welfare organisation. */
    public static final Organisation EURUS = Organisation.of(EURUS_ID, "Eurus", OrganisationKind.WELFARE_ORGANISATION);

    /** The organisations of the story. */
    public static final List<Organisation> ORGANISATIONS = List.of(MUNICIPALITY, ALIFA, VIZIER, EURUS);

    /**
     * The Twentse Alliantie: Alifa, Vizier and Eurus, formed in 2017 ("In 2017 besloten we ... de Twentse Alliantie te
     * vormen"); the day, 1 January, is illustrative.
     */
    public static final Alliance ALLIANCE = Alliance.builder()
            .id(ALLIANCE_ID)
            .name("Twentse Alliantie")
            .formed(LocalDate.of(2017, 1, 1))
            .addMembers(ALIFA_ID, VIZIER_ID, EURUS_ID)
            .build();

    /** Goal 1: more self-reliance and mutual reliance (zelf- en samenredzaamheid). */
    public static final PolicyGoal SELF_AND_MUTUAL_RELIANCE =
            PolicyGoal.of(GoalId.of("self-and-mutual-reliance"), "More self-reliance and mutual reliance");

    /** Goal 2: a higher participation rate (participatiegraad). */
    public static final PolicyGoal PARTICIPATION =
            PolicyGoal.of(GoalId.of("participation"), "A higher participation rate");

    /** Goal 3: more quality of life for (vulnerable) residents (kwaliteit van leven). */
    public static final PolicyGoal QUALITY_OF_LIFE = PolicyGoal.builder()
            .id(GoalId.of("quality-of-life"))
            .name("More quality of life")
            .description("More quality of life for residents, vulnerable residents above all")
            .build();

    /** Goal 4: liveable neighbourhoods (leefbare wijken). */
    public static final PolicyGoal LIVEABLE_NEIGHBOURHOODS =
            PolicyGoal.of(GoalId.of("liveable-neighbourhoods"), "Liveable neighbourhoods");

    /** Goal 5: a shift from specialist support to prevention and general provisions. */
    public static final PolicyGoal SPECIALIST_TO_PREVENTION = PolicyGoal.of(
            GoalId.of("specialist-to-prevention"),
            "A shift from specialist support to prevention and general provisions");

    /** The five goals, in the sources' order; their ids are the reference catalogue's goals. */
    public static final List<PolicyGoal> GOALS = List.of(
            SELF_AND_MUTUAL_RELIANCE,
            PARTICIPATION,
            QUALITY_OF_LIFE,
            LIVEABLE_NEIGHBOURHOODS,
            SPECIALIST_TO_PREVENTION);

    /**
     * The policy "Nieuw Enschedees Welzijn" (2016): an inclusive society in which everyone takes part. "Deze nota wordt
     * eind dit jaar vastgesteld": adopted at the end of 2016; the day, 31 December, is illustrative.
     */
    public static final Policy POLICY = Policy.builder()
            .id(PolicyId.of("nieuw-enschedees-welzijn"))
            .name("Nieuw Enschedees Welzijn")
            .commissioner(MUNICIPALITY_ID)
            .adopted(LocalDate.of(2016, 12, 31))
            .vision("An inclusive society in which everyone takes part: fewer partitions between organisations, fewer"
                    + " rules, more mandate for residents, prevention, support organised close to the resident,"
                    + " bought per borough on demand")
            .addAllGoals(GOALS)
            .build();

    /**
     * The four round-table conversations of Thursday 26 May 2016 in the boroughs (Noord/Centrum, Oost, West, Zuid),
     * with 60 welfare partners and council members in all. The split of the 60 over the four tables (15 each, counted
     * as partners) is illustrative; the sources give only the total.
     */
    public static final List<Meeting> ROUND_TABLES =
            List.of(roundTable("noord-centrum"), roundTable("oost"), roundTable("west"), roundTable("zuid"));

    /**
     * The commission (opdracht): the municipality commissions the Twentse Alliantie for the boroughs Noord, Oost and
     * Centrum, on the five goals, 2018-2022, with a possible extension to 2024.
     */
    public static final Commission COMMISSION = Commission.builder()
            .id(CommissionId.of("enschede-welzijn-2018"))
            .commissioner(MUNICIPALITY_ID)
            .contractor(ALLIANCE_ID)
            .term(ReportingPeriod.years(2018, 2022))
            .extensionEnd(LocalDate.of(2024, 12, 31))
            .addArea(MUNICIPALITY_CODE)
            .addBoroughs(NOORD, OOST, CENTRUM)
            .addAllGoals(POLICY.goalIds())
            .build();

    /** The boroughs outside the commission: natural comparison areas, not control groups. */
    public static final List<String> COMPARISON_BOROUGHS = List.of(WEST, ZUID);

    /** The day the first mapping round ended (illustrative: the sources say "in de loop van 2018"). */
    private static final LocalDate MAPPED = LocalDate.of(2018, 3, 1);

    /** Oost: residents do not know the general provisions for special transport (speciaal vervoer). */
    public static final Bottleneck OOST_SPECIAL_TRANSPORT = Bottleneck.builder()
            .borough(OOST)
            .identified(MAPPED)
            .description("Residents do not know the general provisions for special transport: the information"
                    + " towards them falls short")
            .goal(SPECIALIST_TO_PREVENTION.id())
            .build();

    /** Oost: engagement and social connection need support. */
    public static final Bottleneck OOST_SOCIAL_CONNECTION = Bottleneck.builder()
            .borough(OOST)
            .identified(MAPPED)
            .description("Engagement and social connection in the borough need support")
            .goal(LIVEABLE_NEIGHBOURHOODS.id())
            .build();

    /** Noord: many good initiatives, but they stand apart and their organisers do not know of each other. */
    public static final Bottleneck NOORD_INITIATIVES_APART = Bottleneck.builder()
            .borough(NOORD)
            .identified(MAPPED)
            .description("The many, mostly good, initiatives stand apart and their organisers do not know of each"
                    + " other, so they do not improve prevention, liveability and participation structurally")
            .goal(SELF_AND_MUTUAL_RELIANCE.id())
            .build();

    /** Centrum: relatively many residents far from the labour market who do not take part. */
    public static final Bottleneck CENTRUM_FAR_FROM_WORK = Bottleneck.builder()
            .borough(CENTRUM)
            .identified(MAPPED)
            .description("Relatively many residents far from the labour market who do not take part in society;"
                    + " activating them needs another approach")
            .goal(PARTICIPATION.id())
            .build();

    /** The programme of Oost. */
    public static final AreaProgramme OOST_PROGRAMME = AreaProgramme.builder()
            .id(ProgrammeId.of("oost-2018"))
            .commission(COMMISSION.id())
            .borough(OOST)
            .period(ReportingPeriod.years(2018, 2022))
            .addBottlenecks(OOST_SPECIAL_TRANSPORT, OOST_SOCIAL_CONNECTION)
            .addInterventions(
                    "Inform residents about the general provisions for special transport",
                    "Broaden the district teams' offer of collective provisions",
                    "Support resident initiatives that connect neighbours")
            .build();

    /** The programme of Noord. */
    public static final AreaProgramme NOORD_PROGRAMME = AreaProgramme.builder()
            .id(ProgrammeId.of("noord-2018"))
            .commission(COMMISSION.id())
            .borough(NOORD)
            .period(ReportingPeriod.years(2018, 2022))
            .addBottlenecks(NOORD_INITIATIVES_APART)
            .addInterventions(
                    "Connect the initiatives: the neighbourhood living room, the playgrounds, Beien and Power work"
                            + " together",
                    "Give the residents' platform Deppenbroek a more prominent role as the district's voice",
                    "Keep the social map up to date, so that residents find volunteer or paid work through each other")
            .build();

    /** The programme of Centrum. */
    public static final AreaProgramme CENTRUM_PROGRAMME = AreaProgramme.builder()
            .id(ProgrammeId.of("centrum-2018"))
            .commission(COMMISSION.id())
            .borough(CENTRUM)
            .period(ReportingPeriod.years(2018, 2022))
            .addBottlenecks(CENTRUM_FAR_FROM_WORK)
            .addInterventions(
                    "Map the organisations that care for residents far from the labour market",
                    "Prepare the approach with students of Saxion University of Applied Sciences",
                    "A pilot with the residents of a shelter: sport, chores for neighbours, personal coaching and"
                            + " tailored support")
            .build();

    /** The three area programmes, one per commissioned borough. */
    public static final List<AreaProgramme> PROGRAMMES = List.of(NOORD_PROGRAMME, OOST_PROGRAMME, CENTRUM_PROGRAMME);

    /**
     * The shelter pilot in Centrum: "een opvangplek waar ruim 50 mannen wonen die ... op straat zijn komen te staan".
     * The cohort of {@code welfare generate} holds {@link #SHELTER_MEN} synthetic men.
     */
    public static final CohortName SHELTER_PILOT = CohortName.of("shelter-pilot");

    /** The description of the shelter cohort. */
    public static final String SHELTER_DESCRIPTION = "Men living at a shelter in Centrum who take part in the"
            + " activation pilot of the Twentse Alliantie (sport, chores for neighbours, personal coaching); synthetic"
            + " members, 'a little over 50' in the sources";

    /** The size of the shelter cohort: "ruim 50 mannen", a little over 50. */
    public static final int SHELTER_MEN = 52;

    /**
     * The neighbourhood of the shelter: City (BU01530000), in Centrum. Illustrative: the sources do not say where it
     * is.
     */
    public static final AreaCode SHELTER_NEIGHBOURHOOD = AreaCode.of("BU01530000");

    /** The day the shelter pilot started (illustrative: after the mapping and the students' preparation). */
    public static final LocalDate SHELTER_PILOT_START = LocalDate.of(2019, 2, 1);

    private static final AreaCode DEPPENBROEK = AreaCode.of("BU01530404");
    private static final AreaCode MEKKELHOLT = AreaCode.of("BU01530403");
    private static final AreaCode ROOMBEEK = AreaCode.of("BU01530402");
    private static final AreaCode BOLHAAR = AreaCode.of("BU01530401");
    private static final AreaCode WALHOF = AreaCode.of("BU01530400");

    /** Residents' initiative Beien, Noord. */
    public static final Initiative BEIEN =
            noord("beien", "Bewonersinitiatief Beien", MEKKELHOLT, InitiativeLead.RESIDENTS);

    /** Buren voor Buren (neighbours for neighbours), Noord. */
    public static final Initiative BUREN_VOOR_BUREN =
            noord("buren-voor-buren", "Buren voor Buren", ROOMBEEK, InitiativeLead.RESIDENTS);

    /** Power, Noord. */
    public static final Initiative POWER = noord("power", "Power", DEPPENBROEK, InitiativeLead.JOINT);

    /** The residents' platform Deppenbroek (bewonersplatform), Noord: the district's voice after 2018. */
    public static final Initiative PLATFORM_DEPPENBROEK = noord(
            "bewonersplatform-deppenbroek", "Bewonersplatform Deppenbroek", DEPPENBROEK, InitiativeLead.RESIDENTS);

    /** The district budget committee (wijkbudgetcommissie), Noord. */
    public static final Initiative WIJKBUDGETCOMMISSIE =
            noord("wijkbudgetcommissie-noord", "Wijkbudgetcommissie Noord", WALHOF, InitiativeLead.JOINT);

    /** The BAT volunteers, Noord. */
    public static final Initiative BAT_VRIJWILLIGERS =
            noord("bat-vrijwilligers", "BAT vrijwilligers", BOLHAAR, InitiativeLead.RESIDENTS);

    /** The house of stories (huis van verhalen), Noord. */
    public static final Initiative HUIS_VAN_VERHALEN =
            noord("huis-van-verhalen", "Huis van verhalen", ROOMBEEK, InitiativeLead.JOINT);

    /** The neighbourhood living room (huiskamer van de buurt), Noord, run with professionals. */
    public static final Initiative HUISKAMER =
            noord("huiskamer-van-de-buurt", "Huiskamer van de buurt", MEKKELHOLT, InitiativeLead.PROFESSIONALS);

    /** The playgrounds (speeltuinen) of Noord, run by residents' associations. */
    public static final Initiative SPEELTUINEN =
            noord("speeltuinen-noord", "Speeltuinen Noord", DEPPENBROEK, InitiativeLead.RESIDENTS);

    /**
     * The initiatives of Noord the sources name: Beien, Buren voor Buren, Power, the residents' platform Deppenbroek,
     * the district budget committee, the BAT volunteers, the house of stories, and the living room and playgrounds
     * they were connected with. Each started before the commission (1 September 2016, illustrative), in a
     * neighbourhood of Noord (illustrative).
     */
    public static final List<Initiative> NOORD_INITIATIVES = List.of(
            BEIEN,
            BUREN_VOOR_BUREN,
            POWER,
            PLATFORM_DEPPENBROEK,
            WIJKBUDGETCOMMISSIE,
            BAT_VRIJWILLIGERS,
            HUIS_VAN_VERHALEN,
            HUISKAMER,
            SPEELTUINEN);

    /**
     * The links the alliance made between Noord's initiatives in 2018 ("Daarom leggen we in 2018 verschillende
     * verbindingen"): the living room, the playgrounds, Beien and Power work together; the residents' platform
     * becomes the district's voice with the budget committee, the BAT volunteers and the house of stories. Which pairs
     * beyond Beien-Power, and the days, are illustrative.
     */
    public static final List<InitiativeLink> NOORD_LINKS = List.of(
            link(BEIEN, POWER, 2018, 4),
            link(HUISKAMER, BEIEN, 2018, 5),
            link(HUISKAMER, POWER, 2018, 5),
            link(SPEELTUINEN, HUISKAMER, 2018, 6),
            link(SPEELTUINEN, BEIEN, 2018, 9),
            link(BUREN_VOOR_BUREN, HUISKAMER, 2018, 9),
            link(PLATFORM_DEPPENBROEK, WIJKBUDGETCOMMISSIE, 2018, 10),
            link(PLATFORM_DEPPENBROEK, BAT_VRIJWILLIGERS, 2018, 11),
            link(HUIS_VAN_VERHALEN, PLATFORM_DEPPENBROEK, 2018, 11));

    /**
     * The collective provisions Oost's district teams (wijkteams) offered before the commission: the offer the
     * sources say became "beduidend ruimer" by the end of 2018. Names and neighbourhoods are illustrative.
     */
    public static final List<Provision> OOST_COLLECTIVE_BEFORE = List.of(
            collective("oost-koffieochtend-velve", "Koffieochtend Velve-Lindenhof", "BU01530100", 2016, 3),
            collective("oost-inloop-wooldrik", "Inloopspreekuur Wooldrik", "BU01530101", 2016, 9),
            collective("oost-beweegclub-deppenbroek", "Beweegclub Hogeland", "BU01530102", 2017, 2),
            collective("oost-mantelzorgcafe", "Mantelzorgcafé Oost", "BU01530103", 2017, 6));

    /**
     * The collective provisions Oost's district teams added at the end of 2018 and in 2019, among them the information
     * desk on special transport that answers the bottleneck of Oost. Names, neighbourhoods and months are illustrative;
     * that most start in the last months of 2018 is the sources'.
     */
    public static final List<Provision> OOST_COLLECTIVE_ADDED = List.of(
            collective("oost-vervoersloket", "Informatiepunt speciaal vervoer Oost", "BU01530101", 2018, 9),
            collective("oost-buurtkamer-wooldrik", "Buurtkamer Wooldrik", "BU01530101", 2018, 9),
            collective("oost-samen-eten", "Samen eten Hogeland", "BU01530004", 2018, 10),
            collective("oost-wandelgroep", "Wandelgroep Velve", "BU01530100", 2018, 10),
            collective("oost-taalcafe", "Taalcafé Oost", "BU01530103", 2018, 10),
            collective("oost-klussendienst", "Klussendienst Oost", "BU01530104", 2018, 11),
            collective("oost-digicafe", "Digicafé Oost", "BU01530105", 2018, 11),
            collective("oost-rouwgroep", "Lotgenotengroep Oost", "BU01530106", 2018, 12),
            collective("oost-ontmoeting-leuriks", "Ontmoetingsplek De Leuriks", "BU01530106", 2019, 3),
            collective("oost-jongerenhuiskamer", "Jongerenhuiskamer Oost", "BU01530102", 2019, 5),
            collective("oost-vervoer-maatje", "Vervoersmaatjes Oost", "BU01530100", 2019, 9));

    /** The sources of the story (in the design notes' seeds), for the descriptor of a generated package. */
    public static final List<String> SOURCES = List.of(
            "Eurus, 'Enschedees welzijn 2018-2022': the Twentse Alliantie in Noord, Oost and Centrum",
            "Gemeente Enschede, 'Gemeente en partners in gesprek over Nieuw Enschedees Welzijn', 9 June 2016");

    private EnschedeReference() {}

    private static Meeting roundTable(String tables) {
        return Meeting.builder()
                .id(MeetingId.of("rondetafel-2016-05-26-" + tables))
                .date(LocalDate.of(2016, 5, 26))
                .area(MUNICIPALITY_CODE)
                .kind(MeetingKind.ROUND_TABLE)
                .putAttendee(AttendeeKind.PARTNERS, 15)
                .build();
    }

    private static Initiative noord(String id, String name, AreaCode area, InitiativeLead lead) {
        return Initiative.builder()
                .id(InitiativeId.of(id))
                .name(name)
                .area(area)
                .lead(lead)
                .started(LocalDate.of(2016, 9, 1))
                .theme("noord")
                .build();
    }

    private static InitiativeLink link(Initiative one, Initiative other, int year, int month) {
        return InitiativeLink.of(one.id(), other.id(), LocalDate.of(year, month, 15));
    }

    private static Provision collective(String id, String name, String area, int year, int month) {
        return Provision.builder()
                .id(ProvisionId.of(id))
                .name(name)
                .kind(ProvisionKind.COLLECTIVE)
                .area(AreaCode.of(area))
                .started(LocalDate.of(year, month, 1))
                .build();
    }
}
