package nl.welfare.domain.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A provision id and a support episode id")
class SupportIdentifierTest {

    @Test
    @DisplayName("print as their text and are never equal to each other")
    void opaque() {
        assertEquals("p-1", ProvisionId.parse("p-1").get().toString());
        assertEquals("e-1", SupportEpisodeId.parse("e-1").get().toString());
        assertNotEquals(ProvisionId.of("x"), SupportEpisodeId.of("x"));
    }

    @Test
    @DisplayName("reject a malformed provision id with its format rule, in the field asked for")
    void rejectsProvisionId() {
        assertEquals(
                ProvisionId.FORMAT, ProvisionId.parse("p 1").getError().single().rule());
        assertEquals(
                "provision_id", ProvisionId.parse("p 1").getError().single().field());
        assertEquals(
                "provision",
                ProvisionId.parse("provision", "").getError().single().field());
        assertThrows(InvalidValueException.class, () -> ProvisionId.of("-p"));
    }

    @Test
    @DisplayName("reject a malformed support episode id with its format rule")
    void rejectsEpisodeId() {
        assertEquals(
                SupportEpisodeId.FORMAT,
                SupportEpisodeId.parse("e/1").getError().single().rule());
        assertEquals("id", SupportEpisodeId.parse("").getError().single().field());
        assertEquals(
                "episode",
                SupportEpisodeId.parse("episode", "").getError().single().field());
    }
}
