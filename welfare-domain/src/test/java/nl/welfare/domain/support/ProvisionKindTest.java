package nl.welfare.domain.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A provision kind")
class ProvisionKindTest {

    @Test
    @DisplayName("is individual or collective, by the words of the kind column")
    void codes() {
        assertEquals("individual", ProvisionKind.INDIVIDUAL.code());
        assertEquals("collective", ProvisionKind.COLLECTIVE.code());
        assertEquals(
                ProvisionKind.COLLECTIVE, ProvisionKind.parse(" Collective").get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "maatwerk", "general", "individuals"})
    @DisplayName("rejects an unknown kind with its rule, in field kind")
    void rejectsUnknown(String text) {
        var result = ProvisionKind.parse(text);
        assertEquals(ProvisionKind.KNOWN, result.getError().single().rule());
        assertEquals("kind", result.getError().single().field());
    }
}
