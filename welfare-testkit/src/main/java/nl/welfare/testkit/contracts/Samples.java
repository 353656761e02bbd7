package nl.welfare.testkit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.welfare.domain.area.AreaCode;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * What the contracts share: the examples a property tries, lists whose values often share an id, the naive model of
 * a store (the last value saved with each id, in the order of ids; facts by date, then in the order added), and the
 * choice of a key to ask for that is often, but not always, one the store holds.
 */
final class Samples {

    /**
     * The examples each property tries: 200 by default, enough variety for a store in memory; an adapter whose every
     * example is a few round trips to a database server may take fewer with the system property
     * {@value #EXAMPLES_PROPERTY} (welfare-adapters-jdbc runs 60).
     */
    static final int EXAMPLES = Integer.getInteger(Samples.EXAMPLES_PROPERTY, 200);

    /** The system property that sets {@link #EXAMPLES}. */
    static final String EXAMPLES_PROPERTY = "welfare.contract.examples";

    /** The most values a generated list holds. */
    static final int MAX_VALUES = 16;

    /** The number of shared ids values are drawn from, so that saves with the same id happen often. */
    static final int SHARED_IDS = 6;

    private Samples() {}

    /** The theory every contract property runs in. */
    static QuickTheory theory() {
        return QuickTheory.qt().withExamples(EXAMPLES);
    }

    /**
     * Lists of 0 to {@link #MAX_VALUES} values of which about half carry one of {@link #SHARED_IDS} shared ids
     * ({@code withId(value, n)} gives a value the n-th one), the others their own random ids.
     */
    static <T> Gen<List<T>> listsSharingIds(Gen<T> values, BiFunction<T, Integer, T> withId) {
        Gen<T> sharing =
                values.zip(integers().between(-SHARED_IDS, SHARED_IDS - 1), (v, n) -> n < 0 ? v : withId.apply(v, n));
        return lists().of(sharing).ofSizeBetween(0, MAX_VALUES);
    }

    /** Lists of 0 to {@link #MAX_VALUES} values. */
    static <T> Gen<List<T>> listsOf(Gen<T> values) {
        return lists().of(values).ofSizeBetween(0, MAX_VALUES);
    }

    /** What a store of values kept by key holds after {@code saved}: the last value of each key, by key. */
    static <T, K> List<T> lastByKey(List<T> saved, Function<T, K> keyOf, Comparator<? super K> order) {
        Map<K, T> byKey = new TreeMap<>(order);
        saved.forEach(v -> byKey.put(keyOf.apply(v), v));
        return new ArrayList<>(byKey.values());
    }

    /** What a store of values kept by an identifier holds after {@code saved}: the last value of each id, by id. */
    static <T, K extends Comparable<? super K>> List<T> lastById(List<T> saved, Function<T, K> idOf) {
        return lastByKey(saved, idOf, Comparator.naturalOrder());
    }

    /** What a store of facts holds after {@code added}: every fact, by date, then in the order added. */
    static <T> List<T> byDate(List<T> added, Function<T, LocalDate> dateOf) {
        List<T> sorted = new ArrayList<>(added);
        sorted.sort(Comparator.comparing(dateOf)); // List.sort is stable: the order added stays within a day
        return sorted;
    }

    /** The values of {@code model} that pass {@code test}, in the model's order. */
    static <T> List<T> filter(List<T> model, Predicate<? super T> test) {
        List<T> kept = new ArrayList<>();
        model.forEach(v -> {
            if (test.test(v)) {
                kept.add(v);
            }
        });
        return kept;
    }

    /** {@code f} of each value of {@code list}, in order. */
    static <T, R> List<R> map(List<T> list, Function<? super T, ? extends R> f) {
        List<R> mapped = new ArrayList<>();
        list.forEach(v -> mapped.add(f.apply(v)));
        return mapped;
    }

    /** {@code list} followed by its first {@code n} values again (fewer if it is shorter): facts added twice. */
    static <T> List<T> withRepeats(List<T> list, int n) {
        List<T> all = new ArrayList<>(list);
        all.addAll(list.subList(0, Math.min(n, list.size())));
        return all;
    }

    /** Asserts that {@code actual} holds exactly {@code expected}, in the same order. */
    static <T> void assertHolds(List<T> expected, Seq<T> actual) {
        assertEquals(expected, actual.toJavaList());
    }

    /**
     * One of {@code known} (chosen by {@code pick}) in two cases of three, else {@code other}: a key to ask for that
     * the store often holds. {@code other} is used whenever {@code known} is empty.
     */
    static <T> T oneOf(List<T> known, int pick, T other) {
        return known.isEmpty() || pick % 3 == 0 ? other : known.get(pick % known.size());
    }

    /**
     * An area to ask for: in two cases of three one of {@code known} or an area above it (its district, municipality
     * or the country), else {@code other}.
     */
    static AreaCode areaToAsk(List<AreaCode> known, int pick, AreaCode other) {
        AreaCode area = oneOf(known, pick, other);
        for (int up = (pick / 3) % 4; up > 0 && area.parent().isDefined(); up--) {
            area = area.parent().get();
        }
        return area;
    }

    /** Picks to pass to {@link #oneOf} and {@link #areaToAsk}. */
    static Gen<Integer> picks() {
        return integers().between(0, 10_000);
    }
}
