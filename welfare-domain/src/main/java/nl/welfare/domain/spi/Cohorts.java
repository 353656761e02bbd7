package nl.welfare.domain.spi;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.resident.ResidentId;

/**
 * The store of cohorts (pilots, doelgroepen): named groups of residents followed over time, such as the men of the
 * shelter pilot in Centrum.
 *
 * <p>A cohort is kept whole, by its name: {@link #save} inserts it, or replaces the cohort saved earlier with the same
 * name, memberships and all. Its memberships are checked by the cohort itself; the residents they name live in
 * another store ({@link Residents}) and are not checked here.
 *
 * <pre>{@code
 * Cohorts store = InMemoryStores.cohorts();
 * store.save(shelterPilot);
 * store.cohortsOf(ResidentId.of("r-7f3a9c"));   // [shelter-pilot]
 * }</pre>
 */
public interface Cohorts {

    /** Inserts {@code cohort}, or replaces the cohort with the same name. */
    void save(Cohort cohort);

    /** Saves each cohort in turn, as {@link #save} does: of two with the same name, the later one is kept. */
    default void saveAll(Iterable<? extends Cohort> cohorts) {
        cohorts.forEach(this::save);
    }

    /** The cohort named {@code name}: the one saved last with that name, or none. */
    Option<Cohort> byName(CohortName name);

    /** Every cohort, each once, in the order of their names ({@link CohortName#compareTo}). */
    Seq<Cohort> all();

    /**
     * The cohorts {@code resident} was ever a member of, whatever the dates of the membership
     * ({@link Cohort#residents()}), in the order of {@link #all()}.
     */
    default Seq<Cohort> cohortsOf(ResidentId resident) {
        return all().filter(c -> c.residents().contains(resident));
    }
}
