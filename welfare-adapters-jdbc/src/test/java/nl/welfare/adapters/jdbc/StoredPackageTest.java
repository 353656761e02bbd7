package nl.welfare.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.catalogue.IndicatorCatalogue;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.dataset.FactTable;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.FigureSource;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.testkit.contracts.FigureSourceContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The package a store holds besides its facts: its identity and documents go in with the facts and come back as they
 * were, are replaced or refused with them; the dataset for an evaluation in the database holds what the package's
 * dataset holds but the fact rows, and with the figures by SQL gives the in-memory engine's table. On H2 always, and
 * on PostgreSQL and MariaDB when their URLs are set.
 */
@DisplayName("Storing the package for an evaluation in the database")
class StoredPackageTest {

    private static final Dataset FIRST = Datasets.generated("A", 300, 3);
    private static final Dataset SECOND = Datasets.generated("B", 200, 2);

    /** A definitions document larger than MariaDB's TEXT (64 KB), with characters outside ASCII. */
    private static final String LARGE = "{\"definitions\": [" + "\"é€𝄞 naïve\", ".repeat(12_000) + "\"end\"]}\n";

    private static final StoredPackage ONE =
            StoredPackage.of("one", "sha256:" + "1".repeat(64), Optional.of(LARGE), Optional.of("{\"targets\": []}"));
    private static final StoredPackage TWO =
            StoredPackage.of("two", "sha256:" + "2".repeat(64), Optional.of("{\"definitions\": []}"), Optional.empty());

    /** The examples, on the store {@link #store()} gives. */
    abstract static class Examples {

        /** The store, not yet emptied. */
        abstract JdbcWelfareStore store();

        private JdbcWelfareStore empty() {
            return TestDatabases.emptied(store());
        }

        @Test
        @DisplayName("gives back the name, checksum and documents it was given, character for character")
        void roundTripsTheDocuments() {
            JdbcWelfareStore store = empty();
            assertTrue(store.storedPackage().isEmpty());
            Either<Violation, ImportSummary> imported = store.importPackage(FIRST, ONE, ImportMode.REFUSE);
            assertTrue(imported.isRight(), imported::toString);
            assertTrue(LARGE.length() > 65_536);
            assertEquals(Option.some(ONE), store.storedPackage());
        }

        @Test
        @DisplayName("replaces the documents with the facts, and a dataset imported without them leaves none")
        void replacesTheDocuments() {
            JdbcWelfareStore store = empty();
            store.importPackage(FIRST, ONE, ImportMode.REFUSE);
            Either<Violation, ImportSummary> replaced = store.importPackage(SECOND, TWO, ImportMode.REPLACE);
            assertTrue(replaced.isRight(), replaced::toString);
            assertEquals(Option.some(TWO), store.storedPackage());
            store.importDataset(FIRST, ImportMode.REPLACE);
            assertEquals(Option.none(), store.storedPackage());
        }

        @Test
        @DisplayName("refuses a second package, naming the one it holds, and keeps its documents")
        void refusesASecondPackage() {
            JdbcWelfareStore store = empty();
            store.importPackage(FIRST, ONE, ImportMode.REFUSE);
            Either<Violation, ImportSummary> again = store.importPackage(SECOND, TWO, ImportMode.REFUSE);
            assertTrue(again.isLeft(), again::toString);
            assertTrue(again.getLeft().rejectedValue().endsWith(", package one"), again.getLeft()::toString);
            assertEquals(Option.some(ONE), store.storedPackage());
        }

        @Test
        @DisplayName("names as many rows when it refuses an import as the import of the same package reported")
        void refusalCountsTheRowsTheImportReported() {
            JdbcWelfareStore store = empty();
            ImportSummary summary =
                    store.importDataset(FIRST, ImportMode.REFUSE).get();
            assertEquals(DatasetImport.COUNTED, List.copyOf(summary.rows().keySet()));
            Violation refused = store.importDataset(FIRST, ImportMode.REFUSE).getLeft();
            assertTrue(
                    refused.rejectedValue().startsWith(summary.totalRows() + " rows, "),
                    () -> refused.rejectedValue() + " after " + summary);
        }

