package nl.welfare.domain.spi;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;

/**
 * The store of residents' and professionals' initiatives (bewonersinitiatieven) and the links (samenwerkingen)
 * between them: the facts behind {@code resident-led-initiatives} and {@code initiative-network-connectedness}.
 *
 * <p>An initiative is kept by its id: {@link #save} inserts it, or replaces the initiative saved earlier with the same
 * id. A link is a fact without an id: {@link #link} adds it when both of its initiatives are in this store, and
 * refuses it otherwise; a link given twice is held twice, as two rows of {@code initiative_links} would be. Nothing is
 * ever removed, so a link once accepted stays valid.
 *
 * <pre>{@code
 * Initiatives store = InMemoryStores.initiatives();
 * store.saveAll(List.of(beien, power));
 * store.link(InitiativeLink.of(power.id(), beien.id(), LocalDate.of(2018, 3, 1)));   // Right(link)
 * store.link(InitiativeLink.of(power.id(), InitiativeId.of("elsewhere"), day));      // Left([initiative-link.unknown-initiative])
 * store.activeIn(ReportingPeriod.year(2018));                                         // [beien, power], by id
 * }</pre>
 */
public interface Initiatives {

    /** Inserts {@code initiative}, or replaces the initiative with the same id. */
    void save(Initiative initiative);

    /** Saves each initiative in turn, as {@link #save} does: of two with the same id, the later one is kept. */
    default void saveAll(Iterable<? extends Initiative> initiatives) {
        initiatives.forEach(this::save);
    }

    /** The initiative with {@code id}: the one saved last with that id, or none. */
    Option<Initiative> byId(InitiativeId id);

    /** Every initiative, each once, in the order of their ids ({@link InitiativeId#compareTo}). */
    Seq<Initiative> all();

    /**
     * The initiatives of {@code area}: whose area is {@code area} itself or lies below it by CBS structure
     * ({@link AreaCode#isBelow}), so a municipality's code gives the initiatives of all its districts and
     * neighbourhoods. Groupings such as boroughs are not CBS codes and need the area hierarchy. In the order of
     * {@link #all()}.
     */
    default Seq<Initiative> inArea(AreaCode area) {
        return all().filter(i -> i.area().equals(area) || i.area().isBelow(area));
    }

    /** The initiatives active in {@code period} ({@link Initiative#isActiveIn}), in the order of {@link #all()}. */
    default Seq<Initiative> activeIn(ReportingPeriod period) {
        return all().filter(i -> i.isActiveIn(period));
    }

    /**
     * Adds {@code link} when both its initiatives are in this store; otherwise adds nothing and returns a violation
     * of {@link CommunityChecks#LINK_UNKNOWN_INITIATIVE} for each end that is not (field {@code initiative_id} or
     * {@code other_initiative_id}), exactly as {@link CommunityChecks#validateLinks} reports it.
     */
    Either<Seq<Violation>, InitiativeLink> link(InitiativeLink link);

    /**
     * Adds every link when each names initiatives in this store; otherwise adds none of them and returns every
     * violation of {@link CommunityChecks#LINK_UNKNOWN_INITIATIVE}, in the order of the links.
     */
    default Either<Seq<Violation>, Seq<InitiativeLink>> linkAll(Iterable<? extends InitiativeLink> links) {
        Seq<InitiativeLink> batch = List.ofAll(links);
        Seq<Initiative> named = batch.flatMap(l -> List.of(l.initiative(), l.otherInitiative()))
                .distinct()
                .flatMap(this::byId);
        return CommunityChecks.validateLinks(named.asJava(), batch.asJava())
                .toEither()
                .peek(accepted -> accepted.forEach(this::link));
    }

    /**
     * Every link, ordered by {@link InitiativeLink#since()} and, among links of the same day, in the order they were
     * added. A link given twice appears twice.
     */
    Seq<InitiativeLink> links();

    /** The links that connect {@code initiative}, at either end ({@link InitiativeLink#connects}), in the order of {@link #links()}. */
    default Seq<InitiativeLink> linksOf(InitiativeId initiative) {
        return links().filter(l -> l.connects(initiative));
    }
}
