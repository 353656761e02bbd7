/**
 * Community life: residents' and professionals' initiatives (bewonersinitiatieven) and the links between them, places (buurthuizen), activities (activiteiten) and residents' participation (deelname) in them.
 */
@NullMarked
@WelfareStyle
package nl.welfare.domain.community;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
