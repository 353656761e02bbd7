package nl.welfare.domain.programme;

import static nl.welfare.domain.programme.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The identifiers of programmes")
class ProgrammeIdentifiersTest {

    @Test
    @DisplayName("print as their text and parse back from it")
    void roundTrip() {
        assertEquals(
                PolicyId.of("nieuw-enschedees-welzijn"),
                PolicyId.parse("nieuw-enschedees-welzijn").get());
        assertEquals(GoalId.of("participation"), GoalId.parse("participation").get());
        assertEquals(OrganisationId.of("alifa"), OrganisationId.parse("alifa").get());
        assertEquals(CommissionId.of("c:2018"), CommissionId.parse("c:2018").get());
        assertEquals(ProgrammeId.of("oost.2018"), ProgrammeId.parse("oost.2018").get());
        assertEquals(MeetingId.of("m_1"), MeetingId.parse("m_1").get());
        assertEquals("oost.2018", ProgrammeId.of("oost.2018").toString());
    }

    @Test
    @DisplayName("of different kinds never equal each other, even with the same text")
    void typed() {
        assertNotEquals(PolicyId.of("x"), GoalId.of("x"));
        assertNotEquals(0, OrganisationId.of("x").compareTo(CommissionId.of("x")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "-leading", "a/b"})
    @DisplayName("reject malformed text, each with its own format rule")
    void rejectMalformed(String text) {
        assertBreaksOnly(PolicyId.FORMAT, "policy_id", PolicyId.parse(text));
        assertBreaksOnly(GoalId.FORMAT, "goal_id", GoalId.parse(text));
        assertBreaksOnly(OrganisationId.FORMAT, "organisation_id", OrganisationId.parse(text));
        assertBreaksOnly(CommissionId.FORMAT, "commission_id", CommissionId.parse(text));
        assertBreaksOnly(ProgrammeId.FORMAT, "programme_id", ProgrammeId.parse(text));
        assertBreaksOnly(MeetingId.FORMAT, "meeting_id", MeetingId.parse(text));
    }

    @Test
    @DisplayName("name their kind in the format rule's id")
    void ruleIds() {
        assertEquals("policy-id.format", PolicyId.FORMAT.id());
        assertEquals("goal-id.format", GoalId.FORMAT.id());
        assertEquals("organisation-id.format", OrganisationId.FORMAT.id());
        assertEquals("commission-id.format", CommissionId.FORMAT.id());
        assertEquals("programme-id.format", ProgrammeId.FORMAT.id());
        assertEquals("meeting-id.format", MeetingId.FORMAT.id());
    }
}
