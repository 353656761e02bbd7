package nl.welfare.domain.spi;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import nl.welfare.domain.programme.Alliance;
import nl.welfare.domain.programme.AreaProgramme;
import nl.welfare.domain.programme.Budget;
import nl.welfare.domain.programme.Commission;
import nl.welfare.domain.programme.CommissionId;
import nl.welfare.domain.programme.Meeting;
import nl.welfare.domain.programme.MeetingId;
import nl.welfare.domain.programme.Organisation;
import nl.welfare.domain.programme.OrganisationId;
import nl.welfare.domain.programme.Policy;
import nl.welfare.domain.programme.PolicyId;
import nl.welfare.domain.programme.ProgrammeId;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * The store of what the municipality commissions and what the contractor does: policies (beleid), organisations and
 * alliances (organisaties, allianties), commissions (opdrachten), borough programmes (programma's), their budgets
 * (budget, inkoop) and the meetings that mapped the areas (rondetafelgesprekken, schouwen).
 *
 * <p>Policies, organisations, alliances, commissions, programmes and meetings are kept by their ids: saving one
 * inserts it, or replaces the one saved earlier with the same id. Organisations and alliances share the id type
 * {@link OrganisationId} but are kept apart: saving an alliance replaces no organisation. A budget has no id of its
 * own; it is kept by its programme, borough and year, so saving another amount for them replaces the first.
 *
 * <p>Two writes are decisions, because they depend on what is in this store: a programme must name a commission in
 * the store and fit it, and a budget must name a programme in the store and fit it. A refused write saves nothing and
 * returns every violation. The check is made when the programme or budget is saved: replacing a commission or a
 * programme later does not check again what was saved under it.
 *
 * <pre>{@code
 * Programmes store = InMemoryStores.programmes();
 * store.saveCommission(commission);
 * store.saveAreaProgramme(oost);                        // Right(oost): its commission is in the store and covers OOST
 * store.saveAreaProgramme(programmeOfAnotherCommission); // Left([programmes.unknown-commission])
 * store.areaProgrammesOf(commission.id());              // [oost]
 * }</pre>
 */
public interface Programmes {

    /** Rule: a programme names a commission that is not in the store. */
    Rule UNKNOWN_COMMISSION =
            Rule.of("programmes.unknown-commission", "must name a commission that is in the same store");

    /** Rule: a budget names a programme that is not in the store. */
    Rule UNKNOWN_PROGRAMME =
            Rule.of("programmes.unknown-programme", "must name an area programme that is in the same store");

    // ---------------------------------------------------------------- policies

    /** Inserts {@code policy}, or replaces the policy with the same id. */
    void savePolicy(Policy policy);

    /** The policy with {@code id}: the one saved last with that id, or none. */
    Option<Policy> policy(PolicyId id);

    /** Every policy, each once, in the order of their ids. */
    Seq<Policy> policies();

    // ---------------------------------------------------------------- organisations and alliances

    /** Inserts {@code organisation}, or replaces the organisation with the same id. */
    void saveOrganisation(Organisation organisation);

    /** The organisation with {@code id}: the one saved last with that id, or none. */
    Option<Organisation> organisation(OrganisationId id);

    /** Every organisation, each once, in the order of their ids. */
    Seq<Organisation> organisations();

    /** Inserts {@code alliance}, or replaces the alliance with the same id. */
    void saveAlliance(Alliance alliance);

    /** The alliance with {@code id}: the one saved last with that id, or none. */
    Option<Alliance> alliance(OrganisationId id);

    /** Every alliance, each once, in the order of their ids. */
    Seq<Alliance> alliances();

    // ---------------------------------------------------------------- commissions

    /** Inserts {@code commission}, or replaces the commission with the same id. */
    void saveCommission(Commission commission);

    /** The commission with {@code id}: the one saved last with that id, or none. */
    Option<Commission> commission(CommissionId id);

    /** Every commission, each once, in the order of their ids. */
    Seq<Commission> commissions();

    /**
     * The commissions in force on {@code date} ({@link Commission#isInForce}: within their term, an extension not
     * counted), in the order of {@link #commissions()}.
     */
    default Seq<Commission> commissionsInForce(LocalDate date) {
        return commissions().filter(c -> c.isInForce(date));
    }

    // ---------------------------------------------------------------- area programmes and budgets

    /**
     * Inserts {@code programme}, or replaces the programme with the same id, when {@link #checkAreaProgramme} accepts
     * it against the commission it names in this store; otherwise saves nothing and returns its violations.
     */
    Either<Seq<Violation>, AreaProgramme> saveAreaProgramme(AreaProgramme programme);

    /** The programme with {@code id}: the one saved last with that id, or none. */
    Option<AreaProgramme> areaProgramme(ProgrammeId id);

    /** Every programme, each once, in the order of their ids. */
    Seq<AreaProgramme> areaProgrammes();

    /** The programmes carried out under {@code commission}, in the order of {@link #areaProgrammes()}. */
    default Seq<AreaProgramme> areaProgrammesOf(CommissionId commission) {
        return areaProgrammes().filter(p -> p.commission().equals(commission));
    }

    /**
     * Inserts {@code budget}, or replaces the budget of the same programme, borough and year, when
     * {@link #checkBudget} accepts it against the programme it names in this store; otherwise saves nothing and
     * returns its violations.
     */
    Either<Seq<Violation>, Budget> saveBudget(Budget budget);

    /** Every budget, each once, ordered by programme id, then borough, then year. */
    Seq<Budget> budgets();

    /** The budgets of {@code programme}, in the order of {@link #budgets()}. */
    default Seq<Budget> budgetsOf(ProgrammeId programme) {
        return budgets().filter(b -> b.programme().equals(programme));
    }

    // ---------------------------------------------------------------- meetings

    /** Inserts {@code meeting}, or replaces the meeting with the same id. */
    void saveMeeting(Meeting meeting);

    /** The meeting with {@code id}: the one saved last with that id, or none. */
    Option<Meeting> meeting(MeetingId id);

    /** Every meeting, each once, in the order of their ids. */
    Seq<Meeting> meetings();

    /** The meetings held in {@code period}, in the order of {@link #meetings()}. */
    default Seq<Meeting> meetingsIn(ReportingPeriod period) {
        return meetings().filter(m -> period.contains(m.date()));
    }

    // ---------------------------------------------------------------- the decisions, for every implementation

    /**
     * The decision on saving {@code programme} when the store holds {@code commission} under the id it names: the
     * violation of {@link #UNKNOWN_COMMISSION} (field {@code commission_id}) when it holds none, else the violations of
     * {@link AreaProgramme#validateAgainst(Commission)}, else the programme.
     */
    static Either<Seq<Violation>, AreaProgramme> checkAreaProgramme(
            AreaProgramme programme, Option<Commission> commission) {
        return commission
                .toEither(() -> (Seq<Violation>)
                        List.of(Violation.of("commission_id", UNKNOWN_COMMISSION, programme.commission())))
                .flatMap(c -> programme.validateAgainst(c).toEither());
    }

    /**
     * The decision on saving {@code budget} when the store holds {@code programme} under the id it names: the
     * violation of {@link #UNKNOWN_PROGRAMME} (field {@code programme_id}) when it holds none, else the violations of
     * {@link Budget#validateAgainst(AreaProgramme)}, else the budget.
     */
    static Either<Seq<Violation>, Budget> checkBudget(Budget budget, Option<AreaProgramme> programme) {
        return programme
                .toEither(() ->
                        (Seq<Violation>) List.of(Violation.of("programme_id", UNKNOWN_PROGRAMME, budget.programme())))
                .flatMap(p -> budget.validateAgainst(p).toEither());
    }
}
