package nl.welfare.indicators.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Disclosure control")
class DisclosureControlTest {

    private static final DisclosureRules STANDARD = DisclosureRules.standard();

    private static CellKey key(String area) {
        return CellKey.of("volunteers", area, "2022");
    }

    private static final CellKey TOTAL = key("WK01");
    private static final CellKey A = key("BU01");
    private static final CellKey B = key("BU02");
    private static final CellKey C = key("BU03");
    private static final CellKey D = key("BU04");

    private static Relation district() {
        return Relation.sum(TOTAL, List.of(A, B, C, D));
    }

    private static List<Cell> persons(long a, long b, long c, long d) {
        return List.of(
                Cell.persons(TOTAL, a + b + c + d),
                Cell.persons(A, a),
                Cell.persons(B, b),
                Cell.persons(C, c),
                Cell.persons(D, d));
    }

    private static DisclosureResult audited(List<Cell> cells, List<Relation> relations, DisclosureRules rules) {
        DisclosureResult result = DisclosureControl.apply(cells, relations, rules);
        LinearAudit.assertProtected(cells, relations, result, rules.minimum());
        return result;
    }

    @Test
    @DisplayName("suppresses a cell with fewer than the minimum persons behind it")
    void belowMinimum() {
        DisclosureResult result =
                DisclosureControl.apply(List.of(Cell.persons(A, 9), Cell.persons(B, 10)), List.of(), STANDARD);
        assertEquals(Option.of(SuppressionReason.PRIMARY_BELOW_MINIMUM), result.reason(A));
        assertEquals(CellStatus.PUBLISHED, result.status(B));
    }

    @Test
    @DisplayName("suppresses a count of zero persons")
    void zeroIsBelowMinimum() {
        DisclosureResult result = DisclosureControl.apply(List.of(Cell.persons(A, 0)), List.of(), STANDARD);
        assertEquals(Option.of(SuppressionReason.PRIMARY_BELOW_MINIMUM), result.reason(A));
    }

    @Test
    @DisplayName("suppresses a share whose numerator counts 1 to 4 persons, and publishes 0 and 5")
    void smallNumerator() {
        DisclosureResult result = DisclosureControl.apply(
                List.of(Cell.share(A, 4, 50), Cell.share(B, 1, 50), Cell.share(C, 0, 50), Cell.share(D, 5, 50)),
                List.of(),
                STANDARD);
        assertEquals(Option.of(SuppressionReason.PRIMARY_SMALL_NUMERATOR), result.reason(A));
        assertEquals(Option.of(SuppressionReason.PRIMARY_SMALL_NUMERATOR), result.reason(B));
        assertEquals(CellStatus.PUBLISHED, result.status(C));
        assertEquals(CellStatus.PUBLISHED, result.status(D));
    }

    @Test
    @DisplayName("suppresses a share whose denominator minus numerator counts 1 to 4 persons")
    void smallComplement() {
        DisclosureResult result = DisclosureControl.apply(
                List.of(Cell.share(A, 46, 50), Cell.share(B, 49, 50), Cell.share(C, 50, 50)), List.of(), STANDARD);
        assertEquals(Option.of(SuppressionReason.PRIMARY_SMALL_COMPLEMENT), result.reason(A));
        assertEquals(Option.of(SuppressionReason.PRIMARY_SMALL_COMPLEMENT), result.reason(B));
        assertEquals(CellStatus.PUBLISHED, result.status(C));
    }

    @Test
    @DisplayName("judges a share by its denominator first: 3 of 8 is below the minimum")
    void shareBelowMinimum() {
        DisclosureResult result = DisclosureControl.apply(List.of(Cell.share(A, 3, 8)), List.of(), STANDARD);
        assertEquals(Option.of(SuppressionReason.PRIMARY_BELOW_MINIMUM), result.reason(A));
    }

    @Test
    @DisplayName("suppresses a second part when one part of a sum is suppressed: the smallest other part")
    void singleSuppressionForcesASecond() {
        List<Cell> cells = persons(3, 40, 25, 30);
        DisclosureResult result = audited(cells, List.of(district()), STANDARD);
        assertEquals(Option.of(SuppressionReason.PRIMARY_BELOW_MINIMUM), result.reason(A));
        assertEquals(Option.of(SuppressionReason.SECONDARY), result.reason(C));
        assertEquals(Set.of(A, C), result.suppressedKeys());
    }

    @Test
    @DisplayName("breaks ties between equal smallest parts by key")
    void tiesByKey() {
        DisclosureResult result = audited(persons(3, 25, 25, 30), List.of(district()), STANDARD);
        assertEquals(Set.of(A, B), result.suppressedKeys());
    }

