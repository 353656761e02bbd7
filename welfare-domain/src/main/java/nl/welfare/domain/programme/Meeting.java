package nl.welfare.domain.programme;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Map;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A meeting that maps an area or opens a dialogue (bijeenkomst: rondetafelgesprek, schouw, wijkraadvergadering): its
 * date, its area, its kind, and how many people of each kind attended. Attendees are only counted, never named.
 *
 * <pre>{@code
 * Meeting roundTable = Meeting.builder()
 *         .id(MeetingId.of("rondetafel-2016-05-26"))
 *         .date(LocalDate.of(2016, 5, 26))
 *         .area(AreaCode.of("GM0153"))
 *         .kind(MeetingKind.ROUND_TABLE)
 *         .putAttendee(AttendeeKind.PARTNERS, 60)
 *         .build();
 * roundTable.attendeeCount(); // 60
 * }</pre>
 */
@Value.Immutable
public abstract class Meeting {

    /** Rule: a kind of attendee has a count below zero. */
    public static final Rule NEGATIVE_COUNT = Rule.of("meeting.negative-count", "must not count below zero");

    /** Rule: no kind of attendee has a count above zero. */
    public static final Rule NO_ATTENDEES = Rule.of("meeting.no-attendees", "must count at least one attendee");

    Meeting() {}

    /** The meeting's identifier. */
    public abstract MeetingId id();

    /** The day the meeting took place. */
    public abstract LocalDate date();

    /** The CBS area the meeting was about or held in: a neighbourhood, district or the municipality. */
    public abstract AreaCode area();

    /** What kind of meeting it was. */
    public abstract MeetingKind kind();

    /** How many people of each kind attended; kinds that are absent count zero. */
    public abstract Map<AttendeeKind, Integer> attendees();

    /** A staged builder: {@code id}, {@code date}, {@code area}, {@code kind}, then the attendees. */
    public static ImmutableMeeting.IdBuildStage builder() {
        return ImmutableMeeting.builder();
    }

    /** The meeting, or every rule its input breaks. */
    public static Validation<Seq<Violation>, Meeting> validate(
            MeetingId id, LocalDate date, AreaCode area, MeetingKind kind, Map<AttendeeKind, Integer> attendees) {
        return Violations.attempt(() -> builder()
                .id(id)
                .date(date)
                .area(area)
                .kind(kind)
                .putAllAttendees(attendees)
                .build());
    }

    @Value.Check
    final void check() {
        Violations.of("meeting")
                .check(attendees().values().stream().allMatch(c -> c >= 0), "attendees", NEGATIVE_COUNT, attendees())
                .check(attendees().values().stream().anyMatch(c -> c > 0), "attendees", NO_ATTENDEES, attendees())
                .throwIfAny();
    }

    /** How many people of {@code kind} attended: zero when the kind is absent. */
    public int count(AttendeeKind kind) {
        return attendees().getOrDefault(kind, 0);
    }

    /** How many people attended in all: the sum of the counts. */
    public long attendeeCount() {
        return attendees().values().stream().mapToLong(Integer::longValue).sum();
    }
}
