package nl.welfare.domain.support;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * Whether a provision, or support received from it, is individual (maatwerkvoorziening: specialist, tailored, by
 * referral) or collective (algemene voorziening: general, open to all, preventive). Goal 5 of Enschede's policy is the
 * shift from the first to the second. {@link #code()} is the word of the {@code kind} column.
 *
 * <pre>{@code
 * ProvisionKind.parse("collective");  // Valid(COLLECTIVE)
 * ProvisionKind.INDIVIDUAL.code();    // "individual"
 * ProvisionKind.parse("maatwerk");    // Invalid(provision-kind.known)
 * }</pre>
 */
public enum ProvisionKind {
    /** Individual, tailored support by referral (maatwerkvoorziening); always received by a known resident. */
    INDIVIDUAL,
    /** Collective, general support open to all (algemene voorziening); may be used anonymously. */
    COLLECTIVE;

    /** Rule: the text names neither kind. */
    public static final Rule KNOWN = Rule.of("provision-kind.known", "must be individual or collective");

    /** The word used in files: {@code individual} or {@code collective}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, ProvisionKind> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ProvisionKind kind : values()) {
            if (kind.code().equals(wanted)) {
                return Validation.valid(kind);
            }
        }
        return Validation.invalid(List.of(Violation.of("kind", KNOWN, text)));
    }
}
