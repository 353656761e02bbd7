package nl.welfare.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The community codes of the data package")
class CodesTest {

    @Test
    @DisplayName("parse back from their code, ignoring case and surrounding space")
    void roundTrip() {
        for (InitiativeLead lead : InitiativeLead.values()) {
            assertEquals(lead, InitiativeLead.parse(lead.code()).get());
        }
        for (ParticipationRole role : ParticipationRole.values()) {
            assertEquals(role, ParticipationRole.parse(role.code()).get());
        }
        for (PlaceKind kind : PlaceKind.values()) {
            assertEquals(kind, PlaceKind.parse(kind.code()).get());
        }
        assertEquals(
                InitiativeLead.RESIDENTS, InitiativeLead.parse(" Residents ").get());
        assertEquals("neighbourhood-living-room", PlaceKind.NEIGHBOURHOOD_LIVING_ROOM.code());
        assertEquals("organiser", ParticipationRole.ORGANISER.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "resident", "bewoners", "both"})
    @DisplayName("reject an unknown lead")
    void unknownLead(String text) {
        assertEquals(
                InitiativeLead.KNOWN,
                InitiativeLead.parse(text).getError().single().rule());
        assertEquals("lead", InitiativeLead.parse(text).getError().single().field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "organizer", "vrijwilliger"})
    @DisplayName("reject an unknown role")
    void unknownRole(String text) {
        assertEquals(
                ParticipationRole.KNOWN,
                ParticipationRole.parse(text).getError().single().rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "community_centre", "buurthuis"})
    @DisplayName("reject an unknown kind of place")
    void unknownKind(String text) {
        assertEquals(PlaceKind.KNOWN, PlaceKind.parse(text).getError().single().rule());
    }
}
