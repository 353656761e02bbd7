package nl.welfare.examples.cli;

import static nl.welfare.examples.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.welfare.adapters.files.datapackage.DataPackageReader;
import nl.welfare.adapters.jdbc.JdbcWelfareStore;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.examples.cli.CommandLineTest.Run;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code welfare import} and {@code welfare areas import-cbs --jdbc}: a data package or a CBS region list stored in a
 * database (H2 in a temporary file; PostgreSQL and MariaDB when {@code WELFARE_TEST_POSTGRES_URL} and {@code
 * WELFARE_TEST_MARIADB_URL} are set), read back through the store's ports.
 */
@DisplayName("The database commands")
class DatabaseCommandsTest {

    private static final String EXAMPLE =
            Path.of("..", "examples", "data", "enschede").toString();

    private static final String BROKEN = "../welfare-adapters-files/src/test/resources/datapackage/broken/";

    private static final String CBS = "../welfare-adapters-files/src/test/resources/cbs/";

    @TempDir
    Path dir;

    private String h2() {
        return "jdbc:h2:file:" + dir.resolve("welfare").toAbsolutePath();
    }

    /** What the package holds, counted the way {@link #stored} counts the store. */
    private static Map<String, Integer> expected() {
        Dataset dataset = DataPackageReader.read(Path.of(EXAMPLE));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("areas", dataset.hierarchy().size());
        counts.put("populations", dataset.populations().size());
        counts.put("groupings", dataset.groupings().size());
        counts.put("residents", dataset.table(FactType.RESIDENTS).size());
        counts.put("cohorts", dataset.cohorts().size());
        counts.put("initiatives", dataset.table(FactType.INITIATIVES).size());
        counts.put("provisions", dataset.table(FactType.PROVISIONS).size());
        counts.put("activities", dataset.table(FactType.ACTIVITIES).size());
        counts.put("participations", dataset.table(FactType.PARTICIPATIONS).size());
        counts.put("support episodes", dataset.table(FactType.SUPPORT_EPISODES).size());
        counts.put("survey responses", dataset.table(FactType.SURVEY_RESPONSES).size());
        return counts;
    }

