package nl.welfare.domain.community;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Identifier;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The identifier of a {@link Place} (voorziening, buurthuis): a community centre, neighbourhood living room,
 * playground or shelter.
 *
 * <pre>{@code
 * PlaceId id = PlaceId.of("deppenbroek-living-room");
 * PlaceId.parse("has space"); // Invalid(place-id.format)
 * }</pre>
 */
@Value.Immutable
public abstract class PlaceId extends Identifier {

    /** Rule: the text does not have the shared identifier format. */
    public static final Rule FORMAT = formatRule("place-id");

    PlaceId() {}

    /** The id {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if it is malformed. */
    public static PlaceId of(String text) {
        return ImmutablePlaceId.of(text);
    }

    /** The id {@code text}, or the violation of {@link #FORMAT}, named in field {@code "place_id"}. */
    public static Validation<Seq<Violation>, PlaceId> parse(String text) {
        return Violations.attempt(() -> of(text));
    }

    @Value.Check
    final void check() {
        checkFormat("place_id", FORMAT);
    }
}
