package nl.welfare.testkit.contracts;

import static nl.welfare.testkit.contracts.Samples.areaToAsk;
import static nl.welfare.testkit.contracts.Samples.assertHolds;
import static nl.welfare.testkit.contracts.Samples.byDate;
import static nl.welfare.testkit.contracts.Samples.filter;
import static nl.welfare.testkit.contracts.Samples.lastById;
import static nl.welfare.testkit.contracts.Samples.map;
import static nl.welfare.testkit.contracts.Samples.oneOf;
import static nl.welfare.testkit.contracts.Samples.picks;
import static nl.welfare.testkit.contracts.Samples.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.ImmutableInitiative;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.spi.Initiatives;
import nl.welfare.domain.value.Violation;
import nl.welfare.testkit.generators.CommonGenerators;
import nl.welfare.testkit.generators.CommunityGenerators;
import nl.welfare.testkit.generators.CommunityGenerators.InitiativeNetwork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Initiatives}: every implementation's test implements it and supplies {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemoryInitiativesTest implements InitiativesContract {
 *     public Initiatives newStore() { return InMemoryStores.initiatives(); }
 * }
 * }</pre>
 */
public interface InitiativesContract {

    /** A new, empty store; called once for every example a property tries. */
    Initiatives newStore();

    /** Initiatives of which about half share one of a few ids. */
    private static Gen<List<Initiative>> initiativeLists() {
        return Samples.listsSharingIds(
                CommunityGenerators.initiatives(),
                (i, n) -> ImmutableInitiative.copyOf(i).withId(InitiativeId.of("initiative-" + n)));
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no initiative and no link")
    default void anEmptyStoreHoldsNothing() {
        theory().forAll(CommunityGenerators.initiativeIds(), CommunityGenerators.areas(), CommonGenerators.periods())
                .checkAssert((id, area, period) -> {
                    Initiatives store = newStore();
                    assertEquals(Option.none(), store.byId(id));
                    assertTrue(store.all().isEmpty());
                    assertTrue(store.inArea(area).isEmpty());
                    assertTrue(store.activeIn(period).isEmpty());
                    assertTrue(store.links().isEmpty());
                    assertTrue(store.linksOf(id).isEmpty());
                });
    }

    /** Test: a saved initiative is found by its id. */
    @Test
    @DisplayName("A saved initiative is found by its id and equals what was saved")
    default void aSavedInitiativeIsFoundByItsId() {
        theory().forAll(CommunityGenerators.initiatives()).checkAssert(initiative -> {
            Initiatives store = newStore();
            store.save(initiative);
            assertEquals(Option.some(initiative), store.byId(initiative.id()));
            assertHolds(List.of(initiative), store.all());
        });
    }

    /** Test: a second save with the same id replaces the first. */
    @Test
    @DisplayName("Saving an initiative with the id of one in the store replaces it")
    default void savingAgainWithTheSameIdReplaces() {
        theory().forAll(CommunityGenerators.initiatives(), CommunityGenerators.initiatives())
                .checkAssert((first, other) -> {
                    Initiative second = ImmutableInitiative.copyOf(other).withId(first.id());
                    Initiatives store = newStore();
                    store.save(first);
                    store.save(second);
                    assertEquals(Option.some(second), store.byId(first.id()));
                    assertHolds(List.of(second), store.all());
                });
    }

    /** Test: all() holds each initiative once, by id. */
    @Test
    @DisplayName("All initiatives are the last saved with each id, each once, in the order of their ids")
    default void allHoldsEachInitiativeOnceInTheOrderOfIds() {
        theory().forAll(initiativeLists()).checkAssert(saved -> {
            Initiatives store = newStore();
            store.saveAll(saved);
            List<Initiative> model = lastById(saved, Initiative::id);
            assertHolds(model, store.all());
            model.forEach(i -> assertEquals(Option.some(i), store.byId(i.id())));
        });
    }

    /** Test: inArea is the naive filter by area. */
    @Test
    @DisplayName("The initiatives in an area are those whose area is that area or lies below it")
    default void inAreaIsTheAreaAndBelow() {
        theory().forAll(initiativeLists(), picks(), CommonGenerators.areaCodes())
                .checkAssert((saved, pick, other) -> {
                    Initiatives store = newStore();
                    store.saveAll(saved);
                    List<Initiative> model = lastById(saved, Initiative::id);
                    AreaCode area = areaToAsk(map(model, Initiative::area), pick, other);
                    assertHolds(
                            filter(model, i -> i.area().equals(area) || i.area().isBelow(area)), store.inArea(area));
                });
    }

    /** Test: activeIn is the naive filter by the domain's meaning of active. */
    @Test
    @DisplayName("The initiatives active in a period are those the initiative itself says are active in it")
    default void activeInIsTheDomainsMeaning() {
        theory().forAll(initiativeLists(), CommonGenerators.periods()).checkAssert((saved, period) -> {
            Initiatives store = newStore();
            store.saveAll(saved);
            assertHolds(filter(lastById(saved, Initiative::id), i -> i.isActiveIn(period)), store.activeIn(period));
        });
    }

    /** Test: links between initiatives in the store are accepted and listed by their first day. */
    @Test
    @DisplayName("Links between initiatives in the store are kept, by their first day and then in the order added")
    default void linksBetweenKnownInitiativesAreKept() {
        theory().forAll(CommunityGenerators.initiativeNetworks()).checkAssert(network -> {
            Initiatives store = newStore();
            store.saveAll(network.initiatives());
            for (InitiativeLink link : network.links()) {
                assertEquals(Either.right(link), store.link(link));
            }
            assertHolds(byDate(network.links(), InitiativeLink::since), store.links());
        });
    }

    /** Test: linkAll keeps the links of a network, and a link given twice twice. */
    @Test
    @DisplayName("Linking many at once keeps them all, a link given twice twice")
    default void linkingManyKeepsThemAll() {
        theory().forAll(CommunityGenerators.initiativeNetworks(), integers().between(0, 4))
                .checkAssert((network, repeats) -> {
                    Initiatives store = newStore();
                    store.saveAll(network.initiatives());
                    List<InitiativeLink> links = Samples.withRepeats(network.links(), repeats);
                    assertEquals(Either.right(links), store.linkAll(links).map(Seq::toJavaList));
                    assertHolds(byDate(links, InitiativeLink::since), store.links());
                });
    }

    /** Test: linksOf is the naive filter of links() by connects. */
    @Test
    @DisplayName("The links of an initiative are those that connect it, at either end")
    default void linksOfAnInitiativeConnectIt() {
        theory().forAll(CommunityGenerators.initiativeNetworks(), picks()).checkAssert((network, pick) -> {
            Initiatives store = newStore();
            store.saveAll(network.initiatives());
            store.linkAll(network.links());
            InitiativeId asked =
                    oneOf(map(network.initiatives(), Initiative::id), pick, InitiativeId.of("initiative-none"));
            assertHolds(
                    filter(byDate(network.links(), InitiativeLink::since), l -> l.connects(asked)),
                    store.linksOf(asked));
        });
    }

    /** Test: a link naming an unknown initiative is refused and changes nothing. */
    @Test
    @DisplayName("A link naming an initiative not in the store is refused with initiative-link.unknown-initiative"
            + " and changes nothing")
    default void aLinkToAnUnknownInitiativeIsRefused() {
        theory().forAll(CommunityGenerators.initiativeNetworks(), CommunityGenerators.initiativeLinks(), picks())
                .checkAssert((network, dates, pick) -> {
                    InitiativeLink stray = strayLink(network, dates, pick);
                    Initiatives store = newStore();
                    store.saveAll(network.initiatives());
                    store.linkAll(network.links());
                    Seq<Initiative> initiativesBefore = store.all();
                    Seq<InitiativeLink> linksBefore = store.links();

                    Either<Seq<Violation>, InitiativeLink> result = store.link(stray);

                    assertTrue(result.isLeft(), () -> "expected " + stray + " to be refused");
                    assertEquals(
                            HashSet.of(CommunityChecks.LINK_UNKNOWN_INITIATIVE),
                            result.getLeft().map(Violation::rule).toSet());
                    assertEquals(
                            CommunityChecks.validateLinks(network.initiatives(), List.of(stray))
                                    .getError()
                                    .toJavaList(),
                            result.getLeft().toJavaList());
                    assertHolds(initiativesBefore.toJavaList(), store.all());
                    assertHolds(linksBefore.toJavaList(), store.links());
                });
    }

    /** Test: linkAll with one unknown initiative adds none of the links. */
    @Test
    @DisplayName("Linking many at once adds none of them when one names an initiative not in the store")
    default void linkingManyWithOneUnknownAddsNone() {
        theory().forAll(CommunityGenerators.initiativeNetworks(), CommunityGenerators.initiativeLinks(), picks())
                .checkAssert((network, dates, pick) -> {
                    InitiativeLink stray = strayLink(network, dates, pick);
                    List<InitiativeLink> batch = new ArrayList<>(network.links());
                    batch.add(pick % (batch.size() + 1), stray);
                    Initiatives store = newStore();
                    store.saveAll(network.initiatives());

                    Either<Seq<Violation>, Seq<InitiativeLink>> result = store.linkAll(batch);

                    assertTrue(result.isLeft(), () -> "expected " + stray + " to be refused");
                    assertEquals(
                            HashSet.of(CommunityChecks.LINK_UNKNOWN_INITIATIVE),
                            result.getLeft().map(Violation::rule).toSet());
                    assertTrue(store.links().isEmpty());
                });
    }

    /**
     * A link with the dates of {@code dates} that names an initiative outside {@code network}: at one end or the other
     * next to one of the network's initiatives, or at both ends.
     */
    private static InitiativeLink strayLink(InitiativeNetwork network, InitiativeLink dates, int pick) {
        InitiativeId unknown = InitiativeId.of("unknown-a");
        InitiativeId other = network.initiatives().isEmpty() || pick % 3 == 2
                ? InitiativeId.of("unknown-b")
                : network.initiatives().get(pick % network.initiatives().size()).id();
        boolean unknownFirst = pick % 2 == 0;
        return InitiativeLink.builder()
                .initiative(unknownFirst ? unknown : other)
                .otherInitiative(unknownFirst ? other : unknown)
                .since(dates.since())
                .until(dates.until())
                .build();
    }
}