    /** What the database at {@code url} holds, read through the store's ports. */
    static Map<String, Integer> stored(String url) {
        try (JdbcWelfareStore store = JdbcWelfareStore.open(url)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("areas", store.areas().hierarchy().map(h -> h.size()).getOrElse(0));
            counts.put("populations", store.areas().populations().size());
            counts.put("groupings", store.areas().groupings().size());
            counts.put("residents", store.residents().all().size());
            counts.put("cohorts", store.cohorts().all().size());
            counts.put("initiatives", store.initiatives().all().size());
            counts.put("provisions", store.provisions().all().size());
            counts.put("activities", store.activities().all().size());
            counts.put("participations", store.participations().all().size());
            counts.put("support episodes", store.supportEpisodes().all().size());
            counts.put("survey responses", store.surveyResponses().all().size());
            return counts;
        }
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    @DisplayName("import writes the example package into an H2 file; the ports read back what the package holds")
    void importIntoH2() {
        Run run = run("import", EXAMPLE, "--jdbc", h2());
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("imported into " + h2() + " (H2)"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  participations +10\\R.*"), run.out());
        assertTrue(
                run.err().matches("(?s).*79 rows in 15 tables imported into .* by JDBC batches in .* s\\R"), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("welfare.mv.db")));
        assertEquals(expected(), stored(h2()));
    }

    @Test
    @DisplayName("a second import is refused with exit code 1 and changes nothing; --replace replaces")
    void secondImport() {
        assertEquals(Welfare.OK, run("import", EXAMPLE, "--jdbc", h2()).code());
        Run again = run("import", EXAMPLE, "--jdbc", h2());
        assertEquals(Welfare.BAD_INPUT, again.code(), again.err());
        assertTrue(
                again.err().matches("(?s)\\Q" + h2() + "\\E: already holds a data package \\(\\d+ rows.*"),
                again.err());
        assertTrue(again.err().contains("Give --replace to replace it [jdbc-store.not-empty]"), again.err());
        assertEquals("", again.out());
        assertEquals(expected(), stored(h2()));
        Run replaced = run("import", EXAMPLE, "--jdbc", h2(), "--replace");
        assertEquals(Welfare.OK, replaced.code(), replaced.err());
        assertTrue(replaced.err().contains(", replacing what it held"), replaced.err());
        assertEquals(expected(), stored(h2()));
    }

    @Test
    @DisplayName("a package with faults is exit code 1 with each fault's place, and nothing is written")
    void brokenPackage() {
        Run run = run("import", BROKEN + "bad-date", "--jdbc", h2());
        assertEquals(Welfare.BAD_INPUT, run.code());
        assertTrue(run.err().contains(", line "), run.err());
        assertTrue(run.err().contains("[data-package."), run.err());
        assertTrue(run.err().contains("nothing imported"), run.err());
        assertNoStackTrace(run);
        assertFalse(Files.exists(dir.resolve("welfare.mv.db")), "no database was even created");

        assertEquals(Welfare.OK, run("import", EXAMPLE, "--jdbc", h2()).code());
        Run replace = run("import", BROKEN + "duplicate-id", "--jdbc", h2(), "--replace");
        assertEquals(Welfare.BAD_INPUT, replace.code());
        assertEquals(expected(), stored(h2()), "the package imported before is still there");
        assertEquals(
                Welfare.BAD_INPUT,
                run("import", "no/such/folder", "--jdbc", h2()).code());
    }

    @Test
    @DisplayName("a database that cannot be reached is exit code 1: the URL, its password masked, and the reason")
    void unreachable() {
        Run refused = run("import", EXAMPLE, "--jdbc", "jdbc:postgresql://127.0.0.1:1/none?user=a&password=sekrit");
        assertEquals(Welfare.BAD_INPUT, refused.code(), refused.err());
        assertTrue(
                refused.err()
                        .startsWith("jdbc:postgresql://127.0.0.1:1/none?user=a&password=***: cannot open the database:"
                                + " Connection to 127.0.0.1:1 refused"),
                refused.err());
        assertFalse(refused.err().contains("sekrit"), refused.err());
        assertNoStackTrace(refused);

        Run noDriver = run("import", EXAMPLE, "--jdbc", "jdbc:nosuch:x;password=sekrit");
        assertEquals(Welfare.BAD_INPUT, noDriver.code(), noDriver.err());
        assertTrue(
                noDriver.err().startsWith("jdbc:nosuch:x;password=***: cannot open the database: no driver"),
                noDriver.err());
        assertTrue(noDriver.err().contains(Database.KNOWN), noDriver.err());
        assertFalse(noDriver.err().contains("sekrit"), noDriver.err());
        assertNoStackTrace(noDriver);

        Run userInfo = run(
                "areas",
                "import-cbs",
                CBS + "CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv",
                "--jdbc",
                "jdbc:mariadb://root:sekrit@127.0.0.1:1/test");
        assertEquals(Welfare.BAD_INPUT, userInfo.code(), userInfo.err());
        assertTrue(
                userInfo.err().startsWith("jdbc:mariadb://root:***@127.0.0.1:1/test: cannot open the database: "),
                userInfo.err());
        assertFalse(userInfo.err().contains("sekrit"), userInfo.err());
        assertNoStackTrace(userInfo);
    }

    @Test
    @DisplayName("passwords are masked in URLs: password= parameters (any case) and user:password@")
    void masked() {
        assertEquals(
                "jdbc:postgresql://h/db?user=u&password=***&ssl=true",
                Database.masked("jdbc:postgresql://h/db?user=u&password=secret&ssl=true"));
        assertEquals("jdbc:h2:file:/x;USER=sa;PASSWORD=***", Database.masked("jdbc:h2:file:/x;USER=sa;PASSWORD=pw"));
        assertEquals("jdbc:mariadb://u:***@h:3306/db", Database.masked("jdbc:mariadb://u:pw@h:3306/db"));
        assertEquals(
                "jdbc:mariadb://h/db?user=root&password=", Database.masked("jdbc:mariadb://h/db?user=root&password="));
        assertEquals("jdbc:postgresql://h:5432/db", Database.masked("jdbc:postgresql://h:5432/db"));
    }

    @Test
    @DisplayName("--help describes both commands' options; wrong usage is exit code 2")
    void helpAndUsage() {
        Run help = run("import", "--help");
        assertEquals(Welfare.OK, help.code());
        assertTrue(help.out().contains("--jdbc=URL"), help.out());
        assertTrue(help.out().contains("--replace"), help.out());
        assertTrue(help.out().contains(Database.DEFAULT_FILE), help.out());
        Run areas = run("areas", "import-cbs", "--help");
        assertEquals(Welfare.OK, areas.code());
        assertTrue(areas.out().contains("--jdbc=URL"), areas.out());
        assertTrue(run("--help").out().contains("  import "), run("--help").out());

        assertEquals(Welfare.USAGE, run("import").code());
        assertEquals(Welfare.USAGE, run("import", EXAMPLE, "--replce").code());
        Run notUrl = run("import", EXAMPLE, "--jdbc", "/data/welfare.mv.db");
        assertEquals(Welfare.USAGE, notUrl.code());
        assertTrue(notUrl.err().contains("must be a JDBC URL starting with " + Database.KNOWN), notUrl.err());
        assertEquals(
                Welfare.USAGE,
                run("import", EXAMPLE + "/areas.csv", "--jdbc", h2()).code());
        assertFalse(Files.exists(dir.resolve("welfare.mv.db")));
    }

    @Test
    @DisplayName("areas import-cbs --jdbc stores the hierarchy and populations through the Areas port")
    void importCbs() {
        Run run = run(
                "areas",
                "import-cbs",
                CBS + "CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv",
                "--key-figures",
                CBS + "enschede_neighbourhood_population_c2013.csv",
                "--jdbc",
                h2());
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("stored in " + h2() + " (H2): 81 areas, 70 populations"), run.out());
        try (JdbcWelfareStore store = JdbcWelfareStore.open(h2())) {
            assertEquals(81, store.areas().hierarchy().get().size());
            assertEquals(2022, store.areas().hierarchy().get().vintage().get().getValue());
            assertEquals(
                    "Lasonder, Zeggelt",
                    store.areas().area(AreaCode.of("BU01530001")).get().name());
            assertEquals(70, store.areas().populations().size());
        }
        Run again = run("areas", "import-cbs", CBS + "CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv", "--jdbc", h2());
        assertEquals(Welfare.OK, again.code(), again.err());
    }

