package nl.welfare.domain.spi;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.time.ReportingPeriod;

/**
 * The store of provisions (voorzieningen) offered in an area: individual (maatwerkvoorziening) or collective
 * (algemene voorziening), the facts behind {@code collective-provisions-offered}.
 *
 * <p>A provision is kept by its id: {@link #save} inserts it, or replaces the provision saved earlier with the same id.
 *
 * <pre>{@code
 * Provisions store = InMemoryStores.provisions();
 * store.saveAll(provisions);
 * store.activeIn(ReportingPeriod.year(2018)).count(p -> p.kind() == ProvisionKind.COLLECTIVE);
 * }</pre>
 */
public interface Provisions {

    /** Inserts {@code provision}, or replaces the provision with the same id. */
    void save(Provision provision);

    /** Saves each provision in turn, as {@link #save} does: of two with the same id, the later one is kept. */
    default void saveAll(Iterable<? extends Provision> provisions) {
        provisions.forEach(this::save);
    }

    /** The provision with {@code id}: the one saved last with that id, or none. */
    Option<Provision> byId(ProvisionId id);

    /** Every provision, each once, in the order of their ids ({@link ProvisionId#compareTo}). */
    Seq<Provision> all();

    /**
     * The provisions of {@code area}: offered in {@code area} itself or in an area below it by CBS structure
     * ({@link AreaCode#isBelow}). Groupings such as boroughs need the area hierarchy. In the order of {@link #all()}.
     */
    default Seq<Provision> inArea(AreaCode area) {
        return all().filter(p -> p.area().equals(area) || p.area().isBelow(area));
    }

    /** The provisions offered in {@code period} ({@link Provision#isActiveIn}), in the order of {@link #all()}. */
    default Seq<Provision> activeIn(ReportingPeriod period) {
        return all().filter(p -> p.isActiveIn(period));
    }
}
