package nl.welfare.indicators.target;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import nl.welfare.indicators.definition.Polarity;

/**
 * The direction of a change against a baseline period, judged by its confidence interval (ontwikkeling: verbeterd,
 * verslechterd, geen significante verandering). {@link #code()} is the word in the results table's {@code trend}
 * column.
 *
 * <p>A change is now minus the baseline, so a positive change is a rise. It is <em>significant</em> when its interval
 * excludes zero: both bounds above zero, or both below. The interval is closed, so an interval with a bound of exactly
 * zero contains zero and is not significant. The polarity then gives the trend:
 *
 * <table>
 *   <caption>Trends</caption>
 *   <tr><th>polarity</th><th>{@code low > 0}</th><th>{@code high < 0}</th><th>otherwise</th></tr>
 *   <tr><td>{@code HIGHER_IS_BETTER}</td><td>{@code IMPROVED}</td><td>{@code WORSENED}</td>
 *       <td>{@code NO_SIGNIFICANT_CHANGE}</td></tr>
 *   <tr><td>{@code LOWER_IS_BETTER}</td><td>{@code WORSENED}</td><td>{@code IMPROVED}</td>
 *       <td>{@code NO_SIGNIFICANT_CHANGE}</td></tr>
 *   <tr><td>{@code NEUTRAL}</td><td colspan="3">no trend (empty)</td></tr>
 * </table>
 *
 * <p>For an indicator with {@code NEUTRAL} polarity a change is reported, never judged: a significant change is
 * neither an improvement nor a worsening, and calling it {@code NO_SIGNIFICANT_CHANGE} would be false. So {@link
 * #of(Polarity, double, double)} gives no trend at all for a neutral indicator, significant or not (the {@code trend}
 * column is empty; the change and its interval are still published); {@link #isSignificant(double, double)} says
 * whether its change is significant.
 *
 * <pre>{@code
 * // the share who feel safe rose by 0.05 to 0.33
 * Trend.of(Polarity.HIGHER_IS_BETTER, 0.05, 0.33);   // Some(IMPROVED)
 * // individual support episodes per 1,000 inhabitants rose, but not significantly
 * Trend.of(Polarity.LOWER_IS_BETTER, 0.0, 4.1);      // Some(NO_SIGNIFICANT_CHANGE): the interval touches zero
 * Trend.of(Polarity.NEUTRAL, 0.05, 0.33);            // None
 * }</pre>
 */
public enum Trend {
    /** The change is significant and in the good direction (verbeterd). */
    IMPROVED,
    /** The change is significant and in the bad direction (verslechterd). */
    WORSENED,
    /** The change's interval contains zero (geen significante verandering). */
    NO_SIGNIFICANT_CHANGE;

    /** Rule: the text names no trend. */
    public static final Rule KNOWN = Rule.of("trend.known", "must be IMPROVED, WORSENED or NO_SIGNIFICANT_CHANGE");

    /** Rule: a bound of the change's interval is not a number ({@code NaN}); infinite bounds are accepted. */
    public static final Rule INTERVAL_NOT_A_NUMBER =
            Rule.of("trend.interval-not-a-number", "must be a number (it may be infinite)");

    /** Rule: the upper bound of the change's interval lies below its lower bound. */
    public static final Rule INTERVAL_ORDER = Rule.of("trend.interval-order", "must not lie below change_ci_low");

    /** The word in the results table: {@code IMPROVED}, {@code WORSENED} or {@code NO_SIGNIFICANT_CHANGE}. */
    public String code() {
        return name();
    }

    /** The trend named by {@code text} (case-insensitive), or a violation of {@link #KNOWN} in field {@code trend}. */
    public static Validation<Seq<Violation>, Trend> parse(String text) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (Trend trend : values()) {
            if (trend.code().equals(wanted)) {
                return Validation.valid(trend);
            }
        }
        return Validation.invalid(List.of(Violation.of("trend", KNOWN, text)));
    }

    /**
     * The trend of a change whose confidence interval runs from {@code changeLow} to {@code changeHigh}, under
     * {@code polarity}; empty for {@code NEUTRAL} polarity. See the class comment.
     *
     * @throws nl.welfare.domain.value.InvalidValueException when a bound is {@code NaN} or {@code changeHigh <
     *     changeLow}
     */
    public static Option<Trend> of(Polarity polarity, double changeLow, double changeHigh) {
        check(changeLow, changeHigh);
        if (polarity == Polarity.NEUTRAL) {
            return Option.none();
        }
        boolean higherIsBetter = polarity == Polarity.HIGHER_IS_BETTER;
        if (changeLow > 0) {
            return Option.some(higherIsBetter ? IMPROVED : WORSENED);
        }
        if (changeHigh < 0) {
            return Option.some(higherIsBetter ? WORSENED : IMPROVED);
        }
        return Option.some(NO_SIGNIFICANT_CHANGE);
    }

    /**
     * Whether a change whose confidence interval runs from {@code changeLow} to {@code changeHigh} is significant:
     * whether the interval excludes zero ({@code changeLow > 0} or {@code changeHigh < 0}).
     *
     * @throws nl.welfare.domain.value.InvalidValueException when a bound is {@code NaN} or {@code changeHigh <
     *     changeLow}
     */
    public static boolean isSignificant(double changeLow, double changeHigh) {
        check(changeLow, changeHigh);
        return changeLow > 0 || changeHigh < 0;
    }

    private static void check(double low, double high) {
        Violations.of("trend")
                .check(!Double.isNaN(low), "change_ci_low", INTERVAL_NOT_A_NUMBER, low)
                .check(!Double.isNaN(high), "change_ci_high", INTERVAL_NOT_A_NUMBER, high)
                .check(Double.isNaN(low) || Double.isNaN(high) || low <= high, "change_ci_high", INTERVAL_ORDER, high)
                .throwIfAny();
    }
}
