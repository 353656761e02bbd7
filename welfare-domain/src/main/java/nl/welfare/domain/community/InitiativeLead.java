package nl.welfare.domain.community;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * Who leads an {@link Initiative} (regie): its residents, professionals, or both together. Goal 1 counts the share
 * of initiatives led by residents; a {@link #JOINT} initiative does not count as resident-led. {@link #code()} is the
 * word of the {@code lead} column.
 *
 * <pre>{@code
 * InitiativeLead.parse("residents"); // Valid(RESIDENTS)
 * InitiativeLead.JOINT.code();       // "joint"
 * }</pre>
 */
public enum InitiativeLead {
    /** Residents lead the initiative (bewonersregie). */
    RESIDENTS,
    /** Professionals lead the initiative. */
    PROFESSIONALS,
    /** Residents and professionals lead it together (gedeelde regie). */
    JOINT;

    /** Rule: the text names none of the leads. */
    public static final Rule KNOWN = Rule.of("initiative-lead.known", "must be residents, professionals or joint");

    /** The word used in files: {@code residents}, {@code professionals}, {@code joint}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lead named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, InitiativeLead> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (InitiativeLead lead : values()) {
            if (lead.code().equals(wanted)) {
                return Validation.valid(lead);
            }
        }
        return Validation.invalid(List.of(Violation.of("lead", KNOWN, text)));
    }
}
