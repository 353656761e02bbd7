package nl.welfare.indicators.engine;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.stats.ConfidenceLevel;

/**
 * The results of one evaluation (uitkomstentabel): one {@link IndicatorResult} per indicator, area and period, in the
 * order of the results table, with look-up by indicator, area and period.
 *
 * <pre>{@code
 * IndicatorTable table = IndicatorEngine.evaluate(definitions, dataset, query);
 * table.results();                                                            // in order
 * table.find(IndicatorId.of("volunteers"), "GM0153", ReportingPeriod.year(2021)); // Some(result)
 * }</pre>
 *
 * <p>Order, as {@link IndicatorEngine} produces it: by indicator in the order the definitions were given, then by
 * level from the top (the municipality, then the districts, then the neighbourhoods, then a grouping's groups), then by
 * area code, then by period.
 */
public final class IndicatorTable {

    private final Seq<IndicatorResult> results;
    private final DisclosureRules disclosure;
    private final ConfidenceLevel confidence;
    private final Map<Key, IndicatorResult> index;

    private record Key(IndicatorId indicator, String area, ReportingPeriod period) {}

    private IndicatorTable(Seq<IndicatorResult> results, DisclosureRules disclosure, ConfidenceLevel confidence) {
        this.results = results;
        this.disclosure = disclosure;
        this.confidence = confidence;
        Map<Key, IndicatorResult> byKey = new HashMap<>();
        for (IndicatorResult r : results) {
            byKey.put(new Key(r.indicator(), r.area(), r.period()), r);
        }
        this.index = byKey;
    }

    /**
     * The table of {@code results}, kept in the order given, that went through disclosure control under {@code
     * disclosure} ({@link DisclosureRules#none()} when it did not).
     */
    public static IndicatorTable of(Iterable<IndicatorResult> results, DisclosureRules disclosure) {
        return of(results, disclosure, ConfidenceLevel.DEFAULT);
    }

    /**
     * The table of {@code results}, kept in the order given, that went through disclosure control under {@code
     * disclosure}, with intervals at {@code confidence}.
     */
    public static IndicatorTable of(
            Iterable<IndicatorResult> results, DisclosureRules disclosure, ConfidenceLevel confidence) {
        return new IndicatorTable(Vector.ofAll(results), disclosure, confidence);
    }

    /** The confidence level of the intervals, for the output's metadata. */
    public ConfidenceLevel confidence() {
        return confidence;
    }

    /**
     * The disclosure control the results went through, for the output's metadata: {@link DisclosureRules#none()} when
     * it was turned off, which an export must say.
     */
    public DisclosureRules disclosure() {
        return disclosure;
    }

    /** Every result, in order. */
    public Seq<IndicatorResult> results() {
        return results;
    }

    /** The number of results. */
    public int size() {
        return results.size();
    }

    /** The result for {@code indicator} in the area or group {@code area} for {@code period}, if evaluated. */
    public Option<IndicatorResult> find(IndicatorId indicator, String area, ReportingPeriod period) {
        return Option.of(index.get(new Key(indicator, area, period)));
    }

    /** The results of {@code indicator}, in order. */
    public Seq<IndicatorResult> results(IndicatorId indicator) {
        return results.filter(r -> r.indicator().equals(indicator));
    }

    /** The number of results. */
    @Override
    public String toString() {
        return "IndicatorTable[" + results.size() + " results]";
    }
}
