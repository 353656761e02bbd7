package nl.welfare.domain.spi;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;

/**
 * The store of residents (bewoners): pseudonymous ids with the area they live in and, at most, a birth year.
 *
 * <p>A resident is kept by their id: {@link #save} inserts them, or replaces the resident saved earlier with the same
 * id (a resident who moved is saved again with the new area).
 *
 * <pre>{@code
 * Residents store = InMemoryStores.residents();
 * store.save(Resident.of(ResidentId.of("r-7f3a9c"), AreaCode.of("BU01530000")));
 * store.inArea(AreaCode.of("GM0153"));   // every resident of Enschede, by id
 * }</pre>
 */
public interface Residents {

    /** Inserts {@code resident}, or replaces the resident with the same id. */
    void save(Resident resident);

    /** Saves each resident in turn, as {@link #save} does: of two with the same id, the later one is kept. */
    default void saveAll(Iterable<? extends Resident> residents) {
        residents.forEach(this::save);
    }

    /** The resident with {@code id}: the one saved last with that id, or none. */
    Option<Resident> byId(ResidentId id);

    /** Every resident, each once, in the order of their ids ({@link ResidentId#compareTo}). */
    Seq<Resident> all();

    /**
     * The residents of {@code area}: who live in {@code area} itself or in an area below it by CBS structure
     * ({@link AreaCode#isBelow}). Groupings such as boroughs need the area hierarchy. In the order of {@link #all()}.
     */
    default Seq<Resident> inArea(AreaCode area) {
        return all().filter(r -> r.area().equals(area) || r.area().isBelow(area));
    }
}
