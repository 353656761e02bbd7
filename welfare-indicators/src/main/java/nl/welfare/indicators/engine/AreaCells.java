package nl.welfare.indicators.engine;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.indicators.dataset.Dataset;

/**
 * The areas a query reports on, numbered in the order of the results table (level from the top, then code; then the
 * groups of each grouping), and for every area dictionary index the cells a fact of that area counts in: the area
 * itself and its ancestors at a reported level, and the group of its neighbourhood in each grouping.
 */
final class AreaCells {

    private static final int[] NONE = new int[0];

    /** Groups come after every CBS level in the results order. */
    private static final int GROUP_RANK = 100;

    private final String[] codes;
    private final String[] levels;
    private final boolean[] groups;
    private final List<List<AreaCode>> members;
    private final int[][] targets;
    private final Map<String, Integer> index = new HashMap<>();

    private record Cell(int rank, String code, String level, List<AreaCode> members, boolean group) {}

    private AreaCells(List<Cell> cells, Dataset dataset, Map<AreaCode, int[]> byArea) {
        codes = cells.stream().map(Cell::code).toArray(String[]::new);
        levels = cells.stream().map(Cell::level).toArray(String[]::new);
        groups = new boolean[cells.size()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = cells.get(i).group();
        }
        members = cells.stream().map(Cell::members).toList();
        for (int i = 0; i < codes.length; i++) {
            index.putIfAbsent(id(levels[i], codes[i]), i);
        }
        targets = new int[dataset.dictionary().size()][];
        Arrays.fill(targets, NONE);
        byArea.forEach((code, cellsOfArea) -> {
            int index = dataset.indexOf(code);
            if (index >= 0) {
                targets[index] = cellsOfArea;
            }
        });
    }

    /** The cells of the areas of {@code levels} in the dataset's hierarchy. */
    static AreaCells ofLevels(Dataset dataset, List<AreaLevel> levels) {
        return of(dataset, levels, List.of());
    }

    /**
     * The cells of the areas of {@code levels} and, after them, of the groups of each of {@code groupings} (in the
     * order given): a fact counts in its area's cells at those levels and in the group of its neighbourhood in each
     * grouping.
     */
    static AreaCells of(Dataset dataset, List<AreaLevel> levels, List<AreaGrouping> groupings) {
        AreaHierarchy hierarchy = dataset.hierarchy();
        List<Cell> cells = new ArrayList<>();
        for (Area area : hierarchy.areas()) {
            if (levels.contains(area.level())) {
                cells.add(new Cell(
                        area.level().ordinal(),
                        area.code().value(),
                        area.level().code(),
                        List.of(area.code()),
                        false));
            }
        }
        for (int g = 0; g < groupings.size(); g++) {
            for (AreaGroup group : groupings.get(g).groups()) {
                cells.add(new Cell(
                        GROUP_RANK + g, group.code(), groupings.get(g).name(), List.copyOf(group.members()), true));
            }
        }
        Map<String, Integer> numbers = number(cells);
        Map<AreaCode, int[]> byArea = new HashMap<>();
        for (Area area : hierarchy.areas()) {
            List<Integer> found = new ArrayList<>();
            hierarchy.pathToRoot(area.code()).forEach(a -> {
                if (levels.contains(a.level())) {
                    found.add(numbers.getOrDefault(id(a.level().code(), a.code().value()), -1));
                }
            });
            if (area.level() == AreaLevel.NEIGHBOURHOOD) {
                for (AreaGrouping grouping : groupings) {
                    grouping.groupOf(area.code())
                            .forEach(g -> found.add(numbers.getOrDefault(id(grouping.name(), g.code()), -1)));
                }
            }
            byArea.put(
                    area.code(),
                    found.stream()
                            .mapToInt(Integer::intValue)
                            .filter(n -> n >= 0)
                            .toArray());
        }
        return new AreaCells(cells, dataset, byArea);
    }

    private static String id(String level, String code) {
        return level + ":" + code;
    }

    /** Sorts {@code cells} into the results order and numbers them by level and code. */
    private static Map<String, Integer> number(List<Cell> cells) {
        cells.sort(Comparator.comparingInt(Cell::rank).thenComparing(Cell::code));
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            numbers.putIfAbsent(id(cells.get(i).level(), cells.get(i).code()), i);
        }
        return numbers;
    }

    /** The cell of the area or group {@code code} at {@code level} (a CBS level's code or a grouping's name), or -1. */
    int indexOf(String level, String code) {
        return index.getOrDefault(id(level, code), -1);
    }

    /**
     * The name of {@code cell} in disclosure control's keys: the area code, or for a group the grouping's name and the
     * group code ({@code borough:NOORD}), since two groupings may use the same group code.
     */
    String key(int cell) {
        return groups[cell] ? levels[cell] + ":" + codes[cell] : codes[cell];
    }

    /** The number of cells. */
    int size() {
        return codes.length;
    }

    /** The area or group code of {@code cell}. */
    String code(int cell) {
        return codes[cell];
    }

    /** The level word of {@code cell}: a CBS level's code or the grouping's name. */
    String level(int cell) {
        return levels[cell];
    }

    /** Whether {@code cell} is a group of a grouping rather than a CBS area. */
    boolean isGroup(int cell) {
        return groups[cell];
    }

    /** The areas of {@code cell}: the CBS area itself, or a group's members. */
    List<AreaCode> members(int cell) {
        return members.get(cell);
    }

    /** The cells a fact of the area with dictionary index {@code areaIndex} counts in; none for an unknown area. */
    int[] targets(int areaIndex) {
        return areaIndex < 0 || areaIndex >= targets.length ? NONE : targets[areaIndex];
    }

    /**
     * The inhabitants of {@code cell} in {@code year}: the area's ({@link Dataset#population}), or for a group the sum
     * of its neighbourhoods' when each has one.
     */
    OptionalInt population(Dataset dataset, int cell, Year year) {
        long sum = 0;
        for (AreaCode member : members.get(cell)) {
            OptionalInt part = dataset.population(member, year);
            if (part.isEmpty()) {
                return OptionalInt.empty();
            }
            sum += part.getAsInt();
        }
        return sum > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) sum);
    }
}
