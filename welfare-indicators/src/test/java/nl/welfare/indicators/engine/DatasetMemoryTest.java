package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A million participations stay well below 100 bytes each, so that ten million fit well under 1 GB. */
@DisplayName("The memory a dataset takes")
class DatasetMemoryTest {

    private static final int PARTICIPATIONS = 1_000_000;

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
        }
        return least;
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

        long before = usedAfterGc();
        Dataset.Builder builder = Dataset.builder();
        for (int i = 0; i < PARTICIPATIONS; i++) {
            builder.add(Participation.of(
                    residents[random.nextInt(residents.length)],
                    activities[random.nextInt(activities.length)],
                    areas[random.nextInt(areas.length)],
                    first.plusDays(random.nextInt(5 * 365)),
                    roles[random.nextInt(roles.length)]));
        }
        long building = builder.capacityBytes();
        Dataset dataset = builder.build();
        builder = null;
        long measured = usedAfterGc() - before;

        assertEquals(PARTICIPATIONS, dataset.table(FactType.PARTICIPATIONS).size());
        long estimated = dataset.estimatedBytes();
        double perParticipation = (double) estimated / PARTICIPATIONS;
        System.out.printf(
                "Dataset of %,d participations: estimated %,d bytes (%.2f per participation), measured retained"
                        + " %,d bytes (%.2f per participation), builder arrays %,d bytes (%.2f per participation)%n",
                PARTICIPATIONS,
                estimated,
                perParticipation,
                measured,
                (double) measured / PARTICIPATIONS,
                building,
                (double) building / PARTICIPATIONS);
        assertTrue(perParticipation < 100, "bytes per participation: " + perParticipation);
        assertTrue(perParticipation >= 17, "the columns alone take 17 bytes: " + perParticipation);
        assertTrue(dataset.participation(PARTICIPATIONS - 1).date().getYear() >= 2018);
    }
}