        @Test
        @DisplayName("gives a dataset with the package's areas, groupings, populations, cohorts and years, no rows")
        void evaluationDatasetIsTheSkeleton() {
            JdbcWelfareStore store = empty();
            store.importDataset(FIRST, ImportMode.REFUSE);
            Dataset skeleton = store.evaluationDataset();
            assertEquals(
                    FIRST.hierarchy().areas().toSet(),
                    skeleton.hierarchy().areas().toSet());
            assertEquals(FIRST.hierarchy().vintage(), skeleton.hierarchy().vintage());
            assertEquals(FIRST.groupings(), skeleton.groupings());
            assertEquals(FIRST.populations().toSet(), skeleton.populations().toSet());
            assertEquals(FIRST.cohorts().toSet(), skeleton.cohorts().toSet());
            assertEquals(FIRST.years(), skeleton.years());
            assertTrue(FIRST.years().isDefined());
            for (FactType type : FactType.values()) {
                assertEquals(FIRST.hasFacts(type), skeleton.hasFacts(type), type::toString);
                assertEquals(0, skeleton.table(type).size(), type::toString);
            }
        }

        @Test
        @DisplayName("keeps a resource the package had without rows present, one it lacked absent, groupings in order")
        void keepsEmptyResourcesPresent() {
            JdbcWelfareStore store = empty();
            Dataset dataset = Dataset.builder()
                    .hierarchy(AreaHierarchy.of(
                            Year.of(2022),
                            List.of(
                                    Area.of(AreaCode.of("GM0153"), "Enschede"),
                                    Area.of(AreaCode.of("WK015300"), "Centrum"),
                                    Area.of(AreaCode.of("BU01530000"), "Binnenstad"))))
                    .grouping(AreaGrouping.of(
                            "zones", List.of(AreaGroup.of("Z1", "Zone 1", List.of(AreaCode.of("BU01530000"))))))
                    .grouping(AreaGrouping.of(
                            "borough", List.of(AreaGroup.of("C", "Centrum", List.of(AreaCode.of("BU01530000"))))))
                    .present(FactType.SURVEY_RESPONSES)
                    .present(FactType.LADDER_ASSESSMENTS)
                    .add(Initiative.builder()
                            .id(InitiativeId.of("i1"))
                            .name("Moestuin")
                            .area(AreaCode.of("WK015300"))
                            .lead(InitiativeLead.RESIDENTS)
                            .started(LocalDate.of(2017, 5, 1))
                            .build())
                    .build();
            store.importPackage(dataset, ONE, ImportMode.REFUSE);
            Dataset skeleton = store.evaluationDataset();
            for (FactType type : FactType.values()) {
                boolean expected = type == FactType.SURVEY_RESPONSES
                        || type == FactType.LADDER_ASSESSMENTS
                        || type == FactType.INITIATIVES;
                assertEquals(expected, skeleton.hasFacts(type), type::toString);
                assertEquals(dataset.hasFacts(type), skeleton.hasFacts(type), type::toString);
            }
            assertEquals(Option.some(ReportingPeriod.year(2017)), skeleton.years());
            assertEquals(
                    List.of("zones", "borough"),
                    skeleton.groupings().map(AreaGrouping::name).toJavaList());
            assertEquals(dataset.groupings(), skeleton.groupings());
        }

        @Test
        @DisplayName("has no years for a package without dated facts")
        void noYearsWithoutFacts() {
            JdbcWelfareStore store = empty();
            Dataset dataset = Dataset.builder()
                    .hierarchy(AreaHierarchy.of(Year.of(2022), List.of(Area.of(AreaCode.of("GM0153"), "Enschede"))))
                    .present(FactType.PARTICIPATIONS)
                    .build();
            store.importDataset(dataset, ImportMode.REFUSE);
            assertEquals(Option.none(), store.evaluationDataset().years());
            assertTrue(store.evaluationDataset().hasFacts(FactType.PARTICIPATIONS));
        }

        @Test
        @DisplayName("counts the survey answers per question as a loop over the rows does")
        void countsAnswersPerQuestion() {
            JdbcWelfareStore store = empty();
            store.importDataset(FIRST, ImportMode.REFUSE);
            Map<String, Long> expected = new TreeMap<>();
            FactTable answers = FIRST.table(FactType.SURVEY_RESPONSES);
            for (int row = 0; row < answers.size(); row++) {
                expected.merge(FIRST.surveyResponse(row).question().value(), 1L, Long::sum);
            }
            assertFalse(expected.isEmpty());
            assertEquals(expected, store.surveyAnswersPerQuestion());
        }

