package nl.welfare.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.Activity;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.resident.Cohort;
import nl.welfare.domain.resident.LadderAssessment;
import nl.welfare.domain.resident.Resident;
import nl.welfare.domain.support.Provision;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.domain.survey.SurveyResponse;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The import of a whole dataset: everything arrives as it was, a second import is refused or replaces the first as
 * the caller chooses, and a fault halfway (a row the database refuses in a late table, a connection lost) leaves the
 * store exactly as it was. On H2 always, and on PostgreSQL (through COPY) and MariaDB when their URLs are set.
 */
@DisplayName("Importing a dataset")
class DatasetImportTest {

    private static final Dataset FIRST = Datasets.generated("A", 300, 3);
    private static final Dataset SECOND = Datasets.generated("B", 200, 2);

    /** The examples, on the store {@link #store()} gives. */
    abstract static class Examples {

        /** An empty store. */
        abstract JdbcWelfareStore store();

        @Test
        @DisplayName("stores every resident, fact, area, grouping, population and cohort as the dataset holds it")
        void storesTheDatasetAsItIs() {
            JdbcWelfareStore store = store();
            Either<Violation, ImportSummary> imported = store.importDataset(FIRST, ImportMode.REFUSE);
            assertTrue(imported.isRight(), imported::toString);
            assertEquals(300L, imported.get().rows().get("residents"));
            assertEquals(900L, imported.get().rows().get("participations"));
            assertHolds(FIRST, store);
        }

        @Test
        @DisplayName("refuses a second import, naming what the store holds, and changes nothing")
        void refusesASecondImport() {
            JdbcWelfareStore store = store();
            store.importDataset(FIRST, ImportMode.REFUSE);
            Map<String, Object> before = Snapshot.of(store);
            Either<Violation, ImportSummary> again = store.importDataset(SECOND, ImportMode.REFUSE);
            assertTrue(again.isLeft(), again::toString);
            assertEquals("jdbc-store.not-empty", again.getLeft().rule().id());
            assertTrue(again.getLeft().rejectedValue().contains(" rows, last imported "), again.getLeft()::toString);
            assertEquals(before, Snapshot.of(store));
        }

        @Test
        @DisplayName("replaces what the store holds when asked to")
        void replacesWhenAsked() {
            JdbcWelfareStore store = store();
            store.importDataset(FIRST, ImportMode.REFUSE);
            Either<Violation, ImportSummary> replaced = store.importDataset(SECOND, ImportMode.REPLACE);
            assertTrue(replaced.isRight(), replaced::toString);
            assertHolds(SECOND, store);
        }

        @Test
        @DisplayName("leaves the store as it was when the database refuses a row of a late table")
        void aRefusedRowLeavesTheStoreAsItWas() {
            JdbcWelfareStore store = store();
            store.importDataset(FIRST, ImportMode.REFUSE);
            Map<String, Object> before = Snapshot.of(store);
            JdbcStoreException fault = assertThrows(
                    JdbcStoreException.class,
                    () -> store.importDataset(Datasets.withDuplicateEpisode("C", 200, 2), ImportMode.REPLACE));
            assertTrue(fault.getMessage().contains("support_episodes"), fault::getMessage);
            assertEquals(before, Snapshot.of(store));
        }
    }

    @Nested
    @DisplayName("on H2")
    class OnH2 extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.emptied(TestDatabases.h2());
        }

        @Test
        @DisplayName("leaves the store as it was when the connection is lost halfway")
        void aLostConnectionLeavesTheStoreAsItWas() {
            JdbcWelfareStore store = store();
            store.importDataset(FIRST, ImportMode.REFUSE);
            Map<String, Object> before = Snapshot.of(store);
            FaultyDataSource faulty = FaultyDataSource.failingAfter(store.dataSource(), 8);
            JdbcWelfareStore failing = JdbcWelfareStore.open(faulty);
            Dataset large = Datasets.generated("D", 5_000, 3);
            JdbcStoreException fault =
                    assertThrows(JdbcStoreException.class, () -> failing.importDataset(large, ImportMode.REPLACE));
            assertTrue(fault.getMessage().contains("injected fault"), fault::getMessage);
            assertEquals(9, faulty.batches(), "the fault came at the ninth batch, halfway through the import");
            assertEquals(before, Snapshot.of(store));
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.POSTGRES,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to run these examples there")
    class OnPostgreSql extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.emptied(TestDatabases.postgres());
        }

        @Test
        @DisplayName("goes in through COPY")
        void goesInThroughCopy() {
            assertEquals(
                    "COPY",
                    store().importDataset(FIRST, ImportMode.REFUSE).get().method());
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.MARIADB,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to run these examples there")
    class OnMariaDb extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.emptied(TestDatabases.mariaDb());
        }
    }

    /** Asserts that {@code store} holds {@code dataset}, each port in its documented order. */
    static void assertHolds(Dataset dataset, JdbcWelfareStore store) {
        assertEquals(Option.some(dataset.hierarchy()), store.areas().hierarchy());
        assertEquals(
                dataset.groupings().sortBy(AreaGrouping::name), store.areas().groupings());
        assertEquals(
                dataset.populations()
                        .sorted(Comparator.comparing(AreaPopulation::areaCode).thenComparing(AreaPopulation::year)),
                store.areas().populations());
        assertEquals(dataset.cohorts().sortBy(Cohort::name), store.cohorts().all());
        assertEquals(
                keyed(dataset, FactType.RESIDENTS, dataset::resident, Resident::id),
                store.residents().all());
        assertEquals(
                keyed(dataset, FactType.INITIATIVES, dataset::initiative, Initiative::id),
                store.initiatives().all());
        assertEquals(
                facts(dataset, FactType.INITIATIVE_LINKS, dataset::initiativeLink, InitiativeLink::since),
                store.initiatives().links());
        assertEquals(
                keyed(dataset, FactType.PROVISIONS, dataset::provision, Provision::id),
                store.provisions().all());
        assertEquals(
                keyed(dataset, FactType.ACTIVITIES, dataset::activity, Activity::id),
                store.activities().all());
        assertEquals(
                facts(dataset, FactType.PARTICIPATIONS, dataset::participation, Participation::date),
                store.participations().all());
        assertEquals(
                facts(dataset, FactType.LADDER_ASSESSMENTS, dataset::ladderAssessment, LadderAssessment::date),
                store.assessments().ladderAssessments());
        assertEquals(
                rows(dataset, FactType.SELF_RELIANCE_ASSESSMENTS, dataset::selfRelianceAssessment)
                        .distinct()
                        .sortBy(a -> a.date()),
                store.assessments().selfRelianceAssessments());
        assertEquals(
                keyed(dataset, FactType.SUPPORT_EPISODES, dataset::supportEpisode, SupportEpisode::id),
                store.supportEpisodes().all());
        assertEquals(
                facts(dataset, FactType.SURVEY_RESPONSES, dataset::surveyResponse, SurveyResponse::date),
                store.surveyResponses().all());
    }

    private static <T> Vector<T> rows(Dataset dataset, FactType type, IntFunction<T> row) {
        return Vector.range(0, dataset.table(type).size()).map(row::apply);
    }

    private static <T, K extends Comparable<? super K>> Seq<T> keyed(
            Dataset dataset, FactType type, IntFunction<T> row, Function<T, K> key) {
        return rows(dataset, type, row).sortBy(key);
    }

    private static <T> Seq<T> facts(Dataset dataset, FactType type, IntFunction<T> row, Function<T, LocalDate> date) {
        return rows(dataset, type, row).sortBy(date);
    }
}
