/**
 * Targets and trends (streefwaarden en ontwikkeling): a {@link nl.welfare.indicators.target.Target} names an
 * indicator, the areas it applies to, a period and a value; {@link nl.welfare.indicators.target.Assessor} judges an
 * estimate and its confidence interval against it, giving an {@link nl.welfare.indicators.target.Assessment}; and
 * {@link nl.welfare.indicators.target.Trend} judges a change against a baseline by its interval. The indicator's
 * {@link nl.welfare.indicators.definition.Polarity} says which side is good.
 */
@NullMarked
@WelfareStyle
package nl.welfare.indicators.target;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
