package nl.welfare.indicators.target;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;
import org.immutables.value.Value;

/**
 * The areas a {@link Target} applies to (werkingsgebied van een streefwaarde): one CBS area, one group of a
 * municipality's grouping (a borough), every area of a CBS level, or every group of a grouping.
 *
 * <p>A result's area is either a CBS area, whose level follows from its code, or a group of a named grouping (in the
 * results table: a group code in {@code area_code} and the grouping's name in {@code area_level}). A scope for CBS
 * areas never covers a group, and a scope for groups never covers a CBS area.
 *
 * <pre>{@code
 * TargetScope.area(AreaCode.of("GM0153")).covers(AreaCode.of("GM0153"));    // true
 * TargetScope.level(AreaLevel.DISTRICT).covers(AreaCode.of("WK015300"));    // true
 * TargetScope.group("borough", "OOST").covers("borough", "OOST");           // true
 * TargetScope.grouping("borough").covers("borough", "NOORD");               // true
 * TargetScope.validateGroup("district", "oost");
 * // Invalid(target-scope.grouping-is-level, target-scope.group-code-format)
 * }</pre>
 *
 * <p>A scope for one area or one group is {@linkplain #isSingle() single}; {@link Targets#lookup} prefers a target
 * with a single scope to one for every area of a level or every group of a grouping.
 */
