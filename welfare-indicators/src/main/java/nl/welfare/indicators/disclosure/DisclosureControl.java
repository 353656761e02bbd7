package nl.welfare.indicators.disclosure;

/**
 * Disclosure control (statistische geheimhouding): which cells to suppress so that no count of fewer persons than the
 * minimum is published, nor can be narrowed down from what is published, and the rounding of the published counts.
 *
 * <pre>{@code
 * QuantityKey district = QuantityKey.of("volunteers", "WK015300", "2022");
 * QuantityKey a = QuantityKey.of("volunteers", "BU01530000", "2022");
 * QuantityKey b = QuantityKey.of("volunteers", "BU01530001", "2022");
 * QuantityKey c = QuantityKey.of("volunteers", "BU01530002", "2022");
 * DisclosureProblem problem = DisclosureProblem.builder()
 *         .cell(Cell.count(CellKey.of("volunteers", "WK015300", "2022"), district), 60)
 *         .cell(Cell.count(CellKey.of("volunteers", "BU01530000", "2022"), a), 3)
 *         .cell(Cell.count(CellKey.of("volunteers", "BU01530001", "2022"), b), 25)
 *         .cell(Cell.count(CellKey.of("volunteers", "BU01530002", "2022"), c), 32)
 *         .relation(Relation.sum(district, List.of(a, b, c), 0))
 *         .build();
 * DisclosureResult result = DisclosureControl.decide(problem, DisclosureRules.standard());
 * result.reason(CellKey.of("volunteers", "BU01530000", "2022")); // Some(PRIMARY_BELOW_MINIMUM)
 * result.reason(CellKey.of("volunteers", "BU01530001", "2022")); // Some(SECONDARY_RELATION): 60 - 32 gives neither
 * }</pre>
 *
 * <h2>The decision</h2>
 *
 * <ol>
 *   <li><b>Earlier decisions.</b> A cell suppressed before (in an earlier release, or an earlier stage of the same
 *       decision) stays suppressed; a cell published before stays published, and is never suppressed to protect
 *       another: its counts are out.
 *   <li><b>Primary.</b> A cell about persons is suppressed when one of its counts is below the minimum (zero included),
 *       when a share's numerator or complement is in the band 1 to 4, and, for a cell that finer periods may split,
 *       when its numerator or complement is below the minimum or its mean has every answer at one end of the scale.
 *   <li><b>Shared counts.</b> A cell that publishes a quantity a suppressed cell holds is suppressed with it: two
 *       indicators over the same population are decided together.
 *   <li><b>Single relations</b>, until nothing changes: a relation with one unknown quantity gives it back, and one
 *       whose unknowns add up to what its known terms leave gives each of them a range no wider than that; when such a
 *       range is too narrow, the cheapest published cell of the relation is suppressed too.
 *   <li><b>The audit.</b> For every suppressed cell, its counts, a share's numerator and complement, and a mean's
 *       sums must range over at least the minimum (a sum: be able to be above 0), given every published quantity,
 *       every known value and every relation. The audit looks for a proof, cheapest first: a walk that moves the
 *       quantity and restores each relation it unbalances by moving another unknown (the segment it walks satisfies
 *       every relation, so the range it shows is one an attacker cannot rule out); else a linear program over the
 *       nearest unknowns (48, then 96), every other quantity held at its true value, whose solutions are then feasible
 *       for the whole problem. Without a proof, the cheapest published cell of the relation the walk was stuck in
 *       (else of a relation it passed) is suppressed, and the check runs again, up to 24 times per quantity; then a
 *       protection program over the quantity's family (at most 160 quantities) picks the published cells whose
 *       change lets it move the minimum at the least cost. A quantity for which none of these finds a proof is
 *       reported in its audit record as not proven protected ({@link AuditRecord#unprotected()}).
 *   <li><b>Rounding</b>, when the rules ask for it: every published count is randomly rounded to a multiple of the base
 *       with the publisher's {@link RoundingKey}, one draw per quantity, whichever cell publishes it; a share's
 *       numerator is capped at its rounded count. The audit uses the exact counts: rounding only adds uncertainty.
 * </ol>
 *
 * <p>Suppressing a cell only widens the ranges of the others (fewer values are fixed), so a quantity once found wide
 * enough stays so, and the decision ends: each failing check suppresses one more cell or gives up. The proofs are
 * sufficient, not necessary: a quantity may be wide enough without the audit finding it so, which costs a suppression
 * more than needed, never a disclosure.
 *
 * <p>Cells about things are never suppressed nor rounded. A suppressed cell carries its reason, for the data owner's
 * audit; what is published of it is the status alone.
 */
public final class DisclosureControl {

    private DisclosureControl() {}

    /** The outcome of disclosure control for {@code problem} under {@code rules}. */
    public static DisclosureResult decide(DisclosureProblem problem, DisclosureRules rules) {
        return new Decision(problem, rules).decide(false);
    }

    /**
     * The outcome, with the exact range of every audited quantity of every suppressed cell in its audit record (a
     * linear program each: for the data owner's audit, not needed to decide).
     */
    public static DisclosureResult decideWithRanges(DisclosureProblem problem, DisclosureRules rules) {
        return new Decision(problem, rules).decide(true);
    }
}
