package nl.welfare.domain.community;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * The role a resident has in a {@link Participation} (deelname): taking part, volunteering or organising. The
 * {@code volunteers} indicator counts distinct residents with the role {@link #VOLUNTEER}. {@link #code()} is the
 * word of the {@code role} column.
 *
 * <pre>{@code
 * ParticipationRole.parse("volunteer"); // Valid(VOLUNTEER)
 * ParticipationRole.ORGANISER.code();   // "organiser"
 * }</pre>
 */
public enum ParticipationRole {
    /** Takes part in the activity (deelnemer). */
    PARTICIPANT,
    /** Helps run the activity without pay (vrijwilliger). */
    VOLUNTEER,
    /** Organises the activity (organisator). */
    ORGANISER;

    /** Rule: the text names none of the roles. */
    public static final Rule KNOWN = Rule.of("participation-role.known", "must be participant, volunteer or organiser");

    /** The word used in files: {@code participant}, {@code volunteer}, {@code organiser}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, ParticipationRole> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ParticipationRole role : values()) {
            if (role.code().equals(wanted)) {
                return Validation.valid(role);
            }
        }
        return Validation.invalid(List.of(Violation.of("role", KNOWN, text)));
    }
}
