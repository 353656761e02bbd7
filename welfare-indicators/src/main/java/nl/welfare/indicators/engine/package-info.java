/**
 * The in-memory engine: evaluates many definitions in one pass over each fact type of a dataset, grouped by area (any CBS level or grouping) and period, into an indicator table.
 */
@NullMarked
@WelfareStyle
package nl.welfare.indicators.engine;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
