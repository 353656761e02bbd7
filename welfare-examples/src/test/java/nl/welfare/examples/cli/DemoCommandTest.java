package nl.welfare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("welfare demo")
class DemoCommandTest {

    @Test
    @DisplayName(
            "prints the summary per borough, says what it wrote where; compute --jdbc recomputes from its database")
    void runs(@TempDir Path dir) {
        Path out = dir.resolve("demo");
        CommandLineTest.Run run = CommandLineTest.run("demo", "--out", out.toString(), "--residents", "5000");
        assertEquals(Welfare.OK, run.code(), run.err());
        for (String expected : new String[] {
            "Oost: commissioned to the Twentse Alliantie",
            "West: outside the commission, a comparison area",
            "Resident-led initiatives",
            "Written:",
            out.resolve("package").toString(),
            out.resolve("welfare.mv.db").toString(),
            "Recompute in memory: welfare compute " + out.resolve("package")
        }) {
            assertTrue(run.out().contains(expected), expected + " in\n" + run.out());
        }
        assertTrue(run.err().strip().matches("(?s).*demo done in [\\d.]+ s: generate.*"), run.err());
        assertTrue(Files.exists(out.resolve("results.csv")) && Files.exists(out.resolve("summary.txt")));
        CommandLineTest.Run validate =
                CommandLineTest.run("validate", out.resolve("package").toString());
        assertEquals(Welfare.OK, validate.code(), validate.err());
        // what it stored is a package welfare compute --jdbc recomputes without the folder
        CommandLineTest.Run recompute = CommandLineTest.run(
                "compute",
                "--jdbc",
                "jdbc:h2:file:" + out.resolve("welfare").toAbsolutePath(),
                "--from",
                "2018",
                "--to",
                "2022",
                "--grouping",
                "borough",
                "--period",
                "year",
                "--indicators",
                "resident-led-initiatives");
        assertEquals(Welfare.OK, recompute.code(), recompute.err());
        assertTrue(recompute.out().contains("resident-led-initiatives"), recompute.out());
    }

    @Test
    @DisplayName("refuses a folder with files it did not write (exit 1), and a file or bad values (exit 2)")
    void refuses(@TempDir Path dir) throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("thesis.docx"), "not the demo's");
        CommandLineTest.Run foreign = CommandLineTest.run("demo", "--out", mine.toString(), "--residents", "1000");
        assertEquals(Welfare.BAD_INPUT, foreign.code(), foreign.err());
        assertTrue(foreign.err().contains("thesis.docx") && foreign.err().contains("did not write"), foreign.err());
        assertTrue(Files.exists(mine.resolve("thesis.docx")) && !Files.exists(mine.resolve("package")));

        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        CommandLineTest.Run onFile = CommandLineTest.run("demo", "--out", file.toString());
        assertEquals(Welfare.USAGE, onFile.code(), onFile.err());
        assertTrue(onFile.err().contains("is a file"), onFile.err());
        CommandLineTest.Run none = CommandLineTest.run("demo", "--residents", "0");
        assertEquals(Welfare.USAGE, none.code(), none.err());
        assertTrue(none.err().contains("whole number of residents"), none.err());
    }

    @Test
    @DisplayName("--help says what it does and writes")
    void help() {
        CommandLineTest.Run help = CommandLineTest.run("demo", "--help");
        assertEquals(Welfare.OK, help.code());
        assertTrue(help.out().contains("Enschede reference") && help.out().contains("summary.txt"), help.out());
    }
}
