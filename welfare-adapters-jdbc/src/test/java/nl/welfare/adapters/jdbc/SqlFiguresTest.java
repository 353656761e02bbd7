package nl.welfare.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.util.List;
import java.util.Random;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.FigureSource;
import nl.welfare.indicators.engine.ImmutableEvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.testkit.contracts.FigureSourceContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Evaluation by SQL ({@link SqlFigures}): the contract that it equals the in-memory engine, and that definitions
 * carrying SQL in attribute names or values are refused or bound, never executed. On H2 always, and on PostgreSQL and
 * MariaDB when their URLs are set.
 */
@DisplayName("Evaluating indicators by SQL")
class SqlFiguresTest {

    /** Values that carry SQL: quotes, semicolons, comments and statements. */
    private static final List<String> HOSTILE = List.of(
            "'; DROP TABLE participations; --",
            "x' OR '1'='1",
            "volunteer'; DELETE FROM areas; /*",
            "\" OR 1=1 #",
            "theme 0'); DROP TABLE initiatives; --");

    /** The examples, on the store {@link #store()} gives. */
    abstract static class Examples implements FigureSourceContract {

        /** The store, not yet emptied. */
        abstract JdbcWelfareStore store();

        @Override
        public FigureSource sourceFor(Dataset dataset) {
            JdbcWelfareStore store = TestDatabases.emptied(store());
            Either<Violation, ImportSummary> imported = store.importDataset(dataset, ImportMode.REFUSE);
            assertTrue(imported.isRight(), imported::toString);
            return store.figureSource();
        }

        @Test
        @DisplayName("binds values that carry SQL: they match nothing and execute nothing")
        void bindsValuesCarryingSql() {
            Dataset dataset = FigureSourceContract.dataset(new Random(7));
            FigureSource source = sourceFor(dataset);
            for (String value : HOSTILE) {
                List<IndicatorDefinition> definitions = List.of(
                        definition(Measure.Count.of(
                                FactType.INITIATIVES, CountMode.FLOW, Filter.equalTo("name", Literal.text(value)))),
                        definition(Measure.Count.of(
                                FactType.INITIATIVES,
                                CountMode.STOCK,
                                Filter.not(Filter.in("theme", Literal.text(value), Literal.text("theme 0"))))));
                EvaluationQuery query = query();
                IndicatorTable expected = IndicatorEngine.evaluate(definitions, dataset, query);
                FigureSourceContract.assertSameTable(
                        expected, IndicatorEngine.evaluate(definitions, dataset, query, source), value);
            }
            // The tables are all still there and hold what was imported.
            FigureSourceContract.assertSameTable(
                    IndicatorEngine.evaluate(List.of(everything()), dataset, query()),
                    IndicatorEngine.evaluate(List.of(everything()), dataset, query(), source),
                    "after the hostile values");
        }

        @Test
        @DisplayName("never gets a code or an identifier that carries SQL: the definition refuses it")
        void definitionsRefuseCodesCarryingSql() {
            for (String value : HOSTILE) {
                assertThrows(
                        InvalidValueException.class,
                        () -> definition(Measure.Count.of(
                                FactType.PARTICIPATIONS, CountMode.FLOW, Filter.equalTo("role", Literal.text(value)))),
                        value);
            }
        }

        @Test
        @DisplayName("refuses attribute names that carry SQL, naming the attribute, and executes nothing")
        void refusesAttributeNamesCarryingSql() {
            Dataset dataset = FigureSourceContract.dataset(new Random(11));
            FigureSource source = sourceFor(dataset);
            for (String name : List.of(
                    "role = role OR 1=1 --", "role; DROP TABLE participations", "date`", "\"date\"", "role/**/")) {
                RuntimeException refused = assertThrows(
                        RuntimeException.class,
                        () -> IndicatorEngine.evaluate(
                                List.of(definition(Measure.Count.of(
                                        FactType.PARTICIPATIONS,
                                        CountMode.FLOW,
                                        Filter.equalTo(name, Literal.text("volunteer"))))),
                                dataset,
                                query(),
                                source));
                assertTrue(String.valueOf(refused.getMessage()).contains(name), refused::toString);
            }
            FigureSourceContract.assertSameTable(
                    IndicatorEngine.evaluate(List.of(everything()), dataset, query()),
                    IndicatorEngine.evaluate(List.of(everything()), dataset, query(), source),
                    "after the hostile names");
        }

