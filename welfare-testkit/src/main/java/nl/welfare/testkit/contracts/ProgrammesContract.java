package nl.welfare.testkit.contracts;

import static nl.welfare.testkit.contracts.Samples.assertHolds;
import static nl.welfare.testkit.contracts.Samples.filter;
import static nl.welfare.testkit.contracts.Samples.lastById;
import static nl.welfare.testkit.contracts.Samples.lastByKey;
import static nl.welfare.testkit.contracts.Samples.oneOf;
import static nl.welfare.testkit.contracts.Samples.picks;
import static nl.welfare.testkit.contracts.Samples.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.welfare.domain.programme.Alliance;
import nl.welfare.domain.programme.AreaProgramme;
import nl.welfare.domain.programme.Budget;
import nl.welfare.domain.programme.Commission;
import nl.welfare.domain.programme.CommissionId;
import nl.welfare.domain.programme.ImmutableAlliance;
import nl.welfare.domain.programme.ImmutableAreaProgramme;
import nl.welfare.domain.programme.ImmutableCommission;
import nl.welfare.domain.programme.ImmutableMeeting;
import nl.welfare.domain.programme.ImmutableOrganisation;
import nl.welfare.domain.programme.ImmutablePolicy;
import nl.welfare.domain.programme.Meeting;
import nl.welfare.domain.programme.MeetingId;
import nl.welfare.domain.programme.Organisation;
import nl.welfare.domain.programme.OrganisationId;
import nl.welfare.domain.programme.Policy;
import nl.welfare.domain.programme.PolicyId;
import nl.welfare.domain.programme.ProgrammeId;
import nl.welfare.domain.spi.Programmes;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import nl.welfare.testkit.generators.CommonGenerators;
import nl.welfare.testkit.generators.ProgrammeGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Programmes}: every implementation's test implements it and supplies {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemoryProgrammesTest implements ProgrammesContract {
 *     public Programmes newStore() { return InMemoryStores.programmes(); }
 * }
 * }</pre>
 */
public interface ProgrammesContract {

    /** A new, empty store; called once for every example a property tries. */
    Programmes newStore();

    /** The order {@link Programmes#budgets()} lists budgets in: by programme, borough, then year. */
    private static Comparator<Budget> budgetOrder() {
        return Comparator.comparing(Budget::programme)
                .thenComparing(Budget::borough)
                .thenComparing(Budget::year);
    }

    /** What the store holds of {@code saved} budgets: the last of each programme, borough and year, in that order. */
    private static List<Budget> lastBudgets(List<Budget> saved) {
        // Keyed by the budget itself under an order that sees only programme, borough and year.
        return lastByKey(saved, b -> b, budgetOrder());
    }

