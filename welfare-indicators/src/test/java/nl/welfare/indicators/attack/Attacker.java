package nl.welfare.indicators.attack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.attack.Quantity.AreaRule;
import nl.welfare.indicators.attack.Ranges.Range;
import nl.welfare.indicators.attack.Relation.Cell;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;

/**
 * An attacker that reads only published outputs, written from the contract (docs/indicators.md, docs/results-formats.md, docs/disclosure-control.md) and not from
 * the disclosure code: given one or more outputs of the same data package, the package's structure (its area tree and
 * groupings, never its facts) and the definitions used, it finds every suppressed count that the published numbers
 * pin down.
 *
 * <ol>
 *   <li>One unknown per quantity, area and period ({@link Quantity}, {@link Relation.Cell}): the persons or records
 *       behind each cell, and a share's numerator; every unknown at least 0.
 *   <li>Every number a row reveals is fixed ({@link Shape}): an {@code OK} row's counts, a {@code NO_DATA} row's zeros.
 *       A quantity published by two indicators is one unknown.
 *   <li>Every relation true in the data by the contract is written ({@link Relations}): areas that add up or bound
 *       each other, periods that add up or bound each other, subsets in one area and period.
 *   <li>For every count a {@code SUPPRESSED} row hides (its n, k and n - k for a share), a linear program finds its
 *       least and greatest value ({@link Ranges}). A range narrower than the minimum count, or within 0-4, is a
 *       {@link Failure}.
 * </ol>
 *
 * <p>Assumptions of the attacker's test packages, stated where they are used: survey weights are 1 (a weighted share's
 * numerator is its count), and facts carry neighbourhood codes (a district is the sum of its neighbourhoods).
 */
public final class Attacker {

    /** The minimum count of the standard rules (docs/disclosure-control.md). */
    public static final int MINIMUM_COUNT = 10;

    /** The largest count that must never be pinned: a numerator or complement of 1 to 4. */
    private static final double SMALL = 4;

    private static final double TOLERANCE = 1e-6;

    /** A suppressed count whose range, given everything published, is too narrow. */
    public record Failure(
            IndicatorId indicator, String area, ReportingPeriod period, String quantity, Range range, String why) {
        @Override
        public String toString() {
            return indicator.value() + " " + area + " " + period + " " + quantity + " in " + range + ": " + why;
        }
    }

    private final List<IndicatorTable> outputs;
    private final int minimum;
    private final Map<IndicatorId, Shape> shapes = new LinkedHashMap<>();
    private final Map<Quantity, String> labels = new LinkedHashMap<>();
    private final Map<Quantity, Set<String>> aliases = new LinkedHashMap<>();
    private final Map<Cell, Double> published = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private final Relations relations;
    private List<Failure> failures;

    /** The attacker of {@code outputs} of one package with the structure of {@code structure}, minimum count 10. */
    public Attacker(List<IndicatorTable> outputs, Dataset structure, List<IndicatorDefinition> definitions) {
        this(outputs, structure, definitions, MINIMUM_COUNT);
    }

    /**
     * The attacker of {@code outputs}; of {@code structure} it reads only the hierarchy and the groupings; of {@code
     * definitions} those about persons.
     */
    public Attacker(
            List<IndicatorTable> outputs, Dataset structure, List<IndicatorDefinition> definitions, int minimum) {
        this.outputs = List.copyOf(outputs);
        this.minimum = minimum;
        for (IndicatorDefinition d : definitions) {
            Shape.of(d).ifPresent(shape -> {
                shapes.put(d.id(), shape);
                shape.quantities().forEach((q, role) -> {
                    String label = d.id().value() + "." + role;
                    labels.putIfAbsent(q, label);
                    aliases.computeIfAbsent(q, x -> new LinkedHashSet<>()).add(label);
                });
            });
        }
        Set<ReportingPeriod> periods = new TreeSet<>();
        for (IndicatorResult row : rows()) {
            periods.add(row.period());
            reveal(row);
        }
        this.relations =
                new Relations(structure.hierarchy(), structure.groupings().toJavaList(), periods, this::name);
        writeRelations();
    }

    // ---- what the rows reveal ----

