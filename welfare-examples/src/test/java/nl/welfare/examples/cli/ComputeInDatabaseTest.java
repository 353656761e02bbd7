package nl.welfare.examples.cli;

import static nl.welfare.examples.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.files.datapackage.PackageIdentity;
import nl.welfare.adapters.files.json.DefinitionsJson;
import nl.welfare.adapters.files.json.TargetsJson;
import nl.welfare.adapters.files.results.CsvDialect;
import nl.welfare.adapters.files.results.ResultsFormat;
import nl.welfare.adapters.files.results.ResultsWriter;
import nl.welfare.adapters.jdbc.ImportMode;
import nl.welfare.adapters.jdbc.JdbcWelfareStore;
import nl.welfare.adapters.jdbc.StoredPackage;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.examples.cli.CommandLineTest.Run;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.target.Targets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code welfare compute --jdbc URL}, with and without the package's folder: the facts counted in the database give the
 * rows the engine gives in memory; a database holding another package, or none, or out of reach, is exit code 1 with
 * a message and no stack trace. On H2 files.
 */
@DisplayName("Computing inside a database")
class ComputeInDatabaseTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "data", "enschede");

    private static final String TARGETS = """
            {"targets": [
              {"indicator": "volunteers", "area": "GM0153", "period": "2019", "value": 3},
              {"indicator": "individual-support-per-1000", "level": "district", "period": "2020", "value": 25}
            ]}
            """;

    /** The kinds SQL evaluates today (SqlFigures): a stored catalogue of these computes in the database now. */
    private static final Set<IndicatorKind> SQL_KINDS =
            Set.of(IndicatorKind.COUNT, IndicatorKind.DISTINCT_COUNT, IndicatorKind.RATE, IndicatorKind.RATIO);

    @TempDir
    Path dir;

    private String h2(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /** The reference definitions of the kinds SQL evaluates today, with their bases. */
    private static List<IndicatorDefinition> sqlDefinitions() {
        IndicatorCatalogue catalogue = ReferenceCatalogue.catalogue();
        return catalogue
                .withBases(ReferenceCatalogue.all().filter(d -> SQL_KINDS.contains(d.kind())))
                .toJavaList();
    }

    /** Whether the SQL source evaluates every definition of the reference catalogue (once all kinds are there). */
    private static boolean sqlEvaluatesTheReferenceCatalogue() {
        Dataset dataset = DataPackageReader.read(EXAMPLE);
        try (JdbcWelfareStore store = JdbcWelfareStore.inMemory()) {
            store.importDataset(dataset, ImportMode.REFUSE);
            IndicatorEngine.evaluate(
                    ReferenceCatalogue.all().toJavaList(),
                    store.evaluationDataset(),
                    EvaluationQuery.ofLevel(
                            AreaLevel.MUNICIPALITY, dataset.years().get()),
                    store.figureSource());
            return true;
        } catch (UnsupportedOperationException notYet) {
            return false;
        }
    }

    /** The CSV the engine writes in memory for {@code definitions} over the example and {@code query}. */
    private static String inMemory(List<IndicatorDefinition> definitions, EvaluationQuery query) throws IOException {
        IndicatorTable table = IndicatorEngine.evaluate(definitions, DataPackageReader.read(EXAMPLE), query);
        StringWriter out = new StringWriter();
        ResultsWriter.write(
                table, ResultsFormat.CSV, CsvDialect.validate(',', '.').get(), out);
        return out.toString();
    }

    /** Stores the example with {@code definitions} and {@code targets} as its documents, through the store. */
    private void storeExample(String url, List<IndicatorDefinition> definitions, Optional<String> targets) {
        PackageIdentity identity = PackageIdentity.of(EXAMPLE);
        try (JdbcWelfareStore store = JdbcWelfareStore.open(url)) {
            assertTrue(store.importPackage(
                            DataPackageReader.read(EXAMPLE),
                            StoredPackage.of(
                                    identity.name(),
                                    identity.checksum(),
                                    Optional.of(DefinitionsJson.toJson(definitions)),
                                    targets),
                            ImportMode.REFUSE)
                    .isRight());
        }
    }

    @Test
    @DisplayName("without DIR computes the stored package with its stored definitions and targets, as in memory")
    void withoutFolder() throws IOException {
        withoutFolder(h2("stored"));
    }

    /** {@link #withoutFolder()} on the database at {@code url}, which holds nothing yet. */
    private void withoutFolder(String url) throws IOException {
        List<IndicatorDefinition> definitions = sqlDefinitions();
        Targets targets = TargetsJson.validate("targets.json", TARGETS).get();
        storeExample(url, definitions, Optional.of(TARGETS));
        ReportingPeriod years = DataPackageReader.read(EXAMPLE).years().get();

        Run run = run("compute", "--jdbc", url, "--level", "district", "--period", "year");
        assertEquals(Welfare.OK, run.code(), run.err());
        EvaluationQuery query = EvaluationQuery.builder()
                .period(years)
                .granularity(PeriodGranularity.YEAR)
                .targets(targets)
                .level(AreaLevel.DISTRICT)
                .build();
        String expected = inMemory(definitions, query);
        assertEquals(expected, run.out());
        assertTrue(run.out().contains(",volunteers,") || run.out().contains("\nvolunteers,"), run.out());
        assertTrue(
                expected.lines()
                        .anyMatch(l -> l.startsWith("volunteers,GM0153,") && l.contains(",3.0,")
                                || l.startsWith("volunteers,GM0153,") && l.contains(",3,")),
                "the stored targets are assessed: " + expected);

        Run none = run(
                "compute", "--jdbc", url, "--level", "municipality", "--disclosure", "none", "--grouping", "borough");
        assertEquals(Welfare.OK, none.code(), none.err());
        assertEquals(
                inMemory(
                        definitions,
                        EvaluationQuery.builder()
                                .period(years)
                                .targets(targets)
                                .disclosure(DisclosureRules.none())
                                .level(AreaLevel.MUNICIPALITY)
                                .grouping("borough")
                                .build()),
                none.out());

        Run otherTargets = run(
                "compute",
                "--jdbc",
                url,
                "--indicators",
                "volunteers",
                "--level",
                "municipality",
                "--from",
                String.valueOf(years.end().getYear()),
                "--targets",
                "../welfare-adapters-files/src/test/resources/json/targets.json",
                "--format",
                "json");
        assertEquals(Welfare.BAD_INPUT, otherTargets.code(), otherTargets.err());
        assertTrue(
                otherTargets.err().contains("[json.unknown-indicator]"),
                "--targets is checked against the stored catalogue, which lacks resident-led-initiatives: "
                        + otherTargets.err());
    }

    @Test
    @DisplayName("the ledger, the audit, rounding, --out, a baseline and the formats work inside the database too")
    void optionsWork() throws IOException {
        String url = h2("options");
        List<IndicatorDefinition> definitions = sqlDefinitions();
        storeExample(url, definitions, Optional.empty());
        ReportingPeriod years = DataPackageReader.read(EXAMPLE).years().get();
        Path ledger = dir.resolve("ledger.json");
        Path audit = dir.resolve("audit.csv");
        Path key = dir.resolve("rounding.key");
        Path out = dir.resolve("results.csv");
        Run run = run(
                "compute",
                "--jdbc",
                url,
                "--level",
                "district",
                "--period",
                "year",
                "--baseline",
                String.valueOf(years.start().getYear()),
                "--round",
                "5",
                "--rounding-key",
                key.toString(),
                "--ledger",
                ledger.toString(),
                "--audit",
                audit.toString(),
                "--out",
                out.toString());
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(Files.isRegularFile(out) && Files.isRegularFile(dir.resolve("results.resource.json")));
        assertTrue(Files.isRegularFile(ledger) && Files.isRegularFile(audit) && Files.isRegularFile(key));
        assertTrue(Files.readString(out).lines().anyMatch(l -> l.startsWith("volunteers,")), Files.readString(out));

        Run again = run(
                "compute",
                "--jdbc",
                url,
                "--level",
                "borough",
                "--format",
                "sdmx-csv",
                "--round",
                "5",
                "--rounding-key",
                key.toString(),
                "--ledger",
                ledger.toString());
        assertEquals(Welfare.OK, again.code(), again.err());
        assertTrue(again.out().lines().count() > 1, again.out());
        Run json = run("compute", "--jdbc", url, "--level", "municipality", "--format", "json", "--disclosure", "none");
        assertEquals(Welfare.OK, json.code(), json.err());
        assertTrue(json.out().trim().startsWith("{") || json.out().trim().startsWith("["), json.out());
        Run outside =
                run("compute", "--jdbc", url, "--to", String.valueOf(years.end().getYear() + 5));
        assertEquals(Welfare.BAD_INPUT, outside.code(), outside.err());
        assertTrue(outside.err().contains("[compute.outside-facts]"), outside.err());
    }

    @Test
    @DisplayName("with DIR computes in the database the package the folder holds, as compute DIR does in memory")
    void withFolder() {
        withFolder(h2("imported"));
    }

    /** {@link #withFolder()} on the database at {@code url}. */
    private static void withFolder(String url) {
        Run imported = run("import", EXAMPLE.toString(), "--jdbc", url, "--replace");
        assertEquals(Welfare.OK, imported.code(), imported.err());
        Run memory = run("compute", EXAMPLE.toString(), "--level", "district", "--period", "year");
        Run database = run("compute", EXAMPLE.toString(), "--jdbc", url, "--level", "district", "--period", "year");
        assertNoStackTrace(database);
        if (sqlEvaluatesTheReferenceCatalogue()) {
            assertEquals(Welfare.OK, database.code(), database.err());
            assertEquals(memory.out(), database.out());
        } else {
            assertEquals(Welfare.BAD_INPUT, database.code(), database.err());
            assertTrue(database.err().contains(": cannot compute in the database yet: indicator "), database.err());
            assertTrue(database.err().contains("is not supported in SQL yet"), database.err());
            assertEquals("", database.out());
        }
    }

    @Test
    @DisplayName("import stores the package's name, checksum, definitions and targets; --replace replaces them")
    void importStoresTheDocuments() throws IOException {
        String url = h2("documents");
        Path targets = Files.writeString(dir.resolve("targets.json"), TARGETS);
        Path definitions = Path.of("../welfare-adapters-files/src/test/resources/json/definitions.json");
        Run run = run(
                "import",
                EXAMPLE.toString(),
                "--jdbc",
                url,
                "--definitions",
                definitions.toString(),
                "--targets",
                targets.toString());
        assertEquals(Welfare.OK, run.code(), run.err());
        PackageIdentity identity = PackageIdentity.of(EXAMPLE);
        assertTrue(run.out().contains("  package enschede-example, " + identity.checksum()), run.out());
        IndicatorCatalogue catalogue = DefinitionsJson.readCatalogue(definitions, ReferenceCatalogue.catalogue());
        try (JdbcWelfareStore store = JdbcWelfareStore.open(url)) {
            StoredPackage stored = store.storedPackage().get();
            assertEquals("enschede-example", stored.name());
            assertEquals(identity.checksum(), stored.checksum());
            assertEquals(
                    catalogue.all().toJavaList(),
                    DefinitionsJson.validate("stored", stored.definitions().get())
                            .get()
                            .toJavaList());
            assertEquals(
                    TargetsJson.read(targets, catalogue),
                    TargetsJson.validate("stored", stored.targets().get()).get());
        }
        Run replaced = run("import", EXAMPLE.toString(), "--jdbc", url, "--replace");
        assertEquals(Welfare.OK, replaced.code(), replaced.err());
        try (JdbcWelfareStore store = JdbcWelfareStore.open(url)) {
            StoredPackage stored = store.storedPackage().get();
            assertEquals(Optional.empty(), stored.targets());
            assertEquals(
                    ReferenceCatalogue.all().map(d -> d.id().value()).toJavaList(),
                    DefinitionsJson.validate("stored", stored.definitions().get())
                            .get()
                            .map(d -> d.id().value())
                            .toJavaList());
        }
    }

    @Test
    @DisplayName("a folder holding another package than the database is exit code 1 naming both")
    void otherPackage() throws IOException {
        String url = h2("other");
        assertEquals(
                Welfare.OK, run("import", EXAMPLE.toString(), "--jdbc", url).code());
        Path copy = dir.resolve("changed");
        Files.createDirectories(copy);
        try (var files = Files.list(EXAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName().toString()));
            }
        }
        Files.writeString(
                copy.resolve("participations.csv"),
                Files.readString(copy.resolve("participations.csv")).replaceFirst("\n$", "\n\n"));
        Run run = run("compute", copy.toString(), "--jdbc", url);
        assertEquals(Welfare.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().startsWith(copy + ": must hold the data package the database holds"), run.err());
        assertTrue(run.err().contains(PackageIdentity.of(EXAMPLE).checksum()), run.err());
        assertTrue(run.err().contains(PackageIdentity.of(copy).checksum()), run.err());
        assertTrue(run.err().contains("[" + ComputeRules.OTHER_PACKAGE.id() + "]"), run.err());
        assertEquals("", run.out());
        assertNoStackTrace(run);
    }

    @Test
    @DisplayName("a database holding no package is exit code 1 saying so, with DIR or without")
    void noPackage() {
        String url = h2("empty");
        for (List<String> args :
                List.of(List.of("compute", "--jdbc", url), List.of("compute", EXAMPLE.toString(), "--jdbc", url))) {
            Run run = run(args.toArray(String[]::new));
            assertEquals(Welfare.BAD_INPUT, run.code(), run.err());
            assertTrue(run.err().startsWith(url + ": must hold a data package imported by welfare import"), run.err());
            assertTrue(run.err().contains("it holds none"), run.err());
            assertTrue(run.err().contains("[" + ComputeRules.NO_STORED_PACKAGE.id() + "]"), run.err());
            assertNoStackTrace(run);
        }
        String facts = h2("facts-only");
        try (JdbcWelfareStore store = JdbcWelfareStore.open(facts)) {
            store.importDataset(DataPackageReader.read(EXAMPLE), ImportMode.REFUSE);
        }
        Run run = run("compute", "--jdbc", facts);
        assertEquals(Welfare.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().contains("imported without the package's identity"), run.err());
    }

    @Test
    @DisplayName("a database that cannot be reached is exit code 1: the URL, its password masked, and the reason")
    void unreachable() {
        Run run = run("compute", "--jdbc", "jdbc:postgresql://127.0.0.1:1/none?user=a&password=sekrit");
        assertEquals(Welfare.BAD_INPUT, run.code(), run.err());
        assertTrue(
                run.err()
                        .startsWith("jdbc:postgresql://127.0.0.1:1/none?user=a&password=***: cannot open the database:"
                                + " Connection to 127.0.0.1:1 refused"),
                run.err());
        assertFalse(run.err().contains("sekrit"), run.err());
        assertNoStackTrace(run);
        Run withFolder = run(
                "compute",
                EXAMPLE.toString(),
                "--jdbc",
                "jdbc:mariadb://root:sekrit@127.0.0.1:1/test",
                "--out",
                dir.resolve("r.csv").toString());
        assertEquals(Welfare.BAD_INPUT, withFolder.code(), withFolder.err());
        assertTrue(
                withFolder.err().startsWith("jdbc:mariadb://root:***@127.0.0.1:1/test: cannot open"), withFolder.err());
        assertFalse(withFolder.err().contains("sekrit"), withFolder.err());
        assertFalse(Files.exists(dir.resolve("r.csv")));
    }

    @Test
    @DisplayName("--help shows DIR as optional and --jdbc; no DIR without --jdbc is wrong usage")
    void help() {
        Run help = run("compute", "--help");
        assertEquals(Welfare.OK, help.code());
        assertTrue(help.out().contains("[DIR]"), help.out());
        assertTrue(help.out().contains("--jdbc=URL"), help.out());
        Run importHelp = run("import", "--help");
        assertTrue(importHelp.out().contains("--definitions=FILE.json"), importHelp.out());
        assertTrue(importHelp.out().contains("--targets=FILE"), importHelp.out());
        Run usage = run("compute", "--level", "district");
        assertEquals(Welfare.USAGE, usage.code(), usage.err());
        assertTrue(usage.err().contains("Missing required parameter: 'DIR'"), usage.err());
        assertEquals(
                Welfare.USAGE, run("compute", "--jdbc", "/data/welfare.mv.db").code());
    }

    /**
     * A schema (PostgreSQL) or database (MariaDB) of this test's own on the server of {@code variable}, as the JDBC
     * adapter's test fixture makes them, so that no other run meets it: its URL, given to {@code work}, then dropped.
     */
    private static void onServer(String variable, ServerWork work) throws Exception {
        String url = System.getenv(variable);
        String name = "welfare_cli_" + Long.toString(ProcessHandle.current().pid(), 36) + "_"
                + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        boolean postgres = url.startsWith("jdbc:postgresql:");
        String own = postgres
                ? url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name
                : url.replaceFirst("^(jdbc:mariadb://[^/?]+)(/[^?]*)?", "$1/" + name);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                java.sql.Statement s = c.createStatement()) {
            s.execute((postgres ? "CREATE SCHEMA " : "CREATE DATABASE ") + name);
        }
        try {
            work.run(own);
        } finally {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                    java.sql.Statement s = c.createStatement()) {
                s.execute(postgres ? "DROP SCHEMA IF EXISTS " + name + " CASCADE" : "DROP DATABASE IF EXISTS " + name);
            }
        }
    }

    /** Work on a server's database. */
    @FunctionalInterface
    private interface ServerWork {
        void run(String url) throws Exception;
    }

    @org.junit.jupiter.api.Nested
    @DisplayName("on PostgreSQL")
    @org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(
            named = "WELFARE_TEST_POSTGRES_URL",
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to compute in PostgreSQL")
    class OnPostgreSql {
        @Test
        @DisplayName("compute --jdbc without and with DIR, as in memory")
        void compute() throws Exception {
            onServer("WELFARE_TEST_POSTGRES_URL", url -> {
                withoutFolder(url);
                withFolder(url);
            });
        }
    }

    @org.junit.jupiter.api.Nested
    @DisplayName("on MariaDB")
    @org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(
            named = "WELFARE_TEST_MARIADB_URL",
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to compute in MariaDB")
    class OnMariaDb {
        @Test
        @DisplayName("compute --jdbc without and with DIR, as in memory")
        void compute() throws Exception {
            onServer("WELFARE_TEST_MARIADB_URL", url -> {
                withoutFolder(url);
                withFolder(url);
            });
        }
    }
}
