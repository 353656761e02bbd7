/**
 * Faults in files (fouten in bestanden): where a fault is (file, line, column, field), which rule it breaks, and the
 * one exception every reader of this module throws for bad input, carrying every fault at once.
 */
@NullMarked
@WelfareStyle
package nl.welfare.adapters.files.fault;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
