/**
 * Targets (streefwaarden) and their assessment, and trends: a change against a baseline judged by its interval and the indicator's polarity.
 */
@NullMarked
@WelfareStyle
package nl.welfare.indicators.target;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
