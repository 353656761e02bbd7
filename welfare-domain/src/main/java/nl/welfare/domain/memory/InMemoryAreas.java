package nl.welfare.domain.memory;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Year;
import java.util.Comparator;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.spi.Areas;
import nl.welfare.domain.value.Violation;

/**
 * {@link Areas} in memory. The whole state is one immutable snapshot swapped under a lock, so a reader always sees a
 * hierarchy together with the groupings and populations that fit it.
 */
final class InMemoryAreas implements Areas {

    private static final Comparator<Tuple2<AreaCode, Year>> BY_AREA_THEN_YEAR =
            Comparator.<Tuple2<AreaCode, Year>, AreaCode>comparing(Tuple2::_1).thenComparing(Tuple2::_2);

    private static final class State {
        final Option<AreaHierarchy> hierarchy;
        final TreeMap<String, AreaGrouping> groupings;
        final TreeMap<Tuple2<AreaCode, Year>, AreaPopulation> populations;

        State(
                Option<AreaHierarchy> hierarchy,
                TreeMap<String, AreaGrouping> groupings,
                TreeMap<Tuple2<AreaCode, Year>, AreaPopulation> populations) {
            this.hierarchy = hierarchy;
            this.groupings = groupings;
            this.populations = populations;
        }
    }

    private volatile State state = new State(Option.none(), TreeMap.empty(), TreeMap.empty(BY_AREA_THEN_YEAR));

    @Override
    public synchronized Either<Seq<Violation>, AreaHierarchy> saveHierarchy(AreaHierarchy hierarchy) {
        State now = state;
        Seq<Violation> violations = now.groupings
                .values()
                .flatMap(g -> g.validateAgainst(hierarchy).fold(v -> v, ok -> List.empty()))
                .appendAll(strays(hierarchy, now.populations.values()));
        if (!violations.isEmpty()) {
            return Either.left(violations);
        }
        state = new State(Option.some(hierarchy), now.groupings, now.populations);
        return Either.right(hierarchy);
    }

    @Override
    public Option<AreaHierarchy> hierarchy() {
        return state.hierarchy;
    }

    @Override
    public synchronized Either<Seq<Violation>, AreaGrouping> saveGrouping(AreaGrouping grouping) {
        State now = state;
        if (now.hierarchy.isEmpty()) {
            return Either.left(List.of(Violation.of("grouping", NO_HIERARCHY, grouping.name())));
        }
        return grouping.validateAgainst(now.hierarchy.get())
                .toEither()
                .peek(ok -> state =
                        new State(now.hierarchy, now.groupings.put(grouping.name(), grouping), now.populations));
    }

    @Override
    public Option<AreaGrouping> grouping(String name) {
        return state.groupings.get(name);
    }

    @Override
    public Seq<AreaGrouping> groupings() {
        return state.groupings.values().toList();
    }

    @Override
    public synchronized Either<Seq<Violation>, Seq<AreaPopulation>> savePopulations(
            Iterable<AreaPopulation> populations) {
        State now = state;
        List<AreaPopulation> rows = List.ofAll(populations);
        if (now.hierarchy.isEmpty()) {
            return rows.isEmpty()
                    ? Either.right(rows)
                    : Either.left(List.of(
                            Violation.of("area_code", NO_HIERARCHY, rows.head().areaCode())));
        }
        Seq<Violation> violations = strays(now.hierarchy.get(), rows);
        if (!violations.isEmpty()) {
            return Either.left(violations);
        }
        TreeMap<Tuple2<AreaCode, Year>, AreaPopulation> stored = now.populations;
        for (AreaPopulation row : rows) {
            stored = stored.put(Tuple.of(row.areaCode(), row.year()), row);
        }
        state = new State(now.hierarchy, now.groupings, stored);
        return Either.right(rows);
    }

    private static Seq<Violation> strays(AreaHierarchy hierarchy, Iterable<AreaPopulation> populations) {
        return List.ofAll(populations)
                .filter(p -> !hierarchy.contains(p.areaCode()))
                .map(p -> Violation.of("area_code", UNKNOWN_AREA, p.areaCode()));
    }

    @Override
    public Option<AreaPopulation> population(AreaCode area, Year year) {
        return state.populations.get(Tuple.of(area, year));
    }

    @Override
    public Seq<AreaPopulation> populations() {
        return state.populations.values().toList();
    }
}
