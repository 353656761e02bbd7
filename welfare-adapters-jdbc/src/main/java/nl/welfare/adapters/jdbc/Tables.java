package nl.welfare.adapters.jdbc;

import static java.sql.Types.DATE;
import static java.sql.Types.DOUBLE;
import static java.sql.Types.INTEGER;
import static java.sql.Types.NUMERIC;
import static java.sql.Types.SMALLINT;
import static java.sql.Types.VARCHAR;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.Place;
import nl.welfare.domain.programme.Alliance;
import nl.welfare.domain.programme.AreaProgramme;
import nl.welfare.domain.programme.AttendeeKind;
import nl.welfare.domain.programme.Bottleneck;
import nl.welfare.domain.programme.Budget;
import nl.welfare.domain.programme.Commission;
import nl.welfare.domain.programme.Meeting;
import nl.welfare.domain.programme.Organisation;
import nl.welfare.domain.programme.Policy;
import nl.welfare.domain.programme.PolicyGoal;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortMembership;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.resident.SelfRelianceScore;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.value.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * Every table of the schema that rows are inserted into, its columns declared once, in the order of its INSERT and of
 * the PostgreSQL COPY derived from it ({@link PostgresCopy#statement}). The ports and the importer write through these;
 * each port reads its own tables.
 */
final class Tables {

    /** A value of a list or a set that belongs to {@code owner}, at position {@code itemNo} (from 0). */
    record Item<P>(String owner, int itemNo, P value) {}

    /** A value of a set of texts that belongs to {@code owner}. */
    record Pair(String owner, String value) {}

    /** A neighbourhood of a group of a grouping. */
    record Member(String grouping, String group, AreaCode area) {}

    /** The count of attendees of one kind at a meeting. */
    record Attendees(String meeting, AttendeeKind kind, int count) {}

    private Tables() {}

    /**
     * {@code INSERT INTO table (columns) VALUES (?, ...)}, a parameter per column of {@code columns} (comma-separated):
     * the one declaration of a table's columns, for {@link SqlText#of} in a static initializer.
     */
    private static String insert(String table, String columns) {
        int count = columns.split(",", -1).length;
        return "INSERT INTO " + table + " (" + columns + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
    }

    private static int[] types(int... types) {
        return types;
    }

    private static @Nullable Object[] row(@Nullable Object... values) {
        return values;
    }

    private static @Nullable String id(Optional<? extends Identifier> id) {
        return id.isPresent() ? id.get().value() : null;
    }

    private static @Nullable LocalDate day(Optional<LocalDate> date) {
        return date.orElse(null);
    }

    private static @Nullable String text(Optional<String> text) {
        return text.orElse(null);
    }

    // ---------------------------------------------------------------------------------------------------- areas

    static final Table<Area> AREAS = new Table<>(
            "areas",
            SqlText.of(insert("areas", "code, name, area_level, parent_code, population")),
            types(VARCHAR, VARCHAR, VARCHAR, VARCHAR, INTEGER),
            a -> row(
                    a.code().value(),
                    a.name(),
                    a.level().code(),
                    a.parentCode().map(AreaCode::value).orElse(null),
                    a.population().orElse(null)));

    static final Table<AreaPopulation> POPULATIONS = new Table<>(
            "area_populations",
            SqlText.of(insert("area_populations", "area_code, for_year, population")),
            types(VARCHAR, INTEGER, INTEGER),
            p -> row(p.areaCode().value(), p.year().getValue(), p.population()));

    static final Table<String> GROUPINGS = new Table<>(
            "area_groupings", SqlText.of(insert("area_groupings", "name")), types(VARCHAR), name -> row(name));

    static final Table<Item<AreaGroup>> GROUPS = new Table<>(
            "area_groups",
            SqlText.of(insert("area_groups", "grouping_name, group_code, group_name, item_no")),
            types(VARCHAR, VARCHAR, VARCHAR, INTEGER),
            g -> row(g.owner(), g.value().code(), g.value().name(), g.itemNo()));

    static final Table<Member> GROUP_MEMBERS = new Table<>(
            "area_group_members",
            SqlText.of(insert("area_group_members", "grouping_name, group_code, area_code")),
            types(VARCHAR, VARCHAR, VARCHAR),
            m -> row(m.grouping(), m.group(), m.area().value()));

    // ------------------------------------------------------------------------------------------------ residents

    static final Table<Resident> RESIDENTS = new Table<>(
            "residents",
            SqlText.of(insert("residents", "id, area_code, birth_year")),
            types(VARCHAR, VARCHAR, INTEGER),
            r -> row(
                    r.id().value(),
                    r.area().value(),
                    r.birthYear().map(Year::getValue).orElse(null)));

    static final Table<Cohort> COHORTS = new Table<>(
            "cohorts",
            SqlText.of(insert("cohorts", "name, description")),
            types(VARCHAR, VARCHAR),
            c -> row(c.name().value(), text(c.description())));

    static final Table<Item<CohortMembership>> MEMBERSHIPS = new Table<>(
            "cohort_memberships",
            SqlText.of(insert("cohort_memberships", "cohort_name, item_no, resident_id, joined, left_on")),
            types(VARCHAR, INTEGER, VARCHAR, DATE, DATE),
            m -> row(
                    m.owner(),
                    m.itemNo(),
                    m.value().resident().value(),
                    m.value().joined(),
                    day(m.value().left())));

    static final Table<LadderAssessment> LADDER_ASSESSMENTS = new Table<>(
            "ladder_assessments",
            SqlText.of(insert("ladder_assessments", "resident_id, date, rung")),
            types(VARCHAR, DATE, SMALLINT),
            a -> row(a.resident().value(), a.date(), a.rung().number()));

    static final Table<SelfRelianceAssessment> SELF_RELIANCE_ASSESSMENTS = new Table<>(
            "self_reliance_assessments",
            SqlText.of(
                    insert(
                            "self_reliance_assessments",
                            "resident_id, date, finances, work_and_education, time_use, housing, domestic_relations, mental_health, physical_health, substance_use, basic_adl, instrumental_adl, social_network, community_participation, justice")),
            types(
                    VARCHAR, DATE, SMALLINT, SMALLINT, SMALLINT, SMALLINT, SMALLINT, SMALLINT, SMALLINT, SMALLINT,
                    SMALLINT, SMALLINT, SMALLINT, SMALLINT, SMALLINT),
            Tables::selfReliance);

    /** The columns of a self-reliance assessment: resident, date, then the score of each domain in enum order. */
    private static @Nullable Object[] selfReliance(SelfRelianceAssessment a) {
        SelfRelianceDomain[] domains = SelfRelianceDomain.values();
        @Nullable Object[] columns = new Object[2 + domains.length];
        columns[0] = a.resident().value();
        columns[1] = a.date();
        for (SelfRelianceDomain domain : domains) {
            columns[2 + domain.ordinal()] =
                    a.score(domain).map(SelfRelianceScore::number).orElse(null);
        }
        return columns;
    }

    // ------------------------------------------------------------------------------------------------ community

    static final Table<Initiative> INITIATIVES = new Table<>(
            "initiatives",
            SqlText.of(insert("initiatives", "id, name, area_code, lead, started, ended, theme")),
            types(VARCHAR, VARCHAR, VARCHAR, VARCHAR, DATE, DATE, VARCHAR),
            i -> row(
                    i.id().value(),
                    i.name(),
                    i.area().value(),
                    i.lead().code(),
                    i.started(),
                    day(i.ended()),
                    text(i.theme())));

    static final Table<InitiativeLink> INITIATIVE_LINKS = new Table<>(
            "initiative_links",
            SqlText.of(insert("initiative_links", "initiative_id, other_initiative_id, since, until")),
            types(VARCHAR, VARCHAR, DATE, DATE),
            l -> row(l.initiative().value(), l.otherInitiative().value(), l.since(), day(l.until())));

    static final Table<Place> PLACES = new Table<>(
            "places",
            SqlText.of(insert("places", "id, name, kind, area_code, opened, closed")),
            types(VARCHAR, VARCHAR, VARCHAR, VARCHAR, DATE, DATE),
            p -> row(p.id().value(), p.name(), p.kind().code(), p.area().value(), day(p.opened()), day(p.closed())));

    static final Table<Activity> ACTIVITIES = new Table<>(
            "activities",
            SqlText.of(insert("activities", "id, name, area_code, initiative_id, provision_id, place_id, theme")),
            types(VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR),
            a -> row(
                    a.id().value(),
                    a.name(),
                    a.area().value(),
                    id(a.initiativeId()),
                    id(a.provisionId()),
                    id(a.placeId()),
                    text(a.theme())));

    static final Table<Participation> PARTICIPATIONS = new Table<>(
            "participations",
            SqlText.of(insert("participations", "resident_id, activity_id, area_code, date, role")),
            types(VARCHAR, VARCHAR, VARCHAR, DATE, VARCHAR),
            p -> row(
                    p.resident().value(),
                    p.activity().value(),
                    p.area().value(),
                    p.date(),
                    p.role().code()));

    // -------------------------------------------------------------------------------------------------- support

    static final Table<Provision> PROVISIONS = new Table<>(
            "provisions",
            SqlText.of(insert("provisions", "id, name, kind, area_code, started, ended")),
            types(VARCHAR, VARCHAR, VARCHAR, VARCHAR, DATE, DATE),
            p -> row(p.id().value(), p.name(), p.kind().code(), p.area().value(), p.started(), day(p.ended())));

    static final Table<SupportEpisode> SUPPORT_EPISODES = new Table<>(
            "support_episodes",
            SqlText.of(insert("support_episodes", "id, resident_id, area_code, kind, provision_id, started, ended")),
            types(VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, DATE, DATE),
            e -> row(
                    e.id().value(),
                    id(e.resident()),
                    e.area().value(),
                    e.kind().code(),
                    e.provision().value(),
                    e.started(),
                    day(e.ended())));

    // --------------------------------------------------------------------------------------------------- survey

    static final Table<SurveyResponse> SURVEY_RESPONSES = new Table<>(
            "survey_responses",
            SqlText.of(insert("survey_responses", "respondent_id, area_code, date, question, answer, weight")),
            types(VARCHAR, VARCHAR, DATE, VARCHAR, VARCHAR, DOUBLE),
            r -> row(
                    r.respondent().value(),
                    r.area().value(),
                    r.date(),
                    r.question().value(),
                    r.answer(),
                    r.weight()));

    // ------------------------------------------------------------------------------------------------ programme

    static final Table<Policy> POLICIES = new Table<>(
            "policies",
            SqlText.of(insert("policies", "id, name, commissioner, adopted, vision")),
            types(VARCHAR, VARCHAR, VARCHAR, DATE, VARCHAR),
            p -> row(p.id().value(), p.name(), p.commissioner().value(), p.adopted(), p.vision()));

    static final Table<Item<PolicyGoal>> POLICY_GOALS = new Table<>(
            "policy_goals",
            SqlText.of(insert("policy_goals", "policy_id, item_no, goal_id, name, description")),
            types(VARCHAR, INTEGER, VARCHAR, VARCHAR, VARCHAR),
            g -> row(
                    g.owner(),
                    g.itemNo(),
                    g.value().id().value(),
                    g.value().name(),
                    text(g.value().description())));

    static final Table<Organisation> ORGANISATIONS = new Table<>(
            "organisations",
            SqlText.of(insert("organisations", "id, name, kind")),
            types(VARCHAR, VARCHAR, VARCHAR),
            o -> row(o.id().value(), o.name(), o.kind().code()));

    static final Table<Alliance> ALLIANCES = new Table<>(
            "alliances",
            SqlText.of(insert("alliances", "id, name, formed")),
            types(VARCHAR, VARCHAR, DATE),
            a -> row(a.id().value(), a.name(), a.formed()));

    static final Table<Pair> ALLIANCE_MEMBERS = new Table<>(
            "alliance_members",
            SqlText.of(insert("alliance_members", "alliance_id, organisation_id")),
            types(VARCHAR, VARCHAR),
            m -> row(m.owner(), m.value()));

    static final Table<Commission> COMMISSIONS = new Table<>(
            "commissions",
            SqlText.of(insert("commissions", "id, commissioner, contractor, term_start, term_end, extension_end")),
            types(VARCHAR, VARCHAR, VARCHAR, DATE, DATE, DATE),
            c -> row(
                    c.id().value(),
                    c.commissioner().value(),
                    c.contractor().value(),
                    c.term().start(),
                    c.term().end(),
                    day(c.extensionEnd())));

    static final Table<Pair> COMMISSION_AREAS = new Table<>(
            "commission_areas",
            SqlText.of(insert("commission_areas", "commission_id, area_code")),
            types(VARCHAR, VARCHAR),
            p -> row(p.owner(), p.value()));

    static final Table<Pair> COMMISSION_BOROUGHS = new Table<>(
            "commission_boroughs",
            SqlText.of(insert("commission_boroughs", "commission_id, borough")),
            types(VARCHAR, VARCHAR),
            p -> row(p.owner(), p.value()));

    static final Table<Pair> COMMISSION_GOALS = new Table<>(
            "commission_goals",
            SqlText.of(insert("commission_goals", "commission_id, goal_id")),
            types(VARCHAR, VARCHAR),
            p -> row(p.owner(), p.value()));

    static final Table<AreaProgramme> AREA_PROGRAMMES = new Table<>(
            "area_programmes",
            SqlText.of(insert("area_programmes", "id, commission_id, borough, period_start, period_end")),
            types(VARCHAR, VARCHAR, VARCHAR, DATE, DATE),
            p -> row(
                    p.id().value(),
                    p.commission().value(),
                    p.borough(),
                    p.period().start(),
                    p.period().end()));

    static final Table<Item<Bottleneck>> BOTTLENECKS = new Table<>(
            "programme_bottlenecks",
            SqlText.of(insert(
                    "programme_bottlenecks", "programme_id, item_no, borough, identified, description, goal_id")),
            types(VARCHAR, INTEGER, VARCHAR, DATE, VARCHAR, VARCHAR),
            b -> row(
                    b.owner(),
                    b.itemNo(),
                    b.value().borough(),
                    b.value().identified(),
                    b.value().description(),
                    id(b.value().goal())));

    static final Table<Item<PolicyGoal>> PROGRAMME_GOALS = new Table<>(
            "programme_goals",
            SqlText.of(insert("programme_goals", "programme_id, item_no, goal_id, name, description")),
            types(VARCHAR, INTEGER, VARCHAR, VARCHAR, VARCHAR),
            g -> row(
                    g.owner(),
                    g.itemNo(),
                    g.value().id().value(),
                    g.value().name(),
                    text(g.value().description())));

    static final Table<Item<String>> INTERVENTIONS = new Table<>(
            "programme_interventions",
            SqlText.of(insert("programme_interventions", "programme_id, item_no, intervention")),
            types(VARCHAR, INTEGER, VARCHAR),
            i -> row(i.owner(), i.itemNo(), i.value()));

    static final Table<Budget> BUDGETS = new Table<>(
            "budgets",
            SqlText.of(insert("budgets", "programme_id, borough, budget_year, amount")),
            types(VARCHAR, VARCHAR, INTEGER, NUMERIC),
            b -> row(b.programme().value(), b.borough(), b.year().getValue(), b.amount()));

    static final Table<Meeting> MEETINGS = new Table<>(
            "meetings",
            SqlText.of(insert("meetings", "id, date, area_code, kind")),
            types(VARCHAR, DATE, VARCHAR, VARCHAR),
            m -> row(m.id().value(), m.date(), m.area().value(), m.kind().code()));

    static final Table<Attendees> ATTENDEES = new Table<>(
            "meeting_attendees",
            SqlText.of(insert("meeting_attendees", "meeting_id, attendee_kind, attendee_count")),
            types(VARCHAR, VARCHAR, INTEGER),
            a -> row(a.meeting(), a.kind().code(), a.count()));
}
