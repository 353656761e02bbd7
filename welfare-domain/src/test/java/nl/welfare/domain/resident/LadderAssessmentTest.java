package nl.welfare.domain.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A ladder assessment")
class LadderAssessmentTest {

    private static final ResidentId R = ResidentId.of("r-1");
    private static final LocalDate DAY = LocalDate.of(2019, 5, 14);

    @Test
    @DisplayName("places a resident on a rung on a date")
    void places() {
        LadderAssessment a = LadderAssessment.validate(R, DAY, 3).get();
        assertEquals(LadderAssessment.of(R, DAY, ParticipationRung.ORGANISED_ACTIVITIES), a);
        assertTrue(a.isHigherThan(LadderAssessment.of(R, DAY.minusMonths(6), ParticipationRung.ISOLATED)));
        assertFalse(a.isHigherThan(a));
    }

    @Test
    @DisplayName("rejects a rung outside 1-6 with the rung's range rule, in field rung")
    void rejectsRung() {
        var result = LadderAssessment.validate(R, DAY, 7);
        assertEquals(ParticipationRung.IN_RANGE, result.getError().single().rule());
        assertEquals("rung", result.getError().single().field());
        assertEquals("7", result.getError().single().rejectedValue());
    }
}
