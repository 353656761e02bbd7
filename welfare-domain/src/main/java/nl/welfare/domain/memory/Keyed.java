package nl.welfare.domain.memory;

import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Values kept by a key, in the order of their keys: one persistent sorted map behind an atomic reference, so that a
 * write replaces the whole map at once and every read sees one consistent snapshot.
 */
final class Keyed<K, V> {

    private final AtomicReference<TreeMap<K, V>> values;
    private final Function<? super V, ? extends K> keyOf;

    Keyed(Comparator<? super K> order, Function<? super V, ? extends K> keyOf) {
        this.values = new AtomicReference<>(TreeMap.empty(order));
        this.keyOf = keyOf;
    }

    /** Values kept by their identifier, in the identifiers' natural order. */
    static <K extends Comparable<? super K>, V> Keyed<K, V> byNaturalOrder(Function<? super V, ? extends K> keyOf) {
        return new Keyed<>(Comparator.naturalOrder(), keyOf);
    }

    /** Inserts {@code value}, or replaces the value with the same key. */
    void put(V value) {
        K key = keyOf.apply(value);
        values.updateAndGet(map -> map.put(key, value));
    }

    /** The value with {@code key}, or none. */
    Option<V> get(K key) {
        return values.get().get(key);
    }

    /** Every value, in the order of their keys, from one snapshot. */
    Seq<V> values() {
        return Vector.ofAll(values.get().values());
    }
}