public sealed interface TargetScope
        permits TargetScope.OneArea, TargetScope.OneGroup, TargetScope.AllOfLevel, TargetScope.AllOfGrouping {

    /** Rule: the grouping's name is empty or only white space. */
    public static final Rule GROUPING_BLANK = Rule.of("target-scope.grouping-blank", "must not be blank");

    /** Rule: the grouping is named like a CBS level, which would make the {@code area_level} column ambiguous. */
    public static final Rule GROUPING_IS_LEVEL =
            Rule.of("target-scope.grouping-is-level", "must not be country, municipality, district or neighbourhood");

    /** Rule: the group code is not a well-formed group code (see {@link AreaGroup#CODE_FORMAT}). */
    public static final Rule GROUP_CODE_FORMAT = Rule.of(
            "target-scope.group-code-format",
            "must be 1 to " + AreaGroup.MAX_CODE_LENGTH + " upper-case letters, digits, '_' or '-' (such as OOST)");

    /** The CBS area {@code area} alone. */
    public static TargetScope area(AreaCode area) {
        return ImmutableOneArea.of(area);
    }

    /** The group {@code groupCode} of the grouping {@code grouping} alone; throws when a rule is broken. */
    public static TargetScope group(String grouping, String groupCode) {
        return ImmutableOneGroup.of(grouping, groupCode);
    }

    /** Every CBS area of {@code level}. */
    public static TargetScope level(AreaLevel level) {
        return ImmutableAllOfLevel.of(level);
    }

    /** Every group of the grouping {@code grouping}; throws when a rule is broken. */
    public static TargetScope grouping(String grouping) {
        return ImmutableAllOfGrouping.of(grouping);
    }

    /**
     * The group {@code groupCode} of {@code grouping}, or every rule it breaks, naming the fields {@code grouping} and
     * {@code group_code}.
     */
    public static Validation<Seq<Violation>, TargetScope> validateGroup(String grouping, String groupCode) {
        return Violations.attempt(() -> group(grouping, groupCode));
    }

    /** Every group of {@code grouping}, or every rule it breaks, naming the field {@code grouping}. */
    public static Validation<Seq<Violation>, TargetScope> validateGrouping(String grouping) {
        return Violations.attempt(() -> grouping(grouping));
    }

    /** Whether the scope covers the CBS area {@code area} (whose level is {@code area.level()}). */
    boolean covers(AreaCode area);

    /** Whether the scope covers the group {@code groupCode} of the grouping {@code grouping}. */
    boolean covers(String grouping, String groupCode);

    /** Whether the scope is one area or one group, rather than every area of a level or every group of a grouping. */
    boolean isSingle();

    /**
     * What the results table writes in {@code area_level} for the areas of this scope: the level's code ({@code
     * district}) or the grouping's name ({@code borough}).
     */
    String areaLevel();

    private static void checkGrouping(Violations found, String grouping) {
        found.check(!grouping.isBlank(), "grouping", GROUPING_BLANK, grouping)
                .check(AreaLevel.parse(grouping).isInvalid(), "grouping", GROUPING_IS_LEVEL, grouping);
    }

    /** One CBS area: {@code GM0153}, {@code WK015300}. Made by {@link TargetScope#area(AreaCode)}. */
    @Value.Immutable
    abstract sealed class OneArea implements TargetScope permits ImmutableOneArea {

        OneArea() {}

        /** The area. */
        @Value.Parameter
        public abstract AreaCode area();

        @Override
        public boolean covers(AreaCode area) {
            return area().equals(area);
        }

        @Override
        public boolean covers(String grouping, String groupCode) {
            return false;
        }

        @Override
        public boolean isSingle() {
            return true;
        }

        @Override
        public String areaLevel() {
            return area().level().code();
        }

        /** The area's code: {@code GM0153}. */
        @Override
        public String toString() {
            return area().toString();
        }
    }

    /** One group of a grouping: the borough {@code OOST}. Made by {@link TargetScope#group(String, String)}. */
    @Value.Immutable
    abstract sealed class OneGroup implements TargetScope permits ImmutableOneGroup {

        OneGroup() {}

        /** The grouping's name: {@code borough}. */
        @Value.Parameter
        public abstract String grouping();

        /** The group's code: {@code OOST}. */
        @Value.Parameter
        public abstract String groupCode();

        @Override
        public boolean covers(AreaCode area) {
            return false;
        }

        @Override
        public boolean covers(String grouping, String groupCode) {
            return grouping().equals(grouping) && groupCode().equals(groupCode);
        }

        @Override
        public boolean isSingle() {
            return true;
        }

        @Override
        public String areaLevel() {
            return grouping();
        }

        @Value.Check
        final void check() {
            Violations found = Violations.of("target scope");
            checkGrouping(found, grouping());
            found.check(AreaGroup.isWellFormedCode(groupCode()), "group_code", GROUP_CODE_FORMAT, groupCode())
                    .throwIfAny();
        }

        /** The grouping and the group: {@code borough OOST}. */
        @Override
        public String toString() {
            return grouping() + " " + groupCode();
        }
    }

    /** Every CBS area of a level: every district. Made by {@link TargetScope#level(AreaLevel)}. */
    @Value.Immutable
    abstract sealed class AllOfLevel implements TargetScope permits ImmutableAllOfLevel {

        AllOfLevel() {}

        /** The level. */
        @Value.Parameter
        public abstract AreaLevel level();

        @Override
        public boolean covers(AreaCode area) {
            return area.level() == level();
        }

        @Override
        public boolean covers(String grouping, String groupCode) {
            return false;
        }

        @Override
        public boolean isSingle() {
            return false;
        }

        @Override
        public String areaLevel() {
            return level().code();
        }

        /** {@code every district}. */
        @Override
        public String toString() {
            return "every " + level().code();
        }
    }

    /** Every group of a grouping: every borough. Made by {@link TargetScope#grouping(String)}. */
    @Value.Immutable
    abstract sealed class AllOfGrouping implements TargetScope permits ImmutableAllOfGrouping {

        AllOfGrouping() {}

        /** The grouping's name: {@code borough}. */
        @Value.Parameter
        public abstract String grouping();

        @Override
        public boolean covers(AreaCode area) {
            return false;
        }

        @Override
        public boolean covers(String grouping, String groupCode) {
            return grouping().equals(grouping);
        }

        @Override
        public boolean isSingle() {
            return false;
        }

        @Override
        public String areaLevel() {
            return grouping();
        }

        @Value.Check
        final void check() {
            Violations found = Violations.of("target scope");
            checkGrouping(found, grouping());
            found.throwIfAny();
        }

        /** {@code every borough}. */
        @Override
        public String toString() {
            return "every " + grouping();
        }
    }
}
