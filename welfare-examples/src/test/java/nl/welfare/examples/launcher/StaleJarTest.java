package nl.welfare.examples.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code welfare.cmd} rebuilds the jar when {@code welfare-examples/src/launcher/StaleJar.java} says so: run here as
 * the Windows script runs it ({@code java StaleJar.java JAR ROOT}, a source file, no build), on a checkout made up in
 * a temporary folder with file times set by hand.
 */
class StaleJarTest {

    /** The launcher, from the module's folder, where Maven runs the tests. */
    private static final Path LAUNCHER =
            Path.of("src", "launcher", "StaleJar.java").toAbsolutePath();

    private static final Instant BUILT = Instant.parse("2026-12-01T12:00:00Z");

    private record Run(int code, String out) {}

    @Test
    @DisplayName("a missing jar is built")
    void missing(@TempDir Path root) throws IOException {
        Path jar = checkout(root);
        Files.delete(jar);
        Run run = run(jar, root);
        assertEquals(new Run(1, "it is missing"), run);
    }

    @Test
    @DisplayName("a jar newer than every pom.xml and source file runs as it is")
    void current(@TempDir Path root) throws IOException {
        Path jar = checkout(root);
        assertEquals(new Run(0, ""), run(jar, root));
    }

    @Test
    @DisplayName(
            "a source file, a module's pom.xml or the parent pom.xml newer than the jar has it rebuilt, and says which")
    void stale(@TempDir Path root) throws IOException {
        for (String changed :
                new String[] {"welfare-indicators/src/main/java/nl/welfare/A.java", "welfare-domain/pom.xml", "pom.xml"
                }) {
            Path jar = checkout(root);
            Files.setLastModifiedTime(root.resolve(changed), FileTime.from(BUILT.plusSeconds(60)));
            Run run = run(jar, root);
            assertEquals(1, run.code(), run.out());
            assertTrue(
                    run.out().startsWith("the sources changed since it was built (")
                            && run.out().contains(Path.of(changed).toString()),
                    run.out());
        }
    }

    @Test
    @DisplayName("files outside pom.xml and the modules' src/ (target/, docs/, a README) do not count")
    void elsewhere(@TempDir Path root) throws IOException {
        Path jar = checkout(root);
        for (String other : new String[] {"README.md", "docs/x.md", "welfare-domain/target/classes/A.class"}) {
            write(root.resolve(other), BUILT.plusSeconds(60));
        }
        assertEquals(new Run(0, ""), run(jar, root));
    }

    @Test
    @DisplayName("welfare.cmd runs this launcher, by the path it has in the repository")
    void scriptUsesIt() throws IOException {
        String script = Files.readString(Path.of("..", "welfare.cmd"), StandardCharsets.US_ASCII);
        assertTrue(script.contains("welfare-examples\\src\\launcher\\StaleJar.java"), script);
        assertTrue(Files.isRegularFile(LAUNCHER));
    }

    /** A checkout with two modules, every file written before {@link #BUILT} and the jar at it; returns the jar. */
    private static Path checkout(Path root) throws IOException {
        Instant before = BUILT.minusSeconds(3600);
        write(root.resolve("pom.xml"), before);
        write(root.resolve("welfare-domain/pom.xml"), before);
        write(root.resolve("welfare-domain/src/main/java/nl/welfare/B.java"), before);
        write(root.resolve("welfare-indicators/pom.xml"), before);
        write(root.resolve("welfare-indicators/src/main/java/nl/welfare/A.java"), before);
        Path jar = root.resolve("welfare-examples/target/welfare.jar");
        write(jar, BUILT);
        return jar;
    }

    private static void write(Path file, Instant time) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, file.getFileName().toString());
        Files.setLastModifiedTime(file, FileTime.from(time));
    }

    private static Run run(Path jar, Path root) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), LAUNCHER.toString(), jar.toString(), root.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            return new Run(process.waitFor(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