        @Test
        @DisplayName("evaluates the reference catalogue's SQL kinds as the in-memory engine does on the whole dataset")
        void evaluatesTheReferenceCatalogueAsInMemory() {
            for (Dataset dataset : List.of(FIRST, FigureSourceContract.dataset(new Random(3)))) {
                JdbcWelfareStore store = empty();
                store.importDataset(dataset, ImportMode.REFUSE);
                Dataset skeleton = store.evaluationDataset();
                FigureSource sql = store.figureSource();
                List<IndicatorDefinition> supported = supported(skeleton, sql);
                for (IndicatorKind kind : List.of(
                        IndicatorKind.COUNT, IndicatorKind.DISTINCT_COUNT, IndicatorKind.RATE, IndicatorKind.RATIO)) {
                    assertTrue(supported.stream().anyMatch(d -> d.kind() == kind), () -> kind + " in " + supported);
                }
                ReportingPeriod years = dataset.years().get();
                for (EvaluationQuery query : List.of(
                        EvaluationQuery.builder()
                                .period(years)
                                .granularity(PeriodGranularity.YEAR)
                                .level(AreaLevel.NEIGHBOURHOOD)
                                .grouping("borough")
                                .build(),
                        EvaluationQuery.builder()
                                .period(years)
                                .level(AreaLevel.DISTRICT)
                                .disclosure(DisclosureRules.none())
                                .build())) {
                    IndicatorTable expected = IndicatorEngine.evaluate(supported, dataset, query);
                    IndicatorTable actual = IndicatorEngine.evaluate(supported, skeleton, query, sql);
                    assertTrue(expected.size() > 0);
                    FigureSourceContract.assertSameTable(expected, actual, query.toString());
                }
            }
        }

        /**
         * The definitions of the reference catalogue, with their bases, that the SQL source evaluates today: each
         * tried alone, those it refuses as not supported yet left out, so that the test grows with the source.
         */
        private static List<IndicatorDefinition> supported(Dataset skeleton, FigureSource sql) {
            IndicatorCatalogue catalogue = ReferenceCatalogue.catalogue();
            List<IndicatorDefinition> supported = new ArrayList<>();
            for (IndicatorDefinition definition : ReferenceCatalogue.all()) {
                List<IndicatorDefinition> alone =
                        catalogue.withBases(List.of(definition)).toJavaList();
                if (definition.measure().comparesWithBaseline()) {
                    continue;
                }
                try {
                    IndicatorEngine.evaluate(
                            alone,
                            skeleton,
                            EvaluationQuery.ofLevel(
                                    AreaLevel.MUNICIPALITY, skeleton.years().get()),
                            sql);
                    supported.add(definition);
                } catch (UnsupportedOperationException notYet) {
                    // left to the SQL source's next kinds
                }
            }
            return catalogue.withBases(supported).toJavaList();
        }
    }

    @Test
    @DisplayName("copies every table into the columns of its INSERT, one declaration for both")
    void copiesTheColumnsOfTheInsert() throws IllegalAccessException {
        assertEquals(
                "COPY t (a, b_c) FROM STDIN (FORMAT csv)",
                PostgresCopy.statement("INSERT INTO t (a, b_c) VALUES (?, ?)"));
        assertThrows(IllegalArgumentException.class, () -> PostgresCopy.statement("DELETE FROM t"));
        int tables = 0;
        for (java.lang.reflect.Field field : Tables.class.getDeclaredFields()) {
            if (field.getType() != Table.class) {
                continue;
            }
            Table<?> table = (Table<?>) field.get(null);
            String insert = table.insert().text();
            String columns = insert.substring(insert.indexOf('(') + 1, insert.indexOf(')'));
            assertEquals(
                    "INSERT INTO " + table.name() + " (" + columns + ") VALUES ("
                            + String.join(", ", java.util.Collections.nCopies(table.types().length, "?")) + ")",
                    insert);
            assertEquals(table.types().length, columns.split(", ").length, insert);
            assertEquals(
                    "COPY " + table.name() + " (" + columns + ") FROM STDIN (FORMAT csv)",
                    PostgresCopy.statement(insert));
            tables++;
        }
        assertEquals(34, tables);
    }

    @Test
    @DisplayName("refuses a stored package without name or checksum")
    void refusesBlankIdentity() {
        assertThrows(
                IllegalArgumentException.class,
                () -> StoredPackage.of(" ", "sha256:1", Optional.empty(), Optional.empty()));
        assertThrows(
                IllegalArgumentException.class, () -> StoredPackage.of("a", "", Optional.empty(), Optional.empty()));
    }

    @Nested
    @DisplayName("on H2")
    class OnH2 extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.h2();
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.POSTGRES,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to run these there")
    class OnPostgreSql extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.MARIADB,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to run these there")
    class OnMariaDb extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.mariaDb();
        }
    }
}
