package nl.welfare.domain.programme;

import static nl.welfare.domain.programme.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A budget")
class BudgetTest {

    private static final ProgrammeId OOST = Enschede.OOST.id();
    private static final Year YEAR = Year.of(2019);

    @Test
    @DisplayName("keeps its amount in euros with two decimals, so equal amounts make equal budgets")
    void normalised() {
        Budget whole = Budget.of(OOST, "OOST", YEAR, new BigDecimal("250000"));
        Budget cents = Budget.of(OOST, "OOST", YEAR, new BigDecimal("250000.000"));
        assertEquals("250000.00", whole.amount().toPlainString());
        assertEquals(whole, cents);
        assertEquals(
                new BigDecimal("0.00"),
                Budget.of(OOST, "OOST", YEAR, BigDecimal.ZERO).amount());
        assertEquals(
                new BigDecimal("1000.00"),
                Budget.of(OOST, "OOST", YEAR, new BigDecimal("1E+3")).amount());
    }

    @Test
    @DisplayName("rejects a negative amount")
    void negative() {
        assertBreaksOnly(Budget.NEGATIVE, "amount", Budget.validate(OOST, "OOST", YEAR, new BigDecimal("-0.01")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "12.345", "100.0001"})
    @DisplayName("rejects an amount in fractions of a cent")
    void precision(String amount) {
        assertBreaksOnly(Budget.PRECISION, "amount", Budget.validate(OOST, "OOST", YEAR, new BigDecimal(amount)));
    }

    @Test
    @DisplayName("rejects a malformed borough")
    void boroughFormat() {
        assertBreaksOnly(Budget.BOROUGH_FORMAT, "borough", Budget.validate(OOST, " OOST", YEAR, BigDecimal.TEN));
    }

    @Test
    @DisplayName("belongs to the programme it is checked against, in its borough and in a year it runs")
    void againstProgramme() {
        assertTrue(Budget.of(OOST, "OOST", YEAR, BigDecimal.TEN)
                .validateAgainst(Enschede.OOST)
                .isValid());
        assertBreaksOnly(
                Budget.OTHER_PROGRAMME,
                "programme_id",
                Budget.of(ProgrammeId.of("noord-2018"), "OOST", YEAR, BigDecimal.TEN)
                        .validateAgainst(Enschede.OOST));
        assertBreaksOnly(
                Budget.OTHER_BOROUGH,
                "borough",
                Budget.of(OOST, "NOORD", YEAR, BigDecimal.TEN).validateAgainst(Enschede.OOST));
        assertBreaksOnly(
                Budget.OUTSIDE_PROGRAMME_PERIOD,
                "year",
                Budget.of(OOST, "OOST", Year.of(2023), BigDecimal.TEN).validateAgainst(Enschede.OOST));
    }
}
