package nl.welfare.domain.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A self-reliance score")
class SelfRelianceScoreTest {

    @Test
    @DisplayName("has the number and meaning of the matrix")
    void meanings() {
        assertEquals(SelfRelianceScore.ACUTE_PROBLEMS, SelfRelianceScore.of(1));
        assertEquals(SelfRelianceScore.NOT_SELF_RELIANT, SelfRelianceScore.of(2));
        assertEquals(SelfRelianceScore.LIMITED, SelfRelianceScore.of(3));
        assertEquals(SelfRelianceScore.SUFFICIENT, SelfRelianceScore.of(4));
        assertEquals(SelfRelianceScore.FULLY_SELF_RELIANT, SelfRelianceScore.of(5));
        assertEquals("acute problems", SelfRelianceScore.ACUTE_PROBLEMS.description());
        assertEquals("not self-reliant", SelfRelianceScore.NOT_SELF_RELIANT.description());
        assertEquals("limited self-reliance", SelfRelianceScore.LIMITED.description());
        assertEquals("sufficiently self-reliant", SelfRelianceScore.SUFFICIENT.description());
        assertEquals("fully self-reliant", SelfRelianceScore.FULLY_SELF_RELIANT.description());
    }

    @Test
    @DisplayName("is sufficient at 4 and 5 only")
    void sufficient() {
        assertFalse(SelfRelianceScore.ACUTE_PROBLEMS.isSufficient());
        assertFalse(SelfRelianceScore.NOT_SELF_RELIANT.isSufficient());
        assertFalse(SelfRelianceScore.LIMITED.isSufficient());
        assertTrue(SelfRelianceScore.SUFFICIENT.isSufficient());
        assertTrue(SelfRelianceScore.FULLY_SELF_RELIANT.isSufficient());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -3, 10})
    @DisplayName("rejects a number outside 1-5 with the range rule, in field score")
    void rejectsOutOfRange(int number) {
        var result = SelfRelianceScore.validate(number);
        assertEquals(SelfRelianceScore.IN_RANGE, result.getError().single().rule());
        assertEquals("score", result.getError().single().field());
        assertThrows(InvalidValueException.class, () -> SelfRelianceScore.of(number));
    }
}
