package nl.welfare.indicators.stats;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.immutables.value.Value;

/**
 * The confidence level of an interval (betrouwbaarheidsniveau): the share {@code 1 - alpha} of intervals that, over
 * repeated samples, contain the true value. The default is 95%; any level strictly between 0 and 1 is allowed.
 *
 * <p>The two-sided quantiles every interval of this package needs come from Apache Commons Statistics, never from a
 * hand-written approximation.
 *
 * <pre>{@code
 * ConfidenceLevel level = ConfidenceLevel.DEFAULT;   // 0.95
 * level.z();                                         // 1.959963984540054
 * level.t(9);                                        // 2.262157162798205
 * ConfidenceLevel.validate(1.0);                     // Invalid(confidence-level.range)
 * }</pre>
 */
@Value.Immutable
public abstract class ConfidenceLevel {

    /** Rule: a level of 0 or less, 1 or more, or not a number. */
    public static final Rule RANGE = Rule.of("confidence-level.range", "must lie strictly between 0 and 1");

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    /** The default level, 95%. */
    public static final ConfidenceLevel DEFAULT = of(0.95);

    ConfidenceLevel() {}

    /** The level as a share, such as {@code 0.95}. */
    @Value.Parameter
    public abstract double value();

    /** The level {@code value} (such as {@code 0.90}); throws if it breaks {@link #RANGE}. */
    public static ConfidenceLevel of(double value) {
        return ImmutableConfidenceLevel.of(value);
    }

    /** The level {@code value}, or the violation of {@link #RANGE} in field {@code "confidence"}. */
    public static Validation<Seq<Violation>, ConfidenceLevel> validate(double value) {
        return Violations.attempt(() -> of(value));
    }

    @Value.Check
    final void check() {
        Violations.of("confidence level")
                .check(value() > 0 && value() < 1, "confidence", RANGE, value())
                .throwIfAny();
    }

    /** The share of intervals allowed to miss: {@code alpha = 1 - value}. */
    public double alpha() {
        return 1 - value();
    }

    /**
     * The two-sided standard normal quantile {@code z = Phi^-1(1 - alpha / 2)} (1.6449 at 90%, 1.9600 at 95%, 2.5758
     * at 99%), from Commons Statistics' {@code NormalDistribution}.
     */
    public double z() {
        return STANDARD_NORMAL.inverseSurvivalProbability(alpha() / 2);
    }

    /**
     * The two-sided quantile {@code t(1 - alpha / 2; df)} of Student's t distribution on {@code degreesOfFreedom}
     * (which need not be whole, as for Welch-Satterthwaite), from Commons Statistics' {@code TDistribution}.
     */
    public double t(double degreesOfFreedom) {
        return TDistribution.of(degreesOfFreedom).inverseSurvivalProbability(alpha() / 2);
    }

    /** The level as a share, such as {@code 0.95}. */
    @Override
    public String toString() {
        return Double.toString(value());
    }
}
