package nl.welfare.domain.area;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Rule;
import nl.welfare.domain.value.Violation;
import nl.welfare.domain.value.Violations;

/**
 * The areas of one vintage of the CBS region list, as a tree: the country, municipalities (gemeenten), districts
 * (wijken) and neighbourhoods (buurten). CBS redraws districts and neighbourhoods every year, so codes are only
 * comparable within one vintage ({@link #vintage()}, such as CBS 2022); a hierarchy without a vintage is allowed and
 * says so.
 *
 * <p><b>Roots.</b> A region list need not start at the country: a municipal list has no {@code NL00} row. The
 * <em>top level</em> of a hierarchy is the highest {@link AreaLevel} among its areas; every area at the top level is a
 * root, and every other area must have its parent in the hierarchy ({@link #ORPHAN}). A national list has the single
 * root {@code NL00}; Enschede's list has the single root {@code GM0153}; a list of several municipalities has one root
 * each. The empty hierarchy is valid and has no roots.
 *
 * <p><b>Rules.</b> {@link #validate(Optional, Iterable)} reports every duplicate code and every orphan at once. A
 * cycle, or a child whose code does not extend its parent's, cannot occur and so has no rule: an {@link Area}'s parent
 * is always the CBS parent of its code ({@link Area#PARENT_MISMATCH}), one level up with a prefix of its digits, so
 * following parents climbs one level per step and ends after at most three.
 *
 * <p><b>Cost.</b> Building takes O(n log n) for n areas: one sort of numeric keys, then a few linear passes that
 * precompute every index into plain arrays. The whole Netherlands (18,003 areas) builds in a few milliseconds. Then,
 * with h = 4 the number of levels and k the size of an answer:
 *
 * <ul>
 *   <li>{@link #area}, {@link #contains}, {@link #parent}, {@link #isAncestor}: O(log n), a binary search for the code
 *       (no hash table to build; about 15 steps for the Netherlands);
 *   <li>{@link #ancestors}, {@link #pathToRoot}: O(log n + h);
 *   <li>{@link #children}, {@link #descendants(AreaCode)}: O(log n), a slice of a precomputed vector: the areas are
 *       stored breadth-first, so each area's children are contiguous, and depth-first, so its descendants are;
 *   <li>{@link #areas(AreaLevel)}: O(log n), a slice; {@link #areas()}, {@link #roots}, {@link #leaves},
 *       {@link #levels}, {@link #size}: O(1), precomputed.
 * </ul>
 *
 * <p>This is a hand-written final class rather than an Immutables value: its state is the areas plus a dozen derived
 * arrays built together in one pass, which Immutables would compute attribute by attribute and either compare in
 * {@code equals} or mark auxiliary one by one. Here equality is by vintage and set of areas only, the indexes are
 * private, and nothing can change after construction (the hash code is cached on first use, as {@link String} does).
 *
 * <pre>{@code
 * AreaHierarchy enschede = AreaHierarchy.of(Year.of(2022), areasFromTheCbsList);
 * enschede.roots();                                   // [the area GM0153, Enschede]
 * enschede.children(AreaCode.of("WK015300"));         // the 9 neighbourhoods of Wijk 00
 * enschede.pathToRoot(AreaCode.of("BU01530000"));     // [BU01530000, WK015300, GM0153]
 * enschede.isAncestor(AreaCode.of("GM0153"), AreaCode.of("BU01530000")); // true
 * AreaHierarchy.validate(Optional.empty(), List.of(city, city)); // Invalid(area-hierarchy.duplicate-code)
 * }</pre>
 */
public final class AreaHierarchy {

    /** Rule: two areas have the same code; the violation names the code, once per code. */
    public static final Rule DUPLICATE_CODE =
            Rule.of("area-hierarchy.duplicate-code", "must appear only once in the hierarchy");

    /**
     * Rule: an area below the hierarchy's top level whose parent is not in the hierarchy; the violation names the
     * orphan's code.
     */
    public static final Rule ORPHAN = Rule.of(
            "area-hierarchy.orphan",
            "must have its parent in the hierarchy, unless it lies at the hierarchy's top level");

    private final Optional<Year> vintage;
    /** The sort keys of the areas breadth-first (see {@link #key}), ascending: a code is found by binary search. */
    private final long[] keys;
    /** The areas breadth-first: by level, then by code; so each area's children are contiguous. */
    private final Vector<Area> breadthFirst;
    /** The areas depth-first (pre-order, children in code order); so each area's descendants are contiguous. */
    private final Vector<Area> depthFirst;

    private final int[] parent;
    private final int[] childFrom;
    private final int[] childTo;
    private final int[] preorder;
    private final int[] subtreeSize;
    private final int[] levelFrom;
    private final int[] levelTo;
    private final Seq<Area> roots;
    private final Seq<Area> leaves;
    private final Seq<AreaLevel> levels;
    private int hash;

