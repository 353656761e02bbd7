/** Time: reporting periods (verslagperiodes) and their granularities. */
@NullMarked
@WelfareStyle
package nl.welfare.domain.time;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
