package nl.welfare.domain.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.spi.Participations;
import nl.welfare.domain.spi.Residents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The in-memory stores")
class InMemoryStoresTest {

    private static final int THREADS = 8;
    private static final int WRITES_PER_THREAD = 500;
    private static final AreaCode AREA = AreaCode.of("BU01530000");

    @Test
    @DisplayName("are new and empty on every call")
    void areNewAndEmptyOnEveryCall() {
        Residents first = InMemoryStores.residents();
        first.save(Resident.of(ResidentId.of("r-1"), AREA));
        Residents second = InMemoryStores.residents();
        assertNotSame(first, second);
        assertTrue(second.all().isEmpty());
        assertEquals(1, first.all().size());
    }

    @Test
    @DisplayName("keep every save and every add made from several threads at once")
    void keepEveryWriteFromSeveralThreads() throws Exception {
        Residents residents = InMemoryStores.residents();
        Participations participations = InMemoryStores.participations();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < WRITES_PER_THREAD; i++) {
                        ResidentId id = ResidentId.of("r-" + thread + "-" + i);
                        residents.save(Resident.of(id, AREA));
                        participations.add(Participation.of(
                                id,
                                ActivityId.of("walk"),
                                AREA,
                                LocalDate.of(2019, 1, 1).plusDays(i % 30),
                                ParticipationRole.PARTICIPANT));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(THREADS * WRITES_PER_THREAD, residents.all().size());
        assertEquals(THREADS * WRITES_PER_THREAD, participations.all().size());
        assertEquals(
                participations.all().sortBy(Participation::date).toJavaList(),
                participations.all().toJavaList());
    }
}
