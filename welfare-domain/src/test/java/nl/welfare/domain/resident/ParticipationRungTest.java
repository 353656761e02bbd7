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

@DisplayName("A participation rung")
class ParticipationRungTest {

    @Test
    @DisplayName("has the number and meaning of the participation ladder")
    void meanings() {
        assertEquals(ParticipationRung.ISOLATED, ParticipationRung.of(1));
        assertEquals(ParticipationRung.SOCIAL_CONTACTS_OUTSIDE_HOME, ParticipationRung.of(2));
        assertEquals(ParticipationRung.ORGANISED_ACTIVITIES, ParticipationRung.of(3));
        assertEquals(ParticipationRung.UNPAID_WORK, ParticipationRung.of(4));
        assertEquals(ParticipationRung.PAID_WORK_WITH_SUPPORT, ParticipationRung.of(5));
        assertEquals(ParticipationRung.PAID_WORK, ParticipationRung.of(6));
        assertEquals("isolated: no social contacts outside the home", ParticipationRung.ISOLATED.description());
        assertEquals("social contacts outside the home", ParticipationRung.SOCIAL_CONTACTS_OUTSIDE_HOME.description());
        assertEquals("taking part in organised activities", ParticipationRung.ORGANISED_ACTIVITIES.description());
        assertEquals("unpaid work, such as volunteering", ParticipationRung.UNPAID_WORK.description());
        assertEquals("paid work with support", ParticipationRung.PAID_WORK_WITH_SUPPORT.description());
        assertEquals("paid work", ParticipationRung.PAID_WORK.description());
        for (ParticipationRung rung : ParticipationRung.values()) {
            assertEquals(rung, ParticipationRung.validate(rung.number()).get());
        }
    }

    @Test
    @DisplayName("is higher than the rungs below it only")
    void higher() {
        assertTrue(ParticipationRung.UNPAID_WORK.isHigherThan(ParticipationRung.ISOLATED));
        assertFalse(ParticipationRung.UNPAID_WORK.isHigherThan(ParticipationRung.UNPAID_WORK));
        assertFalse(ParticipationRung.ISOLATED.isHigherThan(ParticipationRung.PAID_WORK));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, -1, Integer.MAX_VALUE, Integer.MIN_VALUE})
    @DisplayName("rejects a number outside 1-6 with the range rule, in field rung")
    void rejectsOutOfRange(int number) {
        var result = ParticipationRung.validate(number);
        assertEquals(ParticipationRung.IN_RANGE, result.getError().single().rule());
        assertEquals("rung", result.getError().single().field());
        assertThrows(InvalidValueException.class, () -> ParticipationRung.of(number));
    }
}
