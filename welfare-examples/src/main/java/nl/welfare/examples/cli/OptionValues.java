package nl.welfare.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.adapters.files.results.CsvDialect;
import nl.welfare.adapters.files.results.ResultsFormat;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.stats.ConfidenceLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of option values: each reads a value case-insensitively, and refuses a value it does not take with
 * a message that lists the values it does and names the rule, which picocli reports as wrong usage (exit code 2):
 *
 * <pre>{@code
 * Invalid value for option '--confidence': must lie strictly between 0 and 1: write 0.95, not 95 [confidence-level.range]
 * Invalid value for option '--format': must be csv, sdmx-csv or json, not 'xlsx' [results-format.known]
 * }</pre>
 */
final class OptionValues {

    /**
     * The smallest {@code --min-count}: one above the band of small numbers (1 to {@link
     * DisclosureRules#DEFAULT_SMALL_BAND}), which is always suppressed.
     */
    static final int MIN_COUNT_FLOOR = DisclosureRules.DEFAULT_SMALL_BAND + 1;

    private OptionValues() {}

    /** {@code what the rule demands, not 'text' [rule-id]}. */
    static String refused(Rule rule, String text) {
        return rule.description() + ", not '" + text + "' [" + rule.id() + "]";
    }

    private static <T> T orRefused(Validation<Seq<Violation>, T> parsed, String text) {
        if (parsed.isInvalid()) {
            throw new TypeConversionException(refused(parsed.getError().head().rule(), text));
        }
        return parsed.get();
    }

    /** {@code --format}: {@code csv}, {@code sdmx-csv} or {@code json}. */
    static final class Format implements ITypeConverter<ResultsFormat> {
        @Override
        public ResultsFormat convert(String text) {
            return orRefused(ResultsFormat.parse(text), text);
        }
    }

    /** {@code --period} and {@code --finest-period}: {@code year}, {@code quarter} or {@code month}. */
    static final class Granularity implements ITypeConverter<PeriodGranularity> {
        @Override
        public PeriodGranularity convert(String text) {
            return orRefused(PeriodGranularity.parse(text), text);
        }
    }

    /** {@code --baseline}: a period such as {@code 2018}, {@code 2018-Q1} or {@code 2018-03}. */
    static final class Period implements ITypeConverter<ReportingPeriod> {
        @Override
        public ReportingPeriod convert(String text) {
            return orRefused(ReportingPeriod.parse(text.toUpperCase(Locale.ROOT)), text);
        }
    }

    /**
     * {@code --confidence}: a level strictly between 0 and 1; a percentage (50 to 100) is refused with the level it
     * means: {@code write 0.95, not 95}.
     */
    static final class Confidence implements ITypeConverter<ConfidenceLevel> {
        @Override
        public ConfidenceLevel convert(String text) {
            Rule rule = ConfidenceLevel.RANGE;
            double value;
            try {
                value = Double.parseDouble(text.trim());
            } catch (NumberFormatException notANumber) {
                throw new TypeConversionException(
                        rule.description() + ", such as 0.95, not '" + text + "' [" + rule.id() + "]");
            }
            Validation<Seq<Violation>, ConfidenceLevel> level = ConfidenceLevel.validate(value);
            if (level.isValid()) {
                return level.get();
            }
            if (value >= 50 && value < 100) {
                throw new TypeConversionException(rule.description() + ": write "
                        + java.math.BigDecimal.valueOf(value)
                                .movePointLeft(2)
                                .stripTrailingZeros()
                                .toPlainString()
                        + ", not " + text.trim() + " [" + rule.id() + "]");
            }
            throw new TypeConversionException(
                    rule.description() + ", such as 0.95, not '" + text + "' [" + rule.id() + "]");
        }
    }

    /** A whole number, or a message that names what it must be. */
    private static int whole(String text, String demand) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException notWhole) {
            throw new TypeConversionException("must be a whole number " + demand + ", not '" + text + "'");
        }
    }

    /**
     * {@code --min-count}: the fewest persons behind a published figure, at least {@link #MIN_COUNT_FLOOR}, above
     * the band of small numbers that is suppressed whatever the minimum.
     */
    static final class MinCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            int minimum = whole(text, "of at least " + MIN_COUNT_FLOOR);
            if (minimum < 1) {
                throw new TypeConversionException("must be at least " + MIN_COUNT_FLOOR + ", not " + minimum + " ["
                        + DisclosureRules.MINIMUM_BELOW_ONE.id() + "]");
            }
            if (minimum < MIN_COUNT_FLOOR) {
                throw new TypeConversionException("must be at least " + MIN_COUNT_FLOOR + ", above the band of small"
                        + " numbers (1 to " + DisclosureRules.DEFAULT_SMALL_BAND + ") that is always suppressed, not "
                        + minimum + " [" + DisclosureRules.SMALL_BAND_OUT_OF_RANGE.id() + "]");
            }
            return minimum;
        }
    }

    /** {@code --round}: a rounding base of at least 2, such as 5. */
    static final class RoundingBase implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            int base = whole(text, "of at least 2, such as 5");
            if (base < 2) {
                Rule rule = DisclosureRules.ROUNDING_BASE_BELOW_TWO;
                throw new TypeConversionException(
                        rule.description() + ", such as 5, not " + base + " [" + rule.id() + "]");
            }
            return base;
        }
    }

    /** {@code --delimiter}: {@code ,} {@code ;} or {@code tab} (also {@code \t}). */
    static final class Delimiter implements ITypeConverter<Character> {
        @Override
        public Character convert(String text) {
            String word = text.toLowerCase(Locale.ROOT);
            char c = word.equals("tab") || word.equals("\\t") ? '\t' : text.length() == 1 ? text.charAt(0) : 0;
            if (c == ',' || c == ';' || c == '\t') {
                return c;
            }
            throw new TypeConversionException(refused(CsvDialect.DELIMITER, text) + " (write tab for a tab)");
        }
    }

    /** {@code --decimal}: {@code .} or {@code ,}. */
    static final class Decimal implements ITypeConverter<Character> {
        @Override
        public Character convert(String text) {
            if (text.equals(".") || text.equals(",")) {
                return text.charAt(0);
            }
            throw new TypeConversionException(refused(CsvDialect.DECIMAL, text));
        }
    }
}