    private List<IndicatorResult> rows() {
        List<IndicatorResult> rows = new ArrayList<>();
        for (IndicatorTable output : outputs) {
            for (IndicatorResult row : output.results()) {
                if (shapes.containsKey(row.indicator())) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private void reveal(IndicatorResult row) {
        Shape shape = shapes.get(row.indicator());
        Map<Quantity, Double> values = switch (row.status()) {
            case OK -> shape.revealed(row);
            case NO_DATA -> shape.noData();
            case SUPPRESSED -> Map.of();
        };
        values.forEach((q, v) -> {
            Cell cell = new Cell(q, row.area(), row.period());
            Double before = published.putIfAbsent(cell, v);
            if (before != null && Math.abs(before - v) > TOLERANCE) {
                conflicts.add(name(cell) + " is published as " + before + " and as " + v + " (" + row + ")");
            }
        });
    }

    // ---- the relations ----

    private void writeRelations() {
        for (Quantity q : labels.keySet()) {
            relations.write(new Relations.Series(labels.get(q), q.areaRule(), q.periodRule(), Map.of(q, 1.0)));
        }
        // the complement of a share by latest assessment has its own relations over periods
        for (Shape shape : shapes.values()) {
            if (shape instanceof Shape.Share share && share.k() instanceof Quantity.LatestPassing k) {
                Map<Quantity, Double> complement = new LinkedHashMap<>();
                complement.put(share.n(), 1.0);
                complement.put(k, -1.0);
                relations.write(new Relations.Series(
                        labels.get(share.n()) + " - " + labels.get(k), AreaRule.NONE, k.periodRule(), complement));
            }
        }
        for (Quantity a : labels.keySet()) {
            for (Quantity b : labels.keySet()) {
                if (Quantity.within(a, b)) {
                    relations.subsets(a, b, labels.get(a) + " within " + labels.get(b));
                }
            }
        }
    }

    /** A cell's name in relations: {@code feels-safe.n[BU01530101 2019]}. */
    private String name(Cell cell) {
        String label = labels.getOrDefault(cell.quantity(), cell.quantity().describe());
        return label + "[" + cell.area() + " " + cell.period() + "]";
    }

    // ---- the attack ----

    /** Every suppressed count the published numbers pin down, once per indicator, area, period and count. */
    public List<Failure> failures() {
        if (failures == null) {
            failures = attack();
        }
        return failures;
    }

    private List<Failure> attack() {
        if (!conflicts.isEmpty()) {
            throw new IllegalStateException("outputs that disagree on a count: " + conflicts);
        }
        List<Relation> contradicted = contradicted();
        if (!contradicted.isEmpty()) {
            throw new IllegalStateException("relations the published numbers break: " + contradicted);
        }
        Ranges ranges = new Ranges(relations.written(), published, this::name, minimum);
        Map<String, Failure> found = new LinkedHashMap<>();
        for (IndicatorResult row : rows()) {
            if (row.status() != ResultStatus.SUPPRESSED) {
                continue;
            }
            for (Shape.Role role : shapes.get(row.indicator()).hidden()) {
                Map<Cell, Double> expression = new LinkedHashMap<>();
                role.terms().forEach((q, c) -> expression.put(new Cell(q, row.area(), row.period()), c));
                Range range = ranges.of(expression);
                boolean elsewhere = published.keySet().containsAll(expression.keySet());
                why(range, elsewhere)
                        .ifPresent(why -> found.putIfAbsent(
                                row.indicator().value() + " " + row.area() + " " + row.period() + " " + role.name(),
                                new Failure(row.indicator(), row.area(), row.period(), role.name(), range, why)));
            }
        }
        return List.copyOf(found.values());
    }

    private Optional<String> why(Range range, boolean publishedElsewhere) {
        List<String> reasons = new ArrayList<>();
        if (range.width() < minimum - TOLERANCE) {
            reasons.add("narrower than " + minimum);
        }
        if (range.high() <= SMALL + TOLERANCE) {
            reasons.add("within 0-4");
        }
        if (!reasons.isEmpty() && publishedElsewhere) {
            reasons.add("given exactly by another row");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", reasons));
    }

    // ---- for the tests of the attacker itself ----

    /** Every relation written, true in the data by the contract. */
    List<Relation> relations() {
        return relations.written();
    }

    /** Every value the outputs publish, by cell. */
    Map<Cell, Double> published() {
        return published;
    }

    /** The relations whose cells are all published and that the published values break: none if they are true. */
    List<Relation> contradicted() {
        List<Relation> broken = new ArrayList<>();
        for (Relation r : relations.written()) {
            if (!r.holds(published, TOLERANCE).orElse(true)) {
                broken.add(r);
            }
        }
        return broken;
    }

    /** Counts published twice with different values: none if the attacker reads the rows right. */
    List<String> conflicts() {
        return conflicts;
    }

    /** The relations that name a cell of {@code failure}, with the values published for their cells. */
    public List<String> relationsAbout(Failure failure) {
        Set<Quantity> quantities = shapes.get(failure.indicator()).quantities().keySet();
        List<String> about = new ArrayList<>();
        for (Relation r : relations.written()) {
            boolean names = r.difference().keySet().stream()
                    .anyMatch(c -> quantities.contains(c.quantity())
                            && c.area().equals(failure.area())
                            && c.period().equals(failure.period()));
            if (names) {
                List<String> values = new ArrayList<>();
                r.difference().keySet().stream()
                        .filter(published::containsKey)
                        .forEach(c -> values.add(c.area() + " " + c.period() + " = " + number(published.get(c))));
                about.add(r + (values.isEmpty() ? "" : "   (published: " + String.join(", ", values) + ")"));
            }
        }
        return about;
    }

    /** A report of the failures, each with the relations that name its cells and the values published for them. */
    public String report() {
        StringBuilder text = new StringBuilder();
        List<Failure> all = failures();
        text.append(all.size()).append(" suppressed counts pinned down:\n");
        all.stream().limit(40).forEach(f -> text.append("- ").append(f).append('\n'));
        if (all.size() > 40) {
            text.append("- and ").append(all.size() - 40).append(" more\n");
        }
        for (Failure f : all.subList(0, Math.min(3, all.size()))) {
            text.append("\nrelations about ").append(f).append(":\n");
            relationsAbout(f).forEach(r -> text.append("  ").append(r).append('\n'));
        }
        return text.toString();
    }

    /** Every quantity with the indicators that publish it, every relation, every published value. */
    public String dump() {
        StringBuilder text = new StringBuilder();
        text.append("quantities:\n");
        aliases.forEach((q, names) -> text.append("  ")
                .append(String.join(" = ", names))
                .append(": ")
                .append(q.describe())
                .append('\n'));
        text.append("relations (").append(relations.written().size()).append("):\n");
        relations.written().forEach(r -> text.append("  ").append(r).append('\n'));
        text.append("published (").append(published.size()).append("):\n");
        published.forEach((c, v) -> text.append("  ")
                .append(name(c))
                .append(" = ")
                .append(number(v))
                .append('\n'));
        return text.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6g", v);
    }

    @Override
    public String toString() {
        return "Attacker[" + outputs.size() + " outputs, " + relations.written().size() + " relations, "
                + published.size() + " published values]";
    }
}
