/**
 * The reference catalogue of indicators for the five goals of Enschede's welfare commission 2018-2022, each documented with its goal and the sentence from the sources it measures.
 */
@NullMarked
@WelfareStyle
package nl.welfare.indicators.catalogue;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
