package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million participations are read row by row: what stays in memory is the dataset's columns, far less than the file,
 * whose text (as Java strings, twice its bytes) is never held. The test counts what the dataset keeps (its dictionary
 * of distinct texts, and the bytes of its arrays, which {@code DatasetMemoryTest} checks against an independent count)
 * rather than the heap after {@code System.gc()}, which depends on the collector; time and heap belong in a benchmark.
 */
@DisplayName("Reading a large data package")
class DataPackageStreamingTest {

    private static final int PARTICIPATIONS = 1_000_000;

    @Test
    @DisplayName("keeps a million participations in far less memory than their file takes")
    void aMillionParticipations(@TempDir Path folder) throws IOException {
        StringBuilder residents = new StringBuilder("id,area_code,birth_year\n");
        for (int i = 0; i < 500; i++) {
            residents.append("r-").append(i).append(",BU0153000").append(i % 2).append(",1970\n");
        }
        StringBuilder activities = new StringBuilder("id,name,area_code,initiative_id,provision_id,theme\n");
        for (int i = 0; i < 300; i++) {
            activities
                    .append("activity-")
                    .append(i)
                    .append(",Activity ")
                    .append(i)
                    .append(",BU01530000,,,\n");
        }
        TestPackage.withAreas()
                .resource("residents", residents.toString())
                .resource("activities", activities.toString())
                .resource("participations", "")
                .write(folder);
        Path participations = folder.resolve("participations.csv");
        SplittableRandom random = new SplittableRandom(2019);
        LocalDate first = LocalDate.of(2018, 1, 1);
        String[] roles = {"participant", "volunteer", "organiser"};
        try (BufferedWriter out = Files.newBufferedWriter(participations, StandardCharsets.UTF_8)) {
            out.write("resident_id,activity_id,area_code,date,role\n");
            for (int i = 0; i < PARTICIPATIONS; i++) {
                out.write("r-" + random.nextInt(500) + ",activity-" + random.nextInt(300) + ",BU0153000"
                        + random.nextInt(2) + "," + first.plusDays(random.nextInt(5 * 365)) + ","
                        + roles[random.nextInt(3)] + "\n");
            }
        }
        long fileBytes = Files.size(participations);

        Dataset dataset = DataPackageReader.read(folder);

        assertEquals(PARTICIPATIONS, dataset.table(FactType.PARTICIPATIONS).size());
        // Each distinct text once: 500 resident ids, 300 activity ids and names, a few area codes, dates and roles
        // are not texts. A reader that kept a text per row would hold a million.
        int texts = dataset.dictionary().size();
        assertTrue(texts < 2_000, () -> texts + " texts in the dictionary");
        long kept = dataset.estimatedBytes();
        System.out.printf(
                "Read %,d participations (%,d bytes of CSV): %,d texts, %,d bytes of arrays (%.1f per row)%n",
                PARTICIPATIONS, fileBytes, texts, kept, (double) kept / PARTICIPATIONS);
        assertTrue(kept < fileBytes / 2, "kept " + kept + " bytes of a " + fileBytes + "-byte file");
    }
}
