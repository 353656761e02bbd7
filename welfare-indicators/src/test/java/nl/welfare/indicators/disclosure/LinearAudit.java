package nl.welfare.indicators.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The audit of a decision, independent of the code under test: ojAlgo minimises and maximises every count, numerator
 * and complement of every suppressed cell (and checks that a mean's sums can leave 0) subject to every relation of the
 * problem, with every quantity a published cell reveals, and every known one, fixed at its value.
 */
final class LinearAudit {

    /** The range of values a suppressed quantity can take; infinite ends when unbounded. */
    record Range(String what, double low, double high) {
        double width() {
            return high - low;
        }
    }

    private LinearAudit() {}

    /** Every audited quantity of a suppressed cell of {@code result} whose range fails, with its range. */
    static List<Range> failures(DisclosureProblem problem, DisclosureResult result, int minimum) {
        Set<QuantityKey> fixed = new HashSet<>(problem.known());
        for (Cell cell : problem.cells()) {
            if (cell.isAboutPersons() && !result.outcome(cell.key()).get().isSuppressed()) {
                fixed.addAll(cell.reveals());
            }
        }
        List<Range> failures = new ArrayList<>();
        for (Cell cell : problem.cells()) {
            if (!cell.isAboutPersons() || !result.outcome(cell.key()).get().isSuppressed()) {
                continue;
            }
            for (QuantityKey count : cell.counts()) {
                Range r = range(problem, fixed, Map.of(count, 1.0), cell.key() + " count " + count);
                if (r.width() < minimum - 1e-6) {
                    failures.add(r);
                }
            }
            if (cell.numerator().isPresent()) {
                QuantityKey k = cell.numerator().get();
                Range numerator = range(problem, fixed, Map.of(k, 1.0), cell.key() + " numerator");
                Range complement =
                        range(problem, fixed, Map.of(cell.counts().get(0), 1.0, k, -1.0), cell.key() + " complement");
                for (Range r : List.of(numerator, complement)) {
                    if (r.width() < minimum - 1e-6) {
                        failures.add(r);
                    }
                }
            }
            for (QuantityKey sum : cell.sums()) {
                Range r = range(problem, fixed, Map.of(sum, 1.0), cell.key() + " sum " + sum);
                if (r.high() <= 1e-6) {
                    failures.add(r);
                }
            }
        }
        return failures;
    }

    /** Asserts that no audited quantity of a suppressed cell fails. */
    static void assertProtected(DisclosureProblem problem, DisclosureResult result, int minimum) {
        List<Range> failures = failures(problem, result, minimum);
        assertTrue(failures.isEmpty(), () -> "suppressed quantities the published numbers pin down: " + failures);
    }

    private static Range range(
            DisclosureProblem problem, Set<QuantityKey> fixed, Map<QuantityKey, Double> objective, String what) {
        return new Range(
                what, solve(problem, fixed, objective, false, what), solve(problem, fixed, objective, true, what));
    }

    private static double solve(
            DisclosureProblem problem,
            Set<QuantityKey> fixed,
            Map<QuantityKey, Double> objective,
            boolean maximise,
            String what) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<QuantityKey, Variable> variables = new HashMap<>();
        double constant = 0;
        for (Map.Entry<QuantityKey, Double> term : objective.entrySet()) {
            if (fixed.contains(term.getKey())) {
                constant += term.getValue() * problem.values().get(term.getKey());
            } else {
                variables
                        .computeIfAbsent(
                                term.getKey(),
                                k -> model.addVariable(k.toString()).lower(0))
                        .weight(term.getValue());
            }
        }
        if (variables.isEmpty()) {
            return constant;
        }
        int row = 0;
        for (Relation relation : problem.relations()) {
            double rhs = relation.constant();
            List<Relation.Term> free = new ArrayList<>();
            for (Relation.Term term : relation.terms()) {
                if (fixed.contains(term.quantity())) {
                    rhs -= term.coefficient() * problem.values().get(term.quantity());
                } else {
                    free.add(term);
                }
            }
            if (free.isEmpty()) {
                continue;
            }
            Expression expression = model.addExpression("r" + row++);
            for (Relation.Term term : free) {
                Variable v = variables.computeIfAbsent(
                        term.quantity(), k -> model.addVariable(k.toString()).lower(0));
                expression.set(v, term.coefficient());
            }
            if (relation.comparison() == Relation.Comparison.EQUAL) {
                expression.level(rhs);
            } else {
                expression.upper(rhs);
            }
        }
        Optimisation.Result solution = maximise ? model.maximise() : model.minimise();
        if (solution.getState() == Optimisation.State.UNBOUNDED) {
            return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (!solution.getState().isOptimal()) {
            fail("the audit of " + what + " ended " + solution.getState());
        }
        return solution.getValue() + constant;
    }
}
