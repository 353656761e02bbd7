package nl.welfare.domain.area;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * An area (gebied) of the CBS hierarchy: its code, its name, its level, its parent's code and, where known, its
 * number of inhabitants. One row of the data package's {@code areas} resource.
 *
 * <p>The tree is in the codes ({@link AreaCode#parent()}), so the parent code is never a free choice: when the input
 * gives one, it must be the code's CBS parent ({@link #PARENT_MISMATCH}); when it gives none, the area takes the one
 * its code implies. So {@link #parentCode()} is always {@code code().parent()}, and two areas read from files that
 * differ only in whether {@code parent_code} was filled in are equal. A municipality's parent is {@code NL00} even in a
 * municipal list that has no country row: {@link AreaHierarchy} decides which areas are its roots.
 *
 * <pre>{@code
 * Area city = Area.of(AreaCode.of("BU01530000"), "City");
 * city.level();       // NEIGHBOURHOOD
 * city.parentCode();  // Optional[WK015300]
 * Area.validate(AreaCode.of("WK015300"), "Wijk 00", AreaLevel.DISTRICT,
 *         Optional.of(AreaCode.of("GM0154")), Optional.empty()); // Invalid(area.parent-mismatch)
 * }</pre>
 */
@Value.Immutable
public abstract class Area {

    /** Rule: the given level is not the level of the area's code. */
    public static final Rule LEVEL_MISMATCH = Rule.of("area.level-mismatch", "must be the level of the area's code");

    /**
     * Rule: the given parent is not the code's CBS parent, such as a district code under the wrong municipality
     * ({@code WK015300} with parent {@code GM0154}), or any parent of the country.
     */
    public static final Rule PARENT_MISMATCH =
            Rule.of("area.parent-mismatch", "must be the CBS parent of the area's code, or empty");

    /** Rule: the name is empty or only white space. */
    public static final Rule NAME_BLANK = Rule.of("area.name-blank", "must not be blank");

    /** Rule: the number of inhabitants is below zero. */
    public static final Rule POPULATION_NEGATIVE = Rule.of("area.population-negative", "must not be negative");

    Area() {}

    /** The area's CBS code. */
    public abstract AreaCode code();

    /** The area's name, such as {@code "City"} or {@code "Enschede"}. */
    public abstract String name();

    /** The area's level, which is always {@code code().level()}. */
    public abstract AreaLevel level();

    /**
     * The code of the area directly above: always {@code code().parent()} (empty for the country only), whether or not
     * the input gave it.
     */
    public abstract Optional<AreaCode> parentCode();

    /** The number of inhabitants, when the region list gives it. */
    public abstract Optional<Integer> population();

    /** A builder: code, name and level, then the optional parent code and population. */
    public static ImmutableArea.CodeBuildStage builder() {
        return ImmutableArea.builder();
    }

    /** The area {@code code} named {@code name}, at its code's level, without population. */
    public static Area of(AreaCode code, String name) {
        return builder().code(code).name(name).level(code.level()).build();
    }

    /**
     * The area described by the columns of an {@code areas} row, or every rule it breaks, naming the fields {@code
     * name}, {@code level}, {@code parent_code} and {@code population}.
     */
    public static Validation<Seq<Violation>, Area> validate(
            AreaCode code, String name, AreaLevel level, Optional<AreaCode> parentCode, Optional<Integer> population) {
        return Violations.attempt(() -> builder()
                .code(code)
                .name(name)
                .level(level)
                .parentCode(parentCode)
                .population(population)
                .build());
    }

    /** Whether this area is a neighbourhood (buurt), the level facts usually carry. */
    public boolean isNeighbourhood() {
        return level() == AreaLevel.NEIGHBOURHOOD;
    }

    @Value.Check
    final Area check() {
        Optional<AreaCode> implied = code().parent().toJavaOptional();
        Violations.of("area")
                .check(!name().isBlank(), "name", NAME_BLANK, name())
                .check(level() == code().level(), "level", LEVEL_MISMATCH, level().code())
                .check(
                        parentCode().isEmpty() || parentCode().equals(implied),
                        "parent_code",
                        PARENT_MISMATCH,
                        parentCode().map(AreaCode::value).orElse(""))
                .check(
                        population().map(p -> p >= 0).orElse(true),
                        "population",
                        POPULATION_NEGATIVE,
                        population().map(String::valueOf).orElse(""))
                .throwIfAny();
        return parentCode().isEmpty() && implied.isPresent()
                ? ImmutableArea.copyOf(this).withParentCode(implied)
                : this;
    }
}
