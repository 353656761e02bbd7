package nl.welfare.domain.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import nl.welfare.domain.time.ReportingPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A cohort membership")
class CohortMembershipTest {

    private static final CohortName PILOT = CohortName.of("shelter-pilot");
    private static final ResidentId R = ResidentId.of("r-1");

    private static CohortMembership spell(String joined, String left) {
        return CohortMembership.validate(PILOT, R, LocalDate.parse(joined), Optional.of(LocalDate.parse(left)))
                .get();
    }

    @Test
    @DisplayName("includes the day the resident joined and the day they left")
    void inclusiveDates() {
        CohortMembership m = spell("2019-03-01", "2019-06-30");
        assertFalse(m.isActiveOn(LocalDate.parse("2019-02-28")));
        assertTrue(m.isActiveOn(LocalDate.parse("2019-03-01")));
        assertTrue(m.isActiveOn(LocalDate.parse("2019-06-30")));
        assertFalse(m.isActiveOn(LocalDate.parse("2019-07-01")));
        assertTrue(m.isActiveIn(ReportingPeriod.month(2019, 6)));
        assertFalse(m.isActiveIn(ReportingPeriod.month(2019, 7)));
    }

    @Test
    @DisplayName("runs on without a left date")
    void open() {
        CohortMembership m = CohortMembership.of(PILOT, R, LocalDate.parse("2019-03-01"));
        assertTrue(m.isActiveOn(LocalDate.parse("2030-01-01")));
        assertTrue(m.isActiveIn(ReportingPeriod.year(2025)));
    }

    @Test
    @DisplayName("may leave on the day it joined")
    void oneDay() {
        assertTrue(spell("2019-03-01", "2019-03-01").isActiveOn(LocalDate.parse("2019-03-01")));
    }

    @Test
    @DisplayName("rejects a left date before the joined date with its rule, in field left")
    void rejectsLeftBeforeJoined() {
        var result = CohortMembership.validate(
                PILOT, R, LocalDate.parse("2019-03-01"), Optional.of(LocalDate.parse("2019-02-28")));
        assertEquals(
                CohortMembership.LEFT_BEFORE_JOINED, result.getError().single().rule());
        assertEquals("left", result.getError().single().field());
    }

    @Test
    @DisplayName("overlaps another spell when they share a day")
    void overlaps() {
        CohortMembership spring = spell("2019-03-01", "2019-06-30");
        assertTrue(spring.overlaps(spell("2019-06-30", "2019-08-01")));
        assertFalse(spring.overlaps(spell("2019-07-01", "2019-08-01")));
        assertTrue(spring.overlaps(CohortMembership.of(PILOT, R, LocalDate.parse("2018-01-01"))));
        assertFalse(spring.overlaps(CohortMembership.of(PILOT, R, LocalDate.parse("2019-07-01"))));
    }
}
