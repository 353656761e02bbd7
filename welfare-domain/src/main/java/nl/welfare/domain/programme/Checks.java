package nl.welfare.domain.programme;

import java.util.Collection;
import nl.welfare.domain.value.Identifier;

/** Checks shared by the types of this package: group codes of a borough, and texts that must not be blank. */
final class Checks {

    private Checks() {}

    /**
     * Whether {@code code} can be the group code of a borough ({@code OOST}): the same format as an identifier, as the
     * {@code group_code} column of {@code area_groupings} holds it.
     */
    static boolean isGroupCode(String code) {
        return Identifier.isWellFormed(code);
    }

    /** The first malformed group code of {@code codes}, or the empty text when all are well formed. */
    static String firstMalformedGroupCode(Collection<String> codes) {
        return codes.stream().filter(c -> !isGroupCode(c)).findFirst().orElse("");
    }

    /** Whether {@code text} has at least one character that is not white space. */
    static boolean isNonBlank(String text) {
        return !text.isBlank();
    }
}
