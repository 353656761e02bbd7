package nl.welfare.domain.area;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * A municipality's own grouping of neighbourhoods (gebiedsindeling), such as Enschede's boroughs (stadsdelen): a
 * name ({@code borough}) and named {@link AreaGroup}s whose members are neighbourhoods, each in at most one group.
 * Not a CBS level: groups may cut across districts (Enschede's boroughs do), and roll-up works along a grouping as
 * it does along the CBS tree. The data package's {@code area_groupings} resource holds one grouping per value of
 * {@code grouping}; in results, the grouping's name stands in the {@code area_level} column, so it may not be the name
 * of a CBS level.
 *
 * <p>The rules here are those of the grouping itself; whether its members exist in an {@link AreaHierarchy} is
 * checked by {@link #validateAgainst(AreaHierarchy)}. A grouping need not cover every neighbourhood: {@link
 * #ungrouped(AreaHierarchy)} lists the rest.
 *
 * <pre>{@code
 * AreaGrouping boroughs = AreaGrouping.of("borough", List.of(centrum, noord, oost, west, zuid));
 * boroughs.groupOf(AreaCode.of("BU01530004")); // Some(OOST), though its district lies in Centrum
 * boroughs.validateAgainst(enschede2022);      // Valid, or area-grouping.unknown-area per stray member
 * }</pre>
 */
@Value.Immutable
public abstract class AreaGrouping {

    /** Rule: the grouping's name is empty or only white space. */
    public static final Rule NAME_BLANK = Rule.of("area-grouping.name-blank", "must not be blank");

    /**
     * Rule: the grouping is named like a CBS level ({@code district}), which would make the {@code area_level} column
     * of results ambiguous.
     */
    public static final Rule NAME_IS_LEVEL =
            Rule.of("area-grouping.name-is-level", "must not be country, municipality, district or neighbourhood");

    /** Rule: two groups have the same code; the violation names the code, once per code. */
    public static final Rule DUPLICATE_GROUP =
            Rule.of("area-grouping.duplicate-group", "must name each group of the grouping only once");

    /** Rule: a neighbourhood is in more than one group; the violation names the neighbourhood, once per code. */
    public static final Rule DUPLICATE_MEMBER =
            Rule.of("area-grouping.duplicate-member", "must be in at most one group of the grouping");

    /** Rule: a member is not in the area hierarchy the grouping is used with. */
    public static final Rule UNKNOWN_AREA = Rule.of("area-grouping.unknown-area", "must be an area of the hierarchy");

    AreaGrouping() {}

    /** The grouping's name, such as {@code borough}: the {@code grouping} column. */
    public abstract String name();

    /** The groups, in the order given. */
    public abstract List<AreaGroup> groups();

    /** A builder: name, then groups. */
    public static ImmutableAreaGrouping.NameBuildStage builder() {
        return ImmutableAreaGrouping.builder();
    }

    /** The grouping {@code name} of {@code groups}; throws when a rule is broken. */
    public static AreaGrouping of(String name, Iterable<AreaGroup> groups) {
        return builder().name(name).addAllGroups(groups).build();
    }

    /**
     * The grouping {@code name} of {@code groups}, or every rule it breaks, naming the fields {@code grouping}, {@code
     * group_code} and {@code area_code}.
     */
    public static Validation<Seq<Violation>, AreaGrouping> validate(String name, Iterable<AreaGroup> groups) {
        return Violations.attempt(() -> of(name, groups));
    }

    /** This grouping if every member is an area of {@code hierarchy}, else a violation of {@link #UNKNOWN_AREA} each. */
    public Validation<Seq<Violation>, AreaGrouping> validateAgainst(AreaHierarchy hierarchy) {
        Violations found = Violations.of("area grouping");
        for (AreaGroup group : groups()) {
            for (AreaCode member : group.members()) {
                found.check(hierarchy.contains(member), "area_code", UNKNOWN_AREA, member);
            }
        }
        return found.toValidation(() -> this);
    }

    /** The group of the neighbourhood {@code neighbourhood}, if it is in one. O(1). */
    public Option<AreaGroup> groupOf(AreaCode neighbourhood) {
        return Option.of(byMember().get(neighbourhood));
    }

    /** The group with code {@code groupCode}, if any. O(1). */
    public Option<AreaGroup> group(String groupCode) {
        return Option.of(byCode().get(groupCode));
    }

    /** The members of the group {@code groupCode}, by code; empty when there is no such group. */
    public Seq<AreaCode> members(String groupCode) {
        return group(groupCode).map(g -> Vector.ofAll(g.members())).getOrElse(Vector.empty());
    }

    /** The neighbourhoods of {@code hierarchy} that are in no group, by code. */
    public Seq<Area> ungrouped(AreaHierarchy hierarchy) {
        return hierarchy.areas(AreaLevel.NEIGHBOURHOOD).filter(a -> !byMember().containsKey(a.code()));
    }

    @Value.Lazy
    Map<AreaCode, AreaGroup> byMember() {
        Map<AreaCode, AreaGroup> index = new HashMap<>();
        groups().forEach(g -> g.members().forEach(m -> index.put(m, g)));
        return index;
    }

    @Value.Lazy
    Map<String, AreaGroup> byCode() {
        Map<String, AreaGroup> index = new HashMap<>();
        groups().forEach(g -> index.put(g.code(), g));
        return index;
    }

    @Value.Check
    final void check() {
        Violations found = Violations.of("area grouping")
                .check(!name().isBlank(), "grouping", NAME_BLANK, name())
                .check(AreaLevel.parse(name()).isInvalid(), "grouping", NAME_IS_LEVEL, name());
        Set<String> codes = new HashSet<>();
        Set<String> duplicateCodes = new LinkedHashSet<>();
        Set<AreaCode> members = new HashSet<>();
        Set<AreaCode> duplicateMembers = new LinkedHashSet<>();
        for (AreaGroup group : groups()) {
            if (!codes.add(group.code())) {
                duplicateCodes.add(group.code());
            }
            for (AreaCode member : group.members()) {
                if (!members.add(member)) {
                    duplicateMembers.add(member);
                }
            }
        }
        duplicateCodes.forEach(c -> found.check(false, "group_code", DUPLICATE_GROUP, c));
        duplicateMembers.forEach(m -> found.check(false, "area_code", DUPLICATE_MEMBER, m));
        found.throwIfAny();
    }
}