        @Test
        @DisplayName(
                "binds values that carry SQL in the new nodes and fact types: they match nothing and execute nothing")
        void bindsValuesCarryingSqlInEveryNode() {
            Dataset dataset = FigureSourceContract.dataset(new Random(17));
            FigureSource source = sourceFor(dataset);
            for (String value : HOSTILE) {
                List<IndicatorDefinition> definitions = List.of(
                        definition(Measure.Proportion.builder()
                                .factType(FactType.SURVEY_RESPONSES)
                                .mode(CountMode.FLOW)
                                .population(Filter.not(Filter.equalTo("question", Literal.text(value))))
                                .condition(Filter.or(
                                        Filter.in("question", Literal.text(value), Literal.text("wl01")),
                                        Filter.between("answer", 2, 4)))
                                .weighted(true)
                                .build()),
                        definition(Measure.LatestAssessment.builder()
                                .factType(FactType.SELF_RELIANCE_ASSESSMENTS)
                                .mode(CountMode.FLOW)
                                .population(Filter.and(Filter.dateWithinPeriod("date"), Filter.all()))
                                .condition(Filter.not(Filter.equalTo("domain", Literal.text("housing"))))
                                .build()),
                        definition(Measure.Mean.builder()
                                .factType(FactType.LADDER_ASSESSMENTS)
                                .mode(CountMode.FLOW)
                                .filter(Filter.or(
                                        Filter.memberOfCohort(CohortName.of("starters")),
                                        Filter.equalTo("resident_id", Literal.text("r1"))))
                                .valueAttribute("rung")
                                .build()));
                // Without disclosure control: its relations between periods do not hold for filters over the period
                // (see the
                // contract's definitions).
                EvaluationQuery query = ImmutableEvaluationQuery.copyOf(query()).withDisclosure(DisclosureRules.none());
                IndicatorTable expected = IndicatorEngine.evaluate(definitions, dataset, query);
                FigureSourceContract.assertSameTable(
                        expected, IndicatorEngine.evaluate(definitions, dataset, query, source), value);
            }
            FigureSourceContract.assertSameTable(
                    IndicatorEngine.evaluate(List.of(everything()), dataset, query()),
                    IndicatorEngine.evaluate(List.of(everything()), dataset, query(), source),
                    "after the hostile values");
        }

        @Test
        @DisplayName("never gets a cohort name that carries SQL: the name refuses it")
        void cohortNamesRefuseSql() {
            for (String value : HOSTILE) {
                assertThrows(InvalidValueException.class, () -> CohortName.of(value), value);
            }
        }

        private static IndicatorDefinition everything() {
            return definition(Measure.Count.of(FactType.PARTICIPATIONS, CountMode.FLOW, Filter.all()));
        }

        private static EvaluationQuery query() {
            return ImmutableEvaluationQuery.copyOf(
                            EvaluationQuery.ofLevel(AreaLevel.NEIGHBOURHOOD, ReportingPeriod.years(2021, 2022)))
                    .withGranularity(PeriodGranularity.YEAR);
        }

        private static IndicatorDefinition definition(Measure measure) {
            return IndicatorDefinition.builder()
                    .id(IndicatorId.of("d"))
                    .name("d")
                    .description("")
                    .unit("residents")
                    .polarity(Polarity.HIGHER_IS_BETTER)
                    .statisticalUnit(measure.countsPersons() ? StatisticalUnit.PERSONS : StatisticalUnit.OTHER)
                    .kind(measure.kind())
                    .measure(measure)
                    .build();
        }
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
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to run this contract there")
    class OnPostgreSql extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.postgres();
        }

        @Override
        public int examples() {
            return 20;
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.MARIADB,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to run this contract there")
    class OnMariaDb extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.mariaDb();
        }

        @Override
        public int examples() {
            return 20;
        }
    }
}
