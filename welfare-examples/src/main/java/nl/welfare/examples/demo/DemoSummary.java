package nl.welfare.examples.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.programme.GoalId;
import nl.welfare.domain.programme.PolicyGoal;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.examples.reference.EnschedeReference;
import nl.welfare.indicators.catalogue.ReferenceCatalogue;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorKind;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.stats.Interval;
import nl.welfare.indicators.target.AssessmentOutcome;
import nl.welfare.indicators.target.Trend;

/**
 * The demo's results as a council member reads them (samenvatting): per borough and goal of the policy, each indicator
 * of the reference catalogue with its value in the first and the last year and their confidence intervals, the trend
 * against the baseline and the target's status. Shares are percentages, rates per 1,000 inhabitants, marks with two
 * decimals; a suppressed cell says so and shows no figure.
 *
 * <pre>{@code
 * DemoSummary.lines(table).forEach(System.out::println);
 * }</pre>
 */
public final class DemoSummary {

    /** The boroughs in the order shown: the three commissioned ones, then the two comparison areas. */
    static final List<String> BOROUGHS = List.of(
            EnschedeReference.NOORD,
            EnschedeReference.OOST,
            EnschedeReference.CENTRUM,
            EnschedeReference.WEST,
            EnschedeReference.ZUID);

    private static final int NAME = 38;
    private static final int VALUE = 18;
    private static final int TREND = 9;

    private DemoSummary() {}

