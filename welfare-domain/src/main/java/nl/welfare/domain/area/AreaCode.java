package nl.welfare.domain.area;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The CBS code of an area (gebiedscode): {@code NL00} for the country, {@code GM} and 4 digits for a municipality,
 * {@code WK} and the municipality's 4 digits plus 2 for a district, {@code BU} and the district's 6 digits plus 2 for
 * a neighbourhood. A code knows its {@link AreaLevel} and its parent's code, so the tree is in the codes themselves.
 *
 * {@code
 * AreaCode city = AreaCode.of("BU01530000");
 * city.level();   // NEIGHBOURHOOD
 * city.parent();  // Some(WK015300)
 * AreaCode.parse("WK15300"); // Invalid(area-code.format)
 * }
 *
 * <p>Codes are only comparable within one vintage of the CBS list (see {@link AreaHierarchy}).
 */
@Value.Immutable
public abstract class AreaCode implements Comparable<AreaCode> {

    /** Rule: the text is not a CBS code of any level. */
    public static final Rule FORMAT = Rule.of(
            "area-code.format", "must be a CBS code: NL00, GM and 4 digits, WK and 6 digits, or BU and 8 digits");

    /** The code of the Netherlands, root of a national list. */
    public static final AreaCode NETHERLANDS = of("NL00");

    AreaCode() {}

    /** The code's text, such as {@code GM0153}. */
    @Value.Parameter
    public abstract String value();

    /** The code given by {@code text}; throws {@link nl.welfare.domain.value.InvalidValueException} if malformed. */
    public static AreaCode of(String text) {
        return ImmutableAreaCode.of(text);
    }

    /** The code given by {@code text}, or the violation of {@link #FORMAT} in field {@code "code"}. */
    public static Validation<Seq<Violation>, AreaCode> parse(String text) {
        return parse("code", text);
    }

    /** As {@link #parse(String)}, naming {@code field} in the violation (such as {@code "area_code"}). */
    public static Validation<Seq<Violation>, AreaCode> parse(String field, String text) {
        return levelOf(text).isDefined()
                ? Validation.valid(of(text))
                : Validation.invalid(List.of(Violation.of(field, FORMAT, text)));
    }

    /** Whether {@code text} is a well-formed CBS code. */
    public static boolean isWellFormed(String text) {
        return levelOf(text).isDefined();
    }

    private static Option<AreaLevel> levelOf(String text) {
        if (text.equals("NL00")) {
            return Option.some(AreaLevel.COUNTRY);
        }
        for (AreaLevel level : List.of(AreaLevel.MUNICIPALITY, AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD)) {
            if (text.length() == 2 + digits(level) && text.startsWith(level.prefix()) && allDigits(text, 2)) {
                return Option.some(level);
            }
        }
        return Option.none();
    }

    private static int digits(AreaLevel level) {
        return 2 * level.depth() + 2;
    }

    private static boolean allDigits(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Value.Check
    final void check() {
        Violations.of("area code")
                .check(isWellFormed(value()), "code", FORMAT, value())
                .throwIfAny();
    }

    /** The level this code belongs to. */
    public AreaLevel level() {
        return levelOf(value()).get();
    }

    /** The code of the area directly above: the country for a municipality, none for the country. */
    public Option<AreaCode> parent() {
        switch (level()) {
            case COUNTRY:
                return Option.none();
            case MUNICIPALITY:
                return Option.some(NETHERLANDS);
            case DISTRICT:
                return Option.some(of("GM" + value().substring(2, 6)));
            default:
                return Option.some(of("WK" + value().substring(2, 8)));
        }
    }

    /** The digits after the prefix ({@code "0153"} for {@code GM0153}); {@code "00"} for the country. */
    public String digits() {
        return value().substring(2);
    }

    /**
     * Whether this code lies strictly below {@code ancestor} by CBS structure: a district below its municipality, a
     * neighbourhood below its district, municipality and the country.
     */
    public boolean isBelow(AreaCode ancestor) {
        if (!ancestor.level().isAbove(level())) {
            return false;
        }
        return ancestor.level() == AreaLevel.COUNTRY || digits().startsWith(ancestor.digits());
    }

    /** Orders by level from the country down, then by code. */
    @Override
    public int compareTo(AreaCode other) {
        int byLevel = Integer.compare(level().depth(), other.level().depth());
        return byLevel != 0 ? byLevel : value().compareTo(other.value());
    }

    /** The code's text, so that {@code parse(code.toString())} gives the code back. */
    @Override
    public String toString() {
        return value();
    }
}
