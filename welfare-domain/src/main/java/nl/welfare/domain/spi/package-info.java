/**
 * Ports (SPI): one small interface per aggregate, in the field's language, through which adapters store and load the model. Lookups return {@code Option}; lists are immutable Vavr sequences.
 */
@NullMarked
@WelfareStyle
package nl.welfare.domain.spi;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
