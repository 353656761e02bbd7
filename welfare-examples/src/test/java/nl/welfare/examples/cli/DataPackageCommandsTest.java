package nl.welfare.examples.cli;

import static nl.welfare.examples.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.welfare.adapters.files.json.LedgerJson;
import nl.welfare.adapters.files.results.AuditCsv;
import nl.welfare.adapters.files.results.ResultsReader;
import nl.welfare.examples.cli.CommandLineTest.Run;
import nl.welfare.indicators.disclosure.CellKey;
import nl.welfare.indicators.disclosure.CellStatus;
import nl.welfare.indicators.engine.IndicatorResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code welfare validate} and {@code welfare compute} on the example package of the README and on broken ones. */
@DisplayName("The data package commands")
class DataPackageCommandsTest {

    /** The example package the README shows, at the repository root. */
    private static final String EXAMPLE =
            Path.of("..", "examples", "data", "enschede").toString();

    private static final String BROKEN = "../welfare-adapters-files/src/test/resources/datapackage/broken/";

    private static final String HEADER =
            "indicator,area_code,area_level,period,status,numerator,denominator,sample_size,"
                    + "value,ci_low,ci_high,target,assessment,baseline_period,change,change_ci_low,change_ci_high,trend,"
                    + "benchmark_area,benchmark_comparison,comparison_method";

    @Test
    @DisplayName("the README's example packages are the ones the reader's own tests assert, file for file")
    void examplesAreTheTestedPackages() throws Exception {
        for (String name : List.of("enschede", "enschede-nl")) {
            Path example = Path.of("..", "examples", "data", name);
            Path tested = Path.of("..", "welfare-adapters-files", "src", "test", "resources", "datapackage", name);
            try (var files = Files.list(tested)) {
                List<Path> all = files.sorted().toList();
                assertFalse(all.isEmpty());
                for (Path file : all) {
                    assertEquals(
                            -1L,
                            Files.mismatch(file, example.resolve(file.getFileName())),
                            "examples/data/" + name + "/" + file.getFileName() + " differs from the tested package");
                }
            }
            try (var files = Files.list(example);
                    var others = Files.list(tested)) {
                assertEquals(others.count(), files.count(), name);
            }
        }
    }

