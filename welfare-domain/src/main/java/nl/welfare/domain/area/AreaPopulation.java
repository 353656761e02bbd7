package nl.welfare.domain.area;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Year;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The number of inhabitants (inwoners) of an area in a year: the denominator of every rate. One row of the data
 * package's {@code area_populations} resource.
 *
 * <pre>{@code
 * AreaPopulation enschede = AreaPopulation.of(AreaCode.of("GM0153"), Year.of(2022), 160_640);
 * AreaPopulation.validate(AreaCode.of("GM0153"), Year.of(2022), -1); // Invalid(area-population.negative)
 * }</pre>
 */
@Value.Immutable
public abstract class AreaPopulation {

    /** Rule: the number of inhabitants is below zero. */
    public static final Rule NEGATIVE = Rule.of("area-population.negative", "must not be negative");

    AreaPopulation() {}

    /** The area counted. */
    @Value.Parameter
    public abstract AreaCode areaCode();

    /** The year the count holds for. */
    @Value.Parameter
    public abstract Year year();

    /** The number of inhabitants, zero or more. */
    @Value.Parameter
    public abstract int population();

    /** A builder: area code, year, population. */
    public static ImmutableAreaPopulation.AreaCodeBuildStage builder() {
        return ImmutableAreaPopulation.builder();
    }

    /** The population of {@code areaCode} in {@code year}; throws when {@code population} is negative. */
    public static AreaPopulation of(AreaCode areaCode, Year year, int population) {
        return ImmutableAreaPopulation.of(areaCode, year, population);
    }

    /** The population of {@code areaCode} in {@code year}, or the violation of {@link #NEGATIVE} in {@code population}. */
    public static Validation<Seq<Violation>, AreaPopulation> validate(AreaCode areaCode, Year year, int population) {
        return Violations.attempt(() -> of(areaCode, year, population));
    }

    @Value.Check
    final void check() {
        Violations.of("area population")
                .check(population() >= 0, "population", NEGATIVE, population())
                .throwIfAny();
    }
}
