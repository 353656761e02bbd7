package nl.welfare.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of areas (gebieden): CBS codes, areas, random valid hierarchies of varied shape, groupings of a
 * hierarchy's neighbourhoods (such as boroughs) and populations; and, for every rule of the area package, breaches
 * that break exactly that rule. Hierarchy and grouping breaches start from a valid value and corrupt it (a duplicate,
 * an orphan, a neighbourhood in two groups, ...).
 *
 * <pre>{@code
 * qt().forAll(AreaGenerators.hierarchies()).checkAssert(h -> assertEquals(h.size(), h.areas().size()));
 * qt().forAll(AreaGenerators.hierarchies().flatMap(AreaGenerators::groupings)).checkAssert(g -> ...);
 * qt().forAll(AreaGenerators.areaHierarchyBreaches()).checkAssert(Breach::assertBreaksExactlyItsRule);
 * }</pre>
 */
public final class AreaGenerators {

    private static final List<String> NAMES = List.of(
            "City",
            "Lasonder, Zeggelt",
            "'t Weldink",
            "De Bothoven",
            "Velve-Lindenhof",
            "Wijk 00 Binnensingelgebied",
            "Hogeland-Noord",
            "Enschede",
            "Glanerbrug",
            "Twekkelerveld");

    private static final List<String> BOROUGHS = List.of("CENTRUM", "NOORD", "OOST", "WEST", "ZUID");

    private static final List<String> GROUPING_NAMES = List.of("borough", "wijkteam", "gebied", "cluster");

    private static final String GROUP_CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";

    private AreaGenerators() {}

    // ------------------------------------------------------------------------------------------------ codes, levels

    /** Well-formed CBS codes of every level, with digits drawn from the whole range. */
    public static Gen<AreaCode> areaCodes() {
        return Generate.enumValues(AreaLevel.class).flatMap(AreaGenerators::areaCodes);
    }

    /** Well-formed CBS codes of {@code level}. */
    public static Gen<AreaCode> areaCodes(AreaLevel level) {
        return integers().between(0, 99_999_999).map(n -> codeOf(level, n));
    }

    /** Texts that are not CBS codes, each breaking {@link AreaCode#FORMAT}. */
    public static Gen<Breach<AreaCode>> areaCodeBreaches() {
        return integers().between(0, 6).zip(areaCodes(AreaLevel.NEIGHBOURHOOD), (kind, code) -> {
            String digits = code.digits();
            String text;
            switch (kind) {
                case 0:
                    text = "GM" + digits.substring(0, 3);
                    break;
                case 1:
                    text = "WK" + digits.substring(0, 5);
                    break;
                case 2:
                    text = "BU" + digits.substring(0, 7) + "a";
                    break;
                case 3:
                    text = code.value().toLowerCase(Locale.ROOT);
                    break;
                case 4:
                    text = "NL" + digits.substring(0, 2).replace("00", "01");
                    break;
                case 5:
                    text = " " + code.value();
                    break;
                default:
                    text = "";
            }
            return Breach.of(AreaCode.FORMAT, "the text '" + text + "'", () -> AreaCode.parse(text));
        });
    }

    /** Words that name no CBS level, each breaking {@link AreaLevel#KNOWN}. */
    public static Gen<Breach<AreaLevel>> areaLevelBreaches() {
        return Generate.pick(List.of("wijk", "buurt", "gemeente", "borough", "districts", "", "land"))
                .map(word -> Breach.of(AreaLevel.KNOWN, "the word '" + word + "'", () -> AreaLevel.parse(word)));
    }

    // ------------------------------------------------------------------------------------------------------- areas

    /** Names of areas: never blank. */
    public static Gen<String> names() {
        return Generate.pick(NAMES).zip(integers().between(0, 20), (name, n) -> n < 10 ? name : name + " " + n);
    }

