package nl.welfare.domain.community;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A physical place where community life happens (voorziening, buurthuis): a community centre, a neighbourhood living
 * room, a playground, a shelter. The dates it opened and closed are optional: a place without an opening date has
 * been open as long as the data goes back.
 *
 * <pre>{@code
 * Place livingRoom = Place.builder()
 *         .id(PlaceId.of("deppenbroek-living-room"))
 *         .name("Huiskamer Deppenbroek")
 *         .kind(PlaceKind.NEIGHBOURHOOD_LIVING_ROOM)
 *         .area(AreaCode.of("BU01530101"))
 *         .opened(LocalDate.of(2018, 9, 1))
 *         .build();
 * livingRoom.isOpenIn(ReportingPeriod.year(2018)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Place {

    /** Rule: the place closes before it opens. */
    public static final Rule CLOSED_BEFORE_OPENED =
            Rule.of("place.closed-before-opened", "must not lie before the day the place opened");

    /** Rule: the place has no name. */
    public static final Rule NAME_BLANK = Rule.of("place.name-blank", "must not be blank");

    Place() {}

    /** The place's id ({@code id}). */
    public abstract PlaceId id();

    /** The place's public name ({@code name}). */
    public abstract String name();

    /** What kind of place it is ({@code kind}). */
    public abstract PlaceKind kind();

    /** The area the place lies in, usually a neighbourhood ({@code area_code}). */
    public abstract AreaCode area();

    /** The first day the place was open, if known ({@code opened}). */
    public abstract Optional<LocalDate> opened();

    /** The last day the place was open; empty while it is open ({@code closed}). */
    public abstract Optional<LocalDate> closed();

    /** A staged builder: id, name, kind and area, then optionally opened and closed. */
    public static ImmutablePlace.IdBuildStage builder() {
        return ImmutablePlace.builder();
    }

    /** The place with these fields, or every rule they break. */
    public static Validation<Seq<Violation>, Place> validate(
            PlaceId id,
            String name,
            PlaceKind kind,
            AreaCode area,
            Optional<LocalDate> opened,
            Optional<LocalDate> closed) {
        return Violations.attempt(() -> builder()
                .id(id)
                .name(name)
                .kind(kind)
                .area(area)
                .opened(opened)
                .closed(closed)
                .build());
    }

    @Value.Check
    final void check() {
        boolean closedAfterOpened =
                opened().flatMap(o -> closed().map(c -> !c.isBefore(o))).orElse(true);
        Violations.of("place")
                .check(!name().isBlank(), "name", NAME_BLANK, name())
                .check(
                        closedAfterOpened,
                        "closed",
                        CLOSED_BEFORE_OPENED,
                        closed().map(LocalDate::toString).orElse(""))
                .throwIfAny();
    }

    /** Whether the place is open on at least one day of {@code period}. */
    public boolean isOpenIn(ReportingPeriod period) {
        return opened().map(o -> !o.isAfter(period.end())).orElse(true)
                && closed().map(c -> !c.isBefore(period.start())).orElse(true);
    }

    /** Whether the place is open on {@code date}: not before it opened and not after it closed. */
    public boolean isOpenOn(LocalDate date) {
        return opened().map(o -> !date.isBefore(o)).orElse(true)
                && closed().map(c -> !date.isAfter(c)).orElse(true);
    }
}
