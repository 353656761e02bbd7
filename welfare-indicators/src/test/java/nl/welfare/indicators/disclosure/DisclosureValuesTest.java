package nl.welfare.indicators.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cells, keys, relations and rules")
class DisclosureValuesTest {

    private static final CellKey A = CellKey.of("volunteers", "BU01", "2022");
    private static final CellKey B = CellKey.of("volunteers", "BU02", "2022");

    private static void assertBreaks(Rule rule, Supplier<?> constructor) {
        InvalidValueException e = assertThrows(InvalidValueException.class, constructor::get);
        assertEquals(List.of(rule), e.violations().map(v -> v.rule()).toJavaList());
    }

    @Test
    @DisplayName("a cell key with a blank part breaks CellKey.BLANK")
    void blankKey() {
        assertBreaks(CellKey.BLANK, () -> CellKey.of(" ", "BU01", "2022"));
        assertBreaks(CellKey.BLANK, () -> CellKey.of("volunteers", "", "2022"));
        assertBreaks(CellKey.BLANK, () -> CellKey.of("volunteers", "BU01", ""));
    }

    @Test
    @DisplayName("cell keys order by indicator, area, then period, and read as indicator/area/period")
    void keyOrder() {
        assertEquals(-1, Integer.signum(A.compareTo(B)));
        assertEquals("volunteers/BU01/2022", A.toString());
    }

    @Test
    @DisplayName("a negative count breaks Cell.COUNT_NEGATIVE, but a difference may be negative")
    void negativeCount() {
        assertBreaks(Cell.COUNT_NEGATIVE, () -> Cell.persons(A, -1));
        assertEquals(-3, Cell.difference(A, -3).count());
    }

    @Test
    @DisplayName("a numerator above the denominator breaks Cell.NUMERATOR_OUT_OF_RANGE")
    void numeratorOutOfRange() {
        assertBreaks(Cell.NUMERATOR_OUT_OF_RANGE, () -> Cell.share(A, 11, 10));
        assertBreaks(Cell.NUMERATOR_OUT_OF_RANGE, () -> Cell.share(A, -1, 10));
    }

    @Test
    @DisplayName("a difference with a numerator breaks Cell.DIFFERENCE_WITH_NUMERATOR")
    void differenceWithNumerator() {
        assertBreaks(
                Cell.DIFFERENCE_WITH_NUMERATOR,
                () -> ImmutableCell.builder()
                        .key(A)
                        .count(3)
                        .unit(nl.welfare.indicators.definition.StatisticalUnit.PERSONS)
                        .difference(true)
                        .numerator(1L)
                        .build());
    }

    @Test
    @DisplayName("a relation without parts breaks Relation.NO_PARTS")
    void noParts() {
        assertBreaks(Relation.NO_PARTS, () -> Relation.sum(A, List.of()));
    }

    @Test
    @DisplayName("a relation naming a cell twice breaks Relation.CELL_REPEATED")
    void repeated() {
        assertBreaks(Relation.CELL_REPEATED, () -> Relation.sum(A, List.of(A, B)));
        assertBreaks(Relation.CELL_REPEATED, () -> Relation.sum(A, List.of(B, B)));
    }

    @Test
    @DisplayName("a change reads now = baseline + change")
    void change() {
        CellKey change = CellKey.of("volunteers-change", "BU01", "2018-2022");
        CellKey baseline = CellKey.of("volunteers", "BU01", "2018");
        Relation relation = Relation.change(change, A, baseline);
        assertEquals(A, relation.total());
        assertEquals(List.of(baseline, change), relation.parts());
    }

    @Test
    @DisplayName("a minimum below 1 breaks DisclosureRules.MINIMUM_BELOW_ONE")
    void minimumBelowOne() {
        assertBreaks(DisclosureRules.MINIMUM_BELOW_ONE, () -> DisclosureRules.of(0, 0, Optional.empty()));
    }

    @Test
    @DisplayName("a band reaching the minimum breaks DisclosureRules.SMALL_BAND_OUT_OF_RANGE")
    void bandOutOfRange() {
        assertBreaks(DisclosureRules.SMALL_BAND_OUT_OF_RANGE, () -> DisclosureRules.of(10, 10, Optional.empty()));
        assertBreaks(DisclosureRules.SMALL_BAND_OUT_OF_RANGE, () -> DisclosureRules.of(10, -1, Optional.empty()));
    }

    @Test
    @DisplayName("a rounding base below 2 breaks DisclosureRules.ROUNDING_BASE_BELOW_TWO")
    void roundingBase() {
        assertBreaks(
                DisclosureRules.ROUNDING_BASE_BELOW_TWO,
                () -> DisclosureRules.standard().rounded(1));
    }

    @Test
    @DisplayName("the standard rules are a minimum of 10 and a band of 1-4, and read as such")
    void standard() {
        DisclosureRules rules = DisclosureRules.standard();
        assertEquals(10, rules.minimum());
        assertEquals(4, rules.smallBand());
        assertEquals("minimum 10, band 1-4", rules.toString());
        assertEquals(
                "minimum 10, band 1-4, rounded to multiples of 5",
                rules.rounded(5).toString());
    }
}
