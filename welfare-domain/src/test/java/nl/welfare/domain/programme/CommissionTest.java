package nl.welfare.domain.programme;

import static nl.welfare.domain.programme.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.time.ReportingPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A commission")
class CommissionTest {

    private static final CommissionId ID = CommissionId.of("c");
    private static final OrganisationId CITY = OrganisationId.of("city");
    private static final OrganisationId CONTRACTOR = OrganisationId.of("contractor");
    private static final ReportingPeriod TERM = ReportingPeriod.years(2018, 2022);
    private static final Set<AreaCode> AREAS = Set.of(AreaCode.of("GM0153"));
    private static final Set<GoalId> GOALS = Set.of(GoalId.of("g"));

    @Test
    @DisplayName("is in force within its term only, and within its extension when that is counted")
    void inForce() {
        Commission c = Commission.validate(
                        ID, CITY, CONTRACTOR, TERM, Optional.of(LocalDate.of(2024, 12, 31)), AREAS, Set.of(), GOALS)
                .get();
        assertFalse(c.isInForce(LocalDate.of(2017, 12, 31)));
        assertTrue(c.isInForce(LocalDate.of(2018, 1, 1)));
        assertTrue(c.isInForce(LocalDate.of(2022, 12, 31)));
        assertFalse(c.isInForce(LocalDate.of(2023, 1, 1)));
        assertTrue(c.isInForceIncludingExtension(LocalDate.of(2023, 1, 1)));
        assertTrue(c.isInForceIncludingExtension(LocalDate.of(2024, 12, 31)));
        assertFalse(c.isInForceIncludingExtension(LocalDate.of(2025, 1, 1)));
        assertFalse(c.isInForceIncludingExtension(LocalDate.of(2017, 12, 31)));
        assertEquals("2018/2024", c.fullTerm().toString());
    }

    @Test
    @DisplayName("without an extension has its term as its full term")
    void noExtension() {
        Commission c = Commission.validate(ID, CITY, CONTRACTOR, TERM, Optional.empty(), AREAS, Set.of(), GOALS)
                .get();
        assertEquals(TERM, c.fullTerm());
        assertFalse(c.isInForceIncludingExtension(LocalDate.of(2023, 1, 1)));
    }

    @Test
    @DisplayName("covers the boroughs it names, or every borough when it names none")
    void coversBoroughs() {
        assertTrue(Enschede.COMMISSION.coversBorough("OOST"));
        assertFalse(Enschede.COMMISSION.coversBorough("WEST"));
        Commission everywhere = Commission.validate(
                        ID, CITY, CONTRACTOR, TERM, Optional.empty(), AREAS, Set.of(), GOALS)
                .get();
        assertTrue(everywhere.coversBorough("WEST"));
    }

    @Test
    @DisplayName("rejects a contractor that is its own commissioner")
    void selfCommissioned() {
        assertBreaksOnly(
                Commission.SELF_COMMISSIONED,
                "contractor",
                Commission.validate(ID, CITY, CITY, TERM, Optional.empty(), AREAS, Set.of(), GOALS));
    }

    @Test
    @DisplayName("rejects a commission without areas")
    void noAreas() {
        assertBreaksOnly(
                Commission.NO_AREAS,
                "areas",
                Commission.validate(ID, CITY, CONTRACTOR, TERM, Optional.empty(), Set.of(), Set.of(), GOALS));
    }

    @Test
    @DisplayName("rejects a malformed borough group code")
    void boroughFormat() {
        var result = Commission.validate(
                ID, CITY, CONTRACTOR, TERM, Optional.empty(), AREAS, Set.of("OOST", "NOORD OOST"), GOALS);
        assertBreaksOnly(Commission.BOROUGH_FORMAT, "boroughs", result);
        assertEquals("NOORD OOST", result.getError().single().rejectedValue());
        assertBreaksOnly(
                Commission.BOROUGH_FORMAT,
                Commission.validate(ID, CITY, CONTRACTOR, TERM, Optional.empty(), AREAS, Set.of(""), GOALS));
    }

    @Test
    @DisplayName("rejects a commission without goals")
    void noGoals() {
        assertBreaksOnly(
                Commission.NO_GOALS,
                "goals",
                Commission.validate(ID, CITY, CONTRACTOR, TERM, Optional.empty(), AREAS, Set.of(), Set.of()));
    }

    @Test
    @DisplayName("rejects an extension that does not end after the term")
    void extensionBeforeEnd() {
        for (LocalDate end : List.of(LocalDate.of(2022, 12, 31), LocalDate.of(2020, 6, 1), LocalDate.of(2010, 1, 1))) {
            assertBreaksOnly(
                    Commission.EXTENSION_BEFORE_END,
                    "extension_end",
                    Commission.validate(ID, CITY, CONTRACTOR, TERM, Optional.of(end), AREAS, Set.of(), GOALS));
        }
        assertTrue(Commission.validate(
                        ID, CITY, CONTRACTOR, TERM, Optional.of(LocalDate.of(2023, 1, 1)), AREAS, Set.of(), GOALS)
                .isValid());
    }

    @Test
    @DisplayName("rejects an extension beyond the year 9999")
    void extensionYearRange() {
        assertBreaksOnly(
                Commission.EXTENSION_YEAR_RANGE,
                "extension_end",
                Commission.validate(
                        ID, CITY, CONTRACTOR, TERM, Optional.of(LocalDate.of(10000, 1, 1)), AREAS, Set.of(), GOALS));
    }

    @Test
    @DisplayName("serves only goals of its policy")
    void goalsOfPolicy() {
        assertTrue(Enschede.COMMISSION.validateAgainst(Enschede.POLICY).isValid());
        Commission c = Commission.validate(
                        ID,
                        CITY,
                        CONTRACTOR,
                        TERM,
                        Optional.empty(),
                        AREAS,
                        Set.of(),
                        Set.of(GoalId.of("participation"), GoalId.of("world-peace")))
                .get();
        var result = c.validateAgainst(Enschede.POLICY);
        assertBreaksOnly(Commission.GOAL_NOT_IN_POLICY, "goals", result);
        assertEquals("world-peace", result.getError().single().rejectedValue());
    }
}
