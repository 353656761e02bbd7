/**
 * CBS region lists (gebiedsindelingen) in the format of table 85318NED, read into an area hierarchy with its vintage.
 */
@NullMarked
@WelfareStyle
package nl.welfare.adapters.files.cbs;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
