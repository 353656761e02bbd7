package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A bottleneck (knelpunt) found in a borough while mapping it, on which its {@link AreaProgramme} is built: "residents
 * do not know the general provisions for special transport". The borough is its group code ({@code OOST}), as in
 * {@link AreaProgramme#borough()}. A bottleneck describes the area, never a person.
 *
 * <pre>{@code
 * Bottleneck transport = Bottleneck.builder()
 *         .borough("OOST")
 *         .identified(LocalDate.of(2018, 3, 1))
 *         .description("Residents do not know the general provisions for special transport")
 *         .goal(GoalId.of("specialist-to-prevention"))
 *         .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Bottleneck {

    /** Rule: the description is empty or only white space. */
    public static final Rule BLANK_DESCRIPTION = Rule.of("bottleneck.blank-description", "must not be blank");

    /** Rule: the borough's group code is malformed. */
    public static final Rule BOROUGH_FORMAT = Rule.of(
            "bottleneck.borough-format",
            "must be a group code of 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");

    Bottleneck() {}

    /** The group code of the borough where the bottleneck was found ({@code OOST}). */
    public abstract String borough();

    /** The date the bottleneck was identified (or the date of the mapping that found it). */
    public abstract LocalDate identified();

    /** What the bottleneck is, in a sentence about the area. */
    public abstract String description();

    /** The goal the bottleneck stands in the way of, if one was named. */
    public abstract Optional<GoalId> goal();

    /** A staged builder: {@code borough}, {@code identified}, {@code description}, then the optional goal. */
    public static ImmutableBottleneck.BoroughBuildStage builder() {
        return ImmutableBottleneck.builder();
    }

    /** The bottleneck, or every rule its input breaks. */
    public static Validation<Seq<Violation>, Bottleneck> validate(
            String borough, LocalDate identified, String description, Optional<GoalId> goal) {
        return Violations.attempt(() -> builder()
                .borough(borough)
                .identified(identified)
                .description(description)
                .goal(goal)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("bottleneck")
                .check(Checks.isGroupCode(borough()), "borough", BOROUGH_FORMAT, borough())
                .check(Checks.isNonBlank(description()), "description", BLANK_DESCRIPTION, description())
                .throwIfAny();
    }
}
