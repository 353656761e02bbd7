package nl.welfare.domain.memory;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Year;
import java.util.Comparator;
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
import nl.welfare.domain.spi.Programmes;
import nl.welfare.domain.value.Violation;

/** {@link Programmes} in memory: every kind by its id, budgets by programme, borough and year. */
final class InMemoryProgrammes implements Programmes {

    /** The key a budget is kept by. */
    private record BudgetKey(ProgrammeId programme, String borough, Year year) {

        static final Comparator<BudgetKey> ORDER = Comparator.comparing(BudgetKey::programme)
                .thenComparing(BudgetKey::borough)
                .thenComparing(BudgetKey::year);

        static BudgetKey of(Budget budget) {
            return new BudgetKey(budget.programme(), budget.borough(), budget.year());
        }
    }

    private final Keyed<PolicyId, Policy> policies = Keyed.byNaturalOrder(Policy::id);
    private final Keyed<OrganisationId, Organisation> organisations = Keyed.byNaturalOrder(Organisation::id);
    private final Keyed<OrganisationId, Alliance> alliances = Keyed.byNaturalOrder(Alliance::id);
    private final Keyed<CommissionId, Commission> commissions = Keyed.byNaturalOrder(Commission::id);
    private final Keyed<ProgrammeId, AreaProgramme> programmes = Keyed.byNaturalOrder(AreaProgramme::id);
    private final Keyed<BudgetKey, Budget> budgets = new Keyed<>(BudgetKey.ORDER, BudgetKey::of);
    private final Keyed<MeetingId, Meeting> meetings = Keyed.byNaturalOrder(Meeting::id);

    @Override
    public void savePolicy(Policy policy) {
        policies.put(policy);
    }

    @Override
    public Option<Policy> policy(PolicyId id) {
        return policies.get(id);
    }

    @Override
    public Seq<Policy> policies() {
        return policies.values();
    }

    @Override
    public void saveOrganisation(Organisation organisation) {
        organisations.put(organisation);
    }

    @Override
    public Option<Organisation> organisation(OrganisationId id) {
        return organisations.get(id);
    }

    @Override
    public Seq<Organisation> organisations() {
        return organisations.values();
    }

    @Override
    public void saveAlliance(Alliance alliance) {
        alliances.put(alliance);
    }

    @Override
    public Option<Alliance> alliance(OrganisationId id) {
        return alliances.get(id);
    }

    @Override
    public Seq<Alliance> alliances() {
        return alliances.values();
    }

    @Override
    public void saveCommission(Commission commission) {
        commissions.put(commission);
    }

    @Override
    public Option<Commission> commission(CommissionId id) {
        return commissions.get(id);
    }

    @Override
    public Seq<Commission> commissions() {
        return commissions.values();
    }

    @Override
    public Either<Seq<Violation>, AreaProgramme> saveAreaProgramme(AreaProgramme programme) {
        return Programmes.checkAreaProgramme(programme, commissions.get(programme.commission()))
                .peek(programmes::put);
    }

    @Override
    public Option<AreaProgramme> areaProgramme(ProgrammeId id) {
        return programmes.get(id);
    }

    @Override
    public Seq<AreaProgramme> areaProgrammes() {
        return programmes.values();
    }

    @Override
    public Either<Seq<Violation>, Budget> saveBudget(Budget budget) {
        return Programmes.checkBudget(budget, programmes.get(budget.programme()))
                .peek(budgets::put);
    }

    @Override
    public Seq<Budget> budgets() {
        return budgets.values();
    }

    @Override
    public void saveMeeting(Meeting meeting) {
        meetings.put(meeting);
    }

    @Override
    public Option<Meeting> meeting(MeetingId id) {
        return meetings.get(id);
    }

    @Override
    public Seq<Meeting> meetings() {
        return meetings.values();
    }
}
