package nl.welfare.domain.memory;

import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Facts without an id, in the order of their dates and, on the same day, in the order they were added: one
 * persistent sorted map, keyed by date and a running number, behind an atomic reference, so that every read sees one
 * consistent snapshot. A fact added twice is kept twice.
 */
final class Facts<F> {

    private static final Comparator<Position> ORDER =
            Comparator.comparing(Position::date).thenComparingLong(Position::sequence);

    /** Where a fact stands: its date, then the running number it was added under. */
    private record Position(LocalDate date, long sequence) {}

    /** The facts so far, and the running number of the next one. */
    private record State<F>(TreeMap<Position, F> facts, long next) {

        State<F> with(LocalDate date, F fact) {
            return new State<>(facts.put(new Position(date, next), fact), next + 1);
        }
    }

    private final AtomicReference<State<F>> state = new AtomicReference<>(new State<>(TreeMap.empty(ORDER), 0));
    private final Function<? super F, LocalDate> dateOf;

    Facts(Function<? super F, LocalDate> dateOf) {
        this.dateOf = dateOf;
    }

    /** Adds {@code fact}. */
    void add(F fact) {
        LocalDate date = dateOf.apply(fact);
        state.updateAndGet(s -> s.with(date, fact));
    }

    /** Every fact, by date and then in the order added, from one snapshot. */
    Seq<F> all() {
        return Vector.ofAll(state.get().facts().values());
    }
}
