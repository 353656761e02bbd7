package nl.welfare.domain.community;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * The kind of a {@link Place} (soort voorziening). {@link #code()} is the lower-case name with hyphens
 * ({@code community-centre}).
 *
 * <pre>{@code
 * PlaceKind.parse("neighbourhood-living-room"); // Valid(NEIGHBOURHOOD_LIVING_ROOM)
 * PlaceKind.SHELTER.code();                     // "shelter"
 * }</pre>
 */
public enum PlaceKind {
    /** A community centre (buurthuis, wijkcentrum). */
    COMMUNITY_CENTRE,
    /** A neighbourhood living room: an open, informal meeting place (huiskamer van de buurt). */
    NEIGHBOURHOOD_LIVING_ROOM,
    /** A playground (speeltuin). */
    PLAYGROUND,
    /** A shelter for people without a home (opvang). */
    SHELTER,
    /** Any other place. */
    OTHER;

    /** Rule: the text names none of the kinds. */
    public static final Rule KNOWN = Rule.of(
            "place-kind.known", "must be community-centre, neighbourhood-living-room, playground, shelter or other");

    /** The word used in files: {@code community-centre}, {@code neighbourhood-living-room}, {@code playground}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, PlaceKind> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (PlaceKind kind : values()) {
            if (kind.code().equals(wanted)) {
                return Validation.valid(kind);
            }
        }
        return Validation.invalid(List.of(Violation.of("kind", KNOWN, text)));
    }
}
