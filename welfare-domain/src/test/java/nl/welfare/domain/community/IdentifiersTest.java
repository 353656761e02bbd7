package nl.welfare.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Community identifiers")
class IdentifiersTest {

    @Test
    @DisplayName("print as their text and parse back")
    void roundTrip() {
        assertEquals(InitiativeId.of("beien"), InitiativeId.parse("beien").get());
        assertEquals("walk-tuesday", ActivityId.of("walk-tuesday").toString());
        assertEquals(
                PlaceId.of("p:1"), PlaceId.parse(PlaceId.of("p:1").toString()).get());
    }

    @Test
    @DisplayName("of different kinds with the same text are not equal")
    void typed() {
        assertNotEquals(InitiativeId.of("a1"), ActivityId.of("a1"));
        assertNotEquals(0, InitiativeId.of("a1").compareTo(PlaceId.of("a1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "-leading", "a/b"})
    @DisplayName("reject malformed text, each with its own format rule and field")
    void rejectMalformed(String text) {
        assertEquals(
                InitiativeId.FORMAT,
                InitiativeId.parse(text).getError().single().rule());
        assertEquals(
                "initiative_id", InitiativeId.parse(text).getError().single().field());
        assertEquals(
                ActivityId.FORMAT, ActivityId.parse(text).getError().single().rule());
        assertEquals("activity_id", ActivityId.parse(text).getError().single().field());
        assertEquals(PlaceId.FORMAT, PlaceId.parse(text).getError().single().rule());
        assertEquals("place_id", PlaceId.parse(text).getError().single().field());
    }
}
