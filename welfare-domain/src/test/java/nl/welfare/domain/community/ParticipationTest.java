package nl.welfare.domain.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.time.ReportingPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A participation")
class ParticipationTest {

    @Test
    @DisplayName("of a volunteer at the Tuesday walk lies in the year and month of its date")
    void volunteer() {
        var result = Participation.validate(
                ResidentId.of("r-7f3a9c"),
                ActivityId.of("walk-tuesday"),
                AreaCode.of("BU01530100"),
                LocalDate.of(2019, 3, 14),
                ParticipationRole.VOLUNTEER);
        assertTrue(result.isValid());
        Participation p = result.get();
        assertEquals(ParticipationRole.VOLUNTEER, p.role());
        assertTrue(p.isIn(ReportingPeriod.year(2019)));
        assertTrue(p.isIn(ReportingPeriod.month(2019, 3)));
        assertFalse(p.isIn(ReportingPeriod.quarter(2019, 2)));
    }
}
