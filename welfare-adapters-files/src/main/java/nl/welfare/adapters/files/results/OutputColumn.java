package nl.welfare.adapters.files.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;

/**
 * A column of a tidy results file as written with its {@link ResultsOptions}: the columns of {@link ResultColumn}
 * (numbers rounded for display when asked), then the labels when asked ({@code indicator_name}, {@code unit}, {@code
 * polarity}, {@code area_name}), then, when disclosure control was turned off, {@code disclosure_control} holding
 * {@code NONE} in every row.
 */
record OutputColumn(String header, ResultColumn.Type type, Function<IndicatorResult, Optional<String>> text) {

    /** The header of the column that marks every row of a table written without disclosure control. */
    static final String DISCLOSURE_CONTROL = "disclosure_control";

    /** The value of {@link #DISCLOSURE_CONTROL} in every row: disclosure control was turned off. */
    static final String DISCLOSURE_NONE = "NONE";

    /** The headers of the label columns, in order. */
    static final List<String> LABELS = List.of("indicator_name", "unit", "polarity", "area_name");

    /** The columns of {@code table} written with {@code options}, in order. */
    static List<OutputColumn> of(IndicatorTable table, ResultsOptions options) {
        List<OutputColumn> columns = new ArrayList<>();
        for (ResultColumn column : ResultColumn.values()) {
            Function<IndicatorResult, Optional<String>> text = column::text;
            if (column.type() == ResultColumn.Type.NUMBER
                    && options.displayDecimals().isPresent()) {
                int decimals = options.displayDecimals().get();
                text = r -> column.text(r).map(t -> rounded(t, decimals));
            }
            columns.add(new OutputColumn(column.header(), column.type(), text));
        }
        options.labels().ifPresent(labels -> {
            columns.add(text(LABELS.get(0), r -> labels.indicator(r.indicator()).map(IndicatorDefinition::name)));
            columns.add(text(LABELS.get(1), r -> labels.indicator(r.indicator()).map(IndicatorDefinition::unit)));
            columns.add(text(
                    LABELS.get(2),
                    r -> labels.indicator(r.indicator()).map(d -> d.polarity().code())));
            columns.add(text(LABELS.get(3), r -> labels.areaName(r.areaLevel(), r.area())));
        });
        if (!table.disclosure().enabled()) {
            columns.add(text(DISCLOSURE_CONTROL, r -> Optional.of(DISCLOSURE_NONE)));
        }
        return columns;
    }

    private static OutputColumn text(String header, Function<IndicatorResult, Optional<String>> text) {
        return new OutputColumn(header, ResultColumn.Type.TEXT, text);
    }

    /**
     * The number written as {@code text} rounded half up to {@code decimals} places, without trailing zeros: {@code
     * 0.7776} to 2 is {@code 0.78}, {@code 412} stays {@code 412}, {@code -0.001} to 2 is {@code 0}.
     */
    static String rounded(String text, int decimals) {
        BigDecimal x = new BigDecimal(text).setScale(decimals, RoundingMode.HALF_UP);
        return x.signum() == 0 ? "0" : x.stripTrailingZeros().toPlainString();
    }
}
