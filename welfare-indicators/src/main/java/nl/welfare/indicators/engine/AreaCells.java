package nl.welfare.indicators.engine;

import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;

/**
 * The areas a query reports on, numbered in the order of the results table (level from the top, then code), and for
 * every area dictionary index the cells a fact of that area counts in: the area itself and its ancestors at a reported
 * level, or for a grouping the municipality and the group of the neighbourhood.
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

    private record Cell(int rank, String code, String level, List<AreaCode> members, boolean group) {}

    private AreaCells(List<Cell> cells, Dataset dataset, Map<AreaCode, int[]> byArea) {
        codes = cells.stream().map(Cell::code).toArray(String[]::new);
        levels = cells.stream().map(Cell::level).toArray(String[]::new);
        groups = new boolean[cells.size()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = cells.get(i).group();
        }
        members = cells.stream().map(Cell::members).toList();
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
        return of(dataset, levels, Optional.empty());
    }

    /** The cells of the groups of {@code grouping} and of the municipalities of the dataset's hierarchy. */
    static AreaCells ofGrouping(Dataset dataset, AreaGrouping grouping) {
        return of(dataset, List.of(AreaLevel.MUNICIPALITY), Optional.of(grouping));
    }

    /**
     * The cells of the areas of {@code levels} and, after them, of the groups of {@code grouping}: a fact counts in its
     * area's cells at those levels and in the group of its neighbourhood.
     */
    static AreaCells of(Dataset dataset, List<AreaLevel> levels, Optional<AreaGrouping> grouping) {
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
        grouping.ifPresent(g -> {
            for (AreaGroup group : g.groups()) {
                cells.add(new Cell(GROUP_RANK, group.code(), g.name(), List.copyOf(group.members()), true));
            }
        });
        Map<String, Integer> numbers = number(cells);
        Map<AreaCode, int[]> byArea = new HashMap<>();
        for (Area area : hierarchy.areas()) {
            List<Integer> found = new ArrayList<>();
            hierarchy.pathToRoot(area.code()).forEach(a -> {
                if (levels.contains(a.level())) {
                    found.add(numbers.getOrDefault(a.code().value(), -1));
                }
            });
            if (grouping.isPresent() && area.level() == AreaLevel.NEIGHBOURHOOD) {
                grouping.get().groupOf(area.code()).forEach(g -> found.add(numbers.getOrDefault(g.code(), -1)));
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

    /** Sorts {@code cells} into the results order and numbers them by code (ranks keep groups and areas apart). */
    private static Map<String, Integer> number(List<Cell> cells) {
        cells.sort(Comparator.comparingInt(Cell::rank).thenComparing(Cell::code));
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            numbers.putIfAbsent(cells.get(i).code(), i);
        }
        return numbers;
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