    /**
     * Asserts that a kind kept by id holds the last saved of each id, in the order of ids, each found equal to what
     * was saved; and that a save with the id of one in the store replaces it.
     */
    private static <T, I extends Comparable<? super I>> void assertKeptById(
            Programmes store,
            List<T> saved,
            T another,
            Function<T, I> idOf,
            BiFunction<T, I, T> withId,
            BiConsumer<Programmes, T> save,
            BiFunction<Programmes, I, Option<T>> lookup,
            Function<Programmes, Seq<T>> all) {
        saved.forEach(v -> save.accept(store, v));
        List<T> model = lastById(saved, idOf);
        assertHolds(model, all.apply(store));
        model.forEach(v -> assertEquals(Option.some(v), lookup.apply(store, idOf.apply(v))));

        T replacement = model.isEmpty() ? another : withId.apply(another, idOf.apply(model.get(0)));
        save.accept(store, replacement);
        List<T> replaced = new ArrayList<>(saved);
        replaced.add(replacement);
        assertEquals(Option.some(replacement), lookup.apply(store, idOf.apply(replacement)));
        assertHolds(lastById(replaced, idOf), all.apply(store));
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no policy, organisation, alliance, commission, programme, budget or meeting")
    default void anEmptyStoreHoldsNothing() {
        theory().forAll(
                        ProgrammeGenerators.commissionIds(),
                        ProgrammeGenerators.programmeIds(),
                        CommonGenerators.dates())
                .checkAssert((commission, programme, date) -> {
                    Programmes store = newStore();
                    assertEquals(Option.none(), store.policy(PolicyId.of(commission.value())));
                    assertEquals(Option.none(), store.organisation(OrganisationId.of(commission.value())));
                    assertEquals(Option.none(), store.alliance(OrganisationId.of(commission.value())));
                    assertEquals(Option.none(), store.commission(commission));
                    assertEquals(Option.none(), store.areaProgramme(programme));
                    assertEquals(Option.none(), store.meeting(MeetingId.of(commission.value())));
                    assertTrue(store.policies().isEmpty());
                    assertTrue(store.organisations().isEmpty());
                    assertTrue(store.alliances().isEmpty());
                    assertTrue(store.commissions().isEmpty());
                    assertTrue(store.commissionsInForce(date).isEmpty());
                    assertTrue(store.areaProgrammes().isEmpty());
                    assertTrue(store.areaProgrammesOf(commission).isEmpty());
                    assertTrue(store.budgets().isEmpty());
                    assertTrue(store.budgetsOf(programme).isEmpty());
                    assertTrue(store.meetings().isEmpty());
                    assertTrue(store.meetingsIn(ReportingPeriod.year(date.getYear()))
                            .isEmpty());
                });
    }

    /** Test: policies are kept by id. */
    @Test
    @DisplayName("A saved policy is found by its id, a save with its id replaces it, and all are listed once by id")
    default void policiesAreKeptById() {
        theory().forAll(
                        Samples.listsSharingIds(
                                ProgrammeGenerators.policies(),
                                (p, n) -> ImmutablePolicy.copyOf(p).withId(PolicyId.of("policy-" + n))),
                        ProgrammeGenerators.policies())
                .checkAssert((saved, another) -> assertKeptById(
                        newStore(),
                        saved,
                        another,
                        Policy::id,
                        (p, id) -> ImmutablePolicy.copyOf(p).withId(id),
                        Programmes::savePolicy,
                        Programmes::policy,
                        Programmes::policies));
    }

    /** Test: organisations are kept by id. */
    @Test
    @DisplayName("A saved organisation is found by its id, a save with its id replaces it, and all are listed once by"
            + " id")
    default void organisationsAreKeptById() {
        theory().forAll(
                        Samples.listsSharingIds(
                                ProgrammeGenerators.organisations(),
                                (o, n) ->
                                        ImmutableOrganisation.copyOf(o).withId(OrganisationId.of("organisation-" + n))),
                        ProgrammeGenerators.organisations())
                .checkAssert((saved, another) -> assertKeptById(
                        newStore(),
                        saved,
                        another,
                        Organisation::id,
                        (o, id) -> ImmutableOrganisation.copyOf(o).withId(id),
                        Programmes::saveOrganisation,
                        Programmes::organisation,
                        Programmes::organisations));
    }

    /** Test: alliances are kept by id. */
    @Test
    @DisplayName("A saved alliance is found by its id, a save with its id replaces it, and all are listed once by id")
    default void alliancesAreKeptById() {
        theory().forAll(
                        Samples.listsSharingIds(
                                ProgrammeGenerators.alliances(),
                                (a, n) -> ImmutableAlliance.copyOf(a).withId(OrganisationId.of("alliance-" + n))),
                        ProgrammeGenerators.alliances())
                .checkAssert((saved, another) -> assertKeptById(
                        newStore(),
                        saved,
                        another,
                        Alliance::id,
                        (a, id) -> ImmutableAlliance.copyOf(a).withId(id),
                        Programmes::saveAlliance,
                        Programmes::alliance,
                        Programmes::alliances));
    }

    /** Test: an organisation and an alliance with the same id are kept apart. */
    @Test
    @DisplayName("An organisation and an alliance with the same id are kept apart")
    default void organisationsAndAlliancesAreKeptApart() {
        theory().forAll(ProgrammeGenerators.organisations(), ProgrammeGenerators.alliances())
                .checkAssert((organisation, drawn) -> {
                    Alliance alliance = ImmutableAlliance.copyOf(drawn).withId(organisation.id());
                    Programmes store = newStore();
                    store.saveOrganisation(organisation);
                    store.saveAlliance(alliance);
                    assertEquals(Option.some(organisation), store.organisation(organisation.id()));
                    assertEquals(Option.some(alliance), store.alliance(organisation.id()));
                    assertHolds(List.of(organisation), store.organisations());
                    assertHolds(List.of(alliance), store.alliances());
                });
    }

    /** Test: commissions are kept by id. */
    @Test
    @DisplayName(
            "A saved commission is found by its id, a save with its id replaces it, and all are listed once by" + " id")
    default void commissionsAreKeptById() {
        theory().forAll(
                        Samples.listsSharingIds(
                                ProgrammeGenerators.commissions(),
                                (c, n) -> ImmutableCommission.copyOf(c).withId(CommissionId.of("commission-" + n))),
                        ProgrammeGenerators.commissions())
                .checkAssert((saved, another) -> assertKeptById(
                        newStore(),
                        saved,
                        another,
                        Commission::id,
                        (c, id) -> ImmutableCommission.copyOf(c).withId(id),
                        Programmes::saveCommission,
                        Programmes::commission,
                        Programmes::commissions));
    }

    /** Test: commissionsInForce is the naive filter. */
    @Test
    @DisplayName("The commissions in force on a day are those whose term, without extension, holds the day")
    default void commissionsInForceAreThoseWhoseTermHoldsTheDay() {
        theory().forAll(Samples.listsOf(ProgrammeGenerators.commissions()), picks(), CommonGenerators.dates())
                .checkAssert((saved, pick, other) -> {
                    Programmes store = newStore();
                    saved.forEach(store::saveCommission);
                    List<Commission> model = lastById(saved, Commission::id);
                    List<LocalDate> edges = new ArrayList<>();
                    model.forEach(c -> {
                        edges.add(c.term().start());
                        edges.add(c.term().end());
                        edges.add(c.term().end().plusDays(1));
                        c.extensionEnd().ifPresent(edges::add);
                    });
                    LocalDate day = oneOf(edges, pick, other);
                    assertHolds(filter(model, c -> c.isInForce(day)), store.commissionsInForce(day));
                });
    }

    /** Test: programmes under a commission in the store are kept by id. */
    @Test
    @DisplayName("A programme under a commission in the store is saved, found by its id, replaced by a save with its"
            + " id, and listed once by id")
    default void programmesUnderAKnownCommissionAreKeptById() {
        theory().forAll(ProgrammePlans.plans(0, 0)).checkAssert(plan -> {
            Programmes store = newStore();
            store.saveCommission(plan.commission());
            for (AreaProgramme programme : plan.programmes()) {
                assertEquals(Either.right(programme), store.saveAreaProgramme(programme));
                assertEquals(Option.some(programme), store.areaProgramme(programme.id()));
            }
            List<AreaProgramme> model = lastById(plan.programmes(), AreaProgramme::id);
            assertHolds(model, store.areaProgrammes());
            model.forEach(p -> assertEquals(Option.some(p), store.areaProgramme(p.id())));
        });
    }

    /** Test: areaProgrammesOf is the naive filter. */
    @Test
    @DisplayName("The programmes of a commission are those that name it")
    default void programmesOfACommissionNameIt() {
        theory().forAll(ProgrammePlans.plans(0, 3), ProgrammePlans.plans(0, 3), picks())
                .checkAssert((first, second, pick) -> {
                    Programmes store = newStore();
                    List<AreaProgramme> saved = new ArrayList<>();
                    for (ProgrammePlans plan : List.of(first, second)) {
                        store.saveCommission(plan.commission());
                        plan.programmes()
                                .forEach(p ->
                                        assertTrue(store.saveAreaProgramme(p).isRight()));
                        saved.addAll(plan.programmes());
                    }
                    List<AreaProgramme> model = lastById(saved, AreaProgramme::id);
                    CommissionId asked = oneOf(
                            List.of(first.commission().id(), second.commission().id()),
                            pick,
                            CommissionId.of("commission-none"));
                    assertHolds(filter(model, p -> p.commission().equals(asked)), store.areaProgrammesOf(asked));
                });
    }

    /** Test: a programme naming an unknown commission is refused and changes nothing. */
    @Test
    @DisplayName("A programme naming a commission not in the store is refused with programmes.unknown-commission and"
            + " changes nothing")
    default void aProgrammeOfAnUnknownCommissionIsRefused() {
        theory().forAll(ProgrammePlans.plans(0, 0), ProgrammeGenerators.areaProgrammes())
                .checkAssert((plan, drawn) -> {
                    Programmes store = newStore();
                    store.saveCommission(plan.commission());
                    plan.programmes().forEach(store::saveAreaProgramme);
                    Seq<AreaProgramme> before = store.areaProgrammes();
                    CommissionId unknown =
                            CommissionId.of(plan.commission().id().value() + ".unknown");
                    AreaProgramme stray = ImmutableAreaProgramme.copyOf(drawn).withCommission(unknown);

                    Either<Seq<Violation>, AreaProgramme> result = store.saveAreaProgramme(stray);

                    assertEquals(
                            Either.left(List.of(Violation.of("commission_id", Programmes.UNKNOWN_COMMISSION, unknown))),
                            result.mapLeft(Seq::toJavaList));
                    assertHolds(before.toJavaList(), store.areaProgrammes());
                });
    }

    /** Test: a programme is decided against the commission in the store by the programme's own rule. */
    @Test
    @DisplayName("A programme under a commission in the store is saved when it fits the commission, and refused with"
            + " exactly the rules it breaks, changing nothing, when it does not")
    default void aProgrammeIsDecidedAgainstItsCommission() {
        theory().forAll(ProgrammePlans.plans(0, 0), ProgrammeGenerators.areaProgrammes())
                .checkAssert((plan, drawn) -> {
                    Programmes store = newStore();
                    store.saveCommission(plan.commission());
                    plan.programmes().forEach(store::saveAreaProgramme);
                    Seq<AreaProgramme> before = store.areaProgrammes();
                    AreaProgramme candidate = ImmutableAreaProgramme.copyOf(drawn)
                            .withCommission(plan.commission().id());
                    Validation<Seq<Violation>, AreaProgramme> expected = candidate.validateAgainst(plan.commission());

                    Either<Seq<Violation>, AreaProgramme> result = store.saveAreaProgramme(candidate);

                    if (expected.isValid()) {
                        assertEquals(Either.right(candidate), result);
                        assertEquals(Option.some(candidate), store.areaProgramme(candidate.id()));
                    } else {
                        assertEquals(Either.left(expected.getError().toJavaList()), result.mapLeft(Seq::toJavaList));
                        assertHolds(before.toJavaList(), store.areaProgrammes());
                    }
                });
    }

    /** Test: budgets for programmes in the store are kept by programme, borough and year. */
    @Test
    @DisplayName("A budget for a programme in the store is saved, replaced by a budget of the same programme, borough"
            + " and year, and listed once by programme, borough and year")
    default void budgetsForKnownProgrammesAreKept() {
        theory().forAll(ProgrammePlans.plans(1, 0), picks()).checkAssert((plan, pick) -> {
            Programmes store = newStore();
            store.saveCommission(plan.commission());
            plan.programmes().forEach(store::saveAreaProgramme);
            for (Budget budget : plan.budgets()) {
                assertEquals(Either.right(budget), store.saveBudget(budget));
            }
            List<Budget> model = lastBudgets(plan.budgets());
            assertHolds(model, store.budgets());
            ProgrammeId asked =
                    oneOf(Samples.map(plan.programmes(), AreaProgramme::id), pick, ProgrammeId.of("programme-none"));
            assertHolds(filter(model, b -> b.programme().equals(asked)), store.budgetsOf(asked));
        });
    }

    /** Test: a budget naming an unknown programme is refused and changes nothing. */
    @Test
    @DisplayName("A budget naming a programme not in the store is refused with programmes.unknown-programme and"
            + " changes nothing")
    default void aBudgetOfAnUnknownProgrammeIsRefused() {
        theory().forAll(ProgrammePlans.plans(0, 0), ProgrammeGenerators.budgets())
                .checkAssert((plan, drawn) -> {
                    Programmes store = newStore();
                    store.saveCommission(plan.commission());
                    plan.programmes().forEach(store::saveAreaProgramme);
                    plan.budgets().forEach(store::saveBudget);
                    Seq<Budget> before = store.budgets();
                    ProgrammeId unknown = ProgrammeId.of("programme-none");
                    Budget stray = Budget.of(unknown, drawn.borough(), drawn.year(), drawn.amount());

                    Either<Seq<Violation>, Budget> result = store.saveBudget(stray);

                    assertEquals(
                            Either.left(List.of(Violation.of("programme_id", Programmes.UNKNOWN_PROGRAMME, unknown))),
                            result.mapLeft(Seq::toJavaList));
                    assertHolds(before.toJavaList(), store.budgets());
                });
    }

    /** Test: a budget is decided against the programme in the store by the budget's own rule. */
    @Test
    @DisplayName("A budget for a programme in the store is saved when it fits the programme, and refused with exactly"
            + " the rules it breaks, changing nothing, when it does not")
    default void aBudgetIsDecidedAgainstItsProgramme() {
        theory().forAll(ProgrammePlans.plans(1, 0), ProgrammeGenerators.budgets(), picks())
                .checkAssert((plan, drawn, pick) -> {
                    Programmes store = newStore();
                    store.saveCommission(plan.commission());
                    plan.programmes().forEach(store::saveAreaProgramme);
                    plan.budgets().forEach(store::saveBudget);
                    Seq<Budget> before = store.budgets();
                    List<AreaProgramme> programmes = lastById(plan.programmes(), AreaProgramme::id);
                    AreaProgramme programme = programmes.get(pick % programmes.size());
                    String borough = pick % 2 == 0 ? programme.borough() : drawn.borough();
                    Budget candidate = Budget.of(programme.id(), borough, drawn.year(), drawn.amount());
                    Validation<Seq<Violation>, Budget> expected = candidate.validateAgainst(programme);

                    Either<Seq<Violation>, Budget> result = store.saveBudget(candidate);

                    if (expected.isValid()) {
                        assertEquals(Either.right(candidate), result);
                        List<Budget> saved = new ArrayList<>(plan.budgets());
                        saved.add(candidate);
                        assertHolds(lastBudgets(saved), store.budgets());
                    } else {
                        assertEquals(Either.left(expected.getError().toJavaList()), result.mapLeft(Seq::toJavaList));
                        assertHolds(before.toJavaList(), store.budgets());
                    }
                });
    }

    /** Test: meetings are kept by id. */
    @Test
    @DisplayName("A saved meeting is found by its id, a save with its id replaces it, and all are listed once by id")
    default void meetingsAreKeptById() {
        theory().forAll(
                        Samples.listsSharingIds(
                                ProgrammeGenerators.meetings(),
                                (m, n) -> ImmutableMeeting.copyOf(m).withId(MeetingId.of("meeting-" + n))),
                        ProgrammeGenerators.meetings())
                .checkAssert((saved, another) -> assertKeptById(
                        newStore(),
                        saved,
                        another,
                        Meeting::id,
                        (m, id) -> ImmutableMeeting.copyOf(m).withId(id),
                        Programmes::saveMeeting,
                        Programmes::meeting,
                        Programmes::meetings));
    }

    /** Test: meetingsIn is the naive filter. */
    @Test
    @DisplayName("The meetings in a period are those held on a day of it")
    default void meetingsInAPeriodAreThoseHeldInIt() {
        theory().forAll(Samples.listsOf(ProgrammeGenerators.meetings()), CommonGenerators.periods())
                .checkAssert((saved, period) -> {
                    Programmes store = newStore();
                    saved.forEach(store::saveMeeting);
                    assertHolds(
                            filter(lastById(saved, Meeting::id), m -> period.contains(m.date())),
                            store.meetingsIn(period));
                });
    }
}
