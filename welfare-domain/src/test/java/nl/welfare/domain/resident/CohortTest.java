package nl.welfare.domain.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.TreeSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A cohort")
class CohortTest {

    private static final CohortName PILOT = CohortName.of("shelter-pilot");
    private static final ResidentId ANNA = ResidentId.of("r-1");
    private static final ResidentId BERT = ResidentId.of("r-2");

    private static CohortMembership spell(ResidentId r, String joined, String left) {
        return CohortMembership.validate(PILOT, r, LocalDate.parse(joined), Optional.of(LocalDate.parse(left)))
                .get();
    }

    private static CohortMembership open(ResidentId r, String joined) {
        return CohortMembership.of(PILOT, r, LocalDate.parse(joined));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    @DisplayName("knows who is a member on a date, across leaving and rejoining")
    void membersOn() {
        Cohort cohort = Cohort.of(
                PILOT,
                List.of(spell(ANNA, "2019-03-01", "2019-06-30"), open(ANNA, "2019-09-01"), open(BERT, "2019-05-01")));
        assertTrue(cohort.isMember(ANNA, day("2019-06-30")));
        assertFalse(cohort.isMember(ANNA, day("2019-07-01")));
        assertTrue(cohort.isMember(ANNA, day("2019-09-01")));
        assertFalse(cohort.isMember(BERT, day("2019-04-30")));
        assertEquals(TreeSet.of(ANNA), cohort.membersOn(day("2019-04-01")));
        assertEquals(TreeSet.of(BERT), cohort.membersOn(day("2019-08-01")));
        assertEquals(TreeSet.of(ANNA, BERT), cohort.membersOn(day("2020-01-01")));
        assertEquals(TreeSet.of(ANNA), cohort.membersIn(ReportingPeriod.quarter(2019, 1)));
        assertEquals(TreeSet.of(ANNA, BERT), cohort.membersIn(ReportingPeriod.quarter(2019, 2)));
        assertEquals(TreeSet.of(BERT), cohort.membersIn(ReportingPeriod.month(2019, 8)));
        assertEquals(TreeSet.of(ANNA, BERT), cohort.residents());
    }

    @Test
    @DisplayName("accepts a rejoin the day after leaving")
    void rejoinNextDay() {
        assertTrue(Cohort.validate(
                        PILOT,
                        Optional.of("Men at the shelter"),
                        List.of(spell(ANNA, "2019-03-01", "2019-06-30"), open(ANNA, "2019-07-01")))
                .isValid());
    }

    @Test
    @DisplayName("rejects two memberships of one resident that share a day, in field joined")
    void rejectsOverlap() {
        var result = Cohort.validate(
                PILOT,
                Optional.empty(),
                List.of(open(ANNA, "2019-06-30"), spell(ANNA, "2019-03-01", "2019-06-30"), open(BERT, "2019-06-30")));
        assertEquals(Cohort.OVERLAPPING_MEMBERSHIP, result.getError().single().rule());
        assertEquals("joined", result.getError().single().field());
    }

    @Test
    @DisplayName("rejects a membership inside an open one, however the memberships are ordered")
    void rejectsInsideOpen() {
        var result = Cohort.validate(
                PILOT,
                Optional.empty(),
                List.of(
                        spell(ANNA, "2019-01-01", "2019-01-31"),
                        open(ANNA, "2019-03-01"),
                        spell(ANNA, "2020-01-01", "2020-01-31")));
        assertEquals(Cohort.OVERLAPPING_MEMBERSHIP, result.getError().single().rule());
    }

    @Test
    @DisplayName("rejects a membership inside a longer earlier one")
    void rejectsInsideLonger() {
        var result = Cohort.validate(
                PILOT,
                Optional.empty(),
                List.of(
                        spell(ANNA, "2019-01-01", "2019-12-31"),
                        spell(ANNA, "2019-02-01", "2019-02-28"),
                        spell(ANNA, "2019-06-01", "2019-06-30")));
        assertEquals(2, result.getError().size());
        assertTrue(result.getError().forAll(v -> v.rule().equals(Cohort.OVERLAPPING_MEMBERSHIP)));
    }

    @Test
    @DisplayName("rejects a membership of another cohort, in field cohort")
    void rejectsForeign() {
        CohortMembership foreign = CohortMembership.of(CohortName.of("other-pilot"), BERT, day("2019-01-01"));
        var result = Cohort.validate(PILOT, Optional.empty(), List.of(open(ANNA, "2019-01-01"), foreign));
        Violation v = result.getError().single();
        assertEquals(Cohort.FOREIGN_MEMBERSHIP, v.rule());
        assertEquals("cohort", v.field());
        assertEquals("other-pilot", v.rejectedValue());
    }

    @Test
    @DisplayName("rejects a blank description")
    void rejectsBlankDescription() {
        var result = Cohort.validate(PILOT, Optional.of("  "), List.of());
        assertEquals(Cohort.BLANK_DESCRIPTION, result.getError().single().rule());
        assertThrows(
                InvalidValueException.class,
                () -> Cohort.builder().name(PILOT).description("").build());
    }

    @Test
    @DisplayName("reports every broken rule at once")
    void everyRule() {
        CohortMembership foreign = CohortMembership.of(CohortName.of("other-pilot"), BERT, day("2019-01-01"));
        var result = Cohort.validate(
                PILOT, Optional.of(""), List.of(open(ANNA, "2019-01-01"), open(ANNA, "2019-02-01"), foreign));
        assertEquals(
                io.vavr.collection.HashSet.of(
                        Cohort.BLANK_DESCRIPTION, Cohort.FOREIGN_MEMBERSHIP, Cohort.OVERLAPPING_MEMBERSHIP),
                result.getError().map(Violation::rule).toSet());
    }
}
