package nl.welfare.domain.programme;

import static nl.welfare.domain.programme.RuleAssertions.assertBreaksOnly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import nl.welfare.domain.area.AreaCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A meeting")
class MeetingTest {

    private static final MeetingId ID = MeetingId.of("schouw-1");
    private static final LocalDate DATE = LocalDate.of(2018, 4, 12);
    private static final AreaCode AREA = AreaCode.of("WK015303");

    @Test
    @DisplayName("counts its attendees per kind and in all")
    void counts() {
        Meeting m = Meeting.validate(
                        ID,
                        DATE,
                        AREA,
                        MeetingKind.INSPECTION,
                        Map.of(AttendeeKind.RESIDENTS, 12, AttendeeKind.PROFESSIONALS, 4, AttendeeKind.OTHER, 0))
                .get();
        assertEquals(16, m.attendeeCount());
        assertEquals(12, m.count(AttendeeKind.RESIDENTS));
        assertEquals(0, m.count(AttendeeKind.COUNCIL_MEMBERS));
    }

    @Test
    @DisplayName("rejects a negative count")
    void negativeCount() {
        assertBreaksOnly(
                Meeting.NEGATIVE_COUNT,
                "attendees",
                Meeting.validate(
                        ID,
                        DATE,
                        AREA,
                        MeetingKind.INSPECTION,
                        Map.of(AttendeeKind.RESIDENTS, -1, AttendeeKind.PROFESSIONALS, 4)));
    }

    @Test
    @DisplayName("rejects a meeting that nobody attended")
    void noAttendees() {
        assertBreaksOnly(
                Meeting.NO_ATTENDEES, "attendees", Meeting.validate(ID, DATE, AREA, MeetingKind.ROUND_TABLE, Map.of()));
        assertBreaksOnly(
                Meeting.NO_ATTENDEES,
                "attendees",
                Meeting.validate(ID, DATE, AREA, MeetingKind.ROUND_TABLE, Map.of(AttendeeKind.RESIDENTS, 0)));
    }

    @ParameterizedTest
    @EnumSource(MeetingKind.class)
    @DisplayName("has kinds that parse back from their code")
    void meetingKinds(MeetingKind kind) {
        assertEquals(kind, MeetingKind.parse(kind.code()).get());
    }

    @ParameterizedTest
    @EnumSource(AttendeeKind.class)
    @DisplayName("has attendee kinds that parse back from their code")
    void attendeeKinds(AttendeeKind kind) {
        assertEquals(kind, AttendeeKind.parse(kind.code()).get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "party", "round table"})
    @DisplayName("rejects an unknown kind of meeting or attendee")
    void unknownKinds(String text) {
        assertBreaksOnly(MeetingKind.KNOWN, "kind", MeetingKind.parse(text));
        assertBreaksOnly(AttendeeKind.KNOWN, "attendee_kind", AttendeeKind.parse(text));
    }

    @Test
    @DisplayName("has the kind codes of the files")
    void codes() {
        assertEquals("round_table", MeetingKind.ROUND_TABLE.code());
        assertEquals("district_council", MeetingKind.DISTRICT_COUNCIL.code());
        assertEquals("council_members", AttendeeKind.COUNCIL_MEMBERS.code());
    }
}
