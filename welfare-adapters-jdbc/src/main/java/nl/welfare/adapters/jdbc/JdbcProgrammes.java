package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.date;
import static nl.welfare.adapters.jdbc.Jdbc.optionalDate;
import static nl.welfare.adapters.jdbc.Jdbc.optionalText;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import nl.welfare.adapters.jdbc.Tables.Attendees;
import nl.welfare.adapters.jdbc.Tables.Item;
import nl.welfare.adapters.jdbc.Tables.Pair;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.programme.Alliance;
import nl.welfare.domain.programme.AreaProgramme;
import nl.welfare.domain.programme.Bottleneck;
import nl.welfare.domain.programme.Budget;
import nl.welfare.domain.programme.Commission;
import nl.welfare.domain.programme.CommissionId;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.programme.Meeting;
import nl.welfare.domain.programme.MeetingId;
import nl.welfare.domain.programme.Organisation;
import nl.welfare.domain.programme.OrganisationId;
import nl.welfare.domain.programme.Policy;
import nl.welfare.domain.programme.PolicyGoal;
import nl.welfare.domain.programme.PolicyId;
import nl.welfare.domain.programme.ProgrammeId;
import nl.welfare.domain.spi.Programmes;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;

/**
 * {@link Programmes} in the tables {@code policies}, {@code organisations}, {@code alliances}, {@code commissions},
 * {@code area_programmes}, {@code budgets} and {@code meetings}, with a child table for each list or set they hold.
 * Commissions and programmes are updated in place, as programmes and budgets refer to them; the others are replaced
 * with their children. The two decisions are made in the transaction that writes.
 */
final class JdbcProgrammes implements Programmes {

    // ---------------------------------------------------------------------------------------- policies' SQL
    private static final SqlText DELETE_POLICY_GOALS = SqlText.of("DELETE FROM policy_goals WHERE policy_id = ?");
    private static final SqlText DELETE_POLICY = SqlText.of("DELETE FROM policies WHERE id = ?");
    private static final SqlText POLICY =
            SqlText.of("SELECT id, name, commissioner, adopted, vision FROM policies WHERE id = ?");
    private static final SqlText POLICIES =
            SqlText.of("SELECT id, name, commissioner, adopted, vision FROM policies ORDER BY id");
    private static final SqlText POLICY_GOALS_OF = SqlText.of("SELECT policy_id AS owner, goal_id, name, description"
            + " FROM policy_goals WHERE policy_id = ? ORDER BY item_no");
    private static final SqlText POLICY_GOALS = SqlText.of(
            "SELECT policy_id AS owner, goal_id, name, description" + " FROM policy_goals ORDER BY policy_id, item_no");

    // ------------------------------------------------------------------------- organisations' and alliances' SQL
    private static final SqlText DELETE_ORGANISATION = SqlText.of("DELETE FROM organisations WHERE id = ?");
    private static final SqlText ORGANISATION = SqlText.of("SELECT id, name, kind FROM organisations WHERE id = ?");
    private static final SqlText ORGANISATIONS = SqlText.of("SELECT id, name, kind FROM organisations ORDER BY id");
    private static final SqlText DELETE_ALLIANCE_MEMBERS =
            SqlText.of("DELETE FROM alliance_members WHERE alliance_id = ?");
    private static final SqlText DELETE_ALLIANCE = SqlText.of("DELETE FROM alliances WHERE id = ?");
    private static final SqlText ALLIANCE = SqlText.of("SELECT id, name, formed FROM alliances WHERE id = ?");
    private static final SqlText ALLIANCES = SqlText.of("SELECT id, name, formed FROM alliances ORDER BY id");
    private static final SqlText ALLIANCE_MEMBERS_OF = SqlText.of(
            "SELECT alliance_id AS owner, organisation_id AS member FROM alliance_members WHERE alliance_id = ?");
    private static final SqlText ALLIANCE_MEMBERS =
            SqlText.of("SELECT alliance_id AS owner, organisation_id AS member FROM alliance_members");

