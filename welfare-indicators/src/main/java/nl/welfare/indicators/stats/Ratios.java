package nl.welfare.indicators.stats;

import io.vavr.control.Option;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;

/**
 * Ratios of two independent counts (verhoudingen), such as collective to individual support episodes, with a Wilson
 * score interval on the conditional binomial share: for {@code RATIO} indicators.
 *
 * <pre>{@code
 * Ratios.ratio(30, 60, ConfidenceLevel.DEFAULT);   // Some(0.5 [0.3237, 0.7723])
 * Ratios.ratio(30, 0, ConfidenceLevel.DEFAULT);    // None: nothing to divide by
 * }</pre>
 */
public final class Ratios {

    /** Rule: a negative count. */
    public static final Rule COUNT_NEGATIVE = Rule.of("ratio.count-negative", "must not be negative");

    private Ratios() {}

    /**
     * The ratio {@code k1 / k2} of two independent Poisson counts, with the Wilson score interval on the conditional
     * binomial share (not an exact interval): given the total {@code k1 + k2}, {@code k1} is binomial with share
     * {@code π = λ1 / (λ1 + λ2)}, so the Wilson interval
     * {@code [l, u]} for {@code p = k1 / (k1 + k2)} (see {@link Proportions#wilson}) transforms by the increasing map
     * {@code π -> π / (1 - π)} into the interval {@code [l / (1 - l), u / (1 - u)]} for {@code λ1 / λ2}.
     *
     * <p>Not computable (none) when {@code k2 = 0}: the ratio is infinite and the upper bound {@code u = 1} maps to no
     * finite number. {@code k1 = 0} gives 0 with lower bound 0. Sources: Ederer, F. and Mantel, N. (1974) "Confidence
     * limits on the ratio of two Poisson variables", <i>American Journal of Epidemiology</i> 100:165-167 (who use
     * Clopper-Pearson limits for {@code π}, which makes their interval exact; this library uses Wilson's, as for every
     * share, so its coverage is near, not at least, the nominal level); Breslow and Day (1987)
     * <i>Statistical Methods in Cancer Research II</i>, section 2.3.
     *
     * @throws nl.welfare.domain.value.InvalidValueException if a count breaks {@link #COUNT_NEGATIVE}
     */
    public static Option<Estimate> ratio(long k1, long k2, ConfidenceLevel level) {
        Violations.of("ratio")
                .check(k1 >= 0, "numerator", COUNT_NEGATIVE, k1)
                .check(k2 >= 0, "denominator", COUNT_NEGATIVE, k2)
                .throwIfAny();
        if (k2 == 0) {
            return Option.none();
        }
        double value = (double) k1 / k2;
        double total = (double) k1 + k2;
        Interval share = Proportions.wilsonInterval(k1 / total, total, level.z());
        if (!(share.upper() < 1)) {
            // a share so close to 1 that its upper bound rounds to 1: the ratio has no finite upper bound
            return Option.some(Estimate.withoutInterval(value));
        }
        double lower = share.lower() / (1 - share.lower());
        double upper = share.upper() / (1 - share.upper());
        return Option.some(Estimate.of(value, Interval.of(Math.min(lower, value), Math.max(upper, value))));
    }
}
