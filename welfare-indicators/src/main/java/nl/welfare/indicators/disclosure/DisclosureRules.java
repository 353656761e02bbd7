package nl.welfare.indicators.disclosure;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Optional;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The settings of disclosure control (geheimhoudingsregels): the minimum number of persons behind a published cell,
 * the band of small numbers a share's numerator or complement must not fall in, and optional rounding.
 *
 * <pre>{@code
 * DisclosureRules.standard();              // at least 10 persons, no numerator or complement of 1-4, no rounding
 * DisclosureRules.standard().rounded(5);   // the same, then published counts randomly rounded to multiples of 5
 * DisclosureRules.none();                  // the named choice to publish everything as it is
 * }</pre>
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

    DisclosureRules() {}

    /** Whether disclosure control is on; off only through {@link #none()}. */
    public abstract boolean enabled();

    /** The minimum number of persons behind a published cell (a cell with fewer, zero included, is suppressed). */
    public abstract int minimum();

    /** The top of the band {@code 1..smallBand} a share's numerator or complement must not fall in. */
    public abstract int smallBand();

    /** The base to which published counts of persons are randomly rounded, if any. */
    public abstract Optional<Integer> roundingBase();

    /** At least 10 persons, no numerator or complement of 1 to 4, no rounding. */
    public static DisclosureRules standard() {
        return of(DEFAULT_MINIMUM, DEFAULT_SMALL_BAND, Optional.empty());
    }

    /** Disclosure control turned off by name: nothing is suppressed or rounded. */
    public static DisclosureRules none() {
        return ImmutableDisclosureRules.builder()
                .enabled(false)
                .minimum(DEFAULT_MINIMUM)
                .smallBand(DEFAULT_SMALL_BAND)
                .build();
    }

    /** Rules with the given minimum, band and rounding; throws when a rule is broken. */
    public static DisclosureRules of(int minimum, int smallBand, Optional<Integer> roundingBase) {
        return ImmutableDisclosureRules.builder()
                .enabled(true)
                .minimum(minimum)
                .smallBand(smallBand)
                .roundingBase(roundingBase)
                .build();
    }

    /** The rules {@link #of} gives, or every rule the numbers break, without throwing. */
    public static Validation<Seq<Violation>, DisclosureRules> validate(
            int minimum, int smallBand, Optional<Integer> roundingBase) {
        return Violations.attempt(() -> of(minimum, smallBand, roundingBase));
    }

    /** These rules, with published counts of persons randomly rounded to multiples of {@code base}. */
    public DisclosureRules rounded(int base) {
        return ImmutableDisclosureRules.copyOf(this).withRoundingBase(base);
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
                .throwIfAny();
    }

    /** The rules in words, as an output's metadata records them: {@code none}, or {@code minimum 10, band 1-4}. */
    @Override
    public String toString() {
        if (!enabled()) {
            return "none";
        }
        return "minimum " + minimum() + ", band 1-" + smallBand()
                + roundingBase().map(b -> ", rounded to multiples of " + b).orElse("");
    }
}
