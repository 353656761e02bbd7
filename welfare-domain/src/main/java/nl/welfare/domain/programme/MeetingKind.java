package nl.welfare.domain.programme;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * What kind of {@link Meeting} it was (soort bijeenkomst). {@link #code()} is the lower-case word used in files
 * ({@code round_table}).
 *
 * <pre>{@code
 * MeetingKind.parse("inspection"); // Valid(INSPECTION)
 * MeetingKind.parse("party");      // Invalid(meeting-kind.known)
 * }</pre>
 */
public enum MeetingKind {
    /** A round-table conversation (rondetafelgesprek) with partners, council members or residents. */
    ROUND_TABLE,
    /** A neighbourhood inspection (schouw): walking the area to see what is there and what is wrong. */
    INSPECTION,
    /** A meeting of a district council (wijkraadvergadering). */
    DISTRICT_COUNCIL,
    /** Any other meeting that maps an area or opens a dialogue. */
    OTHER;

    /** Rule: the text names no kind of meeting. */
    public static final Rule KNOWN =
            Rule.of("meeting-kind.known", "must be round_table, inspection, district_council or other");

    /** The word used in files: the constant's name in lower case ({@code round_table}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of meeting named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, MeetingKind> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (MeetingKind value : values()) {
            if (value.code().equals(wanted)) {
                return Validation.valid(value);
            }
        }
        return Validation.invalid(List.of(Violation.of("kind", KNOWN, text)));
    }
}
