package nl.welfare.indicators.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The audit of a suppression, independent of the code under test: for every suppressed cell, ojAlgo minimises and
 * maximises its count subject to every relation, every published cell fixed at its exact count, and every suppressed
 * count at least 0 (a difference may be negative).
 */
final class LinearAudit {

    /** The range of values a suppressed count can take; infinite ends when unbounded. */
    record Range(double low, double high) {
        double width() {
            return high - low;
        }
    }

    private LinearAudit() {}

    /** The range of every suppressed cell of {@code result}. */
    static Map<CellKey, Range> ranges(List<Cell> cells, List<Relation> relations, DisclosureResult result) {
        Map<CellKey, Range> ranges = new HashMap<>();
        for (CellKey key : result.suppressedKeys()) {
            ranges.put(
                    key,
                    new Range(solve(cells, relations, result, key, false), solve(cells, relations, result, key, true)));
        }
        return ranges;
    }

    /** Asserts that every suppressed count ranges over at least {@code minimum}, or without bound. */
    static void assertProtected(List<Cell> cells, List<Relation> relations, DisclosureResult result, int minimum) {
        List<String> exposed = new ArrayList<>();
        ranges(cells, relations, result).forEach((key, range) -> {
            if (range.width() < minimum - 1e-6) {
                exposed.add(key + " in [" + range.low() + ", " + range.high() + "]");
            }
        });
        assertTrue(exposed.isEmpty(), () -> "suppressed counts that the published numbers pin down: " + exposed);
    }

    private static double solve(
            List<Cell> cells, List<Relation> relations, DisclosureResult result, CellKey target, boolean maximise) {
        Map<CellKey, Cell> byKey = new HashMap<>();
        cells.forEach(c -> byKey.put(c.key(), c));
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<CellKey, Variable> variables = new HashMap<>();
        for (CellKey key : result.suppressedKeys()) {
            Variable v = model.addVariable(key.toString());
            if (!byKey.get(key).difference()) {
                v.lower(0);
            }
            variables.put(key, v);
        }
        int row = 0;
        for (Relation relation : relations) {
            List<CellKey> members = relation.cells();
            if (members.stream().noneMatch(variables::containsKey)) {
                continue;
            }
            Expression expression = model.addExpression("r" + row++);
            double constant = 0;
            for (int p = 0; p < members.size(); p++) {
                double sign = p == 0 ? 1 : -1;
                Variable v = variables.get(members.get(p));
                if (v == null) {
                    constant -= sign * byKey.get(members.get(p)).count();
                } else {
                    expression.set(v, sign);
                }
            }
            expression.level(constant);
        }
        variables.get(target).weight(1);
        Optimisation.Result solution = maximise ? model.maximise() : model.minimise();
        if (solution.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (!solution.getState().isOptimal()) {
            fail("the audit of " + target + " ended " + solution.getState());
        }
        return solution.getValue();
    }
}
