package nl.welfare.indicators.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import nl.welfare.domain.resident.CohortName;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The visitors of the sealed types are complete, and every node dispatches to its own method. The kinds are read from
 * {@link Class#getPermittedSubclasses()}, not from a list written here, so a new kind of measure, filter or literal
 * fails this test until its visitor method exists (and then every visitor in the code fails to compile until it
 * handles it) and until a sample of it is added below.
 */
@DisplayName("Dispatch over measures, filters and literals")
class DispatchTest {

    /** The concrete kinds of {@code type}: its permitted subclasses, through sealed intermediate classes. */
    private static Set<Class<?>> kinds(Class<?> type) {
        Set<Class<?>> kinds = new HashSet<>();
        for (Class<?> sub : type.getPermittedSubclasses()) {
            if (sub.isSealed()) {
                kinds.addAll(kinds(sub));
            } else {
                kinds.add(sub);
            }
        }
        return kinds;
    }

    /** The node types the methods of {@code visitor} take. */
    private static Set<Class<?>> visited(Class<?> visitor) {
        Set<Class<?>> types = new HashSet<>();
        for (Method m : visitor.getDeclaredMethods()) {
            assertEquals(1, m.getParameterCount(), m.toString());
            assertTrue(types.add(m.getParameterTypes()[0]), "two methods visit " + m.getParameterTypes()[0]);
        }
        return types;
    }

    /** A visitor that answers with the node type of the method called. */
    @SuppressWarnings("unchecked")
    private static <V> V reporting(Class<V> visitor) {
        return (V) Proxy.newProxyInstance(
                visitor.getClassLoader(),
                new Class<?>[] {visitor},
                (proxy, method, args) -> method.getParameterTypes()[0]);
    }

    private static <T, V> void assertDispatch(
            Class<T> type, Class<V> visitor, List<? extends T> samples, BiFunction<T, V, Object> accept) {
        Set<Class<?>> kinds = kinds(type);
        assertTrue(kinds.size() > 3, "kinds of " + type + ": " + kinds);
        assertEquals(kinds, visited(visitor), "the methods of " + visitor.getName());
        Set<Class<?>> sampled = new HashSet<>();
        V reporter = reporting(visitor);
        for (T sample : samples) {
            Object called = accept.apply(sample, reporter);
            Class<?> kind =
                    kinds.stream().filter(k -> k.isInstance(sample)).findFirst().orElseThrow();
            assertEquals(kind, called, "the method " + sample + " calls");
            sampled.add(kind);
        }
        assertEquals(kinds, sampled, "a sample of every kind of " + type.getSimpleName());
    }

    @Test
    @DisplayName("every kind of measure has its visitor method, and accept calls it")
    void measures() {
        assertDispatch(Measure.class, Measure.Visitor.class, MeasureTest.ALL.toJavaList(), (m, v) -> m.accept(v));
    }

    @Test
    @DisplayName("every kind of filter has its visitor method, and accept calls it")
    void filters() {
        List<Filter> samples = List.of(
                Filter.equalTo("kind", "collective"),
                Filter.in("kind", Literal.text("a"), Literal.text("b")),
                Filter.between("rung", 1, 3),
                Filter.and(Filter.all(), Filter.all()),
                Filter.or(Filter.all(), Filter.all()),
                Filter.not(Filter.all()),
                Filter.dateWithinPeriod("date"),
                Filter.activeInPeriod(),
                Filter.memberOfCohort(CohortName.of("young")),
                Filter.all());
        assertDispatch(Filter.class, Filter.Visitor.class, samples, (f, v) -> f.accept(v));
    }

    @Test
    @DisplayName("every kind of literal has its visitor method, and accept calls it")
    void literals() {
        List<Literal> samples = Arrays.asList(
                Literal.text("a"), Literal.integer(3), Literal.decimal(0.5), Literal.date(LocalDate.of(2020, 1, 1)));
        assertDispatch(Literal.class, Literal.Visitor.class, samples, (l, v) -> l.accept(v));
    }
}
