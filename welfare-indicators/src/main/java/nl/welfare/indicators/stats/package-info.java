/**
 * Statistics: confidence intervals for every kind of estimate (Wilson; for weighted shares and means the linearised
 * (Taylor) variance of a design with weights only; Byar and exact Poisson; Wilson on the conditional binomial share
 * for ratios; Student t) and for changes (Newcombe's hybrid score, Welch, MOVER on the Poisson limits for rates and
 * counts). Quantiles come from Apache Commons Statistics.
 */
@NullMarked
@WelfareStyle
package nl.welfare.indicators.stats;

import nl.welfare.domain.value.WelfareStyle;
import org.jspecify.annotations.NullMarked;
