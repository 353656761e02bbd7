package nl.welfare.domain.programme;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;

/**
 * What kind of organisation an {@link Organisation} is (soort organisatie). {@link #code()} is the lower-case word used
 * in files ({@code welfare_organisation}).
 *
 * <pre>{@code
 * OrganisationKind.parse("school");        // Valid(SCHOOL)
 * OrganisationKind.parse("church");        // Invalid(organisation-kind.known)
 * }</pre>
 */
public enum OrganisationKind {
    /** A municipality (gemeente), which adopts policies and commissions contractors. */
    MUNICIPALITY,
    /** A welfare organisation (welzijnsorganisatie), such as Alifa, Vizier or Eurus. */
    WELFARE_ORGANISATION,
    /** A school or university (school, hogeschool), such as Saxion. */
    SCHOOL,
    /** A housing corporation (woningcorporatie). */
    HOUSING_CORPORATION,
    /** Any other organisation. */
    OTHER;

    /** Rule: the text names no kind of organisation. */
    public static final Rule KNOWN = Rule.of(
            "organisation-kind.known",
            "must be municipality, welfare_organisation, school, housing_corporation or other");

    /** The word used in files: the constant's name in lower case ({@code housing_corporation}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by {@code text} ({@link #code()}, case-insensitive), or a violation of {@link #KNOWN}. */
    public static Validation<Seq<Violation>, OrganisationKind> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (OrganisationKind kind : values()) {
            if (kind.code().equals(wanted)) {
                return Validation.valid(kind);
            }
        }
        return Validation.invalid(List.of(Violation.of("kind", KNOWN, text)));
    }
}
