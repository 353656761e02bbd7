/**
 * Indicator definitions and targets as JSON, read (and validated like any other input) and written.
 */
@NullMarked
@WelfareStyle
package nl.welfare.adapters.files.json;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
