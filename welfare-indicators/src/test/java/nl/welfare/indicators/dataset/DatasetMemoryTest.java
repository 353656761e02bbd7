package nl.welfare.indicators.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A million participations stay well below 100 bytes each, so that ten million fit well under 1 GB. The bytes are
 * counted independently of {@link Dataset#estimatedBytes()}: by walking, through reflection, every array the
 * dataset's own objects hold, so that the estimate is checked (a column it forgets, or a column stored wider than it
 * thinks, fails the test) rather than restated. What the JVM heap really retains depends on the collector and
 * belongs in a benchmark, not in a test.
 */
@DisplayName("The memory a dataset takes")
class DatasetMemoryTest {

    private static final int PARTICIPATIONS = 1_000_000;

    /** The package whose objects the walk enters: the dataset's own storage, not the domain values it refers to. */
    private static final String STORE = Dataset.class.getPackageName();

    /**
     * The bytes of every array reachable from {@code root} through objects of the dataset package (and the values of
     * maps they hold), each array counted once: its 16-byte header and elements (references 4 bytes) padded to 8, and
     * for an array of texts each text as a string (24 bytes, then its Latin-1 or UTF-16 bytes padded as an array).
     */
    static long arrayBytesHeld(Object root) {
        return arrayBytesHeld(root, new TreeMap<>());
    }

    /** {@link #arrayBytesHeld(Object)}, telling {@code where} the bytes are by the field that holds them. */
    static long arrayBytesHeld(Object root, Map<String, Long> where) {
        return held(root, "root", Collections.newSetFromMap(new IdentityHashMap<>()), where);
    }

    private static long held(Object value, String holder, Set<Object> seen, Map<String, Long> where) {
        if (value == null || !seen.add(value)) {
            return 0;
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            int length = Array.getLength(value);
            Class<?> component = type.getComponentType();
            long bytes = padded(16L + (long) length * (component.isPrimitive() ? primitiveBytes(component) : 4));
            for (int i = 0; !component.isPrimitive() && i < length; i++) {
                Object element = Array.get(value, i);
                if (element instanceof String text && seen.add(text)) {
                    boolean latin1 = text.chars().allMatch(ch -> ch < 256);
                    bytes += 24 + padded(16L + (latin1 ? 1L : 2L) * text.length());
                } else {
                    bytes += held(element, holder + "[]", seen, where);
                }
            }
            where.merge(holder, bytes, Long::sum);
            return bytes;
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = 0;
            for (Object v : map.values()) {
                bytes += held(v, holder + ".values", seen, where);
            }
            return bytes;
        }
        if (type.isEnum() || !type.getPackageName().equals(STORE)) {
            return 0;
        }
        long bytes = 0;
        for (Class<?> c = type; c != null && c.getPackageName().equals(STORE); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    Object fieldValue = field.get(value);
                    if (fieldValue != null
                            && (fieldValue.getClass().isArray()
                                    || fieldValue instanceof Map<?, ?>
                                    || fieldValue.getClass().getPackageName().equals(STORE))) {
                        bytes += held(fieldValue, c.getSimpleName() + "." + field.getName(), seen, where);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(c.getName() + "." + field.getName(), e);
                }
            }
        }
        return bytes;
    }

    private static long padded(long bytes) {
        return (bytes + 7) & ~7L;
    }

    private static int primitiveBytes(Class<?> component) {
        if (component == byte.class || component == boolean.class) {
            return 1;
        }
        if (component == short.class || component == char.class) {
            return 2;
        }
        if (component == int.class || component == float.class) {
            return 4;
        }
        return 8;
    }

    @Test
    @DisplayName("the walk counts arrays once each, by their length and element size, and texts as strings")
    void theWalkCounts() {
        assertEquals(16 + 8, arrayBytesHeld(new int[] {1, 2}));
        assertEquals(16 + 8, arrayBytesHeld(new byte[] {1}));
        assertEquals(16 + 24, arrayBytesHeld(new double[3]));
        assertEquals(16 + 8 + 24 + 16 + 8, arrayBytesHeld(new String[] {"abc", "abc"}));
        assertEquals(16 + 8 + 2 * (16 + 8), arrayBytesHeld(new Object[] {new int[] {7}, new int[] {7}}));
        assertEquals(16 + 8 + 24 + 16 + 8, arrayBytesHeld(new String[] {"\u20ac"}));
        int[] shared = new int[4];
        assertEquals(16 + 8 + 16 + 16, arrayBytesHeld(new Object[] {shared, shared}));
    }

    @Test
    @DisplayName("A million participations of a few hundred residents, activities and areas take under 100 bytes each")
    void aMillionParticipationsTakeUnderAHundredBytesEach() {
        ResidentId[] residents = new ResidentId[500];
        for (int i = 0; i < residents.length; i++) {
            residents[i] = ResidentId.of("r-" + Integer.toHexString(0x7f3a9c + i * 7919));
        }
        ActivityId[] activities = new ActivityId[300];
        for (int i = 0; i < activities.length; i++) {
            activities[i] = ActivityId.of("activity-" + i);
        }
        AreaCode[] areas = new AreaCode[200];
        for (int i = 0; i < areas.length; i++) {
            areas[i] = AreaCode.of(String.format("BU0153%02d%02d", i / 20, i % 20));
        }
        ParticipationRole[] roles = ParticipationRole.values();
        LocalDate first = LocalDate.of(2018, 1, 1);
        SplittableRandom random = new SplittableRandom(20_180_101);

        Dataset.Builder builder = Dataset.builder();
        for (int i = 0; i < PARTICIPATIONS; i++) {
            builder.add(Participation.of(
                    residents[random.nextInt(residents.length)],
                    activities[random.nextInt(activities.length)],
                    areas[random.nextInt(areas.length)],
                    first.plusDays(random.nextInt(5 * 365)),
                    roles[random.nextInt(roles.length)]));
        }
        Dataset dataset = builder.build();

        assertEquals(PARTICIPATIONS, dataset.table(FactType.PARTICIPATIONS).size());
        Map<String, Long> where = new TreeMap<>();
        long counted = arrayBytesHeld(dataset, where);
        double perParticipation = (double) counted / PARTICIPATIONS;
        System.out.printf(
                "Dataset of %,d participations: %,d bytes of arrays (%.2f per participation)%n",
                PARTICIPATIONS, counted, perParticipation);
        assertEquals(
                counted,
                dataset.estimatedBytes(),
                () -> "the estimate against the arrays the dataset holds, by field: " + where);
        assertTrue(perParticipation < 100, "bytes per participation: " + perParticipation);
        assertTrue(dataset.participation(PARTICIPATIONS - 1).date().getYear() >= 2018);
    }
}
