package nl.welfare.adapters.jdbc;

import java.util.List;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.CountMode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.FigureSource;
import nl.welfare.indicators.engine.ImmutableEvaluationQuery;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.testkit.contracts.FigureSourceContract;

/**
 * Prints how long the in-memory engine and the engine with the figures from SQL take for a count and a distinct count
 * of volunteers over a generated dataset, and checks that both give the same table: not a test (figures depend on the
 * machine), run by hand. Arguments: a JDBC URL (or {@code h2-file:<path>}), the number of residents (10 participations
 * each).
 *
 * <pre>{@code
 * java -cp <test class path> nl.welfare.adapters.jdbc.EvaluationSpeed h2-file:/tmp/speed 100000
 * }</pre>
 */
public final class EvaluationSpeed {

    private EvaluationSpeed() {}

    /** Imports the dataset, evaluates twice each way (the first warms up) and prints the second run's times. */
    public static void main(String[] args) {
        Dataset dataset = Datasets.generated("S", Integer.parseInt(args[1]), 10);
        Filter volunteers = Filter.equalTo("role", "volunteer");
        List<IndicatorDefinition> definitions = List.of(
                definition("participations", Measure.Count.of(FactType.PARTICIPATIONS, CountMode.FLOW, volunteers)),
                definition(
                        "volunteers", Measure.DistinctCount.of(FactType.PARTICIPATIONS, CountMode.FLOW, volunteers)));
        EvaluationQuery query = ImmutableEvaluationQuery.copyOf(
                        EvaluationQuery.ofLevel(AreaLevel.NEIGHBOURHOOD, ReportingPeriod.years(2019, 2021)))
                .withGranularity(PeriodGranularity.YEAR);
        try (JdbcWelfareStore store = args[0].startsWith("h2-file:")
                ? JdbcWelfareStore.embedded(java.nio.file.Path.of(args[0].substring("h2-file:".length())))
                : JdbcWelfareStore.open(args[0])) {
            store.importDataset(dataset, ImportMode.REPLACE);
            FigureSource sql = store.figureSource();
            // A first run of each warms up.
            IndicatorEngine.evaluate(definitions, dataset, query);
            IndicatorEngine.evaluate(definitions, dataset, query, sql);
            long start = System.nanoTime();
            IndicatorTable memory = IndicatorEngine.evaluate(definitions, dataset, query);
            long memoryNanos = System.nanoTime() - start;
            start = System.nanoTime();
            IndicatorTable database = IndicatorEngine.evaluate(definitions, dataset, query, sql);
            long sqlNanos = System.nanoTime() - start;
            FigureSourceContract.assertSameTable(memory, database, "speed");
            System.out.printf(
                    "%s, %,d participations, %d rows: in memory %.3f s, by SQL %.3f s%n",
                    store.database(),
                    dataset.table(FactType.PARTICIPATIONS).size(),
                    database.results().size(),
                    memoryNanos / 1e9,
                    sqlNanos / 1e9);
        }
    }

    private static IndicatorDefinition definition(String id, Measure measure) {
        return IndicatorDefinition.builder()
                .id(IndicatorId.of(id))
                .name(id)
                .description("")
                .unit("residents")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .statisticalUnit(measure.countsPersons() ? StatisticalUnit.PERSONS : StatisticalUnit.OTHER)
                .kind(measure.kind())
                .measure(measure)
                .build();
    }
}