    /**
     * Valid areas of every level; the parent code is given in about half of them (it is always the code's parent), and
     * the population in about two thirds.
     */
    public static Gen<Area> areas() {
        return areaCodes().zip(names(), populations(), Generate.booleans(), AreaGenerators::area);
    }

    /** Areas that break exactly one of the four rules of {@link Area}, about equally often. */
    @SuppressWarnings("unchecked") // Generate.oneOf of generic generators
    public static Gen<Breach<Area>> areaBreaches() {
        Gen<Breach<Area>> levelMismatches = areas().zip(Generate.enumValues(AreaLevel.class), (a, level) -> {
            AreaLevel wrong = level == a.level() ? AreaLevel.values()[(level.ordinal() + 1) % 4] : level;
            return Breach.of(
                    Area.LEVEL_MISMATCH,
                    a.code() + " as " + wrong.code(),
                    () -> Area.validate(a.code(), a.name(), wrong, a.parentCode(), a.population()));
        });
        Gen<Breach<Area>> parentMismatches = areas().zip(areaCodes(), (a, other) -> {
            AreaCode wrong = Optional.of(other).equals(a.parentCode()) ? a.code() : other;
            return Breach.of(
                    Area.PARENT_MISMATCH,
                    a.code() + " under " + wrong,
                    () -> Area.validate(a.code(), a.name(), a.level(), Optional.of(wrong), a.population()));
        });
        Gen<Breach<Area>> blankNames = areas().zip(
                        blanks(),
                        (a, blank) -> Breach.of(
                                Area.NAME_BLANK,
                                a.code() + " named '" + blank + "'",
                                () -> Area.validate(a.code(), blank, a.level(), a.parentCode(), a.population())));
        Gen<Breach<Area>> negativePopulations = areas().zip(
                        integers().between(-1_000_000, -1),
                        (a, n) -> Breach.of(
                                Area.POPULATION_NEGATIVE,
                                a.code() + " with " + n + " inhabitants",
                                () -> Area.validate(a.code(), a.name(), a.level(), a.parentCode(), Optional.of(n))));
        return Generate.oneOf(levelMismatches, parentMismatches, blankNames, negativePopulations);
    }

    // ------------------------------------------------------------------------------------------------- hierarchies

    /**
     * Valid hierarchies of varied shape, with a vintage in about three quarters of them: 1 to 4 municipalities (with
     * the country as root in a fifth of cases, and in another fifth without municipality rows so that districts are
     * the roots), 0 to 5 districts each, 0 to 6 neighbourhoods per district. Never empty.
     */
    public static Gen<AreaHierarchy> hierarchies() {
        return hierarchyAreas().zip(vintages(), (areas, vintage) -> AreaHierarchy.of(vintage, areas));
    }

    /** Vintages of CBS lists, 2010 to 2030, empty in about a quarter of cases. */
    public static Gen<Optional<Year>> vintages() {
        return integers().between(2010, 2030).map(Year::of).toOptionals(25);
    }

