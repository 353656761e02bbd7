package nl.welfare.domain.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A resident id")
class ResidentIdTest {

    @Test
    @DisplayName("is an opaque pseudonym that prints as its text")
    void opaque() {
        ResidentId id = ResidentId.of("r-7f3a9c");
        assertEquals("r-7f3a9c", id.toString());
        assertEquals(id, ResidentId.parse("r-7f3a9c").get());
    }

    @Test
    @DisplayName("rejects a malformed text with the format rule")
    void rejectsMalformed() {
        var result = ResidentId.parse("has space");
        assertEquals(ResidentId.FORMAT, result.getError().single().rule());
    }

    @Test
    @DisplayName("rejects a citizen service number and never repeats it in the violation")
    void rejectsNationalId() {
        // 111222333: 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 - 1*3 = 66, a multiple of 11
        var result = ResidentId.parse("111222333");
        assertEquals(ResidentId.NOT_A_NATIONAL_ID, result.getError().single().rule());
        assertFalse(result.getError().single().toString().contains("111222333"));
        assertTrue(ResidentId.parse("111222334").isValid());
    }
}
