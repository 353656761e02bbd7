package nl.welfare.examples.cli;

import static nl.welfare.examples.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.welfare.adapters.files.datapackage.PackageIdentity;
import nl.welfare.examples.cli.CommandLineTest.Run;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code welfare report} (issue 13): the page from compute's selection options, and its exit codes. */
@DisplayName("welfare report")
class ReportCommandTest {

    private static final String EXAMPLE =
            Path.of("..", "examples", "data", "enschede").toString();

    @Test
    @DisplayName("from a database without the folder, the page names the package and checksum kept at import")
    void fromDatabase(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("welfare").toAbsolutePath();
        Run imported = run("import", EXAMPLE, "--jdbc", url);
        assertEquals(Welfare.OK, imported.code(), imported.err());
        Path out = dir.resolve("out");
        Run run = run("report", "--jdbc", url, "--out", out.toString(), "--level", "district", "--from", "2018");
        assertEquals(Welfare.OK, run.code(), run.err());
        String html = Files.readString(out.resolve(ReportCommand.FILE));
        PackageIdentity identity = PackageIdentity.of(Path.of(EXAMPLE));
        assertTrue(html.contains(identity.checksum()), "the checksum the database kept");
        assertTrue(html.contains("<dd>" + identity.name() + "</dd>"), "the package's name");
        assertTrue(html.contains("report --jdbc " + url), "the command to run again");
    }

    @Test
    @DisplayName("writes report.html with the package's checksum and the command to run it again")
    void writes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Run run = run(
                "report",
                EXAMPLE,
                "--out",
                out.toString(),
                "--level",
                "district",
                "--grouping",
                "borough",
                "--baseline",
                "2018",
                "--lang",
                "en");
        assertEquals(Welfare.OK, run.code(), run.err());
        Path file = out.resolve(ReportCommand.FILE);
        assertTrue(Files.isRegularFile(file), run.err());
        String html = Files.readString(file);
        assertTrue(html.contains("Overview per goal"), "English labels");
        assertTrue(html.contains(PackageIdentity.of(Path.of(EXAMPLE)).checksum()), "the package's checksum");
        assertTrue(
                html.contains(
                        "welfare report " + EXAMPLE + " --level district --grouping borough --baseline 2018 --out "),
                "the command to run again");
        assertTrue(html.contains("2018"), "the baseline");
        assertTrue(run.err().contains("reported in " + file), run.err());
        assertEquals("", run.out());

        Run dutch = run("report", EXAMPLE, "--out", out.toString());
        assertEquals(Welfare.OK, dutch.code(), dutch.err());
        assertTrue(Files.readString(file).contains("Overzicht per doel"), "Dutch by default, replacing the page");
    }

    @Test
    @DisplayName("a faulty input is exit 1")
    void badInput(@TempDir Path dir) throws Exception {
        Path definitions = dir.resolve("own.json");
        Files.writeString(definitions, "{\"not\": \"definitions\"}");
        Run run =
                run("report", EXAMPLE, "--out", dir.resolve("out").toString(), "--definitions", definitions.toString());
        assertEquals(Welfare.BAD_INPUT, run.code(), run.err());
        assertFalse(Files.exists(dir.resolve("out").resolve(ReportCommand.FILE)));
    }

    @Test
    @DisplayName("a value an option does not take, or an option of compute's results table, is exit 2")
    void badOptions(@TempDir Path dir) {
        String out = dir.resolve("out").toString();
        for (List<String> args : List.of(
                List.of("report", EXAMPLE, "--out", out, "--lang", "de"),
                List.of("report", EXAMPLE, "--out", out, "--format", "csv"),
                List.of("report", EXAMPLE, "--out", out, "--level", "wijk"),
                List.of("report", EXAMPLE, "--out", out, "--confidence", "95"),
                List.of("report", EXAMPLE))) {
            Run run = run(args.toArray(String[]::new));
            assertEquals(Welfare.USAGE, run.code(), args + ": " + run.err());
            assertTrue(run.err().contains("welfare report --help") || run.err().contains("Usage"), run.err());
        }
    }

    @Test
    @DisplayName("--help names the options and compute's selection options")
    void help() {
        Run help = run("report", "--help");
        assertEquals(Welfare.OK, help.code());
        for (String said : List.of("--out", "--lang", "--level", "--baseline", "--benchmark", "report.html")) {
            assertTrue(help.out().contains(said), said + " in " + help.out());
        }
    }
}
