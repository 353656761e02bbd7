/**
 * The columnar store (gegevensset): the facts of one data package held in memory as columns of primitives, built
 * once and read by row index, with no knowledge of indicators or of how they are evaluated.
 *
 * <p>Entry point: {@link nl.welfare.indicators.dataset.Dataset#builder()}, to which an importer adds domain facts;
 * the built {@link nl.welfare.indicators.dataset.Dataset} holds per {@link nl.welfare.indicators.definition.FactType}
 * a {@link nl.welfare.indicators.dataset.FactTable} of {@link nl.welfare.indicators.dataset.IntColumn}s and
 * {@link nl.welfare.indicators.dataset.DoubleColumn}s, every repeated text stored once in a
 * {@link nl.welfare.indicators.dataset.Dictionary}. The columns of each table are the
 * {@link nl.welfare.indicators.definition.FactType#attributes()} of its fact type, in their order, with a few extra
 * columns of the store's own (a survey's raw answer, the number of a self-reliance assessment, an activity's place).
 *
 * <p>The engine ({@code nl.welfare.indicators.engine}) reads these columns; this package does not know the engine,
 * so that another engine (or an export) can read the same store.
 */
@NullMarked
@WelfareStyle
package nl.welfare.indicators.dataset;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
