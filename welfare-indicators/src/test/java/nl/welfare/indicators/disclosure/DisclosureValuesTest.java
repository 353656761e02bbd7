package nl.welfare.indicators.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Keys, cells, relations, problems, rules, rounding keys and ledgers")
class DisclosureValuesTest {

    private static final CellKey A = CellKey.of("volunteers", "BU01", "2022");
    private static final QuantityKey QA = QuantityKey.of("participations (flow): persons", "BU01", "2022");
    private static final QuantityKey QB = QuantityKey.of("participations (flow): persons", "BU02", "2022");
    private static final QuantityKey QT = QuantityKey.of("participations (flow): persons", "WK01", "2022");

    private static void assertBreaks(Rule rule, Supplier<?> constructor) {
        InvalidValueException e = assertThrows(InvalidValueException.class, constructor::get);
        assertEquals(List.of(rule), e.violations().map(v -> v.rule()).toJavaList());
    }

    @Test
    @DisplayName("a cell key or quantity key with a blank part breaks its BLANK rule")
    void blankKeys() {
        assertBreaks(CellKey.BLANK, () -> CellKey.of(" ", "BU01", "2022"));
        assertBreaks(CellKey.BLANK, () -> CellKey.of("volunteers", "", "2022"));
        assertBreaks(CellKey.BLANK, () -> CellKey.of("volunteers", "BU01", ""));
        assertBreaks(QuantityKey.BLANK, () -> QuantityKey.of("", "BU01", "2022"));
        assertBreaks(QuantityKey.BLANK, () -> QuantityKey.of("x", " ", "2022"));
        assertBreaks(QuantityKey.BLANK, () -> QuantityKey.of("x", "BU01", " "));
    }

    @Test
    @DisplayName("keys order by their parts and read as they are written")
    void keyOrder() {
        assertTrue(A.compareTo(CellKey.of("volunteers", "BU02", "2022")) < 0);
        assertEquals("volunteers/BU01/2022", A.toString());
        assertTrue(QA.compareTo(QB) < 0);
        assertEquals("participations (flow): persons @ BU01 2022", QA.toString());
    }

    @Test
    @DisplayName("a cell about persons names counts, one about things none, and none twice")
    void cellRules() {
        assertBreaks(Cell.COUNTS_FOR_UNIT, () -> Cell.counts(A, List.of()));
        assertBreaks(Cell.QUANTITY_REPEATED, () -> Cell.share(A, QA, QA));
        assertEquals(List.of(QA, QB), Cell.share(A, QA, QB).reveals());
        assertEquals(List.of(), Cell.things(A).reveals());
        assertFalse(Cell.count(A, QA).splittable());
        assertTrue(Cell.count(A, QA).splittable(true).splittable());
    }

    @Test
    @DisplayName("a relation names a quantity at least once, each once, with finite non-zero coefficients")
    void relationRules() {
        assertBreaks(
                Relation.NO_TERMS,
                () -> ImmutableRelation.builder()
                        .comparison(Relation.Comparison.EQUAL)
                        .constant(0)
                        .build());
        assertBreaks(Relation.QUANTITY_REPEATED, () -> Relation.sum(QT, List.of(QA, QA), 0));
        assertBreaks(Relation.NOT_FINITE, () -> Relation.atMostScaled(QA, 0, QB));
        assertBreaks(Relation.NOT_FINITE, () -> Relation.sum(QT, List.of(QA), Double.NaN));
    }

    @Test
    @DisplayName("relations read as sums and bounds, and tell whether values satisfy them")
    void relationText() {
        Relation sum = Relation.sum(QT, List.of(QA, QB), 2);
        assertEquals(QT + " = " + QA + " + " + QB + " + 2", sum.toString());
        assertEquals(QA + " <= " + QT, Relation.atMost(QA, QT).toString());
        assertEquals(
                QT + " <= " + QA + " + " + QB,
                Relation.atMostSum(QT, List.of(QA, QB), 0).toString());
        Map<QuantityKey, Double> values = Map.of(QT, 12.0, QA, 4.0, QB, 6.0);
        assertTrue(sum.holds(values::get));
        assertFalse(Relation.sum(QT, List.of(QA, QB), 0).holds(values::get));
        assertTrue(Relation.atMostScaled(QA, 0.5, QT).holds(values::get));
        assertFalse(Relation.atMostScaled(QB, 0.4, QT).holds(values::get));
    }

