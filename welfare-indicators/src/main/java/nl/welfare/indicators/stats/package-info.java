/**
 * Statistics: confidence intervals for every kind of estimate (Wilson, Kish effective sample size, Byar and exact Poisson, the exact conditional ratio, Student t) and for changes (Newcombe's hybrid score, Welch, Poisson-variance normal). Quantiles come from Apache Commons Statistics.
 */
@NullMarked
@WelfareStyle
package nl.welfare.indicators.stats;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
