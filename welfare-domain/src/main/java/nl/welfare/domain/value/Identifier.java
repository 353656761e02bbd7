package nl.welfare.domain.value;

import org.immutables.value.Value;

/**
 * The base of every identifier wrapper ({@code InitiativeId}, {@code ProvisionId}, ...): an opaque, case-sensitive
 * text of 1 to 64 characters from {@code A-Z a-z 0-9 . _ : -}, starting with a letter or digit.
 *
 * <p>Identifiers are compared by type and value: an {@code InitiativeId} never equals a {@code ProvisionId} with the
 * same text. Each subtype declares its own {@link Rule} for the format so that a violation names the kind of id:
 *
 * {@code
 * InitiativeId id = InitiativeId.of("beien");
 * Validation<Seq<Violation>, InitiativeId> checked = InitiativeId.parse(textFromAFile);
 * }
 */
public abstract class Identifier implements Comparable<Identifier> {

    /** The longest identifier accepted. */
    public static final int MAX_LENGTH = 64;

    /** Subclasses are Immutables wrappers in the domain packages. */
    protected Identifier() {}

    /** The identifier's text. */
    @Value.Parameter
    public abstract String value();

    /**
     * Whether {@code text} has the format every identifier shares: 1 to {@value #MAX_LENGTH} ASCII letters, digits,
     * {@code .}, {@code _}, {@code :} or {@code -}, starting with a letter or digit. A loop over the characters, not a
     * regular expression: readers check an identifier in every row of a file of millions.
     */
    public static boolean isWellFormed(String text) {
        int length = text.length();
        if (length == 0 || length > MAX_LENGTH || !isLetterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = text.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** The rule of an identifier kind's format, named {@code <kind>.format}. */
    protected static Rule formatRule(String kind) {
        return Rule.of(
                kind + ".format",
                "must be 1 to " + MAX_LENGTH
                        + " letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    }

    /** Throws when {@link #value()} breaks {@code rule}; subclasses call it from their {@code @Value.Check}. */
    protected final void checkFormat(String field, Rule rule) {
        Violations.of(rule.id().substring(0, rule.id().indexOf('.')))
                .check(isWellFormed(value()), field, rule, value())
                .throwIfAny();
    }

    /**
     * Whether {@code text} is a Dutch citizen service number (BSN): nine digits that pass the eleven test. Pseudonymous
     * identifiers of persons reject such a text, so that a national id cannot slip in as a pseudonym.
     */
    protected static boolean isCitizenServiceNumber(String text) {
        if (text.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i == 8 ? -1 : 9 - i;
            sum += weight * (c - '0');
        }
        return sum % 11 == 0 && sum != 0;
    }

    @Override
    public int compareTo(Identifier other) {
        int byType = getClass().getName().compareTo(other.getClass().getName());
        return byType != 0 ? byType : value().compareTo(other.value());
    }

    /** The identifier's text, so that {@code parse(id.toString())} gives the identifier back. */
    @Override
    public String toString() {
        return value();
    }
}
