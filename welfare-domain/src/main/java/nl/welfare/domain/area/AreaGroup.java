package nl.welfare.domain.area;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.SortedSet;
import java.util.regex.Pattern;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * One group of an {@link AreaGrouping}: a municipality's own named set of neighbourhoods (buurten), such as the
 * borough (stadsdeel) Centrum of Enschede. Not a CBS level: a group may take neighbourhoods from several districts.
 * The rows of the data package's {@code area_groupings} resource that share a {@code group_code}.
 *
 * <pre>{@code
 * AreaGroup centrum = AreaGroup.of("CENTRUM", "Centrum",
 *         List.of(AreaCode.of("BU01530000"), AreaCode.of("BU01530001")));
 * centrum.contains(AreaCode.of("BU01530000")); // true
 * AreaGroup.validate("centrum", "Centrum", List.of());
 * // Invalid(area-group.code-format, area-group.empty)
 * }</pre>
 */
@Value.Immutable
public abstract class AreaGroup {

    /** The longest group code accepted. */
    public static final int MAX_CODE_LENGTH = 64;

    /** Rule: the group code is blank, too long, or has a character other than {@code A-Z 0-9 _ -}. */
    public static final Rule CODE_FORMAT = Rule.of(
            "area-group.code-format",
            "must be 1 to " + MAX_CODE_LENGTH + " upper-case letters, digits, '_' or '-' (such as CENTRUM)");

    /** Rule: the group's name is empty or only white space. */
    public static final Rule NAME_BLANK = Rule.of("area-group.name-blank", "must not be blank");

    /** Rule: the group has no members; the violation names the group code. */
    public static final Rule EMPTY = Rule.of("area-group.empty", "must list at least one neighbourhood");

    /** Rule: a member is not a neighbourhood code (a grouping groups neighbourhoods, not districts). */
    public static final Rule NOT_A_NEIGHBOURHOOD =
            Rule.of("area-group.not-a-neighbourhood", "must be a neighbourhood code (BU and 8 digits)");

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1," + MAX_CODE_LENGTH + "}");

    AreaGroup() {}

    /** The group's code, such as {@code CENTRUM}: it stands in results where a CBS code stands for a CBS area. */
    public abstract String code();

    /** The group's name, such as {@code Centrum}. */
    public abstract String name();

    /** The neighbourhoods in the group, by code. */
    @Value.NaturalOrder
    public abstract SortedSet<AreaCode> members();

    /** A builder: code, name, then members. */
    public static ImmutableAreaGroup.CodeBuildStage builder() {
        return ImmutableAreaGroup.builder();
    }

    /** The group {@code code} named {@code name} of {@code members}; throws when a rule is broken. */
    public static AreaGroup of(String code, String name, Iterable<AreaCode> members) {
        return builder().code(code).name(name).addAllMembers(members).build();
    }

    /**
     * The group {@code code} named {@code name} of {@code members}, or every rule it breaks, naming the fields {@code
     * group_code}, {@code group_name} and {@code area_code}.
     */
    public static Validation<Seq<Violation>, AreaGroup> validate(String code, String name, Iterable<AreaCode> members) {
        return Violations.attempt(() -> of(code, name, members));
    }

    /** Whether {@code code} is a well-formed group code. */
    public static boolean isWellFormedCode(String code) {
        return CODE.matcher(code).matches();
    }

    /** Whether the neighbourhood {@code neighbourhood} is in this group. */
    public boolean contains(AreaCode neighbourhood) {
        return members().contains(neighbourhood);
    }

    @Value.Check
    final void check() {
        Violations found = Violations.of("area group")
                .check(isWellFormedCode(code()), "group_code", CODE_FORMAT, code())
                .check(!name().isBlank(), "group_name", NAME_BLANK, name())
                .check(!members().isEmpty(), "area_code", EMPTY, code());
        for (AreaCode member : members()) {
            found.check(member.level() == AreaLevel.NEIGHBOURHOOD, "area_code", NOT_A_NEIGHBOURHOOD, member);
        }
        found.throwIfAny();
    }
}
