package nl.welfare.domain.spi;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Year;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * The store of areas (gebieden): one area hierarchy of a CBS vintage, the groupings of its neighbourhoods (such as
 * boroughs) and the inhabitants of its areas per year.
 *
 * <p>A store holds one hierarchy, because codes are only comparable within one vintage. Groupings and populations
 * must name areas of that hierarchy, so storing them is a decision: {@link #saveGrouping} and
 * {@link #savePopulations} return the rejected rules on the left and store nothing then; {@link #saveHierarchy}
 * refuses a hierarchy that would leave a stored grouping or population pointing at an area it lacks.
 *
 * <pre>{@code
 * Areas areas = InMemoryStores.areas();
 * areas.saveHierarchy(enschede2022);
 * areas.saveGrouping(boroughs);                                  // Right(boroughs), or Left(area-grouping.unknown-area)
 * areas.savePopulations(List.of(AreaPopulation.of(AreaCode.of("BU01530000"), Year.of(2019), 2825)));
 * areas.population(AreaCode.of("BU01530000"), Year.of(2019));    // Some(2825 inhabitants)
 * }</pre>
 */
public interface Areas {

    /** Rule: a grouping or a population was stored before any hierarchy. */
    Rule NO_HIERARCHY = Rule.of("areas.no-hierarchy", "needs an area hierarchy stored first");

    /** Rule: a population names an area that the stored hierarchy lacks. */
    Rule UNKNOWN_AREA = Rule.of("areas.unknown-area", "must be an area of the stored hierarchy");

    /**
     * Stores {@code hierarchy}, replacing the one held, unless a stored grouping or population names an area that
     * {@code hierarchy} lacks: then every such violation is returned and nothing changes.
     */
    Either<Seq<Violation>, AreaHierarchy> saveHierarchy(AreaHierarchy hierarchy);

    /** The stored hierarchy, if any. */
    Option<AreaHierarchy> hierarchy();

    /** The area with {@code code} in the stored hierarchy, if any. */
    default Option<Area> area(AreaCode code) {
        return hierarchy().flatMap(h -> h.area(code));
    }

    /**
     * Stores {@code grouping}, replacing the grouping with the same name, when a hierarchy is stored and holds every
     * member ({@link AreaGrouping#validateAgainst}); else returns the violations and stores nothing.
     */
    Either<Seq<Violation>, AreaGrouping> saveGrouping(AreaGrouping grouping);

    /** The grouping named {@code name} ({@code borough}), if any. */
    Option<AreaGrouping> grouping(String name);

    /** Every grouping, in the order of their names. */
    Seq<AreaGrouping> groupings();

    /**
     * Stores every population, each replacing the one of the same area and year, when all of them name areas of the
     * stored hierarchy; else returns a violation of {@link #UNKNOWN_AREA} (field {@code area_code}) per stray row, or
     * of {@link #NO_HIERARCHY}, and stores none of them: all or nothing.
     */
    Either<Seq<Violation>, Seq<AreaPopulation>> savePopulations(Iterable<AreaPopulation> populations);

    /** Stores one population, as {@link #savePopulations} does. */
    default Either<Seq<Violation>, AreaPopulation> savePopulation(AreaPopulation population) {
        return savePopulations(List.of(population)).map(Seq::head);
    }

    /** The inhabitants of {@code area} in {@code year}, if stored. */
    Option<AreaPopulation> population(AreaCode area, Year year);

    /** Every population, in the order of their area codes ({@link AreaCode#compareTo}), then by year. */
    Seq<AreaPopulation> populations();
}