    @Test
    @DisplayName("a problem refuses duplicate cells, quantities without a value, false relations, negative values and"
            + " decisions about unknown cells, all at once")
    void problemRules() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> DisclosureProblem.builder()
                        .cell(Cell.count(A, QA), 3)
                        .cell(Cell.count(A, QA), 3)
                        .cell(Cell.count(CellKey.of("x", "BU02", "2022"), QB))
                        .value(QT, -1)
                        .relation(Relation.sum(QT, List.of(QA), 0))
                        .fixed(CellKey.of("other", "BU01", "2022"), CellStatus.PUBLISHED)
                        .build());
        assertEquals(
                List.of(
                        DisclosureProblem.DUPLICATE_CELL,
                        DisclosureProblem.VALUE_OUT_OF_RANGE,
                        DisclosureProblem.UNKNOWN_QUANTITY,
                        DisclosureProblem.RELATION_DOES_NOT_HOLD,
                        DisclosureProblem.UNKNOWN_FIXED_CELL),
                e.violations().map(v -> v.rule()).toJavaList());
    }

    @Test
    @DisplayName("a problem describes every cell, known value and relation, one per line")
    void describe() {
        DisclosureProblem problem = DisclosureProblem.builder()
                .cell(Cell.count(A, QA).splittable(true), 3)
                .cell(Cell.things(CellKey.of("initiatives", "BU01", "2022")))
                .known(QB, 0)
                .value(QT, 3)
                .relation(Relation.sum(QT, List.of(QA, QB), 0))
                .fixed(A, CellStatus.SUPPRESSED)
                .build();
        assertEquals(
                "cell volunteers/BU01/2022: " + QA + " = 3; (split by finer periods) (decided before: SUPPRESSED)\n"
                        + "cell initiatives/BU01/2022: things\n"
                        + "known " + QB + " = 0\n"
                        + "relation " + QT + " = " + QA + " + " + QB + "\n",
                problem.describe());
    }

    @Test
    @DisplayName("a minimum below 1 breaks DisclosureRules.MINIMUM_BELOW_ONE")
    void minimumBelowOne() {
        assertBreaks(DisclosureRules.MINIMUM_BELOW_ONE, () -> DisclosureRules.of(0, 0));
    }

    @Test
    @DisplayName("a band reaching the minimum breaks DisclosureRules.SMALL_BAND_OUT_OF_RANGE")
    void bandOutOfRange() {
        assertBreaks(DisclosureRules.SMALL_BAND_OUT_OF_RANGE, () -> DisclosureRules.of(10, 10));
        assertBreaks(DisclosureRules.SMALL_BAND_OUT_OF_RANGE, () -> DisclosureRules.of(10, -1));
    }

    @Test
    @DisplayName("a rounding base below 2 breaks ROUNDING_BASE_BELOW_TWO; a base without a key ROUNDING_WITHOUT_KEY")
    void roundingRules() {
        RoundingKey key = RoundingKey.generate();
        assertBreaks(
                DisclosureRules.ROUNDING_BASE_BELOW_TWO,
                () -> DisclosureRules.standard().rounded(1, key));
        assertBreaks(
                DisclosureRules.ROUNDING_WITHOUT_KEY,
                () -> ImmutableDisclosureRules.builder()
                        .enabled(true)
                        .minimum(10)
                        .smallBand(4)
                        .roundingBase(5)
                        .build());
    }

    @Test
    @DisplayName("the standard rules are a minimum of 10, a band of 1-4 and years, and read as such, without the key")
    void standard() {
        DisclosureRules rules = DisclosureRules.standard();
        assertEquals(10, rules.minimum());
        assertEquals(4, rules.smallBand());
        assertEquals(PeriodGranularity.YEAR, rules.finestPeriod());
        assertEquals("minimum 10, band 1-4", rules.toString());
        RoundingKey key = RoundingKey.generate();
        assertEquals(
                "minimum 10, band 1-4, rounded to multiples of 5, periods down to quarter",
                rules.rounded(5, key).finestPeriod(PeriodGranularity.QUARTER).toString());
        assertEquals("none", DisclosureRules.none().toString());
        assertTrue(rules.allows(PeriodGranularity.YEAR));
        assertFalse(rules.allows(PeriodGranularity.QUARTER));
        assertTrue(rules.finestPeriod(PeriodGranularity.MONTH).allows(PeriodGranularity.QUARTER));
        assertTrue(DisclosureRules.none().allows(PeriodGranularity.MONTH));
    }

    @Test
    @DisplayName("a rounding key reads back from its text, tells keys apart by a fingerprint and never prints itself")
    void roundingKey() {
        RoundingKey key = RoundingKey.generate();
        RoundingKey again = RoundingKey.parse(" " + key.encoded() + "\n");
        assertEquals(key, again);
        assertEquals(key.hashCode(), again.hashCode());
        assertEquals(key.fingerprint(), again.fingerprint());
        assertEquals(16, key.fingerprint().length());
        assertNotEquals(key, RoundingKey.generate());
        assertFalse(key.toString().contains(key.encoded()));
        assertBreaks(RoundingKey.MALFORMED, () -> RoundingKey.parse("not base64!"));
        assertBreaks(RoundingKey.MALFORMED, () -> RoundingKey.parse("AAAA"));
    }

    @Test
    @DisplayName("a rounding key rounds to a multiple of the base less than the base away, the same way every time, and"
            + " differently for another key")
    void roundingByKey() {
        RoundingKey key = RoundingKey.generate();
        RoundingKey other = RoundingKey.generate();
        int differs = 0;
        for (long v = 0; v < 400; v++) {
            long r = key.round(v, 5, "q" + v);
            assertEquals(0, r % 5);
            assertTrue(Math.abs(r - v) < 5);
            assertEquals(r, key.round(v, 5, "q" + v));
            if (r != other.round(v, 5, "q" + v)) {
                differs++;
            }
            double whole = key.roundToWhole(v + 0.25, "s" + v);
            assertTrue(whole == v || whole == v + 1);
        }
        assertTrue(differs > 50, "another key draws otherwise: " + differs);
    }

    @Test
    @DisplayName("random rounding is unbiased: 23 rounds to 25 about 3 times in 5")
    void roundingIsUnbiased() {
        RoundingKey key = RoundingKey.generate();
        int up = 0;
        for (int i = 0; i < 20_000; i++) {
            if (key.round(23, 5, "cell " + i) == 25) {
                up++;
            }
        }
        assertEquals(0.6, up / 20_000.0, 0.02);
    }

    @Test
    @DisplayName("a ledger keeps a cell published once as published, and matches only the rules it was made under")
    void ledger() {
        RoundingKey key = RoundingKey.generate();
        DisclosureRules rules = DisclosureRules.standard().rounded(5, key);
        Ledger ledger = Ledger.empty(rules)
                .plus(Map.of(A, CellStatus.PUBLISHED))
                .plus(Map.of(A, CellStatus.SUPPRESSED, CellKey.of("x", "BU02", "2022"), CellStatus.SUPPRESSED));
        assertEquals(CellStatus.PUBLISHED, ledger.cells().get(A));
        assertEquals(2, ledger.cells().size());
        assertTrue(ledger.matches(rules));
        assertFalse(ledger.matches(DisclosureRules.standard()));
        assertFalse(ledger.matches(DisclosureRules.standard().rounded(5, RoundingKey.generate())));
        assertFalse(ledger.matches(rules.finestPeriod(PeriodGranularity.QUARTER)));
        assertFalse(ledger.matches(DisclosureRules.none()));
        assertEquals(Optional.of(key.fingerprint()), ledger.keyFingerprint());
        assertEquals(
                "ledger of 2 cells (minimum 10, band 1-4, periods down to year, rounded to multiples of 5)",
                ledger.toString());
    }
}
