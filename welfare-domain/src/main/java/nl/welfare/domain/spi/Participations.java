package nl.welfare.domain.spi;

import io.vavr.collection.Seq;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.time.ReportingPeriod;

/**
 * The store of residents' participations (deelnames) in activities: the facts behind {@code volunteers} and
 * {@code residents-participating-per-1000}.
 *
 * <p>A participation is a fact without an id: {@link #add} keeps it as given, and a participation added twice is held
 * twice, as two rows of {@code participations} would be. Whether its activity and resident exist is checked by the
 * importer ({@link nl.welfare.domain.community.CommunityChecks}), not here: they live in other stores.
 *
 * <pre>{@code
 * Participations store = InMemoryStores.participations();
 * store.add(Participation.of(resident, walk, area, LocalDate.of(2019, 3, 14), ParticipationRole.VOLUNTEER));
 * store.in(ReportingPeriod.year(2019));   // by date, then in the order added
 * }</pre>
 */
public interface Participations {

    /** Adds {@code participation}. */
    void add(Participation participation);

    /** Adds each participation in turn, as {@link #add} does. */
    default void addAll(Iterable<? extends Participation> participations) {
        participations.forEach(this::add);
    }

    /**
     * Every participation, ordered by {@link Participation#date()} and, among those of the same day, in the order
     * they were added.
     */
    Seq<Participation> all();

    /** The participations of {@code resident}, in the order of {@link #all()}. */
    default Seq<Participation> ofResident(ResidentId resident) {
        return all().filter(p -> p.resident().equals(resident));
    }

    /** The participations dated in {@code period} ({@link Participation#isIn}), in the order of {@link #all()}. */
    default Seq<Participation> in(ReportingPeriod period) {
        return all().filter(p -> p.isIn(period));
    }

    /**
     * The participations of {@code area}: whose area is {@code area} itself or lies below it by CBS structure
     * ({@link AreaCode#isBelow}). Groupings such as boroughs need the area hierarchy. In the order of {@link #all()}.
     */
    default Seq<Participation> inArea(AreaCode area) {
        return all().filter(p -> p.area().equals(area) || p.area().isBelow(area));
    }
}