    @Test
    @DisplayName("validate says the example package is valid and what it holds")
    void validateExample() {
        Run run = run("validate", EXAMPLE);
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("valid, 8 areas (vintage 2022)"), run.out());
        assertTrue(run.out().contains("participations"), run.out());
    }

    @Test
    @DisplayName("validate and compute take the descriptor's path as well as the folder")
    void descriptorPath() {
        assertEquals(Welfare.OK, run("validate", EXAMPLE + "/datapackage.json").code());
        assertEquals(
                Welfare.OK,
                run("compute", EXAMPLE + "/datapackage.json", "--level", "municipality")
                        .code());
    }

    @Test
    @DisplayName("validate lists every fault of a broken package on stderr, with its place and rule, and exits with 1")
    void validateBroken() {
        Run run = run("validate", BROKEN + "bad-date");
        assertEquals(Welfare.BAD_INPUT, run.code());
        assertTrue(run.err().contains(", line "), run.err());
        assertTrue(run.err().contains("[data-package."), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals(Welfare.BAD_INPUT, run("validate", BROKEN + "missing-file").code());
        assertEquals(Welfare.BAD_INPUT, run("validate", "no/such/folder").code());
        assertEquals(Welfare.USAGE, run("validate").code());
        assertEquals(Welfare.OK, run("validate", "--help").code());
    }

    @Test
    @DisplayName("compute writes the tidy results table, with every level above the one asked for")
    void computeCsv() {
        Run run = run("compute", EXAMPLE, "--level", "district", "--period", "year", "--baseline", "2019");
        assertEquals(Welfare.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(HEADER, lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",GM0153,municipality,2019,")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains(",district,2020,")), run.out());
        assertFalse(lines.stream().anyMatch(l -> l.contains(",neighbourhood,")), run.out());
        assertTrue(
                lines.stream()
                        .allMatch(l -> l.equals(HEADER)
                                || l.contains(",2019,")
                                || !l.contains(",OK,")
                                || l.contains(",2019,")),
                run.out());
    }

    @Test
    @DisplayName("compute rounds counts with a key it creates once and reuses, the same way every time")
    void rounding(@TempDir Path dir) throws Exception {
        Path data = syntheticEnschede(dir);
        Path key = dir.resolve("keys").resolve("rounding.key");
        String[] args = {
            "compute", data.toString(), "--level", "municipality", "--round", "5", "--rounding-key", key.toString()
        };
        Run first = run(args);
        assertEquals(Welfare.OK, first.code(), first.err());
        assertTrue(first.err().contains("created a new rounding key"), first.err());
        assertTrue(Files.exists(key));
        assertFalse(first.out().contains(Files.readString(key).strip()), "the key never appears in an output");
        int published = 0;
        for (String line : first.out().lines().skip(1).toList()) {
            String[] field = line.split(",", -1);
            boolean persons = nl.welfare.indicators.catalogue.ReferenceCatalogue.catalogue()
                    .byId(nl.welfare.indicators.definition.IndicatorId.of(field[0]))
                    .exists(d -> d.statisticalUnit() == nl.welfare.indicators.definition.StatisticalUnit.PERSONS);
            if (persons && field[4].equals("OK") && !field[7].isEmpty()) {
                assertEquals(0, Long.parseLong(field[7]) % 5, line);
                published++;
            }
        }
        assertTrue(published > 0, first.out());
        Run second = run(args);
        assertEquals(Welfare.OK, second.code(), second.err());
        assertEquals(first.out(), second.out(), "the same key rounds the same counts the same way");
        assertFalse(second.err().contains("created"), second.err());

        assertEquals(Welfare.USAGE, run("compute", EXAMPLE, "--round", "5").code());
        Path bad = Files.writeString(dir.resolve("bad.key"), "not a key");
        Run malformed = run("compute", EXAMPLE, "--round", "5", "--rounding-key", bad.toString());
        assertEquals(Welfare.BAD_INPUT, malformed.code());
        assertFalse(malformed.err().contains("not a key"), "a key file's content is never echoed");
    }

    /**
     * A synthetic Enschede with enough residents to publish counts about persons (the example package is too small to
     * publish any), written into {@code dir}.
     */
    private static Path syntheticEnschede(Path dir) {
        Path data = dir.resolve("package");
        nl.welfare.examples.scale.NationalPackage.main(new String[] {
            data.toString(),
            "--cbs",
            "src/test/resources/cbs/CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv",
            "--seed",
            "3",
            "--residents",
            "3000",
            "--survey-responses",
            "6000",
            "--support-episodes",
            "2000",
            "--participations",
            "1500",
            "--ladder-assessments",
            "400",
            "--self-reliance-rows",
            "400",
            "--initiatives",
            "40",
            "--initiative-links",
            "20",
            "--activities",
            "60",
            "--programme-share",
            "1"
        });
        return data;
    }

    @Test
    @DisplayName("compute keeps a ledger across outputs, made under one set of rules, and writes the owner's audit")
    void ledgerAndAudit(@TempDir Path dir) throws Exception {
        Path data = syntheticEnschede(dir);
        Path ledger = dir.resolve("private").resolve("ledger.json");
        Files.createDirectories(ledger.getParent());
        Path audit = dir.resolve("private").resolve("audit.csv");
        Run first = run(
                "compute",
                data.toString(),
                "--level",
                "district",
                "--indicators",
                "feels-safe,individual-support-per-1000",
                "--ledger",
                ledger.toString(),
                "--audit",
                audit.toString());
        assertEquals(Welfare.OK, first.code(), first.err());
        Map<CellKey, CellStatus> kept = LedgerJson.read(ledger).cells();
        Map<CellKey, String> firstRows = statuses(first.out());
        assertFalse(kept.isEmpty());
        for (Map.Entry<CellKey, CellStatus> cell : kept.entrySet()) {
            String status = firstRows.get(cell.getKey());
            assertEquals(
                    cell.getValue() == CellStatus.SUPPRESSED ? "SUPPRESSED" : "OK",
                    status,
                    "the ledger keeps what the output published: " + cell.getKey());
        }

        List<String> auditLines = Files.readAllLines(audit);
        assertEquals(String.join(",", AuditCsv.HEADER), auditLines.get(0));
        java.util.Set<CellKey> audited = new java.util.HashSet<>();
        for (String line : auditLines.subList(1, auditLines.size())) {
            String[] field = line.split(",", -1);
            audited.add(CellKey.of(field[0], field[1], field[2]));
        }
        java.util.Set<CellKey> suppressed = new java.util.HashSet<>();
        kept.forEach((key, status) -> {
            if (status == CellStatus.SUPPRESSED) {
                suppressed.add(key);
            }
        });
        assertFalse(suppressed.isEmpty(), first.out());
        assertEquals(suppressed, audited, "the audit explains every suppressed cell, and only those");
        assertTrue(
                auditLines.stream()
                        .skip(1)
                        .allMatch(l -> l.contains(",PRIMARY_")
                                || l.contains(",SECONDARY_")
                                || l.contains(",SHARED_COUNT,")
                                || l.contains(",EARLIER_DECISION,")),
                String.join("\n", auditLines));
        assertFalse(first.out().contains("PRIMARY_"), "the public output never says why");
        if (audit.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(audit),
                    "the audit names true counts: readable by its owner alone");
        }

        // A later output with another selection and the researcher's own definitions: consistent with the first.
        Run later = run(
                "compute",
                data.toString(),
                "--level",
                "neighbourhood",
                "--definitions",
                "../welfare-adapters-files/src/test/resources/json/definitions.json",
                "--baseline",
                "2019",
                "--ledger",
                ledger.toString());
        assertEquals(Welfare.OK, later.code(), later.err());
        Map<CellKey, String> laterRows = statuses(later.out());
        firstRows.forEach((key, status) -> {
            if (laterRows.containsKey(key) && (status.equals("OK") || status.equals("SUPPRESSED"))) {
                assertEquals(status, laterRows.get(key), "one status for a cell in every output: " + key);
            }
        });
        Map<CellKey, CellStatus> both = LedgerJson.read(ledger).cells();
        assertTrue(both.keySet().containsAll(kept.keySet()));
        assertTrue(both.size() > kept.size(), "the ledger grows with every output");

        Run otherRules = run("compute", data.toString(), "--min-count", "15", "--ledger", ledger.toString());
        assertEquals(Welfare.BAD_INPUT, otherRules.code(), otherRules.err());
        assertTrue(otherRules.err().contains("engine.ledger-other-rules"), otherRules.err());
        assertEquals(both, LedgerJson.read(ledger).cells(), "a refused run leaves the ledger as it was");

        Run off = run("compute", data.toString(), "--disclosure", "none", "--ledger", ledger.toString());
        assertEquals(Welfare.USAGE, off.code(), off.err());
        Run same = run("compute", EXAMPLE, "--out", audit.toString(), "--audit", audit.toString());
        assertEquals(Welfare.USAGE, same.code(), same.err());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"rules\": {}, \"cells\": []}");
        Run faulty = run("compute", EXAMPLE, "--ledger", broken.toString());
        assertEquals(Welfare.BAD_INPUT, faulty.code(), faulty.err());
        assertTrue(faulty.err().contains("broken.json, line 1"), faulty.err());
    }

    /** The status of each row of a results table, by its cell. */
    private static Map<CellKey, String> statuses(String csv) {
        Map<CellKey, String> rows = new java.util.HashMap<>();
        for (String line : csv.lines().skip(1).toList()) {
            String[] field = line.split(",", -1);
            rows.put(CellKey.of(field[0], field[1], field[3]), field[4]);
        }
        return rows;
    }

    @Test
    @DisplayName("compute publishes quarters only under rules whose finest period allows them")
    void finestPeriod() {
        Run refused = run("compute", EXAMPLE, "--level", "district", "--period", "quarter");
        assertEquals(Welfare.USAGE, refused.code(), refused.err());
        assertTrue(refused.err().contains("engine.period-finer-than-rules"), refused.err());
        assertTrue(refused.err().contains("--period quarter needs --finest-period quarter"), refused.err());
        Run quarters =
                run("compute", EXAMPLE, "--level", "district", "--period", "quarter", "--finest-period", "quarter");
        assertEquals(Welfare.OK, quarters.code(), quarters.err());
        assertTrue(quarters.out().contains("-Q3,"), quarters.out());
        assertEquals(
                Welfare.USAGE,
                run("compute", EXAMPLE, "--finest-period", "week").code());
    }

    @Test
    @DisplayName("compute writes a file with its metadata beside it, and records that disclosure control was off")
    void computeToFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results.csv");
        Run run = run("compute", EXAMPLE, "--disclosure", "none", "--confidence", "0.9", "--out", out.toString());
        assertEquals(Welfare.OK, run.code(), run.err());
        List<IndicatorResult> results = ResultsReader.readFile(out).toJavaList();
        assertFalse(results.isEmpty());
        String metadata = Files.readString(dir.resolve("results.resource.json"));
        assertTrue(metadata.contains("\"enabled\" : false") || metadata.contains("\"enabled\":false"), metadata);
        assertTrue(metadata.contains("\"confidence\" : 0.9") || metadata.contains("\"confidence\":0.9"), metadata);
        assertTrue(Files.isReadable(out));
        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertTrue(
                    Files.getPosixFilePermissions(out).contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)
                            == Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")))
                                    .contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ),
                    "the results get the permissions of any new file, not a temporary file's owner-only ones");
        }
        Path json = dir.resolve("results.json");
        assertEquals(
                Welfare.OK,
                run("compute", EXAMPLE, "--format", "json", "--out", json.toString())
                        .code());
        assertTrue(Files.readString(json).startsWith("{\"metadata\""));
        assertEquals(
                Welfare.OK,
                run("compute", EXAMPLE, "--level", "borough", "--format", "sdmx-csv")
                        .code());
    }

    @Test
    @DisplayName("compute takes a researcher's definitions and targets, and a subset of indicators")
    void computeDefinitionsAndTargets() {
        Run run = run(
                "compute",
                EXAMPLE,
                "--definitions",
                "../welfare-adapters-files/src/test/resources/json/definitions.json",
                "--indicators",
                "resident-led-initiatives,feels-safe-change",
                "--baseline",
                "2019",
                "--period",
                "year",
                "--targets",
                "../welfare-adapters-files/src/test/resources/json/targets.json",
                "--confidence",
                "0.9");
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("\nfeels-safe-change,"), "the change");
        assertTrue(run.out().contains("\nfeels-safe,"), "and its base");
        assertFalse(run.out().contains("\nvolunteers,"), "and no other");
    }

    @Test
    @DisplayName("compute and validate show a package's warnings on stderr and still succeed")
    void warnings(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("enschede");
        Files.createDirectories(copy);
        try (var files = Files.list(Path.of(EXAMPLE))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Files.writeString(
                copy.resolve("survey_responses.csv"),
                "bp2019-0099,BU01530000,2019-10-03,wl04,weet niet,1\n",
                java.nio.file.StandardOpenOption.APPEND);
        for (String command : List.of("compute", "validate")) {
            Run run = run(command, copy.toString());
            assertEquals(Welfare.OK, run.code(), run.err());
            assertTrue(run.err().contains("warning: survey_responses.csv"), run.err());
            assertTrue(run.err().contains("[data-package.invalid-answer]"), run.err());
        }
    }

    @Test
    @DisplayName("compute rejects bad input files with 1 and bad option values and wrong usage with 2")
    void computeBadInput() {
        assertEquals(
                Welfare.USAGE, run("compute", EXAMPLE, "--indicators", "nope").code());
        assertEquals(Welfare.USAGE, run("compute", EXAMPLE, "--format", "xls").code());
        assertEquals(
                Welfare.USAGE, run("compute", EXAMPLE, "--confidence", "1.5").code());
        assertEquals(Welfare.USAGE, run("compute", EXAMPLE, "--min-count", "0").code());
        assertEquals(Welfare.USAGE, run("compute", EXAMPLE, "--level", "wards").code());
        assertEquals(
                Welfare.USAGE, run("compute", EXAMPLE, "--baseline", "2019-Q5").code());
        assertEquals(Welfare.BAD_INPUT, run("compute", BROKEN + "bad-date").code());
        Run unwritable = run("compute", EXAMPLE, "--out", "/proc/welfare/results.csv");
        assertEquals(Welfare.BAD_INPUT, unwritable.code(), unwritable.err());
        assertTrue(unwritable.err().startsWith("welfare: cannot read or write a file"), unwritable.err());
        Run wrong = run("compute", EXAMPLE, "--period", "weekly");
        assertEquals(Welfare.USAGE, wrong.code());
        assertTrue(wrong.err().contains("--period"), wrong.err());
        assertEquals(Welfare.USAGE, run("compute").code());
        assertEquals(
                Welfare.USAGE, run("compute", EXAMPLE, "--disclosure", "some").code());
        Run help = run("compute", "--help");
        assertEquals(Welfare.OK, help.code());
        assertTrue(help.out().contains("--min-count"), help.out());
    }
}
