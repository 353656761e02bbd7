package nl.welfare.indicators.attack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.welfare.domain.time.ReportingPeriod;

/**
 * One linear relation that is true in the data by the contract: {@code left SENSE right}, each side a sum of cells with
 * coefficients, kept with the kind of reasoning that gave it ({@code areas add up}) and a readable text.
 */
record Relation(
        String kind, Map<Relation.Cell, Double> left, Sense sense, Map<Relation.Cell, Double> right, String text) {

    /** One unknown of the data package: a quantity in an area (or group) and a period. */
    record Cell(Quantity quantity, String area, ReportingPeriod period) {}

    /** How the two sides compare. */
    enum Sense {
        EQUAL("="),
        AT_LEAST(">="),
        AT_MOST("<=");

        final String symbol;

        Sense(String symbol) {
            this.symbol = symbol;
        }
    }

    /** The relation {@code left SENSE right}, described with {@code names}. */
    static Relation of(
            String kind, Map<Cell, Double> left, Sense sense, Map<Cell, Double> right, Function<Cell, String> names) {
        return new Relation(
                kind, left, sense, right, render(left, names) + " " + sense.symbol + " " + render(right, names));
    }

    /** The sum of {@code parts}. */
    static Map<Cell, Double> sum(List<Map<Cell, Double>> parts) {
        Map<Cell, Double> total = new LinkedHashMap<>();
        for (Map<Cell, Double> part : parts) {
            part.forEach((cell, c) -> total.merge(cell, c, Double::sum));
        }
        return total;
    }

    /** {@code left - right} as one expression, cells that cancel left out. */
    Map<Cell, Double> difference() {
        Map<Cell, Double> d = new LinkedHashMap<>(left);
        right.forEach((cell, c) -> d.merge(cell, -c, Double::sum));
        d.values().removeIf(c -> c == 0.0);
        return d;
    }

    /** Whether the relation holds for {@code values}; empty when a cell has no value. */
    Optional<Boolean> holds(Map<Cell, Double> values, double tolerance) {
        double d = 0;
        for (Map.Entry<Cell, Double> term : difference().entrySet()) {
            Double v = values.get(term.getKey());
            if (v == null) {
                return Optional.empty();
            }
            d += term.getValue() * v;
        }
        switch (sense) {
            case EQUAL:
                return Optional.of(Math.abs(d) <= tolerance);
            case AT_LEAST:
                return Optional.of(d >= -tolerance);
            default:
                return Optional.of(d <= tolerance);
        }
    }

    private static String render(Map<Cell, Double> expression, Function<Cell, String> names) {
        if (expression.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Cell, Double> term : expression.entrySet()) {
            double c = term.getValue();
            if (text.length() == 0) {
                text.append(c < 0 ? "-" : "");
            } else {
                text.append(c < 0 ? " - " : " + ");
            }
            if (Math.abs(c) != 1.0) {
                text.append(Math.abs(c)).append(' ');
            }
            text.append(names.apply(term.getKey()));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return kind + ": " + text;
    }
}
