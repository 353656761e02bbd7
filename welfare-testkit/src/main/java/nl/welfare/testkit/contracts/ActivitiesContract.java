package nl.welfare.testkit.contracts;

import static nl.welfare.testkit.contracts.Samples.assertHolds;
import static nl.welfare.testkit.contracts.Samples.filter;
import static nl.welfare.testkit.contracts.Samples.lastById;
import static nl.welfare.testkit.contracts.Samples.map;
import static nl.welfare.testkit.contracts.Samples.oneOf;
import static nl.welfare.testkit.contracts.Samples.picks;
import static nl.welfare.testkit.contracts.Samples.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.ImmutableActivity;
import nl.welfare.domain.community.ImmutablePlace;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.Place;
import nl.welfare.domain.community.PlaceId;
import nl.welfare.domain.spi.Activities;
import nl.welfare.domain.value.Violation;
import nl.welfare.testkit.generators.CommunityGenerators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Activities}: every implementation's test implements it and supplies {@link #newStore()}.
 *
 * <pre>{@code
 * class InMemoryActivitiesTest implements ActivitiesContract {
 *     public Activities newStore() { return InMemoryStores.activities(); }
 * }
 * }</pre>
 */
public interface ActivitiesContract {

    /** A new, empty store; called once for every example a property tries. */
    Activities newStore();

    /** Places of which about half share one of a few ids ({@code place-0}, ...). */
    private static Gen<List<Place>> placeLists() {
        return Samples.listsSharingIds(
                CommunityGenerators.places(), (p, n) -> ImmutablePlace.copyOf(p).withId(PlaceId.of("place-" + n)));
    }

    /** Activities of which about half share one of a few ids, each at no place or at one of the shared places. */
    private static Gen<List<Activity>> activityLists() {
        Gen<Activity> atSharedPlaces = CommunityGenerators.activities()
                .zip(
                        picks(),
                        (a, pick) -> ImmutableActivity.copyOf(a)
                                .withPlaceId(
                                        pick % 2 == 0
                                                ? Optional.empty()
                                                : Optional.of(PlaceId.of("place-" + pick % Samples.SHARED_IDS))));
        return Samples.listsSharingIds(
                atSharedPlaces, (a, n) -> ImmutableActivity.copyOf(a).withId(ActivityId.of("activity-" + n)));
    }

    /** Places with every shared id, so that any activity of {@link #activityLists()} has its place in the store. */
    private static Gen<List<Place>> everySharedPlace() {
        return Samples.listsOf(CommunityGenerators.places()).zip(CommunityGenerators.places(), (drawn, filler) -> {
            List<Place> places = new ArrayList<>();
            for (int n = 0; n < Samples.SHARED_IDS; n++) {
                Place base = drawn.isEmpty() ? filler : drawn.get(n % drawn.size());
                places.add(ImmutablePlace.copyOf(base).withId(PlaceId.of("place-" + n)));
            }
            return places;
        });
    }

    /** Test: an empty store holds nothing. */
    @Test
    @DisplayName("An empty store holds no place and no activity")
    default void anEmptyStoreHoldsNothing() {
        theory().forAll(
                        CommunityGenerators.placeIds(),
                        CommunityGenerators.activityIds(),
                        CommunityGenerators.initiativeIds())
                .checkAssert((place, activity, initiative) -> {
                    Activities store = newStore();
                    assertEquals(Option.none(), store.place(place));
                    assertTrue(store.places().isEmpty());
                    assertEquals(Option.none(), store.byId(activity));
                    assertTrue(store.all().isEmpty());
                    assertTrue(store.activitiesOf(initiative).isEmpty());
                    assertTrue(store.activitiesAt(place).isEmpty());
                });
    }

    /** Test: a saved place is found by its id, and a second save replaces it. */
    @Test
    @DisplayName("A saved place is found by its id, equals what was saved, and a place saved with its id replaces it")
    default void aSavedPlaceIsFoundAndReplaced() {
        theory().forAll(CommunityGenerators.places(), CommunityGenerators.places())
                .checkAssert((first, other) -> {
                    Activities store = newStore();
                    store.savePlace(first);
                    assertEquals(Option.some(first), store.place(first.id()));
                    assertHolds(List.of(first), store.places());
                    Place second = ImmutablePlace.copyOf(other).withId(first.id());
                    store.savePlace(second);
                    assertEquals(Option.some(second), store.place(first.id()));
                    assertHolds(List.of(second), store.places());
                });
    }

    /** Test: places() holds each place once, by id. */
    @Test
    @DisplayName("All places are the last saved with each id, each once, in the order of their ids")
    default void placesHoldsEachPlaceOnceInTheOrderOfIds() {
        theory().forAll(placeLists()).checkAssert(saved -> {
            Activities store = newStore();
            store.savePlaces(saved);
            List<Place> model = lastById(saved, Place::id);
            assertHolds(model, store.places());
            model.forEach(p -> assertEquals(Option.some(p), store.place(p.id())));
        });
    }

    /** Test: a saved activity is found by its id. */
    @Test
    @DisplayName("A saved activity without a place, or at a place in the store, is found by its id and equals what"
            + " was saved")
    default void aSavedActivityIsFoundByItsId() {
        theory().forAll(everySharedPlace(), activityLists()).checkAssert((places, activities) -> {
            Activities store = newStore();
            store.savePlaces(places);
            for (Activity activity : activities) {
                assertEquals(Either.right(activity), store.save(activity));
                assertEquals(Option.some(activity), store.byId(activity.id()));
            }
        });
    }

