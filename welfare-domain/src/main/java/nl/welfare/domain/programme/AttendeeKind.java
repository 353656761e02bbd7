package nl.welfare.domain.programme;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * Who came to a {@link Meeting}, counted per kind (soort deelnemer); never who they were. {@link #code()} is the
 * lower-case word used in files ({@code council_members}).
 *
 * <pre>{@code
 * AttendeeKind.parse("residents"); // Valid(RESIDENTS)
 * AttendeeKind.parse("mayor");     // Invalid(attendee-kind.known)
 * }</pre>
 */
public enum AttendeeKind {
    /** Residents of the area (bewoners). */
    RESIDENTS,
    /** Professionals: district team members, coaches, welfare workers (professionals). */
    PROFESSIONALS,
    /** Members of the municipal council (raadsleden). */
    COUNCIL_MEMBERS,
    /** Partner organisations (partners), such as welfare partners. */
    PARTNERS,
    /** Anyone else. */
    OTHER;

    /** Rule: the text names no kind of attendee. */
    public static final Rule KNOWN =
            Rule.of("attendee-kind.known", "must be residents, professionals, council_members, partners or other");

    /** The word used in files: the constant's name in lower case ({@code council_members}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of attendee named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, AttendeeKind> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (AttendeeKind value : values()) {
            if (value.code().equals(wanted)) {
                return Validation.valid(value);
            }
        }
        return Validation.invalid(List.of(Violation.of("attendee_kind", KNOWN, text)));
    }
}
