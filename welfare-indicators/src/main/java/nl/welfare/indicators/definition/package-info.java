/**
 * Indicator definitions as data (indicatoren): kinds, units, polarity, filters as expression trees over typed attributes of each fact type, and their validation. A definition holds no Java lambdas, so it can be evaluated in memory, compiled to SQL, and written to and read from JSON.
 */
@NullMarked
@WelfareStyle
package nl.welfare.indicators.definition;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