    @Test
    @DisplayName("protects a cell in a relation of two cells: a share and a count that share its denominator")
    void twoCellRelation() {
        CellKey share = CellKey.of("feels-safe", "BU01", "2022");
        CellKey respondents = CellKey.of("respondents", "BU01", "2022");
        List<Cell> cells = List.of(Cell.share(share, 3, 40), Cell.persons(respondents, 40));
        List<Relation> relations = List.of(Relation.equal(share, respondents));
        DisclosureResult result = audited(cells, relations, STANDARD);
        assertEquals(Option.of(SuppressionReason.PRIMARY_SMALL_NUMERATOR), result.reason(share));
        assertEquals(Option.of(SuppressionReason.SECONDARY), result.reason(respondents));
    }

    @Test
    @DisplayName("suppresses both cells of an equality when their shared count is small")
    void equalityOfSmallCounts() {
        CellKey shared = CellKey.of("residents-participating-per-1000", "BU01", "2022");
        List<Cell> cells = List.of(Cell.persons(A, 7), Cell.persons(shared, 7));
        DisclosureResult result = audited(cells, List.of(Relation.equal(A, shared)), STANDARD);
        assertEquals(Set.of(A, shared), result.suppressedKeys());
    }

    @Test
    @DisplayName("suppresses one more part when two suppressed parts sum to a published difference of 1 to 4")
    void differenceOfOneToFour() {
        List<Cell> cells = persons(1, 2, 40, 50);
        DisclosureResult result = audited(cells, List.of(district()), STANDARD);
        assertEquals(Option.of(SuppressionReason.SECONDARY), result.reason(C));
        assertEquals(Set.of(A, B, C), result.suppressedKeys());
    }

    @Test
    @DisplayName("suppresses one more part when two suppressed parts sum to a published difference of 0")
    void differenceOfZero() {
        DisclosureResult result = audited(persons(0, 0, 40, 50), List.of(district()), STANDARD);
        assertEquals(Set.of(A, B, C), result.suppressedKeys());
    }

    @Test
    @DisplayName("passes suppression down: a suppressed total whose parts are all published gets a part suppressed")
    void passesDown() {
        CellKey borough = key("BOROUGH");
        CellKey other = key("WK02");
        List<Cell> cells = new ArrayList<>(persons(12, 40, 25, 30));
        cells.add(Cell.persons(other, 3));
        cells.add(Cell.persons(borough, 110));
        List<Relation> relations = List.of(district(), Relation.sum(borough, List.of(TOTAL, other)));
        DisclosureResult result = audited(cells, relations, STANDARD);
        assertEquals(Option.of(SuppressionReason.SECONDARY), result.reason(TOTAL));
        assertEquals(Option.of(SuppressionReason.SECONDARY), result.reason(A));
        assertEquals(Set.of(other, TOTAL, A), result.suppressedKeys());
    }

    @Test
    @DisplayName("protects a change: now suppressed, baseline published, so the change is suppressed")
    void change() {
        CellKey now = key("WK01");
        CellKey baseline = CellKey.of("volunteers", "WK01", "2018");
        CellKey change = CellKey.of("volunteers-change", "WK01", "2018-2022");
        List<Cell> cells = List.of(Cell.persons(now, 8), Cell.persons(baseline, 30), Cell.difference(change, -22));
        List<Relation> relations = List.of(Relation.change(change, now, baseline));
        DisclosureResult result = audited(cells, relations, STANDARD);
        assertEquals(Option.of(SuppressionReason.PRIMARY_BELOW_MINIMUM), result.reason(now));
        assertTrue(result.outcome(change).get().isSuppressed());
    }

    @Test
    @DisplayName("with disclosure none, suppresses and rounds nothing")
    void none() {
        List<Cell> cells = persons(0, 1, 2, 3);
        DisclosureResult result = DisclosureControl.apply(cells, List.of(district()), DisclosureRules.none());
        assertEquals(Set.of(), result.suppressedKeys());
        assertEquals(Option.of(1L), result.published(B).map(Published::count));
        assertFalse(result.published(B).get().rounded());
        assertEquals("none", result.rules().toString());
    }

    @Test
    @DisplayName("never suppresses nor rounds cells about things")
    void thingsAreNeverSuppressed() {
        List<Cell> cells = List.of(
                Cell.things(TOTAL, 8), Cell.things(A, 0), Cell.things(B, 1), Cell.things(C, 3), Cell.things(D, 4));
        DisclosureResult result = DisclosureControl.apply(cells, List.of(district()), STANDARD.rounded(5));
        assertEquals(Set.of(), result.suppressedKeys());
        assertEquals(Option.of(3L), result.published(C).map(Published::count));
    }