    /**
     * Hierarchies that break exactly one rule of {@link AreaHierarchy}: a valid hierarchy's areas with one of them
     * twice ({@link AreaHierarchy#DUPLICATE_CODE}), or with an orphan ({@link AreaHierarchy#ORPHAN}: an area below the
     * top level removed from between its parent and its children, or a neighbourhood added under an absent district).
     * The areas come in a shuffled order.
     */
    @SuppressWarnings("unchecked") // Generate.oneOf of generic generators
    public static Gen<Breach<AreaHierarchy>> areaHierarchyBreaches() {
        Gen<Breach<AreaHierarchy>> duplicates = hierarchyAreas()
                .zip(vintages(), longs().all(), (areas, vintage, seed) -> {
                    Random random = new Random(seed);
                    Area original = areas.get(random.nextInt(areas.size()));
                    Area twin = random.nextBoolean()
                            ? original
                            : Area.builder()
                                    .code(original.code())
                                    .name(original.name() + " (twin)")
                                    .level(original.level())
                                    .build();
                    List<Area> broken = new ArrayList<>(areas);
                    broken.add(twin);
                    Collections.shuffle(broken, random);
                    return Breach.of(
                            AreaHierarchy.DUPLICATE_CODE,
                            "a second " + twin + " among " + areas.size() + " areas",
                            () -> AreaHierarchy.validate(vintage, broken));
                });
        Gen<Breach<AreaHierarchy>> orphans = hierarchyAreas().zip(vintages(), longs().all(), (areas, vintage, seed) -> {
            Random random = new Random(seed);
            List<Area> broken = new ArrayList<>(areas);
            int top = areas.stream().mapToInt(a -> a.level().depth()).min().orElseThrow();
            Set<AreaCode> parents =
                    areas.stream().flatMap(a -> a.parentCode().stream()).collect(Collectors.toSet());
            List<Area> inner = areas.stream()
                    .filter(a -> a.level().depth() > top && parents.contains(a.code()))
                    .collect(Collectors.toList());
            String description;
            if (!inner.isEmpty() && random.nextBoolean()) {
                Area removed = inner.get(random.nextInt(inner.size()));
                broken.remove(removed);
                description = "the areas below " + removed + " without it";
            } else {
                Set<AreaCode> taken = codes(areas);
                AreaCode stray;
                do {
                    stray = codeOf(AreaLevel.NEIGHBOURHOOD, random.nextInt(100_000_000));
                } while (taken.contains(stray) || taken.contains(stray.parent().get()));
                broken.add(Area.of(stray, "Stray"));
                description = "a neighbourhood " + stray + " whose district is absent";
            }
            Collections.shuffle(broken, random);
            return Breach.of(AreaHierarchy.ORPHAN, description, () -> AreaHierarchy.validate(vintage, broken));
        });
        return Generate.oneOf(duplicates, orphans);
    }

    // ---------------------------------------------------------------------------------------------- groups, groupings

    /** Valid groups: a borough-like code, a name, 1 to 8 neighbourhoods. */
    public static Gen<AreaGroup> areaGroups() {
        Gen<List<AreaCode>> members =
                lists().of(areaCodes(AreaLevel.NEIGHBOURHOOD)).ofSizeBetween(1, 8);
        return groupCodes().zip(names(), members, AreaGroup::of);
    }

    /** Valid group codes: a borough's name, or 1 to 12 characters from {@code A-Z 0-9 _ -}. */
    public static Gen<String> groupCodes() {
        Gen<String> random = Generate.intArrays(
                        integers().between(1, 12), integers().between(0, GROUP_CODE_CHARS.length() - 1))
                .map(is -> {
                    StringBuilder s = new StringBuilder();
                    for (int i : is) {
                        s.append(GROUP_CODE_CHARS.charAt(i));
                    }
                    return s.toString();
                });
        return Generate.pick(BOROUGHS).mix(random);
    }