    /** Builds the indexes from distinct areas sorted by {@link #key}, with the index of each one's parent or -1. */
    private AreaHierarchy(Optional<Year> vintage, long[] keys, Area[] areas, int[] parent) {
        this.vintage = vintage;
        this.keys = keys;
        this.parent = parent;
        int n = areas.length;
        this.breadthFirst = Vector.of(areas);

        this.childFrom = new int[n];
        this.childTo = new int[n];
        Arrays.fill(childFrom, -1);
        int rootCount = 0;
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p < 0) {
                rootCount++;
            } else if (childFrom[p] < 0) {
                childFrom[p] = i;
                childTo[p] = i + 1;
            } else if (childTo[p] == i) {
                childTo[p] = i + 1;
            } else {
                throw new IllegalStateException("children of " + areas[p].code() + " are not contiguous");
            }
        }

        // Children come after their parents breadth-first, so one backward pass sums the subtrees ...
        this.subtreeSize = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            subtreeSize[i] += 1;
            if (parent[i] >= 0) {
                subtreeSize[parent[i]] += subtreeSize[i];
            }
        }
        // ... and one forward pass places each area after its parent and its earlier siblings' subtrees.
        this.preorder = new int[n];
        int[] nextChildAt = new int[n];
        int nextRootAt = 0;
        Area[] byPreorder = new Area[n];
        for (int i = 0; i < n; i++) {
            int at;
            if (parent[i] < 0) {
                at = nextRootAt;
                nextRootAt += subtreeSize[i];
            } else {
                at = nextChildAt[parent[i]];
                nextChildAt[parent[i]] += subtreeSize[i];
            }
            preorder[i] = at;
            nextChildAt[i] = at + 1;
            byPreorder[at] = areas[i];
        }
        this.depthFirst = Vector.of(byPreorder);

        int levelCount = AreaLevel.values().length;
        this.levelFrom = new int[levelCount];
        this.levelTo = new int[levelCount];
        for (int i = 0; i < n; i++) {
            int d = areas[i].level().depth();
            if (levelTo[d] == 0) {
                levelFrom[d] = i;
            }
            levelTo[d] = i + 1;
        }
        this.levels = AreaLevel.topDown().filter(l -> levelTo[l.depth()] > 0);

        this.roots = breadthFirst.slice(0, rootCount);
        ArrayList<Area> leafList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (childFrom[i] < 0) {
                leafList.add(areas[i]);
            }
        }
        this.leaves = Vector.ofAll(leafList);
    }

    /**
     * The hierarchy of {@code areas} (in any order) for {@code vintage}, or every duplicate code and every orphan,
     * each named in field {@code code}, in code order.
     */
    public static Validation<Seq<Violation>, AreaHierarchy> validate(Optional<Year> vintage, Iterable<Area> areas) {
        ArrayList<Area> given = new ArrayList<>();
        areas.forEach(given::add);
        int n = given.size();
        // Sort by key, carrying each area's position in the low bits.
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (key(given.get(i).code()) << INDEX_BITS) | i;
        }
        Arrays.sort(packed);

        Violations found = Violations.of("area hierarchy");
        long[] keys = new long[n];
        Area[] sorted = new Area[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            long key = packed[i] >>> INDEX_BITS;
            if (distinct > 0 && keys[distinct - 1] == key) {
                if (i < 2 || packed[i - 2] >>> INDEX_BITS != key) {
                    found.check(false, "code", DUPLICATE_CODE, sorted[distinct - 1].code());
                }
                continue;
            }
            keys[distinct] = key;
            sorted[distinct++] = given.get((int) (packed[i] & INDEX_MASK));
        }
        keys = Arrays.copyOf(keys, distinct);
        sorted = Arrays.copyOf(sorted, distinct);

        int top = distinct == 0 ? 0 : sorted[0].level().depth();
        int[] parent = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            Optional<AreaCode> parentCode = sorted[i].parentCode();
            parent[i] = parentCode.isPresent() ? Arrays.binarySearch(keys, 0, i, key(parentCode.get())) : -1;
            if (parent[i] < 0) {
                parent[i] = -1;
                found.check(sorted[i].level().depth() == top, "code", ORPHAN, sorted[i].code());
            }
        }
        long[] distinctKeys = keys;
        Area[] distinctAreas = sorted;
        return found.toValidation(() -> new AreaHierarchy(vintage, distinctKeys, distinctAreas, parent));
    }

    private static final int INDEX_BITS = 31;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final long LEVEL_FACTOR = 1_000_000_000L;

    /**
     * A number that orders codes breadth-first, by level and then by code, as {@link AreaCode#compareTo} does: the
     * level's depth, then the digits (all codes of a level have as many digits, so numeric order is text order).
     */
    private static long key(AreaCode code) {
        String value = code.value();
        long digits = 0;
        for (int i = 2; i < value.length(); i++) {
            digits = digits * 10 + (value.charAt(i) - '0');
        }
        return depthOf(value.charAt(0)) * LEVEL_FACTOR + digits;
    }

    private static int depthOf(char prefix) {
        switch (prefix) {
            case 'N':
                return 0;
            case 'G':
                return 1;
            case 'W':
                return 2;
            default:
                return 3;
        }
    }

    /** The position of {@code code} breadth-first, or -1. */
    private int indexOf(AreaCode code) {
        int i = Arrays.binarySearch(keys, key(code));
        return i < 0 ? -1 : i;
    }

    /** As {@link #validate(Optional, Iterable)}, but throws {@link InvalidValueException} when a rule is broken. */
    public static AreaHierarchy of(Optional<Year> vintage, Iterable<Area> areas) {
        Validation<Seq<Violation>, AreaHierarchy> result = validate(vintage, areas);
        if (result.isInvalid()) {
            throw new InvalidValueException("area hierarchy", result.getError());
        }
        return result.get();
    }

    /** The hierarchy of {@code areas} for the CBS vintage {@code vintage}; throws when a rule is broken. */
    public static AreaHierarchy of(Year vintage, Iterable<Area> areas) {
        return of(Optional.of(vintage), areas);
    }

    /** The year of the CBS region list these areas come from, if known. */
    public Optional<Year> vintage() {
        return vintage;
    }

    /** Every area, from the top level down and by code within a level. */
    public Seq<Area> areas() {
        return breadthFirst;
    }

    /** The number of areas. */
    public int size() {
        return breadthFirst.size();
    }

    /** The area with {@code code}, if it is in the hierarchy. */
    public Option<Area> area(AreaCode code) {
        int i = indexOf(code);
        return i < 0 ? Option.none() : Option.some(breadthFirst.get(i));
    }

    /** Whether an area with {@code code} is in the hierarchy. */
    public boolean contains(AreaCode code) {
        return indexOf(code) >= 0;
    }

    /** The parent of the area {@code code}: none for a root or a code not in the hierarchy. */
    public Option<Area> parent(AreaCode code) {
        int i = indexOf(code);
        return i < 0 || parent[i] < 0 ? Option.none() : Option.some(breadthFirst.get(parent[i]));
    }

    /** The areas directly below {@code code}, by code; empty for a leaf or a code not in the hierarchy. */
    public Seq<Area> children(AreaCode code) {
        int i = indexOf(code);
        return i < 0 || childFrom[i] < 0 ? Vector.empty() : breadthFirst.slice(childFrom[i], childTo[i]);
    }

    /**
     * Every area below {@code code} at any depth, depth-first (each area followed by its own descendants, siblings by
     * code); empty for a leaf or a code not in the hierarchy.
     */
    public Seq<Area> descendants(AreaCode code) {
        int i = indexOf(code);
        return i < 0 ? Vector.empty() : depthFirst.slice(preorder[i] + 1, preorder[i] + subtreeSize[i]);
    }

    /**
     * The areas of {@code level} below {@code code}, such as the neighbourhoods of a municipality: the areas a figure
     * of {@code code} rolls up from. O(log n + k) for the k descendants of {@code code}.
     */
    public Seq<Area> descendants(AreaCode code, AreaLevel level) {
        return descendants(code).filter(a -> a.level() == level);
    }

    /** The areas above {@code code}, nearest first, ending at its root; empty for a root or an unknown code. */
    public Seq<Area> ancestors(AreaCode code) {
        return pathToRoot(code).drop(1);
    }

    /**
     * The area {@code code} followed by its ancestors, nearest first, so the last is its root; empty for a code not in
     * the hierarchy.
     */
    public Seq<Area> pathToRoot(AreaCode code) {
        int i = indexOf(code);
        if (i < 0) {
            return Vector.empty();
        }
        Vector<Area> path = Vector.empty();
        for (int at = i; at >= 0; at = parent[at]) {
            path = path.append(breadthFirst.get(at));
        }
        return path;
    }

    /** Whether {@code ancestor} lies strictly above {@code descendant} in this hierarchy (both must be in it). */
    public boolean isAncestor(AreaCode ancestor, AreaCode descendant) {
        int a = indexOf(ancestor);
        int d = indexOf(descendant);
        return a >= 0 && d >= 0 && preorder[a] < preorder[d] && preorder[d] < preorder[a] + subtreeSize[a];
    }

    /** The areas at the hierarchy's top level, by code: those without a parent. */
    public Seq<Area> roots() {
        return roots;
    }

    /** The areas without children, from the top level down and by code. */
    public Seq<Area> leaves() {
        return leaves;
    }

    /** The areas of {@code level}, by code. */
    public Seq<Area> areas(AreaLevel level) {
        return breadthFirst.slice(levelFrom[level.depth()], levelTo[level.depth()]);
    }

    /** The levels that have at least one area, from the top down. */
    public Seq<AreaLevel> levels() {
        return levels;
    }

    /** Equal when the vintage and the set of areas are equal. */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof AreaHierarchy that
                        && hashCode() == that.hashCode()
                        && vintage.equals(that.vintage)
                        && breadthFirst.equals(that.breadthFirst);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * vintage.hashCode() + breadthFirst.hashCode();
            hash = h;
        }
        return h;
    }

    /** A summary: {@code AreaHierarchy[CBS 2022: 1 municipality, 10 district, 70 neighbourhood]}. */
    @Override
    public String toString() {
        return "AreaHierarchy["
                + vintage.map(y -> "CBS " + y).orElse("no vintage") + ": "
                + levels.map(l -> areas(l).size() + " " + l.code()).mkString(", ")
                + "]";
    }
}
