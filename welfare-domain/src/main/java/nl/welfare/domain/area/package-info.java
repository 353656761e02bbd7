/**
 * Areas (gebieden): CBS codes and levels, the area hierarchy of one vintage, a municipality's own groupings of
 * neighbourhoods such as boroughs (stadsdelen), and the inhabitants of an area in a year.
 */
@NullMarked
@WelfareStyle
package nl.welfare.domain.area;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