    /** Groups that break exactly one of the four rules of {@link AreaGroup}, about equally often. */
    @SuppressWarnings("unchecked") // Generate.oneOf of generic generators
    public static Gen<Breach<AreaGroup>> areaGroupBreaches() {
        Gen<Breach<AreaGroup>> badCodes = areaGroups().zip(integers().between(0, 4), (g, kind) -> {
            String code;
            switch (kind) {
                case 0:
                    code = "";
                    break;
                case 1:
                    code = "x" + g.code();
                    break;
                case 2:
                    code = g.code() + " " + g.code();
                    break;
                case 3:
                    code = g.code() + ".";
                    break;
                default:
                    code = "C".repeat(AreaGroup.MAX_CODE_LENGTH + 1);
            }
            return Breach.of(
                    AreaGroup.CODE_FORMAT,
                    "code '" + code + "'",
                    () -> AreaGroup.validate(code, g.name(), g.members()));
        });
        Gen<Breach<AreaGroup>> blankNames = areaGroups()
                .zip(
                        blanks(),
                        (g, blank) -> Breach.of(
                                AreaGroup.NAME_BLANK,
                                g.code() + " named '" + blank + "'",
                                () -> AreaGroup.validate(g.code(), blank, g.members())));
        Gen<Breach<AreaGroup>> empties = areaGroups()
                .map(g -> Breach.of(
                        AreaGroup.EMPTY,
                        g.code() + " without members",
                        () -> AreaGroup.validate(g.code(), g.name(), List.of())));
        Gen<Breach<AreaGroup>> notNeighbourhoods = areaGroups()
                .zip(
                        Generate.pick(List.of(AreaLevel.COUNTRY, AreaLevel.MUNICIPALITY, AreaLevel.DISTRICT))
                                .flatMap(AreaGenerators::areaCodes),
                        (g, other) -> {
                            List<AreaCode> members = new ArrayList<>(g.members());
                            members.add(other);
                            return Breach.of(
                                    AreaGroup.NOT_A_NEIGHBOURHOOD,
                                    g.code() + " with member " + other,
                                    () -> AreaGroup.validate(g.code(), g.name(), members));
                        });
        return Generate.oneOf(badCodes, blankNames, empties, notNeighbourhoods);
    }

