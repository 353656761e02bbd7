/**
 * The results table written as tidy CSV, SDMX-CSV 2.0 and JSON, with nothing of a suppressed cell's value.
 */
@NullMarked
@WelfareStyle
package nl.welfare.adapters.files.results;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
