package nl.welfare.adapters.jdbc;

import static nl.welfare.adapters.jdbc.Jdbc.optionalDate;
import static nl.welfare.adapters.jdbc.Jdbc.optionalText;
import static nl.welfare.adapters.jdbc.Jdbc.text;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.CommunityChecks;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.Place;
import nl.welfare.domain.community.PlaceId;
import nl.welfare.domain.spi.Activities;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.value.Violation;

/**
 * {@link Activities} in the tables {@code places} and {@code activities}. A saved place is updated in place, as
 * activities refer to it; an activity's place is checked in the transaction that saves it, and the foreign key keeps
 * it valid.
 */
final class JdbcActivities implements Activities {

    private static final SqlText UPDATE_PLACE =
            SqlText.of("UPDATE places SET name = ?, kind = ?, area_code = ?, opened = ?, closed = ? WHERE id = ?");
    private static final SqlText PLACE =
            SqlText.of("SELECT id, name, kind, area_code, opened, closed FROM places WHERE id = ?");
    private static final SqlText PLACES =
            SqlText.of("SELECT id, name, kind, area_code, opened, closed FROM places ORDER BY id");
    private static final SqlText DELETE = SqlText.of("DELETE FROM activities WHERE id = ?");
    private static final SqlText BY_ID = SqlText.of("SELECT id, name, area_code, initiative_id, provision_id,"
            + " place_id, theme FROM activities WHERE id = ?");
    private static final SqlText ALL = SqlText.of("SELECT id, name, area_code, initiative_id, provision_id, place_id,"
            + " theme FROM activities ORDER BY id");
    private static final SqlText OF_INITIATIVE = SqlText.of("SELECT id, name, area_code, initiative_id,"
            + " provision_id, place_id, theme FROM activities WHERE initiative_id = ? ORDER BY id");
    private static final SqlText AT_PLACE = SqlText.of("SELECT id, name, area_code, initiative_id, provision_id,"
            + " place_id, theme FROM activities WHERE place_id = ? ORDER BY id");

    private final Jdbc jdbc;

    JdbcActivities(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void savePlace(Place place) {
        jdbc.execute("Activities.savePlace", c -> upsert(c, place));
    }

    @Override
    public void savePlaces(Iterable<? extends Place> places) {
        jdbc.execute("Activities.savePlaces", c -> {
            for (Place place : places) {
                upsert(c, place);
            }
        });
    }

    private static void upsert(Connection c, Place p) throws SQLException {
        int updated = Jdbc.update(c, UPDATE_PLACE, s -> {
            s.setString(1, p.name());
            s.setString(2, p.kind().code());
            s.setString(3, p.area().value());
            s.setObject(4, p.opened().orElse(null), Types.DATE);
            s.setObject(5, p.closed().orElse(null), Types.DATE);
            s.setString(6, p.id().value());
        });
        if (updated == 0) {
            Jdbc.insert(c, Tables.PLACES, java.util.List.of(p));
        }
    }

    @Override
    public Option<Place> place(PlaceId id) {
        return jdbc.list("Activities.place", PLACE, Jdbc.key(id.value()), JdbcActivities::readPlace)
                .headOption();
    }

    @Override
    public Seq<Place> places() {
        return jdbc.list("Activities.places", PLACES, Jdbc.NONE, JdbcActivities::readPlace);
    }

    @Override
    public Either<Seq<Violation>, Activity> save(Activity activity) {
        return saveAll(List.of(activity)).map(Seq::head);
    }

    @Override
    public Either<Seq<Violation>, Seq<Activity>> saveAll(Iterable<? extends Activity> activities) {
        Seq<Activity> batch = List.ofAll(activities);
        return jdbc.transaction("Activities.saveAll", c -> {
            Seq<Place> named = List.empty();
            for (PlaceId id : batch.flatMap(a -> Option.ofOptional(a.placeId())).distinct()) {
                named = named.appendAll(Jdbc.list(c, PLACE, Jdbc.key(id.value()), JdbcActivities::readPlace));
            }
            Either<Seq<Violation>, Seq<Activity>> decision = CommunityChecks.validateActivityPlaces(
                            named.asJava(), batch.asJava())
                    .toEither();
            if (decision.isRight()) {
                for (Activity activity : batch) {
                    Jdbc.replace(c, DELETE, activity.id().value(), Tables.ACTIVITIES, activity);
                }
            }
            return decision;
        });
    }

    @Override
    public Option<Activity> byId(ActivityId id) {
        return jdbc.list("Activities.byId", BY_ID, Jdbc.key(id.value()), JdbcActivities::read)
                .headOption();
    }

    @Override
    public Seq<Activity> all() {
        return jdbc.list("Activities.all", ALL, Jdbc.NONE, JdbcActivities::read);
    }

    @Override
    public Seq<Activity> activitiesOf(InitiativeId initiative) {
        return jdbc.list("Activities.activitiesOf", OF_INITIATIVE, Jdbc.key(initiative.value()), JdbcActivities::read);
    }

    @Override
    public Seq<Activity> activitiesAt(PlaceId place) {
        return jdbc.list("Activities.activitiesAt", AT_PLACE, Jdbc.key(place.value()), JdbcActivities::read);
    }

    static Place readPlace(ResultSet row) throws SQLException {
        return Place.builder()
                .id(PlaceId.of(text(row, "id")))
                .name(text(row, "name"))
                .kind(Codes.placeKind(text(row, "kind")))
                .area(AreaCode.of(text(row, "area_code")))
                .opened(optionalDate(row, "opened"))
                .closed(optionalDate(row, "closed"))
                .build();
    }

    static Activity read(ResultSet row) throws SQLException {
        return Activity.builder()
                .id(ActivityId.of(text(row, "id")))
                .name(text(row, "name"))
                .area(AreaCode.of(text(row, "area_code")))
                .initiativeId(optionalText(row, "initiative_id").map(InitiativeId::of))
                .provisionId(optionalText(row, "provision_id").map(ProvisionId::of))
                .placeId(optionalText(row, "place_id").map(PlaceId::of))
                .theme(optionalText(row, "theme"))
                .build();
    }
}