    /**
     * Valid groupings of some of {@code hierarchy}'s neighbourhoods: 1 to 5 groups (borough codes), each neighbourhood
     * in one of them or in none; groups left empty are dropped, so a hierarchy without neighbourhoods gets a grouping
     * without groups. Every grouping is valid against {@code hierarchy}.
     */
    public static Gen<AreaGrouping> groupings(AreaHierarchy hierarchy) {
        List<AreaCode> neighbourhoods =
                hierarchy.areas(AreaLevel.NEIGHBOURHOOD).map(Area::code).toJavaList();
        Gen<String> groupingNames = Generate.pick(GROUPING_NAMES);
        Gen<Integer> groupCounts = integers().between(1, BOROUGHS.size());
        return in -> {
            String name = groupingNames.generate(in);
            int count = groupCounts.generate(in);
            Gen<Integer> choices = integers().between(0, count);
            List<List<AreaCode>> members = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                members.add(new ArrayList<>());
            }
            for (AreaCode neighbourhood : neighbourhoods) {
                int k = choices.generate(in);
                if (k < count) {
                    members.get(k).add(neighbourhood);
                }
            }
            List<AreaGroup> groups = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                if (!members.get(k).isEmpty()) {
                    String code = BOROUGHS.get(k);
                    groups.add(AreaGroup.of(
                            code, code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT), members.get(k)));
                }
            }
            return AreaGrouping.of(name, groups);
        };
    }

    /** Valid groupings of random hierarchies: {@code hierarchies().flatMap(AreaGenerators::groupings)}. */
    public static Gen<AreaGrouping> groupings() {
        return hierarchies().flatMap(AreaGenerators::groupings);
    }

    /**
     * Groupings that break exactly one rule of {@link AreaGrouping}: a valid grouping of a random hierarchy renamed
     * blank or after a CBS level, given a group that repeats a member or a group code, or (checked with {@link
     * AreaGrouping#validateAgainst}) a group holding a neighbourhood the hierarchy does not have.
     */
    @SuppressWarnings("unchecked") // Generate.oneOf of generic generators
    public static Gen<Breach<AreaGrouping>> areaGroupingBreaches() {
        Gen<Breach<AreaGrouping>> blankNames = groupings()
                .zip(
                        blanks(),
                        (g, blank) -> Breach.of(
                                AreaGrouping.NAME_BLANK,
                                "the grouping named '" + blank + "'",
                                () -> AreaGrouping.validate(blank, g.groups())));
        Gen<Breach<AreaGrouping>> levelNames = groupings()
                .zip(Generate.enumValues(AreaLevel.class), Generate.booleans(), (g, level, upper) -> {
                    String name = upper ? level.code().toUpperCase(Locale.ROOT) : level.code();
                    return Breach.of(
                            AreaGrouping.NAME_IS_LEVEL,
                            "the grouping named '" + name + "'",
                            () -> AreaGrouping.validate(name, g.groups()));
                });
        Gen<Breach<AreaGrouping>> duplicateMembers = groupings().zip(longs().all(), (g, seed) -> {
            Random random = new Random(seed);
            List<AreaGroup> groups = new ArrayList<>(g.groups());
            List<AreaCode> members = memberCodes(g);
            AreaCode twice = members.isEmpty()
                    ? freshNeighbourhoods(Set.of(), 1, random).get(0)
                    : members.get(random.nextInt(members.size()));
            if (members.isEmpty()) {
                groups.add(AreaGroup.of("EXTRA-A", "Extra A", List.of(twice)));
            }
            groups.add(AreaGroup.of("EXTRA-B", "Extra B", List.of(twice)));
            return Breach.of(
                    AreaGrouping.DUPLICATE_MEMBER,
                    twice + " in two groups",
                    () -> AreaGrouping.validate(g.name(), groups));
        });
        Gen<Breach<AreaGrouping>> duplicateGroups = groupings().zip(longs().all(), (g, seed) -> {
            Random random = new Random(seed);
            List<AreaGroup> groups = new ArrayList<>(g.groups());
            List<AreaCode> fresh = freshNeighbourhoods(new HashSet<>(memberCodes(g)), 2, random);
            String code = groups.isEmpty()
                    ? "EXTRA"
                    : groups.get(random.nextInt(groups.size())).code();
            if (groups.isEmpty()) {
                groups.add(AreaGroup.of(code, "Extra", List.of(fresh.get(0))));
            }
            groups.add(AreaGroup.of(code, "Extra again", List.of(fresh.get(1))));
            return Breach.of(
                    AreaGrouping.DUPLICATE_GROUP, "two groups " + code, () -> AreaGrouping.validate(g.name(), groups));
        });
        Gen<Breach<AreaGrouping>> unknownAreas = hierarchies()
                .flatMap(h -> groupings(h).zip(longs().all(), (g, seed) -> {
                    Set<AreaCode> taken = codes(h.areas().toJavaList());
                    AreaCode stranger =
                            freshNeighbourhoods(taken, 1, new Random(seed)).get(0);
                    List<AreaGroup> groups = new ArrayList<>(g.groups());
                    groups.add(AreaGroup.of("EXTRA", "Extra", List.of(stranger)));
                    return Breach.of(
                            AreaGrouping.UNKNOWN_AREA,
                            stranger + " against " + h,
                            () -> AreaGrouping.validate(g.name(), groups).flatMap(v -> v.validateAgainst(h)));
                }));
        return Generate.oneOf(blankNames, levelNames, duplicateMembers, duplicateGroups, unknownAreas);
    }

    // ------------------------------------------------------------------------------------------------- populations

    /** Valid populations: any area code, a year 2010 to 2030, 0 to 200,000 inhabitants. */
    public static Gen<AreaPopulation> areaPopulations() {
        return areaCodes()
                .zip(integers().between(2010, 2030).map(Year::of), integers().between(0, 200_000), AreaPopulation::of);
    }

    /** Populations that break {@link AreaPopulation#NEGATIVE}. */
    public static Gen<Breach<AreaPopulation>> areaPopulationBreaches() {
        return areaPopulations()
                .zip(
                        integers().between(Integer.MIN_VALUE, -1),
                        (p, n) -> Breach.of(
                                AreaPopulation.NEGATIVE,
                                p.areaCode() + " with " + n + " inhabitants",
                                () -> AreaPopulation.validate(p.areaCode(), p.year(), n)));
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private static AreaCode codeOf(AreaLevel level, int n) {
        switch (level) {
            case COUNTRY:
                return AreaCode.NETHERLANDS;
            case MUNICIPALITY:
                return AreaCode.of(String.format("GM%04d", n % 10_000));
            case DISTRICT:
                return AreaCode.of(String.format("WK%06d", n % 1_000_000));
            default:
                return AreaCode.of(String.format("BU%08d", n));
        }
    }

    private static Gen<Optional<Integer>> populations() {
        return integers().between(0, 50_000).toOptionals(33);
    }

    private static Gen<String> blanks() {
        return Generate.pick(List.of("", " ", "\t", "  \n"));
    }

    private static Area area(AreaCode code, String name, Optional<Integer> population, boolean giveParent) {
        Optional<AreaCode> parent = giveParent ? code.parent().toJavaOptional() : Optional.empty();
        return Area.validate(code, name, code.level(), parent, population).get();
    }

    /** The areas of a valid hierarchy, in the order generated (top-down); see {@link #hierarchies()}. */
    private static Gen<List<Area>> hierarchyAreas() {
        Gen<Integer> shapes = integers().between(0, 4);
        Gen<Integer> municipalityCounts = integers().between(1, 4);
        Gen<Integer> firstMunicipalities = integers().between(0, 9_999);
        Gen<Integer> districtCounts = integers().between(0, 5);
        Gen<Integer> neighbourhoodCounts = integers().between(0, 6);
        Gen<Integer> firstNumbers = integers().between(0, 99);
        Gen<String> names = names();
        Gen<Optional<Integer>> populations = populations();
        Gen<Boolean> booleans = Generate.booleans();
        return in -> {
            int shape = shapes.generate(in);
            boolean withCountry = shape == 0;
            boolean withMunicipalities = shape != 4;
            List<Area> areas = new ArrayList<>();
            if (withCountry) {
                areas.add(area(AreaCode.NETHERLANDS, "Nederland", populations.generate(in), false));
            }
            int municipalities = municipalityCounts.generate(in);
            int firstMunicipality = firstMunicipalities.generate(in);
            for (int m = 0; m < municipalities; m++) {
                String gm = String.format("%04d", (firstMunicipality + 37 * m) % 10_000);
                if (withMunicipalities) {
                    areas.add(area(
                            AreaCode.of("GM" + gm),
                            names.generate(in),
                            populations.generate(in),
                            booleans.generate(in)));
                }
                int districts = Math.max(withMunicipalities ? 0 : 1, districtCounts.generate(in));
                int firstDistrict = firstNumbers.generate(in);
                for (int d = 0; d < districts; d++) {
                    String wk = gm + String.format("%02d", (firstDistrict + d) % 100);
                    areas.add(area(
                            AreaCode.of("WK" + wk),
                            names.generate(in),
                            populations.generate(in),
                            booleans.generate(in)));
                    int neighbourhoods = neighbourhoodCounts.generate(in);
                    int firstNeighbourhood = firstNumbers.generate(in);
                    for (int b = 0; b < neighbourhoods; b++) {
                        String bu = wk + String.format("%02d", (firstNeighbourhood + b) % 100);
                        areas.add(area(
                                AreaCode.of("BU" + bu),
                                names.generate(in),
                                populations.generate(in),
                                booleans.generate(in)));
                    }
                }
            }
            return areas;
        };
    }

    private static Set<AreaCode> codes(List<Area> areas) {
        return areas.stream().map(Area::code).collect(Collectors.toSet());
    }

    private static List<AreaCode> memberCodes(AreaGrouping grouping) {
        return grouping.groups().stream().flatMap(g -> g.members().stream()).collect(Collectors.toList());
    }

    /** {@code count} distinct neighbourhood codes, none of them in {@code taken}. */
    private static List<AreaCode> freshNeighbourhoods(Set<AreaCode> taken, int count, Random random) {
        List<AreaCode> fresh = new ArrayList<>();
        while (fresh.size() < count) {
            AreaCode code = codeOf(AreaLevel.NEIGHBOURHOOD, random.nextInt(100_000_000));
            if (!taken.contains(code) && !fresh.contains(code)) {
                fresh.add(code);
            }
        }
        return fresh;
    }
}
