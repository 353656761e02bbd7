package nl.welfare.indicators.stats;

import io.vavr.control.Option;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Rates (cijfers per 1.000 inwoners): a count {@code k} of events or persons per {@code per} inhabitants of a
 * population {@code N}, with an interval that treats the count as Poisson: exact (Garwood) for counts below
 * {@link #BYAR_FROM}, Byar's approximation from there on. For {@code RATE} indicators.
 *
 * <pre>{@code
 * Rates.rate(25, 12_000, 1_000, ConfidenceLevel.DEFAULT);   // Some(2.083 [1.348, 3.076]) per 1,000
 * Rates.rate(0, 12_000, 1_000, ConfidenceLevel.DEFAULT);    // lower bound 0
 * Rates.rate(3, 0, 1_000, ConfidenceLevel.DEFAULT);         // None: no inhabitants
 * }</pre>
 */
public final class Rates {

    /** Rule: a negative count. */
    public static final Rule COUNT_NEGATIVE = Rule.of("rate.count-negative", "must not be negative");

    /** Rule: a negative population. */
    public static final Rule POPULATION_NEGATIVE = Rule.of("rate.population-negative", "must not be negative");

    /** Rule: a rate per zero or a negative number of inhabitants. */
    public static final Rule PER_POSITIVE = Rule.of("rate.per-positive", "must be positive");

    /** The smallest count whose interval is Byar's approximation; smaller counts get the exact Poisson interval. */
    public static final long BYAR_FROM = 10;

    private Rates() {}

    /**
     * The rate {@code per · k / N} with the interval {@code per / N · [L, U]}, where {@code [L, U]} is
     * {@link #countInterval(long, ConfidenceLevel)} for the count {@code k}; the population is taken as known exactly.
     * None when {@code N = 0}. A count of 0 gives the rate 0 with lower bound 0.
     *
     * @throws nl.welfare.domain.value.InvalidValueException if an argument breaks {@link #COUNT_NEGATIVE},
     *     {@link #POPULATION_NEGATIVE} or {@link #PER_POSITIVE}
     */
    public static Option<Estimate> rate(long count, long population, long per, ConfidenceLevel level) {
        check(count, population, per);
        if (population == 0) {
            return Option.none();
        }
        double scale = (double) per / population;
        Interval counted = countInterval(count, level);
        return Option.some(Estimate.of(count * scale, Interval.of(counted.lower() * scale, counted.upper() * scale)));
    }

    /**
     * The interval for the mean {@code μ} of a Poisson count observed as {@code k}: {@link #exactPoisson} when
     * {@code k < 10}, {@link #byar} when {@code k >= 10} (the switch of Breslow and Day (1987), where Byar's
     * approximation is within a few tenths of a percent of the exact limits).
     *
     * @throws nl.welfare.domain.value.InvalidValueException if {@code k} breaks {@link #COUNT_NEGATIVE}
     */
    public static Interval countInterval(long k, ConfidenceLevel level) {
        check(k, 0, 1);
        return k < BYAR_FROM ? exactPoisson(k, level) : byar(k, level);
    }

    /**
     * Garwood's exact Poisson interval, from chi-squared quantiles (Commons Statistics' {@code
     * ChiSquaredDistribution}):
     *
     * <pre>{@code
     * L = χ²(α/2; 2k) / 2        (0 when k = 0)
     * U = χ²(1 - α/2; 2k + 2) / 2
     * }</pre>
     *
     * <p>the means whose Poisson distribution puts exactly {@code α/2} beyond {@code k} on either side. Sources:
     * Garwood, F. (1936) "Fiducial limits for the Poisson distribution", <i>Biometrika</i> 28:437-442; Ulm, K. (1990)
     * "A simple method to calculate the confidence interval of a standardized mortality ratio", <i>American Journal
     * of Epidemiology</i> 131:373-375. For {@code k = 9} at 95%: 4.1154-17.0848.
     */
    static Interval exactPoisson(long k, ConfidenceLevel level) {
        double halfAlpha = level.alpha() / 2;
        double lower = k == 0 ? 0 : ChiSquaredDistribution.of(2.0 * k).inverseCumulativeProbability(halfAlpha) / 2;
        double upper = ChiSquaredDistribution.of(2.0 * k + 2).inverseSurvivalProbability(halfAlpha) / 2;
        return Interval.of(Math.min(lower, k), Math.max(upper, k));
    }

    /**
     * Byar's approximation to the exact Poisson interval, for {@code k >= 1}, with {@code z} the two-sided normal
     * quantile:
     *
     * <pre>{@code
     * L = k · (1 - 1/(9k) - z / (3·sqrt(k)))³
     * U = (k + 1) · (1 - 1/(9(k + 1)) + z / (3·sqrt(k + 1)))³
     * }</pre>
     *
     * <p>Sources: Rothman, K.J. and Boice, J.D. (1979) <i>Epidemiologic Analysis with a Programmable Calculator</i>,
     * NIH Publication 79-1649; Breslow, N.E. and Day, N.E. (1987) <i>Statistical Methods in Cancer Research, Volume
     * II</i>, IARC Scientific Publications 82, p. 69. For {@code k = 10} at 95%: 4.7874-18.3915 (exact: 4.7954-18.3904).
     */
    static Interval byar(long k, ConfidenceLevel level) {
        double z = level.z();
        double lower = k * Math.pow(1 - 1 / (9.0 * k) - z / (3 * Math.sqrt(k)), 3);
        double upper = (k + 1) * Math.pow(1 - 1 / (9.0 * (k + 1)) + z / (3 * Math.sqrt(k + 1.0)), 3);
        return Interval.of(Math.max(0, Math.min(lower, k)), Math.max(upper, k));
    }

    static void check(long count, long population, long per) {
        Violations.of("rate")
                .check(count >= 0, "count", COUNT_NEGATIVE, count)
                .check(population >= 0, "population", POPULATION_NEGATIVE, population)
                .check(per > 0, "per", PER_POSITIVE, per)
                .throwIfAny();
    }
}
