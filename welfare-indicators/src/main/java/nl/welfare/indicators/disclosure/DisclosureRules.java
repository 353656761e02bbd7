package nl.welfare.indicators.disclosure;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The settings of disclosure control (geheimhoudingsregels): the minimum number of persons behind a published cell,
 * the band of small numbers a share's numerator or complement must not fall in, the finest periods that outputs under
 * these rules may publish, and optional rounding with the publisher's secret key.
 *
 * <pre>{@code
 * DisclosureRules.standard();                        // at least 10 persons, no numerator or complement of 1-4,
 *                                                    // years and spans of years, no rounding
 * DisclosureRules.standard().rounded(5, key);        // published counts randomly rounded to multiples of 5
 * DisclosureRules.standard().finestPeriod(PeriodGranularity.QUARTER); // quarters may be published too
 * DisclosureRules.none();                            // the named choice to publish everything as it is
 * }</pre>
 *
 * <p>Outputs of one data package made under the same rules are consistent: a cell suppressed in one is suppressed in
 * every other that holds it. The finest period is part of the rules because a year published next to its quarters
 * must leave room to protect them: under {@code finestPeriod(QUARTER)} a year's share is published only when its
 * numerator and complement are each at least the minimum.
 */
@Value.Immutable
public abstract class DisclosureRules {

    /** The default minimum number of persons behind a published cell. */
    public static final int DEFAULT_MINIMUM = 10;

    /** The default top of the band of small numbers: a numerator or complement of 1 to 4 is suppressed. */
    public static final int DEFAULT_SMALL_BAND = 4;

    /** The rounding base of CBS district and neighbourhood figures. */
    public static final int CBS_ROUNDING_BASE = 5;

    /** Rule: the minimum is below 1. */
    public static final Rule MINIMUM_BELOW_ONE = Rule.of("disclosure-rules.minimum-below-one", "must be at least 1");

    /** Rule: the band of small numbers is negative or reaches the minimum. */
    public static final Rule SMALL_BAND_OUT_OF_RANGE =
            Rule.of("disclosure-rules.small-band-out-of-range", "must be from 0 to one below the minimum");

    /** Rule: the rounding base is below 2. */
    public static final Rule ROUNDING_BASE_BELOW_TWO =
            Rule.of("disclosure-rules.rounding-base-below-two", "must be at least 2");

    /** Rule: a rounding base without the key that draws it, or a key without a base. */
    public static final Rule ROUNDING_WITHOUT_KEY = Rule.of(
            "disclosure-rules.rounding-without-key", "must give the publisher's rounding key with the rounding base");

    DisclosureRules() {}

    /** Whether disclosure control is on; off only through {@link #none()}. */
    public abstract boolean enabled();

    /** The minimum number of persons behind a published cell (a cell with fewer, zero included, is suppressed). */
    public abstract int minimum();

    /** The top of the band {@code 1..smallBand} a share's numerator or complement must not fall in. */
    public abstract int smallBand();

    /** The base to which published counts of persons are randomly rounded, if any. */
    public abstract Optional<Integer> roundingBase();

    /** The publisher's secret that draws the rounding; present exactly when {@link #roundingBase()} is. */
    public abstract Optional<RoundingKey> roundingKey();

    /**
     * The finest periods outputs under these rules may publish: {@link PeriodGranularity#YEAR} (years and spans of
     * years; the default), {@link PeriodGranularity#QUARTER} or {@link PeriodGranularity#MONTH}.
     */
    @Value.Default
    public PeriodGranularity finestPeriod() {
        return PeriodGranularity.YEAR;
    }

    /** At least 10 persons, no numerator or complement of 1 to 4, years and spans of years, no rounding. */
    public static DisclosureRules standard() {
        return of(DEFAULT_MINIMUM, DEFAULT_SMALL_BAND);
    }

    /** Disclosure control turned off by name: nothing is suppressed or rounded. */
    public static DisclosureRules none() {
        return ImmutableDisclosureRules.builder()
                .enabled(false)
                .minimum(DEFAULT_MINIMUM)
                .smallBand(DEFAULT_SMALL_BAND)
                .build();
    }

    /** Rules with the given minimum and band, years and spans of years, no rounding; throws when a rule is broken. */
    public static DisclosureRules of(int minimum, int smallBand) {
        return ImmutableDisclosureRules.builder()
                .enabled(true)
                .minimum(minimum)
                .smallBand(smallBand)
                .build();
    }

    /** The rules {@link #of} gives, or every rule the numbers break, without throwing. */
    public static Validation<Seq<Violation>, DisclosureRules> validate(int minimum, int smallBand) {
        return Violations.attempt(() -> of(minimum, smallBand));
    }

    /**
     * These rules, with published counts of persons randomly rounded to multiples of {@code base}, drawn with the
     * publisher's {@code key} (keep the same key for every output of a package: two keys give two roundings of the
     * same count, and their average comes close to it).
     */
    public DisclosureRules rounded(int base, RoundingKey key) {
        return ImmutableDisclosureRules.builder()
                .enabled(enabled())
                .minimum(minimum())
                .smallBand(smallBand())
                .roundingBase(base)
                .roundingKey(key)
                .finestPeriod(finestPeriod())
                .build();
    }

    /** These rules, with {@code finest} the finest periods outputs may publish. */
    public DisclosureRules finestPeriod(PeriodGranularity finest) {
        return ImmutableDisclosureRules.copyOf(this).withFinestPeriod(finest);
    }

    /** Whether outputs under these rules may publish periods of {@code granularity}: any, when control is off. */
    public boolean allows(PeriodGranularity granularity) {
        return !enabled() || granularity.months() >= finestPeriod().months();
    }

    @Value.Check
    final void check() {
        Violations.of("disclosure rules")
                .check(minimum() >= 1, "minimum", MINIMUM_BELOW_ONE, minimum())
                .check(
                        smallBand() >= 0 && (minimum() < 1 || smallBand() < minimum()),
                        "small_band",
                        SMALL_BAND_OUT_OF_RANGE,
                        smallBand())
                .check(
                        roundingBase().map(b -> b >= 2).orElse(true),
                        "rounding_base",
                        ROUNDING_BASE_BELOW_TWO,
                        roundingBase())
                .check(
                        roundingBase().isPresent() == roundingKey().isPresent(),
                        "rounding_key",
                        ROUNDING_WITHOUT_KEY,
                        roundingBase())
                .throwIfAny();
    }

    /**
     * The rules in words, as an output's metadata records them: {@code none}, or {@code minimum 10, band 1-4} with
     * the rounding and the finest period where they are not the default (never the rounding key).
     */
    @Override
    public String toString() {
        if (!enabled()) {
            return "none";
        }
        return "minimum " + minimum() + ", band 1-" + smallBand()
                + roundingBase().map(b -> ", rounded to multiples of " + b).orElse("")
                + (finestPeriod() == PeriodGranularity.YEAR
                        ? ""
                        : ", periods down to " + finestPeriod().code());
    }
}
