/**
 * Disclosure control (statistische geheimhouding): primary and secondary suppression of results about persons, and optional rounding, so that no published output reveals a small count.
 */
@NullMarked
@WelfareStyle
package nl.welfare.indicators.disclosure;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
