package nl.welfare.indicators.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Disclosure control on generated tables")
class DisclosureProperties {

    private static final int EXAMPLES = 400;

    /**
     * A generated output: a total, parts and (in three levels) sub-parts, and a grouping that cuts across the parts (a
     * second partition of the same leaves with its own group totals), with leaves of 0 to 40 persons (a quarter of the
     * tables are shares) and totals computed from the leaves.
     */
    record Table(long seed, List<Cell> cells, List<Relation> relations) {
        @Override
        public String toString() {
            return "table of seed " + seed + ": " + cells + " with " + relations;
        }
    }

    static Table table(long seed) {
        Random random = new Random(seed);
        boolean threeLevels = random.nextBoolean();
        boolean shares = random.nextInt(4) == 0;
        int parts = 2 + random.nextInt(3);
        int groups = 2 + random.nextInt(2);
        List<Cell> cells = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<List<Cell>> byGroup = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            byGroup.add(new ArrayList<>());
        }
        List<Cell> partCells = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int leaves = threeLevels ? 2 + random.nextInt(2) : 1;
            List<Cell> leafCells = new ArrayList<>();
            for (int l = 0; l < leaves; l++) {
                String area = threeLevels ? "P" + p + "." + l : "P" + p;
                long count = random.nextInt(41);
                Optional<Long> numerator =
                        shares ? Optional.of((long) random.nextInt((int) count + 1)) : Optional.empty();
                Cell leaf = cell(area, count, numerator);
                leafCells.add(leaf);
                byGroup.get(random.nextInt(groups)).add(leaf);
            }
            cells.addAll(leafCells);
            partCells.add(threeLevels ? sum("P" + p, leafCells, cells, relations) : leafCells.get(0));
        }
        Cell total = sum("T", partCells, cells, relations);
        List<Cell> groupCells = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            if (!byGroup.get(g).isEmpty()) {
                groupCells.add(sum("G" + g, byGroup.get(g), cells, relations));
            }
        }
        relations.add(
                Relation.sum(total.key(), groupCells.stream().map(Cell::key).toList()));
        return new Table(seed, List.copyOf(cells), List.copyOf(relations));
    }

    private static Cell cell(String area, long count, Optional<Long> numerator) {
        CellKey key = CellKey.of("x", area, "2022");
        return numerator.map(n -> Cell.share(key, n, count)).orElseGet(() -> Cell.persons(key, count));
    }

    /** The cell that sums {@code parts}, added with its relation. */
    private static Cell sum(String area, List<Cell> parts, List<Cell> cells, List<Relation> relations) {
        long count = parts.stream().mapToLong(Cell::count).sum();
        Optional<Long> numerator = parts.stream().allMatch(c -> c.numerator().isPresent())
                ? Optional.of(parts.stream()
                        .mapToLong(c -> c.numerator().orElseThrow())
                        .sum())
                : Optional.empty();
        Cell total = cell(area, count, numerator);
        cells.add(total);
        relations.add(Relation.sum(total.key(), parts.stream().map(Cell::key).toList()));
        return total;
    }

    private static Gen<Table> tables() {
        return longs().all().map(DisclosureProperties::table);
    }

    @Test
    @DisplayName("no suppressed count can be pinned down to a range narrower than the minimum")
    void auditHolds() {
        qt().withExamples(EXAMPLES).withFixedSeed(20220101L).forAll(tables()).checkAssert(table -> {
            DisclosureResult result =
                    DisclosureControl.apply(table.cells(), table.relations(), DisclosureRules.standard());
            LinearAudit.assertProtected(table.cells(), table.relations(), result, DisclosureRules.DEFAULT_MINIMUM);
        });
    }

    @Test
    @DisplayName("every primary cell is suppressed, and every relation has none or at least two suppressed cells")
    void primaryAndPairs() {
        qt().withExamples(EXAMPLES).withFixedSeed(20220102L).forAll(tables()).checkAssert(table -> {
            DisclosureRules rules = DisclosureRules.standard();
            DisclosureResult result = DisclosureControl.apply(table.cells(), table.relations(), rules);
            for (Cell cell : table.cells()) {
                if (DisclosureControl.primary(cell, rules).isPresent()) {
                    assertEquals(
                            DisclosureControl.primary(cell, rules),
                            result.reason(cell.key()).toJavaOptional());
                }
            }
            for (Relation relation : table.relations()) {
                long suppressed = relation.cells().stream()
                        .filter(k -> result.outcome(k).get().isSuppressed())
                        .count();
                assertTrue(suppressed != 1, () -> relation + " has one suppressed cell");
            }
        });
    }

    @Test
    @DisplayName("is deterministic: the same table gives the same result")
    void deterministic() {
        qt().withExamples(100).withFixedSeed(20220103L).forAll(tables()).checkAssert(table -> {
            DisclosureRules rules = DisclosureRules.standard().rounded(5);
            assertEquals(
                    DisclosureControl.apply(table.cells(), table.relations(), rules),
                    DisclosureControl.apply(table.cells(), table.relations(), rules));
        });
    }
}
