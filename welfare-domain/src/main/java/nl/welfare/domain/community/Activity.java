package nl.welfare.domain.community;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.support.ProvisionId;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * Something that happens in an area and that residents take part in (activiteit): a walking group, a repair cafe,
 * chores for neighbours. It may belong to an {@link Initiative} and take place at a {@link Place}. One row of the
 * data package's {@code activities} resource.
 *
 * <pre>{@code
 * Activity walk = Activity.builder()
 *         .id(ActivityId.of("walk-tuesday"))
 *         .name("Tuesday walk")
 *         .area(AreaCode.of("BU01530100"))
 *         .initiativeId(InitiativeId.of("buren-voor-buren"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Activity {

    /** Rule: the activity has no name. */
    public static final Rule NAME_BLANK = Rule.of("activity.name-blank", "must not be blank");

    Activity() {}

    /** The activity's id ({@code id}). */
    public abstract ActivityId id();

    /** The activity's name ({@code name}). */
    public abstract String name();

    /** The area the activity takes place in, usually a neighbourhood ({@code area_code}). */
    public abstract AreaCode area();

    /** The initiative the activity belongs to, if any ({@code initiative_id}). */
    public abstract Optional<InitiativeId> initiativeId();

    /** The provision the activity is part of, if any ({@code provision_id}). */
    public abstract Optional<ProvisionId> provisionId();

    /** The place the activity happens at, if known. */
    public abstract Optional<PlaceId> placeId();

    /** What the activity is about ({@code theme}). */
    public abstract Optional<String> theme();

    /** A staged builder: id, name and area, then optionally initiative, provision, place and theme. */
    public static ImmutableActivity.IdBuildStage builder() {
        return ImmutableActivity.builder();
    }

    /** An activity with only an id, a name and an area. */
    public static Activity of(ActivityId id, String name, AreaCode area) {
        return builder().id(id).name(name).area(area).build();
    }

    /** The activity with these fields, or every rule they break. */
    public static Validation<Seq<Violation>, Activity> validate(
            ActivityId id,
            String name,
            AreaCode area,
            Optional<InitiativeId> initiativeId,
            Optional<ProvisionId> provisionId,
            Optional<PlaceId> placeId,
            Optional<String> theme) {
        return Violations.attempt(() -> builder()
                .id(id)
                .name(name)
                .area(area)
                .initiativeId(initiativeId)
                .provisionId(provisionId)
                .placeId(placeId)
                .theme(theme)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("activity")
                .check(!name().isBlank(), "name", NAME_BLANK, name())
                .throwIfAny();
    }
}