    @Test
    @DisplayName("rounds published counts to a multiple of 5 within 5 of the true count, the same way every time")
    void rounding() {
        DisclosureRules rounded = STANDARD.rounded(5);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            cells.add(Cell.share(CellKey.of("feels-safe", "BU" + i, "2022"), 10 + i / 2, 20 + i));
        }
        DisclosureResult first = DisclosureControl.apply(cells, List.of(), rounded);
        DisclosureResult second = DisclosureControl.apply(List.copyOf(cells), List.of(), rounded);
        assertEquals(first, second);
        int up = 0;
        for (Cell cell : cells) {
            Published p = first.published(cell.key()).get();
            assertTrue(p.rounded());
            assertEquals(0, p.count() % 5);
            assertTrue(Math.abs(p.count() - cell.count()) < 5, p::toString);
            long n = p.numerator().orElseThrow();
            assertEquals(0, n % 5);
            assertTrue(Math.abs(n - cell.numerator().orElseThrow()) < 5, p::toString);
            assertTrue(n <= p.count());
            up += p.count() > cell.count() ? 1 : 0;
        }
        assertTrue(up > 40 && up < 120, "rounded up " + up + " of 200 counts, 80 expected");
    }

    @Test
    @DisplayName("rounds by the key: the same count rounds the same way for the same key")
    void roundingIsSeededByTheKey() {
        long rounded = RandomRounding.round(A, "count", 12, 5);
        for (int i = 0; i < 10; i++) {
            assertEquals(rounded, RandomRounding.round(A, "count", 12, 5));
        }
        assertEquals(15L, RandomRounding.round(A, "count", 15, 5));
    }

    @Test
    @DisplayName("gives a suppressed cell no count, and a text without numbers")
    void suppressedCarriesNoValue() {
        DisclosureResult result = DisclosureControl.apply(persons(3, 40, 25, 30), List.of(district()), STANDARD);
        CellOutcome outcome = result.outcome(key("BU01")).get();
        assertTrue(outcome instanceof Suppressed);
        assertEquals("volunteers/BU01/2022: SUPPRESSED (PRIMARY_BELOW_MINIMUM)", outcome.toString());
        assertFalse(outcome.toString().replace("2022", "").replace("BU01", "").matches(".*\\d.*"));
        assertTrue(result.published(A).isEmpty());
        for (var method : Suppressed.class.getMethods()) {
            if (method.getDeclaringClass() == Object.class) {
                continue;
            }
            Class<?> type = method.getReturnType();
            assertFalse(
                    type == long.class
                            || type == int.class
                            || type == double.class
                            || type == Optional.class
                            || Number.class.isAssignableFrom(type),
                    () -> "Suppressed exposes " + method);
        }
    }

    @Test
    @DisplayName("rejects duplicate cells, unknown cells and relations that do not add up")
    void inputRules() {
        var duplicate =
                DisclosureControl.validate(List.of(Cell.persons(A, 1), Cell.persons(A, 2)), List.of(), STANDARD);
        assertEquals(
                DisclosureControl.DUPLICATE_CELL, duplicate.getError().head().rule());
        var unknown = DisclosureControl.validate(List.of(Cell.persons(A, 1)), List.of(Relation.equal(A, B)), STANDARD);
        assertEquals(DisclosureControl.UNKNOWN_CELL, unknown.getError().head().rule());
        var wrong = DisclosureControl.validate(
                List.of(Cell.persons(A, 1), Cell.persons(B, 2)), List.of(Relation.equal(A, B)), STANDARD);
        assertEquals(
                DisclosureControl.RELATION_DOES_NOT_ADD_UP,
                wrong.getError().head().rule());
        var shares = DisclosureControl.validate(
                List.of(Cell.share(A, 1, 20), Cell.share(B, 2, 20)), List.of(Relation.equal(A, B)), STANDARD);
        assertEquals(
                DisclosureControl.RELATION_DOES_NOT_ADD_UP,
                shares.getError().head().rule());
    }

    @Test
    @DisplayName("has an audit that catches a suppression a subtraction undoes")
    void auditCatchesPrimaryOnly() {
        List<Cell> cells = persons(3, 40, 25, 30);
        java.util.Map<CellKey, CellOutcome> outcomes = new java.util.LinkedHashMap<>();
        for (Cell cell : cells) {
            outcomes.put(
                    cell.key(),
                    cell.key().equals(A)
                            ? Suppressed.of(A, SuppressionReason.PRIMARY_BELOW_MINIMUM)
                            : Published.of(cell.key(), cell.count(), Optional.empty(), false));
        }
        DisclosureResult primaryOnly = DisclosureResult.of(STANDARD, outcomes);
        var range = LinearAudit.ranges(cells, List.of(district()), primaryOnly).get(A);
        assertEquals(3.0, range.low(), 1e-6);
        assertEquals(3.0, range.high(), 1e-6);
        assertThrows(
                org.opentest4j.AssertionFailedError.class,
                () -> LinearAudit.assertProtected(cells, List.of(district()), primaryOnly, 10));
    }

    @Test
    @DisplayName("protects a table where the rules on single relations alone leave a suppressed count pinned down")
    void auditStepIsNeeded() {
        // Found by DisclosureProperties with the linear-program step switched off: the relation rules alone let a
        // subtraction across the grouping and the tree narrow a suppressed count below the minimum.
        for (long seed : new long[] {-4099L, -4107L, -4138L, -4165L}) {
            DisclosureProperties.Table table = DisclosureProperties.table(seed);
            audited(table.cells(), table.relations(), STANDARD);
        }
    }
}
