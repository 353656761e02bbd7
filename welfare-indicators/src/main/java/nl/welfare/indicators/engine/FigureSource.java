package nl.welfare.indicators.engine;

/**
 * Where the engine gets the sufficient figures of the definitions over facts: per definition, area cell and period of
 * the {@link FigureCover} the engine asks for (every CBS level and grouping cell, every period of the disclosure cover),
 * the counts, or sums of weights and squares, one result is computed from; distinct persons counted per cell, never
 * summed from the cells below. Everything after that, statistics, disclosure control (the cover decision), changes,
 * targets and the kinds over other indicators ({@code THRESHOLD_SHARE}, {@code CHANGE}), the engine computes in Java
 * from these figures, whatever their source, so two sources that give the same figures give the same
 * {@link IndicatorTable}.
 *
 * <p>The default, {@link #inMemory()}, is the engine's own passes over the {@link nl.welfare.indicators.dataset.Dataset}
 * ({@link IndicatorEngine#evaluate(java.util.List, nl.welfare.indicators.dataset.Dataset, EvaluationQuery)}). Another
 * source (a database evaluating by SQL) is given to {@link IndicatorEngine#evaluate(java.util.List,
 * nl.welfare.indicators.dataset.Dataset, EvaluationQuery, FigureSource)}; it must fill every definition of the cover
 * that is {@link FigureCover#fromFacts(int) from facts}, or throw when it cannot evaluate one: a source never leaves a
 * definition to another silently.
 *
 * <pre>{@code
 * FigureSource sql = cover -> {
 *     FigureGrid grid = FigureGrid.of(cover);
 *     // for every definition d from facts, cell and period p: grid.put(d, cell, p, Figures.count(k));
 *     return grid;
 * };
 * IndicatorTable table = IndicatorEngine.evaluate(definitions, dataset, query, sql);
 * }</pre>
 */
@FunctionalInterface
public interface FigureSource {

    /** The figures of every definition of {@code cover} that is from facts, in every cell and period of it. */
    FigureGrid figures(FigureCover cover);

    /** The engine's passes over the dataset's facts in memory: one pass over each fact type for all definitions. */
    static FigureSource inMemory() {
        return cover -> {
            FactPasses passes =
                    new FactPasses(cover.definitions(), cover.dataset(), cover.periodArray(), cover.cells());
            return FigureGrid.of(cover, passes);
        };
    }
}