    @Test
    @DisplayName("areas import-cbs --jdbc refuses a hierarchy that lacks the stored package's areas, changing nothing")
    void importCbsRefused() {
        assertEquals(Welfare.OK, run("import", EXAMPLE, "--jdbc", h2()).code());
        Run run = run(
                "areas",
                "import-cbs",
                CBS + "CBS_85318NED_WijkenEnBuurten_2022.csv",
                "--municipality",
                "GM0014",
                "--jdbc",
                h2());
        assertEquals(Welfare.BAD_INPUT, run.code(), run.err());
        assertTrue(run.err().startsWith(h2() + ": "), run.err());
        assertTrue(run.err().contains("BU0153"), run.err());
        assertNoStackTrace(run);
        assertFalse(run.out().contains("stored in"), run.out());
        assertEquals(expected(), stored(h2()));
    }

    /** The same URL with another database name, which the server does not hold. */
    private static String otherDatabase(String url) {
        return url.replaceFirst("(//[^/]+/)[^?;]*", "$1welfare_no_such_database");
    }

    private static void onServer(String variable, String kind, String method) {
        String url = System.getenv(variable);
        Run run = run("import", EXAMPLE, "--jdbc", url, "--replace");
        assertEquals(Welfare.OK, run.code(), run.err());
        assertTrue(run.out().contains("(" + kind + ")"), run.out());
        assertTrue(run.err().contains(" by " + method + " in "), run.err());
        assertEquals(expected(), stored(url));
        Run refused = run("import", EXAMPLE, "--jdbc", url);
        assertEquals(Welfare.BAD_INPUT, refused.code(), refused.err());
        assertTrue(refused.err().contains("already holds a data package"), refused.err());

        Run wrong = run("import", EXAMPLE, "--jdbc", otherDatabase(url));
        assertEquals(Welfare.BAD_INPUT, wrong.code(), wrong.err());
        assertTrue(
                wrong.err().startsWith(Database.masked(otherDatabase(url)) + ": cannot open the database: "),
                wrong.err());
        assertTrue(wrong.err().contains("welfare_no_such_database"), wrong.err());
        assertNoStackTrace(wrong);
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @EnabledIfEnvironmentVariable(
            named = "WELFARE_TEST_POSTGRES_URL",
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to import into PostgreSQL")
    class OnPostgreSql {
        @Test
        @DisplayName("import --replace by COPY, read back through the ports; a wrong database is exit code 1")
        void importInto() {
            onServer("WELFARE_TEST_POSTGRES_URL", "POSTGRESQL", "COPY");
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = "WELFARE_TEST_MARIADB_URL",
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to import into MariaDB")
    class OnMariaDb {
        @Test
        @DisplayName("import --replace in JDBC batches, read back through the ports; a wrong database is exit code 1")
        void importInto() {
            onServer("WELFARE_TEST_MARIADB_URL", "MARIADB", "JDBC batches");
        }
    }
}