    // -------------------------------------------------------------------------------------- commissions' SQL
    private static final SqlText UPDATE_COMMISSION = SqlText.of("UPDATE commissions SET commissioner = ?,"
            + " contractor = ?, term_start = ?, term_end = ?, extension_end = ? WHERE id = ?");
    private static final SqlText DELETE_COMMISSION_AREAS =
            SqlText.of("DELETE FROM commission_areas WHERE commission_id = ?");
    private static final SqlText DELETE_COMMISSION_BOROUGHS =
            SqlText.of("DELETE FROM commission_boroughs WHERE commission_id = ?");
    private static final SqlText DELETE_COMMISSION_GOALS =
            SqlText.of("DELETE FROM commission_goals WHERE commission_id = ?");
    private static final SqlText COMMISSION = SqlText.of("SELECT id, commissioner, contractor, term_start, term_end,"
            + " extension_end FROM commissions WHERE id = ?");
    private static final SqlText COMMISSIONS = SqlText.of("SELECT id, commissioner, contractor, term_start, term_end,"
            + " extension_end FROM commissions ORDER BY id");
    private static final SqlText COMMISSION_AREAS_OF = SqlText.of(
            "SELECT commission_id AS owner, area_code AS member FROM commission_areas WHERE commission_id = ?");
    private static final SqlText COMMISSION_AREAS =
            SqlText.of("SELECT commission_id AS owner, area_code AS member FROM commission_areas");
    private static final SqlText COMMISSION_BOROUGHS_OF = SqlText.of(
            "SELECT commission_id AS owner, borough AS member FROM commission_boroughs WHERE commission_id = ?");
    private static final SqlText COMMISSION_BOROUGHS =
            SqlText.of("SELECT commission_id AS owner, borough AS member FROM commission_boroughs");
    private static final SqlText COMMISSION_GOALS_OF = SqlText.of(
            "SELECT commission_id AS owner, goal_id AS member FROM commission_goals WHERE commission_id = ?");
    private static final SqlText COMMISSION_GOALS =
            SqlText.of("SELECT commission_id AS owner, goal_id AS member FROM commission_goals");
    // In force on a day (Commission.isInForce): the day lies in the term, both ends inclusive; the day bound twice.
    private static final SqlText COMMISSIONS_IN_FORCE = SqlText.of("SELECT id, commissioner, contractor, term_start,"
            + " term_end, extension_end FROM commissions WHERE term_start <= ? AND term_end >= ? ORDER BY id");
    private static final SqlText COMMISSION_AREAS_IN_FORCE = SqlText.of("SELECT a.commission_id AS owner,"
            + " a.area_code AS member FROM commission_areas a JOIN commissions m ON m.id = a.commission_id"
            + " WHERE m.term_start <= ? AND m.term_end >= ?");
    private static final SqlText COMMISSION_BOROUGHS_IN_FORCE = SqlText.of("SELECT b.commission_id AS owner,"
            + " b.borough AS member FROM commission_boroughs b JOIN commissions m ON m.id = b.commission_id"
            + " WHERE m.term_start <= ? AND m.term_end >= ?");
    private static final SqlText COMMISSION_GOALS_IN_FORCE = SqlText.of("SELECT g.commission_id AS owner,"
            + " g.goal_id AS member FROM commission_goals g JOIN commissions m ON m.id = g.commission_id"
            + " WHERE m.term_start <= ? AND m.term_end >= ?");

