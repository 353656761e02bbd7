package nl.welfare.indicators.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Disclosure control on generated problems")
class DisclosureProperties {

    private static final int EXAMPLES = 300;

    /**
     * A generated problem: leaves in a tree of two or three levels with a grouping that cuts across it (a second
     * partition of the leaves with its own totals), over two periods and their sum; each area and period has a share
     * (responses and "yes") or a count with a subset (active and new cases), and sometimes a distinct count whose areas
     * are bounded by their parts, a known zero (an empty share) and a second indicator over the same count.
     */
    record Generated(long seed, DisclosureProblem problem) {
        @Override
        public String toString() {
            return "problem of seed " + seed + ":\n" + problem.describe();
        }
    }

    static Generated generate(long seed) {
        Random random = new Random(seed);
        boolean threeLevels = random.nextBoolean();
        boolean shares = random.nextBoolean();
        boolean distinct = random.nextInt(3) == 0;
        int parts = 2 + random.nextInt(3);
        int groups = 2 + random.nextInt(2);
        List<String> leaves = new ArrayList<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> tops = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            String part = "P" + p;
            tops.add(part);
            if (threeLevels) {
                List<String> below = new ArrayList<>();
                for (int l = 0; l < 2 + random.nextInt(2); l++) {
                    below.add(part + "." + l);
                }
                children.put(part, below);
                leaves.addAll(below);
            } else {
                leaves.add(part);
            }
        }
        children.put("T", tops);
        Map<String, List<String>> grouping = new LinkedHashMap<>();
        for (String leaf : leaves) {
            grouping.computeIfAbsent("G" + random.nextInt(groups), k -> new ArrayList<>())
                    .add(leaf);
        }
        List<String> periods = List.of("2021", "2022");
        DisclosureProblem.Builder b = DisclosureProblem.builder();
        String n = shares ? "responses" : "active";
        String k = shares ? "yes" : "new";
        Map<String, long[]> leafValues = new LinkedHashMap<>();
        for (String leaf : leaves) {
            for (String period : periods) {
                long count = random.nextInt(5) == 0 ? 0 : random.nextInt(36);
                long part = count == 0 ? 0 : random.nextInt((int) count + 1);
                long persons = distinct ? random.nextInt(20) : 0;
                leafValues.put(leaf + "|" + period, new long[] {count, part, persons});
            }
        }
        List<String> areas = new ArrayList<>(leaves);
        areas.addAll(children.keySet());
        areas.addAll(grouping.keySet());
        List<String> allPeriods = List.of("2021", "2022", "2021/2022");
        Map<String, long[]> values = new LinkedHashMap<>();
        for (String area : areas) {
            for (String period : allPeriods) {
                long[] sum = new long[3];
                for (String leaf : leavesOf(area, children, grouping)) {
                    for (String p : period.equals("2021/2022") ? periods : List.of(period)) {
                        long[] v = leafValues.get(leaf + "|" + p);
                        sum[0] += v[0];
                        sum[1] += v[1];
                    }
                }
                values.put(area + "|" + period, sum);
            }
        }
        // Distinct persons: an area has at least as many as each part and at most their sum (persons in two parts
        // are counted once), so each whole is the largest of its parts plus a little.
        for (String period : allPeriods) {
            for (String leaf : leaves) {
                values.get(leaf + "|" + period)[2] = period.equals("2021/2022")
                        ? Math.max(leafValues.get(leaf + "|2021")[2], leafValues.get(leaf + "|2022")[2])
                        : leafValues.get(leaf + "|" + period)[2];
            }
            List<String> wholes = new ArrayList<>(children.keySet());
            wholes.remove("T");
            wholes.addAll(grouping.keySet());
            long top = 0;
            for (String whole : wholes) {
                List<String> of = grouping.containsKey(whole) ? grouping.get(whole) : children.get(whole);
                long most = of.stream()
                        .mapToLong(a -> values.get(a + "|" + period)[2])
                        .max()
                        .orElse(0);
                long sum = of.stream()
                        .mapToLong(a -> values.get(a + "|" + period)[2])
                        .sum();
                values.get(whole + "|" + period)[2] = Math.min(sum, most + random.nextInt(3));
                top = Math.max(top, values.get(whole + "|" + period)[2]);
            }
            for (String part : children.get("T")) {
                top = Math.max(top, values.get(part + "|" + period)[2]);
            }
            values.get("T|" + period)[2] = top + random.nextInt(3);
        }
        for (String area : areas) {
            for (String period : allPeriods) {
                long[] v = values.get(area + "|" + period);
                QuantityKey nq = QuantityKey.of(n, area, period);
                QuantityKey kq = QuantityKey.of(k, area, period);
                b.value(nq, v[0]).value(kq, v[1]);
                CellKey key = CellKey.of(shares ? "share" : "rate", area, period);
                if (shares && v[0] == 0) {
                    b.known(nq, 0).known(kq, 0); // an empty share: no data, a known zero
                } else if (shares) {
                    b.cell(Cell.share(key, nq, kq));
                } else {
                    b.cell(Cell.count(key, nq)).cell(Cell.count(CellKey.of("new", area, period), kq));
                    if (random.nextInt(4) == 0) {
                        b.cell(Cell.count(CellKey.of("same-as-rate", area, period), nq)); // a second indicator
                    }
                }
                b.relation(Relation.atMost(kq, nq));
                if (distinct) {
                    QuantityKey pq = QuantityKey.of("persons", area, period);
                    b.value(pq, v[2]).cell(Cell.count(CellKey.of("persons", area, period), pq));
                }
            }
        }
        List<Map<String, List<String>>> families = List.of(children, grouping);
        for (Map<String, List<String>> family : families) {
            for (Map.Entry<String, List<String>> e : family.entrySet()) {
                for (String period : allPeriods) {
                    relate(b, values, e.getKey(), e.getValue(), period, n, k, distinct);
                }
            }
        }
        relateTop(b, values, grouping.keySet(), allPeriods, n, k, distinct);
        for (String area : areas) {
            for (String q : List.of(n, k)) {
                b.relation(Relation.sum(
                        QuantityKey.of(q, area, "2021/2022"),
                        List.of(QuantityKey.of(q, area, "2021"), QuantityKey.of(q, area, "2022")),
                        0));
            }
        }
        return new Generated(seed, b.build());
    }

    private static List<String> leavesOf(
            String area, Map<String, List<String>> children, Map<String, List<String>> grouping) {
        if (grouping.containsKey(area)) {
            return grouping.get(area);
        }
        if (!children.containsKey(area)) {
            return List.of(area);
        }
        List<String> all = new ArrayList<>();
        children.get(area).forEach(c -> all.addAll(leavesOf(c, children, grouping)));
        return all;
    }

    private static void relate(
            DisclosureProblem.Builder b,
            Map<String, long[]> values,
            String total,
            List<String> parts,
            String period,
            String n,
            String k,
            boolean distinct) {
        for (String q : List.of(n, k)) {
            b.relation(Relation.sum(
                    QuantityKey.of(q, total, period),
                    parts.stream().map(p -> QuantityKey.of(q, p, period)).toList(),
                    0));
        }
        if (distinct) {
            QuantityKey whole = QuantityKey.of("persons", total, period);
            List<QuantityKey> each = parts.stream()
                    .map(p -> QuantityKey.of("persons", p, period))
                    .toList();
            long sum = parts.stream()
                    .mapToLong(p -> values.get(p + "|" + period)[2])
                    .sum();
            b.relation(Relation.atMostSum(whole, each, Math.max(0, values.get(total + "|" + period)[2] - sum)));
            each.forEach(e -> b.relation(Relation.atMost(e, whole)));
        }
    }

    private static void relateTop(
            DisclosureProblem.Builder b,
            Map<String, long[]> values,
            java.util.Set<String> groups,
            List<String> periods,
            String n,
            String k,
            boolean distinct) {
        for (String period : periods) {
            relate(b, values, "T", List.copyOf(groups), period, n, k, distinct);
        }
    }

    private static Gen<Generated> problems() {
        return longs().all().map(DisclosureProperties::generate);
    }

    @Test
    @DisplayName(
            "no count, numerator or complement of a suppressed cell is pinned to a range narrower than the minimum")
    void auditHolds() {
        qt().withExamples(EXAMPLES).withFixedSeed(20220101L).forAll(problems()).checkAssert(g -> {
            DisclosureResult result = DisclosureControl.decide(g.problem(), DisclosureRules.standard());
            LinearAudit.assertProtected(g.problem(), result, DisclosureRules.DEFAULT_MINIMUM);
        });
    }

    @Test
    @DisplayName("with a minimum of 5 and a band of 1-2 too")
    void auditHoldsForOtherRules() {
        qt().withExamples(100).withFixedSeed(20220104L).forAll(problems()).checkAssert(g -> {
            DisclosureResult result = DisclosureControl.decide(g.problem(), DisclosureRules.of(5, 2));
            LinearAudit.assertProtected(g.problem(), result, 5);
        });
    }

    @Test
    @DisplayName("suppresses every cell with a count below the minimum or a numerator or complement of 1-4")
    void primary() {
        qt().withExamples(EXAMPLES).withFixedSeed(20220102L).forAll(problems()).checkAssert(g -> {
            DisclosureResult result = DisclosureControl.decide(g.problem(), DisclosureRules.standard());
            for (Cell cell : g.problem().cells()) {
                double count = g.problem().values().get(cell.counts().get(0));
                double numerator =
                        cell.numerator().map(q -> g.problem().values().get(q)).orElse(0.0);
                boolean small = cell.counts().stream()
                                .anyMatch(q -> g.problem().values().get(q) < 10)
                        || (cell.numerator().isPresent()
                                && ((numerator >= 1 && numerator <= 4)
                                        || (count - numerator >= 1 && count - numerator <= 4)));
                if (small) {
                    assertTrue(result.reason(cell.key()).get().isPrimary(), cell::toString);
                }
            }
        });
    }

    @Test
    @DisplayName("is deterministic: the same problem gives the same result")
    void deterministic() {
        RoundingKey key = RoundingKey.generate();
        qt().withExamples(60).withFixedSeed(20220103L).forAll(problems()).checkAssert(g -> {
            DisclosureRules rules = DisclosureRules.standard().rounded(5, key);
            assertEquals(DisclosureControl.decide(g.problem(), rules), DisclosureControl.decide(g.problem(), rules));
        });
    }
}
