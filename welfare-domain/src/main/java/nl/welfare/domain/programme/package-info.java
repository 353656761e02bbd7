/**
 * Programmes: municipal policies (beleid) and their goals, organisations and alliances, the commission (opdracht) of a contractor, and what it does in each area: its programme, bottlenecks (knelpunten), budget and meetings.
 */
@NullMarked
@WelfareStyle
package nl.welfare.domain.programme;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
