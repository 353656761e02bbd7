package nl.welfare.domain.spi;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.Place;
import nl.welfare.domain.community.PlaceId;
import nl.welfare.domain.value.Violation;

/**
 * The store of places (buurthuizen, speeltuinen, opvang) and of the activities (activiteiten) that happen in an area,
 * often at a place and as part of an initiative.
 *
 * <p>Places and activities are kept by their ids: saving one inserts it, or replaces the one saved earlier with the
 * same id. An activity that names a place must name one in this store: {@link #save(Activity)} refuses it otherwise,
 * with the rule {@link CommunityChecks#ACTIVITY_UNKNOWN_PLACE}. The initiative an activity names lives in another
 * store ({@link Initiatives}) and is not checked here. Nothing is ever removed, so an activity once accepted stays
 * valid.
 *
 * <pre>{@code
 * Activities store = InMemoryStores.activities();
 * store.savePlace(livingRoom);
 * store.save(walk);                                // Right(walk): no place, or a place in the store
 * store.activitiesOf(InitiativeId.of("beien"));    // the activities of Beien, by id
 * }</pre>
 */
public interface Activities {

    /** Inserts {@code place}, or replaces the place with the same id. */
    void savePlace(Place place);

    /** Saves each place in turn, as {@link #savePlace} does: of two with the same id, the later one is kept. */
    default void savePlaces(Iterable<? extends Place> places) {
        places.forEach(this::savePlace);
    }

    /** The place with {@code id}: the one saved last with that id, or none. */
    Option<Place> place(PlaceId id);

    /** Every place, each once, in the order of their ids ({@link PlaceId#compareTo}). */
    Seq<Place> places();

    /**
     * Inserts {@code activity}, or replaces the activity with the same id, when it names no place or a place in this
     * store; otherwise saves nothing and returns the violation of {@link CommunityChecks#ACTIVITY_UNKNOWN_PLACE}
     * (field {@code place_id}), exactly as {@link CommunityChecks#validateActivityPlaces} reports it.
     */
    Either<Seq<Violation>, Activity> save(Activity activity);

    /**
     * Saves every activity, as {@link #save(Activity)} does, when none names a place missing from this store;
     * otherwise saves none of them and returns every violation, in the order of the activities.
     */
    default Either<Seq<Violation>, Seq<Activity>> saveAll(Iterable<? extends Activity> activities) {
        Seq<Activity> batch = List.ofAll(activities);
        Seq<Place> named =
                batch.flatMap(a -> Option.ofOptional(a.placeId())).distinct().flatMap(this::place);
        return CommunityChecks.validateActivityPlaces(named.asJava(), batch.asJava())
                .toEither()
                .peek(accepted -> accepted.forEach(this::save));
    }

    /** The activity with {@code id}: the one saved last with that id, or none. */
    Option<Activity> byId(ActivityId id);

    /** Every activity, each once, in the order of their ids ({@link ActivityId#compareTo}). */
    Seq<Activity> all();

    /** The activities that belong to {@code initiative}, in the order of {@link #all()}. */
    default Seq<Activity> activitiesOf(InitiativeId initiative) {
        return all().filter(a -> a.initiativeId().filter(initiative::equals).isPresent());
    }

    /** The activities that take place at {@code place}, in the order of {@link #all()}. */
    default Seq<Activity> activitiesAt(PlaceId place) {
        return all().filter(a -> a.placeId().filter(place::equals).isPresent());
    }
}
