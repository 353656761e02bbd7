package nl.welfare.domain.programme;

import static nl.welfare.domain.programme.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.time.ReportingPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A borough's programme and its bottlenecks")
class AreaProgrammeTest {

    private static final ProgrammeId ID = ProgrammeId.of("oost-2018");
    private static final CommissionId COMMISSION = Enschede.COMMISSION.id();
    private static final ReportingPeriod PERIOD = ReportingPeriod.years(2018, 2022);
    private static final LocalDate IDENTIFIED = LocalDate.of(2018, 3, 1);

    private static AreaProgramme programme(String borough, ReportingPeriod period, List<Bottleneck> bottlenecks) {
        return AreaProgramme.validate(ID, COMMISSION, borough, period, bottlenecks, List.of(), List.of("Do something"))
                .get();
    }

    @Test
    @DisplayName("rejects a bottleneck with a blank description")
    void bottleneckBlankDescription() {
        assertBreaksOnly(
                Bottleneck.BLANK_DESCRIPTION,
                "description",
                Bottleneck.validate("OOST", IDENTIFIED, " ", Optional.empty()));
    }

    @Test
    @DisplayName("rejects a bottleneck with a malformed borough")
    void bottleneckBoroughFormat() {
        assertBreaksOnly(
                Bottleneck.BOROUGH_FORMAT,
                "borough",
                Bottleneck.validate("", IDENTIFIED, "Something is wrong", Optional.empty()));
    }

    @Test
    @DisplayName("rejects a malformed borough")
    void boroughFormat() {
        assertBreaksOnly(
                AreaProgramme.BOROUGH_FORMAT,
                "borough",
                AreaProgramme.validate(ID, COMMISSION, "Oost Enschede", PERIOD, List.of(), List.of(), List.of()));
    }

    @Test
    @DisplayName("rejects a bottleneck of another borough")
    void bottleneckElsewhere() {
        var result = AreaProgramme.validate(
                ID, COMMISSION, "NOORD", PERIOD, List.of(Enschede.SPECIAL_TRANSPORT), List.of(), List.of());
        assertBreaksOnly(AreaProgramme.BOTTLENECK_ELSEWHERE, "bottlenecks", result);
        assertEquals("OOST", result.getError().single().rejectedValue());
    }

    @Test
    @DisplayName("rejects two own goals with the same id")
    void duplicateGoal() {
        assertBreaksOnly(
                AreaProgramme.DUPLICATE_GOAL,
                "goals",
                AreaProgramme.validate(
                        ID,
                        COMMISSION,
                        "OOST",
                        PERIOD,
                        List.of(),
                        List.of(PolicyGoal.of(GoalId.of("g"), "One"), PolicyGoal.of(GoalId.of("g"), "Two")),
                        List.of()));
    }

    @Test
    @DisplayName("rejects a blank intervention")
    void blankIntervention() {
        assertBreaksOnly(
                AreaProgramme.BLANK_INTERVENTION,
                "interventions",
                AreaProgramme.validate(
                        ID, COMMISSION, "OOST", PERIOD, List.of(), List.of(), List.of("Inform residents", "  ")));
    }

    @Test
    @DisplayName("may have no bottlenecks, goals or interventions of its own")
    void emptyLists() {
        assertTrue(AreaProgramme.validate(ID, COMMISSION, "OOST", PERIOD, List.of(), List.of(), List.of())
                .isValid());
    }

    @Test
    @DisplayName("belongs to the commission it is checked against")
    void otherCommission() {
        AreaProgramme other = AreaProgramme.validate(
                        ID, CommissionId.of("other"), "OOST", PERIOD, List.of(), List.of(), List.of())
                .get();
        assertBreaksOnly(AreaProgramme.OTHER_COMMISSION, "commission_id", other.validateAgainst(Enschede.COMMISSION));
    }

    @Test
    @DisplayName("lies in a borough its commission covers")
    void boroughNotCommissioned() {
        assertBreaksOnly(
                AreaProgramme.BOROUGH_NOT_COMMISSIONED,
                "borough",
                programme("WEST", PERIOD, List.of()).validateAgainst(Enschede.COMMISSION));
    }

    @Test
    @DisplayName("lies within its commission's term, the extension included")
    void outsideCommissionTerm() {
        assertTrue(programme("OOST", ReportingPeriod.years(2023, 2024), List.of())
                .validateAgainst(Enschede.COMMISSION)
                .isValid());
        assertBreaksOnly(
                AreaProgramme.OUTSIDE_COMMISSION_TERM,
                "period",
                programme("OOST", ReportingPeriod.years(2017, 2022), List.of()).validateAgainst(Enschede.COMMISSION));
        assertBreaksOnly(
                AreaProgramme.OUTSIDE_COMMISSION_TERM,
                "period",
                programme("OOST", ReportingPeriod.years(2024, 2025), List.of()).validateAgainst(Enschede.COMMISSION));
    }

    @Test
    @DisplayName("relates its bottlenecks only to goals of the commission or its own")
    void unknownGoal() {
        Bottleneck playgrounds = Bottleneck.validate(
                        "OOST", IDENTIFIED, "Playgrounds are little used", Optional.of(GoalId.of("play")))
                .get();
        assertBreaksOnly(
                AreaProgramme.UNKNOWN_GOAL,
                "bottlenecks",
                programme("OOST", PERIOD, List.of(playgrounds)).validateAgainst(Enschede.COMMISSION));
        AreaProgramme withOwnGoal = AreaProgramme.validate(
                        ID,
                        COMMISSION,
                        "OOST",
                        PERIOD,
                        List.of(playgrounds),
                        List.of(PolicyGoal.of(GoalId.of("play"), "More play")),
                        List.of())
                .get();
        assertTrue(withOwnGoal.validateAgainst(Enschede.COMMISSION).isValid());
    }
}