    // --------------------------------------------------------------------------------------- programmes' SQL
    private static final SqlText UPDATE_PROGRAMME = SqlText.of("UPDATE area_programmes SET commission_id = ?,"
            + " borough = ?, period_start = ?, period_end = ? WHERE id = ?");
    private static final SqlText DELETE_BOTTLENECKS =
            SqlText.of("DELETE FROM programme_bottlenecks WHERE programme_id = ?");
    private static final SqlText DELETE_PROGRAMME_GOALS =
            SqlText.of("DELETE FROM programme_goals WHERE programme_id = ?");
    private static final SqlText DELETE_INTERVENTIONS =
            SqlText.of("DELETE FROM programme_interventions WHERE programme_id = ?");
    private static final SqlText PROGRAMME =
            SqlText.of("SELECT id, commission_id, borough, period_start, period_end FROM area_programmes WHERE id = ?");
    private static final SqlText PROGRAMMES =
            SqlText.of("SELECT id, commission_id, borough, period_start, period_end FROM area_programmes ORDER BY id");
    private static final SqlText BOTTLENECKS_OF = SqlText.of("SELECT programme_id AS owner, borough, identified,"
            + " description, goal_id FROM programme_bottlenecks WHERE programme_id = ? ORDER BY item_no");
    private static final SqlText BOTTLENECKS = SqlText.of("SELECT programme_id AS owner, borough, identified,"
            + " description, goal_id FROM programme_bottlenecks ORDER BY programme_id, item_no");
    private static final SqlText PROGRAMME_GOALS_OF = SqlText.of("SELECT programme_id AS owner, goal_id, name,"
            + " description FROM programme_goals WHERE programme_id = ? ORDER BY item_no");
    private static final SqlText PROGRAMME_GOALS = SqlText.of("SELECT programme_id AS owner, goal_id, name,"
            + " description FROM programme_goals ORDER BY programme_id, item_no");
    private static final SqlText INTERVENTIONS_OF = SqlText.of("SELECT programme_id AS owner, intervention AS member"
            + " FROM programme_interventions WHERE programme_id = ? ORDER BY item_no");
    private static final SqlText INTERVENTIONS = SqlText.of("SELECT programme_id AS owner, intervention AS member"
            + " FROM programme_interventions ORDER BY programme_id, item_no");

    // ------------------------------------------------------------------------------------------ budgets' SQL
    private static final SqlText UPDATE_BUDGET =
            SqlText.of("UPDATE budgets SET amount = ? WHERE programme_id = ? AND borough = ? AND budget_year = ?");
    private static final SqlText BUDGETS = SqlText.of("SELECT programme_id, borough, budget_year, amount FROM budgets"
            + " ORDER BY programme_id, borough, budget_year");

    // ----------------------------------------------------------------------------------------- meetings' SQL
    private static final SqlText DELETE_ATTENDEES = SqlText.of("DELETE FROM meeting_attendees WHERE meeting_id = ?");
    private static final SqlText DELETE_MEETING = SqlText.of("DELETE FROM meetings WHERE id = ?");
    private static final SqlText MEETING = SqlText.of("SELECT id, date, area_code, kind FROM meetings WHERE id = ?");
    private static final SqlText MEETINGS = SqlText.of("SELECT id, date, area_code, kind FROM meetings ORDER BY id");
    private static final SqlText ATTENDEES_OF = SqlText.of(
            "SELECT meeting_id, attendee_kind, attendee_count" + " FROM meeting_attendees WHERE meeting_id = ?");
    private static final SqlText ATTENDEES =
            SqlText.of("SELECT meeting_id, attendee_kind, attendee_count FROM meeting_attendees");
    // Held in a period: dated from its first day to its last, both inclusive.
    private static final SqlText MEETINGS_IN =
            SqlText.of("SELECT id, date, area_code, kind FROM meetings WHERE date >= ? AND date <= ? ORDER BY id");
    private static final SqlText ATTENDEES_IN = SqlText.of("SELECT a.meeting_id, a.attendee_kind, a.attendee_count"
            + " FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id WHERE m.date >= ? AND m.date <= ?");

    private final Jdbc jdbc;

