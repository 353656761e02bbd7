/**
 * Support: the provisions (voorzieningen) on offer in an area, individual or collective, and the support episodes residents receive from them.
 */
@NullMarked
@WelfareStyle
package nl.welfare.domain.support;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
