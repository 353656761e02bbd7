package nl.welfare.indicators.disclosure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A linear relation (relatie) among quantities that is true in the data: {@code sum of coefficient x quantity} equals,
 * or is at most, a constant. Disclosure control assumes that whoever reads the published outputs knows every relation
 * it is given, and audits the suppressed counts against all of them together.
 *
 * <ul>
 *   <li>{@link #sum(QuantityKey, List, double) total = parts + residual}: an area is the sum of its parts where each
 *       person or fact lies in one area (the residual counts the facts recorded at the area itself); a year is the sum
 *       of its quarters for facts dated in a period.
 *   <li>{@link #atMostSum(QuantityKey, List, double) total <= parts + residual} and {@link #atMost(QuantityKey,
 *       QuantityKey) part <= total}: distinct persons whose facts carry their own area (a volunteer in two
 *       neighbourhoods is one volunteer of their district), and facts active over a longer period.
 *   <li>{@link #atMost(QuantityKey, QuantityKey) subset <= set}: new cases within active cases.
 *   <li>{@link #atMostScaled(QuantityKey, double, QuantityKey) a <= factor x b}: a mean's distance from the top of its
 *       scale is at most the scale's width times the largest weight times the number of answers.
 * </ul>
 *
 * <pre>{@code
 * QuantityKey district = QuantityKey.of("survey_responses where question = wl04", "WK015300", "2022");
 * QuantityKey a = QuantityKey.of("survey_responses where question = wl04", "BU01530000", "2022");
 * QuantityKey b = QuantityKey.of("survey_responses where question = wl04", "BU01530001", "2022");
 * Relation.sum(district, List.of(a, b), 0).toString(); // ... @ WK015300 2022 = ... @ BU01530000 2022 + ...
 * }</pre>
 */
@Value.Immutable
public abstract class Relation {

    /** Rule: the relation names no quantity. */
    public static final Rule NO_TERMS = Rule.of("relation.no-terms", "must name at least one quantity");

    /** Rule: a quantity is named twice. */
    public static final Rule QUANTITY_REPEATED = Rule.of("relation.quantity-repeated", "must name each quantity once");

    /** Rule: a coefficient or the constant is not a finite number, or a coefficient is zero. */
    public static final Rule NOT_FINITE =
            Rule.of("relation.not-finite", "must have finite, non-zero coefficients and a finite constant");

    /** How the sum of the terms compares with the constant. */
    public enum Comparison {
        /** The sum equals the constant. */
        EQUAL,
        /** The sum is at most the constant. */
        AT_MOST
    }

    /** One quantity with its coefficient. */
    public record Term(QuantityKey quantity, double coefficient) {}

    Relation() {}

    /** The quantities with their coefficients. */
    public abstract List<Term> terms();

    /** Whether the sum equals, or is at most, the constant. */
    public abstract Comparison comparison();

    /** The constant on the right. */
    public abstract double constant();

    /** {@code total = sum of parts + residual}; the residual is known (facts recorded at the total's own area). */
    public static Relation sum(QuantityKey total, List<QuantityKey> parts, double residual) {
        return of(total, parts, Comparison.EQUAL, residual);
    }

    /** {@code total <= sum of parts + residual}. */
    public static Relation atMostSum(QuantityKey total, List<QuantityKey> parts, double residual) {
        return of(total, parts, Comparison.AT_MOST, residual);
    }

    /** {@code part <= whole}: a part, or a subset, is at most the whole. */
    public static Relation atMost(QuantityKey part, QuantityKey whole) {
        return ImmutableRelation.builder()
                .comparison(Comparison.AT_MOST)
                .constant(0)
                .addTerms(new Term(part, 1), new Term(whole, -1))
                .build();
    }

    /** {@code a <= factor x b}. */
    public static Relation atMostScaled(QuantityKey a, double factor, QuantityKey b) {
        return ImmutableRelation.builder()
                .comparison(Comparison.AT_MOST)
                .constant(0)
                .addTerms(new Term(a, 1), new Term(b, -factor))
                .build();
    }

    private static Relation of(QuantityKey total, List<QuantityKey> parts, Comparison comparison, double residual) {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(total, 1));
        parts.forEach(p -> terms.add(new Term(p, -1)));
        return ImmutableRelation.builder()
                .comparison(comparison)
                .constant(residual)
                .addAllTerms(terms)
                .build();
    }

    /** The quantities of the relation, in the order of its terms. */
    public List<QuantityKey> quantities() {
        return terms().stream().map(Term::quantity).toList();
    }

    /** Whether the relation holds for {@code value}, one value per term, within {@code 1e-6} of the scale. */
    public boolean holds(java.util.function.ToDoubleFunction<QuantityKey> value) {
        double sum = 0;
        double scale = Math.abs(constant());
        for (Term term : terms()) {
            double v = term.coefficient() * value.applyAsDouble(term.quantity());
            sum += v;
            scale = Math.max(scale, Math.abs(v));
        }
        double tolerance = 1e-6 * Math.max(1, scale);
        return comparison() == Comparison.EQUAL
                ? Math.abs(sum - constant()) <= tolerance
                : sum <= constant() + tolerance;
    }

    @Value.Check
    final void check() {
        Set<QuantityKey> distinct = new HashSet<>(quantities());
        boolean finite = Double.isFinite(constant())
                && terms().stream().allMatch(t -> Double.isFinite(t.coefficient()) && t.coefficient() != 0);
        Violations.of("relation")
                .check(!terms().isEmpty(), "terms", NO_TERMS, this.getClass().getSimpleName())
                .check(distinct.size() == terms().size(), "terms", QUANTITY_REPEATED, quantities())
                .check(finite, "terms", NOT_FINITE, terms())
                .throwIfAny();
    }

    /**
     * The relation as it reads: {@code a = b + c}, {@code a <= b + c + 2}, {@code a <= b}, or a general {@code 1 a - 3 b
     * <= 0}.
     */
    @Override
    public String toString() {
        List<Term> terms = terms();
        String op = comparison() == Comparison.EQUAL ? " = " : " <= ";
        boolean totalFirst = terms.get(0).coefficient() == 1
                && terms.subList(1, terms.size()).stream().allMatch(t -> t.coefficient() == -1);
        if (totalFirst) {
            StringBuilder text = new StringBuilder(terms.get(0).quantity().toString()).append(op);
            for (int i = 1; i < terms.size(); i++) {
                text.append(i > 1 ? " + " : "").append(terms.get(i).quantity());
            }
            if (constant() != 0 || terms.size() == 1) {
                text.append(terms.size() > 1 ? " + " : "").append(number(constant()));
            }
            return text.toString();
        }
        StringBuilder text = new StringBuilder();
        for (Term term : terms) {
            text.append(text.length() == 0 ? "" : " + ")
                    .append(number(term.coefficient()))
                    .append(" ")
                    .append(term.quantity());
        }
        return text.append(op).append(number(constant())).toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