    /** Test: a second save with the same id replaces the first. */
    @Test
    @DisplayName("Saving an activity with the id of one in the store replaces it")
    default void savingAgainWithTheSameIdReplaces() {
        theory().forAll(CommunityGenerators.activities(), CommunityGenerators.activities())
                .checkAssert((drawn, other) -> {
                    Activity first = ImmutableActivity.copyOf(drawn).withPlaceId(Optional.empty());
                    Activity second =
                            ImmutableActivity.copyOf(other).withId(first.id()).withPlaceId(Optional.empty());
                    Activities store = newStore();
                    store.save(first);
                    store.save(second);
                    assertEquals(Option.some(second), store.byId(first.id()));
                    assertHolds(List.of(second), store.all());
                });
    }

    /** Test: all() holds each activity once, by id. */
    @Test
    @DisplayName("All activities are the last saved with each id, each once, in the order of their ids")
    default void allHoldsEachActivityOnceInTheOrderOfIds() {
        theory().forAll(everySharedPlace(), activityLists()).checkAssert((places, saved) -> {
            Activities store = newStore();
            store.savePlaces(places);
            assertEquals(Either.right(saved), store.saveAll(saved).map(Seq::toJavaList));
            List<Activity> model = lastById(saved, Activity::id);
            assertHolds(model, store.all());
            model.forEach(a -> assertEquals(Option.some(a), store.byId(a.id())));
        });
    }

    /** Test: activitiesOf and activitiesAt are the naive filters. */
    @Test
    @DisplayName("The activities of an initiative, and at a place, are those that name it")
    default void activitiesOfAnInitiativeAndAtAPlaceNameIt() {
        theory().forAll(everySharedPlace(), activityLists(), picks()).checkAssert((places, saved, pick) -> {
            Activities store = newStore();
            store.savePlaces(places);
            store.saveAll(saved);
            List<Activity> model = lastById(saved, Activity::id);
            List<InitiativeId> initiatives = new ArrayList<>();
            model.forEach(a -> a.initiativeId().ifPresent(initiatives::add));
            InitiativeId initiative = oneOf(initiatives, pick, InitiativeId.of("initiative-none"));
            PlaceId place = oneOf(map(places, Place::id), pick, PlaceId.of("place-none"));
            assertHolds(
                    filter(model, a -> a.initiativeId().equals(Optional.of(initiative))),
                    store.activitiesOf(initiative));
            assertHolds(filter(model, a -> a.placeId().equals(Optional.of(place))), store.activitiesAt(place));
        });
    }

    /** Test: an activity at an unknown place is refused and changes nothing. */
    @Test
    @DisplayName("An activity at a place not in the store is refused with activity.unknown-place and changes nothing")
    default void anActivityAtAnUnknownPlaceIsRefused() {
        theory().forAll(placeLists(), activityLists(), CommunityGenerators.activities())
                .checkAssert((places, saved, drawn) -> {
                    Activities store = newStore();
                    store.savePlaces(places);
                    List<Place> known = lastById(places, Place::id);
                    List<Activity> accepted = filter(
                            saved,
                            a -> a.placeId()
                                    .map(p -> known.stream().anyMatch(k -> k.id().equals(p)))
                                    .orElse(true));
                    store.saveAll(accepted);
                    Seq<Activity> before = store.all();
                    Activity stray = ImmutableActivity.copyOf(drawn).withPlaceId(PlaceId.of("elsewhere"));

                    Either<Seq<Violation>, Activity> result = store.save(stray);

                    assertTrue(result.isLeft(), () -> "expected " + stray + " to be refused");
                    assertEquals(
                            HashSet.of(CommunityChecks.ACTIVITY_UNKNOWN_PLACE),
                            result.getLeft().map(Violation::rule).toSet());
                    assertEquals(
                            CommunityChecks.validateActivityPlaces(known, List.of(stray))
                                    .getError()
                                    .toJavaList(),
                            result.getLeft().toJavaList());
                    assertHolds(before.toJavaList(), store.all());
                    assertHolds(known, store.places());
                });
    }

    /** Test: saveAll with one activity at an unknown place saves none. */
    @Test
    @DisplayName("Saving many activities at once saves none when one is at a place not in the store")
    default void savingManyWithOneUnknownPlaceSavesNone() {
        theory().forAll(everySharedPlace(), activityLists(), CommunityGenerators.activities(), picks())
                .checkAssert((places, saved, drawn, pick) -> {
                    Activities store = newStore();
                    store.savePlaces(places);
                    Activity stray = ImmutableActivity.copyOf(drawn).withPlaceId(PlaceId.of("elsewhere"));
                    List<Activity> batch = new ArrayList<>(saved);
                    batch.add(pick % (batch.size() + 1), stray);

                    Either<Seq<Violation>, Seq<Activity>> result = store.saveAll(batch);

                    assertTrue(result.isLeft(), () -> "expected " + stray + " to be refused");
                    assertEquals(
                            HashSet.of(CommunityChecks.ACTIVITY_UNKNOWN_PLACE),
                            result.getLeft().map(Violation::rule).toSet());
                    assertTrue(store.all().isEmpty());
                });
    }
}