    JdbcProgrammes(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of a child table: the id of its owner and the value it holds. */
    private record Child<V>(String owner, V value) {}

    /** The rows of the child table {@code sql}, of the one owner {@code id} or of all owners. */
    private static <V> Seq<Child<V>> children(Connection c, SqlText sql, Option<String> id, Jdbc.RowMapper<V> value)
            throws SQLException {
        return children(c, sql, bind(id), value);
    }

    private static <V> Seq<Child<V>> children(Connection c, SqlText sql, Jdbc.Binder binder, Jdbc.RowMapper<V> value)
            throws SQLException {
        return Jdbc.list(c, sql, binder, r -> new Child<>(text(r, "owner"), value.map(r)));
    }

    /** The values of {@code children} that belong to {@code owner}, in order. */
    private static <V> List<V> of(Seq<Child<V>> children, String owner) {
        return children.filter(ch -> ch.owner().equals(owner)).map(Child::value).toJavaList();
    }

    // ---------------------------------------------------------------------------------------------- policies

    @Override
    public void savePolicy(Policy policy) {
        jdbc.execute("Programmes.savePolicy", c -> {
            String id = policy.id().value();
            Jdbc.update(c, DELETE_POLICY_GOALS, Jdbc.key(id));
            Jdbc.update(c, DELETE_POLICY, Jdbc.key(id));
            Jdbc.insert(c, Tables.POLICIES, List.of(policy));
            Jdbc.insert(c, Tables.POLICY_GOALS, items(id, policy.goals()));
        });
    }

    @Override
    public Option<Policy> policy(PolicyId id) {
        return jdbc.snapshot("Programmes.policy", c -> policies(c, Option.some(id.value())))
                .headOption();
    }

    @Override
    public Seq<Policy> policies() {
        return jdbc.snapshot("Programmes.policies", c -> policies(c, Option.none()));
    }

    private static Seq<Policy> policies(Connection c, Option<String> id) throws SQLException {
        Seq<Child<PolicyGoal>> goals =
                children(c, id.isDefined() ? POLICY_GOALS_OF : POLICY_GOALS, id, JdbcProgrammes::goal);
        return Jdbc.list(
                c,
                id.isDefined() ? POLICY : POLICIES,
                bind(id),
                r -> Policy.builder()
                        .id(PolicyId.of(text(r, "id")))
                        .name(text(r, "name"))
                        .commissioner(OrganisationId.of(text(r, "commissioner")))
                        .adopted(date(r, "adopted"))
                        .vision(text(r, "vision"))
                        .addAllGoals(of(goals, text(r, "id")))
                        .build());
    }

    private static PolicyGoal goal(ResultSet r) throws SQLException {
        return PolicyGoal.builder()
                .id(GoalId.of(text(r, "goal_id")))
                .name(text(r, "name"))
                .description(optionalText(r, "description"))
                .build();
    }

    // ------------------------------------------------------------------------------ organisations, alliances

    @Override
    public void saveOrganisation(Organisation organisation) {
        jdbc.execute(
                "Programmes.saveOrganisation",
                c -> Jdbc.replace(
                        c, DELETE_ORGANISATION, organisation.id().value(), Tables.ORGANISATIONS, organisation));
    }

    @Override
    public Option<Organisation> organisation(OrganisationId id) {
        return jdbc.list("Programmes.organisation", ORGANISATION, Jdbc.key(id.value()), JdbcProgrammes::organisation)
                .headOption();
    }

    @Override
    public Seq<Organisation> organisations() {
        return jdbc.list("Programmes.organisations", ORGANISATIONS, Jdbc.NONE, JdbcProgrammes::organisation);
    }

    private static Organisation organisation(ResultSet r) throws SQLException {
        return Organisation.of(
                OrganisationId.of(text(r, "id")), text(r, "name"), Codes.organisationKind(text(r, "kind")));
    }

    @Override
    public void saveAlliance(Alliance alliance) {
        jdbc.execute("Programmes.saveAlliance", c -> {
            String id = alliance.id().value();
            Jdbc.update(c, DELETE_ALLIANCE_MEMBERS, Jdbc.key(id));
            Jdbc.update(c, DELETE_ALLIANCE, Jdbc.key(id));
            Jdbc.insert(c, Tables.ALLIANCES, List.of(alliance));
            Jdbc.insert(
                    c, Tables.ALLIANCE_MEMBERS, Vector.ofAll(alliance.members()).map(m -> new Pair(id, m.value())));
        });
    }

    @Override
    public Option<Alliance> alliance(OrganisationId id) {
        return jdbc.snapshot("Programmes.alliance", c -> alliances(c, Option.some(id.value())))
                .headOption();
    }

    @Override
    public Seq<Alliance> alliances() {
        return jdbc.snapshot("Programmes.alliances", c -> alliances(c, Option.none()));
    }

    private static Seq<Alliance> alliances(Connection c, Option<String> id) throws SQLException {
        Seq<Child<OrganisationId>> members = children(
                c,
                id.isDefined() ? ALLIANCE_MEMBERS_OF : ALLIANCE_MEMBERS,
                id,
                r -> OrganisationId.of(text(r, "member")));
        return Jdbc.list(
                c,
                id.isDefined() ? ALLIANCE : ALLIANCES,
                bind(id),
                r -> Alliance.builder()
                        .id(OrganisationId.of(text(r, "id")))
                        .name(text(r, "name"))
                        .formed(date(r, "formed"))
                        .addAllMembers(of(members, text(r, "id")))
                        .build());
    }

    // ------------------------------------------------------------------------------------------- commissions

    @Override
    public void saveCommission(Commission commission) {
        jdbc.execute("Programmes.saveCommission", c -> {
            String id = commission.id().value();
            int updated = Jdbc.update(c, UPDATE_COMMISSION, s -> {
                s.setString(1, commission.commissioner().value());
                s.setString(2, commission.contractor().value());
                s.setObject(3, commission.term().start());
                s.setObject(4, commission.term().end());
                s.setObject(5, commission.extensionEnd().orElse(null), Types.DATE);
                s.setString(6, id);
            });
            Jdbc.update(c, DELETE_COMMISSION_AREAS, Jdbc.key(id));
            Jdbc.update(c, DELETE_COMMISSION_BOROUGHS, Jdbc.key(id));
            Jdbc.update(c, DELETE_COMMISSION_GOALS, Jdbc.key(id));
            if (updated == 0) {
                Jdbc.insert(c, Tables.COMMISSIONS, List.of(commission));
            }
            Jdbc.insert(
                    c, Tables.COMMISSION_AREAS, Vector.ofAll(commission.areas()).map(a -> new Pair(id, a.value())));
            Jdbc.insert(
                    c,
                    Tables.COMMISSION_BOROUGHS,
                    Vector.ofAll(commission.boroughs()).map(b -> new Pair(id, b)));
            Jdbc.insert(
                    c, Tables.COMMISSION_GOALS, Vector.ofAll(commission.goals()).map(g -> new Pair(id, g.value())));
        });
    }

    @Override
    public Option<Commission> commission(CommissionId id) {
        return jdbc.snapshot("Programmes.commission", c -> commissions(c, Option.some(id.value())))
                .headOption();
    }

    @Override
    public Seq<Commission> commissions() {
        return jdbc.snapshot("Programmes.commissions", c -> commissions(c, Option.none()));
    }

    /** By SQL: the commissions whose term holds {@code date}, with their children, in one snapshot. */
    @Override
    public Seq<Commission> commissionsInForce(LocalDate date) {
        Jdbc.Binder onDate = s -> {
            s.setObject(1, date);
            s.setObject(2, date);
        };
        return jdbc.snapshot(
                "Programmes.commissionsInForce",
                c -> commissions(
                        c,
                        COMMISSIONS_IN_FORCE,
                        COMMISSION_AREAS_IN_FORCE,
                        COMMISSION_BOROUGHS_IN_FORCE,
                        COMMISSION_GOALS_IN_FORCE,
                        onDate));
    }

    private static Seq<Commission> commissions(Connection c, Option<String> id) throws SQLException {
        boolean one = id.isDefined();
        return commissions(
                c,
                one ? COMMISSION : COMMISSIONS,
                one ? COMMISSION_AREAS_OF : COMMISSION_AREAS,
                one ? COMMISSION_BOROUGHS_OF : COMMISSION_BOROUGHS,
                one ? COMMISSION_GOALS_OF : COMMISSION_GOALS,
                bind(id));
    }

    /** The commissions {@code main} selects, with the children the other statements select; all bind the same. */
    private static Seq<Commission> commissions(
            Connection c, SqlText main, SqlText areaRows, SqlText boroughRows, SqlText goalRows, Jdbc.Binder binder)
            throws SQLException {
        Seq<Child<AreaCode>> areas = children(c, areaRows, binder, r -> AreaCode.of(text(r, "member")));
        Seq<Child<String>> boroughs = children(c, boroughRows, binder, r -> text(r, "member"));
        Seq<Child<GoalId>> goals = children(c, goalRows, binder, r -> GoalId.of(text(r, "member")));
        return Jdbc.list(c, main, binder, r -> {
            String owner = text(r, "id");
            return Commission.builder()
                    .id(CommissionId.of(owner))
                    .commissioner(OrganisationId.of(text(r, "commissioner")))
                    .contractor(OrganisationId.of(text(r, "contractor")))
                    .term(ReportingPeriod.range(date(r, "term_start"), date(r, "term_end")))
                    .extensionEnd(optionalDate(r, "extension_end"))
                    .addAllAreas(of(areas, owner))
                    .addAllBoroughs(of(boroughs, owner))
                    .addAllGoals(of(goals, owner))
                    .build();
        });
    }

    // --------------------------------------------------------------------------------- programmes and budgets

    @Override
    public Either<Seq<Violation>, AreaProgramme> saveAreaProgramme(AreaProgramme programme) {
        return jdbc.transaction("Programmes.saveAreaProgramme", c -> {
            Either<Seq<Violation>, AreaProgramme> decision = Programmes.checkAreaProgramme(
                    programme,
                    commissions(c, Option.some(programme.commission().value())).headOption());
            if (decision.isRight()) {
                writeProgramme(c, programme);
            }
            return decision;
        });
    }

    private static void writeProgramme(Connection c, AreaProgramme p) throws SQLException {
        String id = p.id().value();
        int updated = Jdbc.update(c, UPDATE_PROGRAMME, s -> {
            s.setString(1, p.commission().value());
            s.setString(2, p.borough());
            s.setObject(3, p.period().start());
            s.setObject(4, p.period().end());
            s.setString(5, id);
        });
        Jdbc.update(c, DELETE_BOTTLENECKS, Jdbc.key(id));
        Jdbc.update(c, DELETE_PROGRAMME_GOALS, Jdbc.key(id));
        Jdbc.update(c, DELETE_INTERVENTIONS, Jdbc.key(id));
        if (updated == 0) {
            Jdbc.insert(c, Tables.AREA_PROGRAMMES, List.of(p));
        }
        Jdbc.insert(c, Tables.BOTTLENECKS, items(id, p.bottlenecks()));
        Jdbc.insert(c, Tables.PROGRAMME_GOALS, items(id, p.goals()));
        Jdbc.insert(c, Tables.INTERVENTIONS, items(id, p.interventions()));
    }

    @Override
    public Option<AreaProgramme> areaProgramme(ProgrammeId id) {
        return jdbc.snapshot("Programmes.areaProgramme", c -> programmes(c, Option.some(id.value())))
                .headOption();
    }

    @Override
    public Seq<AreaProgramme> areaProgrammes() {
        return jdbc.snapshot("Programmes.areaProgrammes", c -> programmes(c, Option.none()));
    }

    private static Seq<AreaProgramme> programmes(Connection c, Option<String> id) throws SQLException {
        boolean one = id.isDefined();
        Seq<Child<Bottleneck>> bottlenecks = children(
                c,
                one ? BOTTLENECKS_OF : BOTTLENECKS,
                id,
                r -> Bottleneck.builder()
                        .borough(text(r, "borough"))
                        .identified(date(r, "identified"))
                        .description(text(r, "description"))
                        .goal(optionalText(r, "goal_id").map(GoalId::of))
                        .build());
        Seq<Child<PolicyGoal>> goals =
                children(c, one ? PROGRAMME_GOALS_OF : PROGRAMME_GOALS, id, JdbcProgrammes::goal);
        Seq<Child<String>> interventions =
                children(c, one ? INTERVENTIONS_OF : INTERVENTIONS, id, r -> text(r, "member"));
        return Jdbc.list(c, one ? PROGRAMME : PROGRAMMES, bind(id), r -> {
            String owner = text(r, "id");
            return AreaProgramme.builder()
                    .id(ProgrammeId.of(owner))
                    .commission(CommissionId.of(text(r, "commission_id")))
                    .borough(text(r, "borough"))
                    .period(ReportingPeriod.range(date(r, "period_start"), date(r, "period_end")))
                    .addAllBottlenecks(of(bottlenecks, owner))
                    .addAllGoals(of(goals, owner))
                    .addAllInterventions(of(interventions, owner))
                    .build();
        });
    }

    @Override
    public Either<Seq<Violation>, Budget> saveBudget(Budget budget) {
        return jdbc.transaction("Programmes.saveBudget", c -> {
            Either<Seq<Violation>, Budget> decision = Programmes.checkBudget(
                    budget,
                    programmes(c, Option.some(budget.programme().value())).headOption());
            if (decision.isRight()) {
                int updated = Jdbc.update(c, UPDATE_BUDGET, s -> {
                    s.setBigDecimal(1, budget.amount());
                    s.setString(2, budget.programme().value());
                    s.setString(3, budget.borough());
                    s.setInt(4, budget.year().getValue());
                });
                if (updated == 0) {
                    Jdbc.insert(c, Tables.BUDGETS, List.of(budget));
                }
            }
            return decision;
        });
    }

    @Override
    public Seq<Budget> budgets() {
        return jdbc.list(
                "Programmes.budgets",
                BUDGETS,
                Jdbc.NONE,
                r -> Budget.of(
                        ProgrammeId.of(text(r, "programme_id")),
                        text(r, "borough"),
                        Year.of(r.getInt("budget_year")),
                        r.getBigDecimal("amount")));
    }

    // ---------------------------------------------------------------------------------------------- meetings

    @Override
    public void saveMeeting(Meeting meeting) {
        jdbc.execute("Programmes.saveMeeting", c -> {
            String id = meeting.id().value();
            Jdbc.update(c, DELETE_ATTENDEES, Jdbc.key(id));
            Jdbc.update(c, DELETE_MEETING, Jdbc.key(id));
            Jdbc.insert(c, Tables.MEETINGS, List.of(meeting));
            Jdbc.insert(
                    c,
                    Tables.ATTENDEES,
                    Vector.ofAll(meeting.attendees().entrySet()).map(e -> new Attendees(id, e.getKey(), e.getValue())));
        });
    }

    @Override
    public Option<Meeting> meeting(MeetingId id) {
        return jdbc.snapshot("Programmes.meeting", c -> meetings(c, Option.some(id.value())))
                .headOption();
    }

    @Override
    public Seq<Meeting> meetings() {
        return jdbc.snapshot("Programmes.meetings", c -> meetings(c, Option.none()));
    }

    /** By SQL: the meetings dated in {@code period}, with their attendees, in one snapshot. */
    @Override
    public Seq<Meeting> meetingsIn(ReportingPeriod period) {
        return jdbc.snapshot(
                "Programmes.meetingsIn", c -> meetings(c, MEETINGS_IN, ATTENDEES_IN, PortFilters.dated(period)));
    }

    private static Seq<Meeting> meetings(Connection c, Option<String> id) throws SQLException {
        return meetings(c, id.isDefined() ? MEETING : MEETINGS, id.isDefined() ? ATTENDEES_OF : ATTENDEES, bind(id));
    }

    /** The meetings {@code main} selects, with the attendees {@code attendeeRows} selects; both bind the same. */
    private static Seq<Meeting> meetings(Connection c, SqlText main, SqlText attendeeRows, Jdbc.Binder binder)
            throws SQLException {
        Seq<Attendees> attendees = Jdbc.list(
                c,
                attendeeRows,
                binder,
                r -> new Attendees(
                        text(r, "meeting_id"),
                        Codes.attendeeKind(text(r, "attendee_kind")),
                        r.getInt("attendee_count")));
        return Jdbc.list(c, main, binder, r -> {
            String owner = text(r, "id");
            var meeting = Meeting.builder()
                    .id(MeetingId.of(owner))
                    .date(date(r, "date"))
                    .area(AreaCode.of(text(r, "area_code")))
                    .kind(Codes.meetingKind(text(r, "kind")));
            attendees.filter(a -> a.meeting().equals(owner)).forEach(a -> meeting.putAttendee(a.kind(), a.count()));
            return meeting.build();
        });
    }

    // --------------------------------------------------------------------------------------------------- util

    private static Jdbc.Binder bind(Option<String> id) {
        return id.isDefined() ? Jdbc.key(id.get()) : Jdbc.NONE;
    }

    private static <V> List<Item<V>> items(String owner, Iterable<V> values) {
        List<Item<V>> items = new ArrayList<>();
        int itemNo = 0;
        for (V value : values) {
            items.add(new Item<>(owner, itemNo++, value));
        }
        return items;
    }
}
