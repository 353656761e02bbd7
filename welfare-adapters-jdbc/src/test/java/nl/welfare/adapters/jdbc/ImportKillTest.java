package nl.welfare.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of an import (SIGKILL: no shutdown hook, no rollback of its own) leaves the H2 file
 * exactly as it was before the import: the transaction was never committed, and H2 rolls it back when the file is
 * opened again.
 */
@DisplayName("An import killed halfway")
class ImportKillTest {

    @Test
    @DisplayName("leaves the database file holding exactly what it held before")
    void aKilledImportLeavesTheFileAsItWas(@TempDir Path directory) throws IOException, InterruptedException {
        Path file = directory.resolve("welfare");
        Map<String, Object> before;
        try (JdbcWelfareStore store = JdbcWelfareStore.embedded(file)) {
            store.importDataset(Datasets.generated("A", 300, 3), ImportMode.REFUSE);
            before = Snapshot.of(store);
        }

        Process importing = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ImportKillMain.class.getName(),
                        file.toString(),
                        "40000")
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(importing.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                if (line.equals(ImportKillMain.UNDER_WAY) || line.equals(ImportKillMain.DONE)) {
                    break;
                }
            }
            importing.destroyForcibly(); // SIGKILL on Linux
            assertTrue(importing.waitFor(60, TimeUnit.SECONDS), "the killed process did not end");
        }
        assertTrue(output.contains(ImportKillMain.UNDER_WAY), () -> "the import never got under way: " + output);
        assertFalse(output.contains(ImportKillMain.DONE), "the import finished before it was killed: import more rows");
        assertTrue(importing.exitValue() != 0, "the process was killed, not ended");

        try (JdbcWelfareStore store = JdbcWelfareStore.embedded(file)) {
            assertEquals(before, Snapshot.of(store));
        }
    }
}
