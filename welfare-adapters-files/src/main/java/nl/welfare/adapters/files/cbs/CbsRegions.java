package nl.welfare.adapters.files.cbs;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * What a CBS region list (gebiedsindeling) gave: the area hierarchy with its vintage, the file it came from, the
 * municipality it was narrowed to (if it was), and the inhabitants per area and year that a key-figures file added.
 *
 * <pre>{@code
 * CbsRegions nl = CbsRegionList.read(Path.of("CBS_85318NED_WijkenEnBuurten_2022.csv"));
 * nl.vintage();                               // Optional[2022]
 * nl.count(AreaLevel.NEIGHBOURHOOD);          // 14317
 * nl.hierarchy().children(AreaCode.of("GM0153")).size(); // 10 districts of Enschede
 * nl.populations();                           // [] until CbsKeyFigures.addPopulations(...)
 * }</pre>
 *
 * <p>Populations come in two forms, as in the data package: {@link nl.welfare.domain.area.Area#population()} is the
 * figure a region list carries in a population column (the {@code areas} resource's {@code population}), and
 * {@link #populations()} are counts for a stated year from a second file (the {@code area_populations} resource).
 */
@Value.Immutable
public abstract class CbsRegions {

    /** Rule: a population names an area that is not in the hierarchy. */
    public static final Rule UNKNOWN_AREA = Rule.of("cbs-regions.unknown-area", "must be an area of the hierarchy");

    /** Rule: two populations for the same area and year. */
    public static final Rule DUPLICATE_POPULATION =
            Rule.of("cbs-regions.duplicate-population", "must be given once per area and year");

    /** Rule: the list was narrowed to a municipality, yet an area lies outside it (or the code is no municipality). */
    public static final Rule OUTSIDE_MUNICIPALITY =
            Rule.of("cbs-regions.outside-municipality", "must lie in the municipality the list was narrowed to");

    CbsRegions() {}

    /** The file the list was read from, as the caller named it. */
    public abstract String source();

    /** The areas, as a tree, with the list's vintage. */
    public abstract AreaHierarchy hierarchy();

    /** The municipality the list was narrowed to, if it was: then it holds that municipality and the areas in it. */
    public abstract Optional<AreaCode> municipality();

    /** Inhabitants per area and year from a key-figures file ({@link CbsKeyFigures}); empty if none was added. */
    public abstract List<AreaPopulation> populations();

    /** A staged builder: source, hierarchy, then the optional municipality and populations. */
    public static ImmutableCbsRegions.SourceBuildStage builder() {
        return ImmutableCbsRegions.builder();
    }

    /** The whole list {@code hierarchy} read from {@code source}, without populations. */
    public static CbsRegions of(String source, AreaHierarchy hierarchy) {
        return builder().source(source).hierarchy(hierarchy).build();
    }

    /** The regions from the parts, or every rule they break (in fields {@code municipality} and {@code area_code}). */
    public static Validation<Seq<Violation>, CbsRegions> validate(
            String source,
            AreaHierarchy hierarchy,
            Optional<AreaCode> municipality,
            Iterable<AreaPopulation> populations) {
        return Violations.attempt(() -> builder()
                .source(source)
                .hierarchy(hierarchy)
                .municipality(municipality)
                .addAllPopulations(populations)
                .build());
    }

    /**
     * These regions with {@code more} populations besides the ones they have; throws {@link
     * nl.welfare.domain.value.InvalidValueException} when one names an unknown area or repeats an area and year.
     */
    public CbsRegions plusPopulations(Iterable<AreaPopulation> more) {
        return ImmutableCbsRegions.copyOf(this).withPopulations(concat(populations(), more));
    }

    private static List<AreaPopulation> concat(List<AreaPopulation> first, Iterable<AreaPopulation> second) {
        ArrayList<AreaPopulation> all = new ArrayList<>(first);
        second.forEach(all::add);
        return all;
    }

    /** The CBS year of the list, such as 2022, if known: the hierarchy's vintage. */
    public Optional<Year> vintage() {
        return hierarchy().vintage();
    }

    /** The number of areas of {@code level}. */
    public int count(AreaLevel level) {
        return hierarchy().areas(level).size();
    }

    /** The number of areas per level present, from the top down: {@code {MUNICIPALITY=1, DISTRICT=10, ...}}. */
    public Map<AreaLevel, Integer> counts() {
        EnumMap<AreaLevel, Integer> counts = new EnumMap<>(AreaLevel.class);
        hierarchy().levels().forEach(l -> counts.put(l, count(l)));
        return Collections.unmodifiableMap(counts);
    }

    @Value.Check
    final void check() {
        Violations found = Violations.of("CBS regions");
        municipality().ifPresent(m -> {
            boolean inside = m.level() == AreaLevel.MUNICIPALITY
                    && hierarchy()
                            .areas()
                            .forAll(a -> a.code().equals(m) || a.code().isBelow(m));
            found.check(inside, "municipality", OUTSIDE_MUNICIPALITY, m);
        });
        Set<AreaPopulation> seen = new HashSet<>();
        for (AreaPopulation p : populations()) {
            found.check(hierarchy().contains(p.areaCode()), "area_code", UNKNOWN_AREA, p.areaCode());
            AreaPopulation key = AreaPopulation.of(p.areaCode(), p.year(), 0);
            found.check(seen.add(key), "area_code", DUPLICATE_POPULATION, p.areaCode() + " " + p.year());
        }
        found.throwIfAny();
    }

    /** A summary: {@code CbsRegions[regions.csv: AreaHierarchy[CBS 2022: 1 municipality, ...], 70 populations]}. */
    @Override
    public String toString() {
        return "CbsRegions["
                + source() + ": "
                + hierarchy()
                + municipality().map(m -> ", narrowed to " + m).orElse("")
                + (populations().isEmpty()
                        ? ""
                        : ", " + populations().size() + (populations().size() == 1 ? " population" : " populations"))
                + "]";
    }
}
