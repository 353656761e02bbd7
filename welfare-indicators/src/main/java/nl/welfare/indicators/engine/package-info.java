/**
 * The in-memory engine: evaluates many definitions in one pass over each fact type of a dataset, grouped by area (any
 * CBS level or grouping) and period, into an indicator table. The dataset itself, the columns the engine reads, is the
 * package {@code nl.welfare.indicators.dataset}.
 *
 * <p>Entry point: {@link nl.welfare.indicators.engine.IndicatorEngine#evaluate} with a
 * {@link nl.welfare.indicators.dataset.Dataset} and an {@link nl.welfare.indicators.engine.EvaluationQuery}, giving an
 * {@link nl.welfare.indicators.engine.IndicatorTable} of {@link nl.welfare.indicators.engine.IndicatorResult}s. Filters
 * compile to {@link nl.welfare.indicators.engine.RowPredicate}s with
 * {@link nl.welfare.indicators.engine.FilterEvaluator}.
 */
@NullMarked
@WelfareStyle
package nl.welfare.indicators.engine;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
