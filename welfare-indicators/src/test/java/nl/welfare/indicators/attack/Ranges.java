package nl.welfare.indicators.attack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.welfare.indicators.attack.Relation.Cell;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The range of a linear expression over the cells, consistent with every relation and every published value: two
 * linear programs (ojAlgo), minimise and maximise, over every unknown cell at least 0. Published cells are constants,
 * so a program holds only the unknowns linked to the expression through relations (its component).
 *
 * <p>Every solution found is a point that satisfies all relations: when the solutions already found for a component
 * give an expression values at least {@code minimum} apart, and above 4, its range is at least that wide and no
 * program is solved for it ({@link Range#exact()} is false). Only ranges that could be too narrow are solved exactly.
 */
final class Ranges {

    /** The least and greatest value (infinite when unbounded); or, when not exact, values the range reaches. */
    record Range(double low, double high, boolean exact) {
        double width() {
            return high - low;
        }

        @Override
        public String toString() {
            return (exact ? "" : "at least ") + "[" + show(low) + ", " + show(high) + "]";
        }

        private static String show(double v) {
            return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : String.format(Locale.ROOT, "%.4g", v);
        }
    }

    /** A relation as {@code difference SENSE 0}. */
    private record Constraint(Relation relation, Map<Cell, Double> difference) {}

    /** Unknown cells linked by relations, the relations between them, and solutions found. */
    private static final class Component {
        final Map<Cell, Integer> index = new LinkedHashMap<>();
        final Set<Constraint> constraints = new LinkedHashSet<>();
        final List<double[]> solutions = new ArrayList<>();
    }

    private static final double TOLERANCE = 1e-6;
    private static final double SMALL = 4;

    private final Map<Cell, Double> known;
    private final Function<Cell, String> names;
    private final double minimum;
    private final Map<Cell, List<Constraint>> touching = new HashMap<>();
    private final Map<Cell, Component> components = new HashMap<>();
    private final Map<Map<Cell, Double>, Range> cache = new HashMap<>();

    Ranges(List<Relation> relations, Map<Cell, Double> known, Function<Cell, String> names, int minimum) {
        this.known = known;
        this.names = names;
        this.minimum = minimum;
        for (Relation r : relations) {
            Constraint constraint = new Constraint(r, r.difference());
            for (Cell c : constraint.difference().keySet()) {
                if (!known.containsKey(c)) {
                    touching.computeIfAbsent(c, x -> new ArrayList<>()).add(constraint);
                }
            }
        }
    }

    /** The range of {@code expression} (cells with coefficients). */
    Range of(Map<Cell, Double> expression) {
        Range range = cache.get(expression);
        if (range == null) {
            range = solve(expression);
            cache.put(expression, range);
        }
        return range;
    }

    private Range solve(Map<Cell, Double> expression) {
        double constant = 0;
        Map<Cell, Double> free = new LinkedHashMap<>();
        for (Map.Entry<Cell, Double> term : expression.entrySet()) {
            Double value = known.get(term.getKey());
            if (value == null) {
                free.put(term.getKey(), term.getValue());
            } else {
                constant += term.getValue() * value;
            }
        }
        if (free.isEmpty()) {
            return new Range(constant, constant, true);
        }
        Component component = component(free.keySet());
        if (component.solutions.size() >= 2) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (double[] solution : component.solutions) {
                double v = constant + value(component, free, solution);
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
            if (high - low >= minimum - TOLERANCE && high > SMALL + TOLERANCE) {
                return new Range(low, high, false);
            }
        }
        double low = optimise(component, free, false) + constant;
        double high = optimise(component, free, true) + constant;
        return new Range(low, high, true);
    }

    /** The component of {@code cells}: every unknown linked to them; one for all when they lie in several. */
    private Component component(Set<Cell> cells) {
        Set<Component> found = new LinkedHashSet<>();
        for (Cell cell : cells) {
            Component c = components.get(cell);
            found.add(c == null ? explore(cell) : c);
        }
        if (found.size() == 1) {
            return found.iterator().next();
        }
        Component merged = new Component();
        for (Component c : found) {
            c.index.keySet().forEach(cell -> merged.index.put(cell, merged.index.size()));
            merged.constraints.addAll(c.constraints);
        }
        return merged;
    }

    private Component explore(Cell start) {
        Component component = new Component();
        Deque<Cell> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            Cell cell = queue.pop();
            if (component.index.containsKey(cell)) {
                continue;
            }
            component.index.put(cell, component.index.size());
            components.put(cell, component);
            for (Constraint r : touching.getOrDefault(cell, List.of())) {
                if (component.constraints.add(r)) {
                    r.difference().keySet().stream()
                            .filter(c -> !known.containsKey(c) && !component.index.containsKey(c))
                            .forEach(queue::push);
                }
            }
        }
        return component;
    }

    private static double value(Component component, Map<Cell, Double> objective, double[] solution) {
        double v = 0;
        for (Map.Entry<Cell, Double> term : objective.entrySet()) {
            v += term.getValue() * solution[component.index.get(term.getKey())];
        }
        return v;
    }

    private double optimise(Component component, Map<Cell, Double> objective, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        List<Variable> variables = new ArrayList<>();
        for (Cell cell : component.index.keySet()) {
            variables.add(model.addVariable(names.apply(cell)).lower(0));
        }
        int row = 0;
        for (Constraint r : component.constraints) {
            Expression e = model.addExpression("r" + row++);
            double constant = 0;
            for (Map.Entry<Cell, Double> term : r.difference().entrySet()) {
                Double value = known.get(term.getKey());
                if (value == null) {
                    e.set(variables.get(component.index.get(term.getKey())), term.getValue());
                } else {
                    constant += term.getValue() * value;
                }
            }
            switch (r.relation().sense()) {
                case EQUAL -> e.level(-constant);
                case AT_LEAST -> e.lower(-constant);
                case AT_MOST -> e.upper(-constant);
            }
        }
        Expression goal = model.addExpression("objective").weight(1);
        objective.forEach((cell, c) -> goal.set(variables.get(component.index.get(cell)), c));
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (!result.getState().isOptimal()) {
            throw new IllegalStateException("the linear program for " + objective.keySet() + " ended "
                    + result.getState() + ": the relations contradict the published numbers\n"
                    + describe(component.constraints));
        }
        double[] solution = new double[variables.size()];
        for (int i = 0; i < solution.length; i++) {
            solution[i] = result.doubleValue(i);
        }
        component.solutions.add(solution);
        return value(component, objective, solution);
    }

    private static String describe(Set<Constraint> constraints) {
        StringBuilder text = new StringBuilder();
        constraints.forEach(r -> text.append("  ").append(r.relation()).append('\n'));
        return text.toString();
    }
}
