package nl.welfare.domain.memory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.Place;
import nl.welfare.domain.community.PlaceId;
import nl.welfare.domain.spi.Activities;
import nl.welfare.domain.value.Violation;

/** {@link Activities} in memory: places and activities, each by id. */
final class InMemoryActivities implements Activities {

    private final Keyed<PlaceId, Place> places = Keyed.byNaturalOrder(Place::id);
    private final Keyed<ActivityId, Activity> activities = Keyed.byNaturalOrder(Activity::id);

    @Override
    public void savePlace(Place place) {
        places.put(place);
    }

    @Override
    public Option<Place> place(PlaceId id) {
        return places.get(id);
    }

    @Override
    public Seq<Place> places() {
        return places.values();
    }

    @Override
    public Either<Seq<Violation>, Activity> save(Activity activity) {
        // Places are never removed, so an activity found valid here stays valid when it is saved.
        Seq<Place> named = Option.ofOptional(activity.placeId()).toList().flatMap(places::get);
        return CommunityChecks.validateActivityPlaces(
                        named.asJava(), List.of(activity).asJava())
                .toEither()
                .map(accepted -> {
                    activities.put(activity);
                    return activity;
                });
    }

    @Override
    public Option<Activity> byId(ActivityId id) {
        return activities.get(id);
    }

    @Override
    public Seq<Activity> all() {
        return activities.values();
    }
}