    /** The summary of {@code table} (the demo's: years {@link Demo#FROM}-{@link Demo#TO}, by borough), line by line. */
    public static List<String> lines(IndicatorTable table) {
        ReportingPeriod first = ReportingPeriod.year(Demo.FROM);
        ReportingPeriod last = ReportingPeriod.year(Demo.TO);
        List<String> lines = new ArrayList<>();
        lines.add("Enschede " + Demo.FROM + "-" + Demo.TO + ", Nieuw Enschedees Welzijn: the reference catalogue per"
                + " borough (SYNTHETIC data)");
        lines.add(String.format(
                Locale.ROOT,
                "Values in %d and %d with %s confidence intervals. Trend: %d against %d, improved or worsened when the"
                        + " change is significant, else no change. Target: residents lead at least %s of the initiatives.",
                Demo.FROM,
                Demo.TO,
                percent(table.confidence().value(), 0),
                Demo.TO,
                Demo.FROM,
                percent(ReferenceCatalogue.RESIDENT_LED_TARGET, 0)));
        lines.add(disclosure(table));
        for (String borough : BOROUGHS) {
            lines.add("");
            lines.add(title(borough)
                    + (commissioned(borough)
                            ? ": commissioned to the Twentse Alliantie"
                            : ": outside the commission, a comparison area"));
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-" + NAME + "s %-" + VALUE + "s %-" + VALUE + "s %-" + TREND + "s %s",
                    "",
                    Demo.FROM,
                    Demo.TO,
                    "trend",
                    "target"));
            for (Map.Entry<PolicyGoal, List<IndicatorDefinition>> goal : byGoal().entrySet()) {
                lines.add("  " + goal.getKey().name());
                for (IndicatorDefinition indicator : goal.getValue()) {
                    Optional<IndicatorResult> then =
                            table.find(indicator.id(), borough, first).toJavaOptional();
                    Optional<IndicatorResult> now =
                            table.find(indicator.id(), borough, last).toJavaOptional();
                    lines.add(String.format(
                            Locale.ROOT,
                            "    %-" + (NAME - 2) + "s %-" + VALUE + "s %-" + VALUE + "s %-" + TREND + "s %s",
                            shorten(indicator.name().replace(" per 1,000 inhabitants", " per 1,000"), NAME - 2),
                            then.map(r -> value(indicator, r)).orElse("-"),
                            now.map(r -> value(indicator, r)).orElse("-"),
                            now.flatMap(IndicatorResult::trend)
                                    .map(DemoSummary::trend)
                                    .orElse(""),
                            now.flatMap(IndicatorResult::assessment)
                                    .map(DemoSummary::assessment)
                                    .orElse("")));
                }
            }
        }
        return lines;
    }

    /** The indicators of the catalogue under the first goal each serves, in the order of the policy's goals. */
    static Map<PolicyGoal, List<IndicatorDefinition>> byGoal() {
        Map<PolicyGoal, List<IndicatorDefinition>> grouped = new LinkedHashMap<>();
        for (PolicyGoal goal : EnschedeReference.GOALS) {
            grouped.put(goal, new ArrayList<>());
        }
        for (IndicatorDefinition indicator : ReferenceCatalogue.all()) {
            if (indicator.goals().isEmpty()) {
                continue;
            }
            GoalId id = indicator.goals().get(0);
            grouped.entrySet().stream()
                    .filter(e -> e.getKey().id().equals(id))
                    .findFirst()
                    .ifPresent(e -> e.getValue().add(indicator));
        }
        grouped.values().removeIf(List::isEmpty);
        return grouped;
    }

    private static String disclosure(IndicatorTable table) {
        if (!table.disclosure().enabled()) {
            return "Disclosure control: NONE (turned off by name); do not publish these figures.";
        }
        long suppressed = table.results().count(r -> r.status() == ResultStatus.SUPPRESSED);
        return String.format(
                Locale.ROOT,
                "Disclosure control: standard rules (a person cell needs at least %d persons); %s of %,d cells"
                        + " suppressed, shown as 'suppressed' without a figure.",
                table.disclosure().minimum(),
                suppressed == 0 ? "none" : String.format(Locale.ROOT, "%,d", suppressed),
                table.size());
    }

    /** A value with its interval, in the indicator's unit; no figure for a cell without one. */
    static String value(IndicatorDefinition indicator, IndicatorResult result) {
        if (result.status() == ResultStatus.SUPPRESSED) {
            return "suppressed";
        }
        if (result.status() == ResultStatus.NO_DATA || result.value().isEmpty()) {
            return "no data";
        }
        double value = result.value().get();
        String text = number(indicator.kind(), value);
        Optional<Interval> interval = result.interval();
        if (interval.isPresent()) {
            // the interval in the value's unit, without repeating the percent sign
            text += " (" + number(indicator.kind(), interval.get().lower()).replace("%", "") + "-"
                    + number(indicator.kind(), interval.get().upper()).replace("%", "") + ")";
        }
        return text;
    }

    /** A number as the kind of indicator is read: shares in percent, rates and marks with decimals, counts whole. */
    static String number(IndicatorKind kind, double value) {
        if (kind.isShare()) {
            return percent(value, 1);
        }
        return switch (kind) {
            case COUNT, DISTINCT_COUNT -> String.format(Locale.ROOT, "%,.0f", value);
            case RATE -> String.format(Locale.ROOT, "%.1f", value);
            case MEAN, RATIO, CHANGE -> String.format(Locale.ROOT, "%.2f", value);
            case PROPORTION, TRANSITION, NETWORK, THRESHOLD_SHARE -> percent(value, 1);
        };
    }

    private static String percent(double share, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100);
    }

    private static String trend(Trend trend) {
        return switch (trend) {
            case IMPROVED -> "improved";
            case WORSENED -> "worsened";
            case NO_SIGNIFICANT_CHANGE -> "no change";
        };
    }

    private static String assessment(AssessmentOutcome outcome) {
        return switch (outcome) {
            case ACHIEVED -> "achieved";
            case NOT_ACHIEVED -> "not achieved";
            case INCONCLUSIVE -> "inconclusive";
            case NOT_ASSESSABLE -> "not assessable";
        };
    }

    private static boolean commissioned(String borough) {
        return EnschedeReference.COMMISSION.boroughs().contains(borough);
    }

    private static String title(String code) {
        return code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + ".";
    }
}
