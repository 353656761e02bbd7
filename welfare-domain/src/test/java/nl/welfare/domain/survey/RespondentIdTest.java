package nl.welfare.domain.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A respondent id")
class RespondentIdTest {

    @Test
    @DisplayName("is an opaque pseudonym that prints as its text")
    void opaque() {
        RespondentId id = RespondentId.of("bp2019-00412");
        assertEquals("bp2019-00412", id.toString());
        assertEquals(id, RespondentId.parse(id.toString()).get());
    }

    @Test
    @DisplayName("rejects a malformed text with the format rule")
    void rejectsMalformed() {
        var result = RespondentId.parse("has space");
        assertEquals(RespondentId.FORMAT, result.getError().single().rule());
        assertEquals("respondent_id", result.getError().single().field());
    }

    @Test
    @DisplayName("rejects a citizen service number and never repeats it in the violation")
    void rejectsNationalId() {
        // 111222333: 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 - 1*3 = 66, a multiple of 11
        var result = RespondentId.parse("111222333");
        assertEquals(RespondentId.NOT_A_NATIONAL_ID, result.getError().single().rule());
        assertFalse(result.getError().single().toString().contains("111222333"));
        assertTrue(RespondentId.parse("111222334").isValid());
        assertTrue(RespondentId.parse("000000000").isValid());
    }
}
