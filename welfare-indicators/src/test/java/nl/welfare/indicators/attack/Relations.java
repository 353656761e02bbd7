package nl.welfare.indicators.attack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.attack.Quantity.AreaRule;
import nl.welfare.indicators.attack.Quantity.PeriodRule;
import nl.welfare.indicators.attack.Relation.Cell;
import nl.welfare.indicators.attack.Relation.Sense;

/**
 * Writes the relations that are true in the data by the contract (docs/indicators.md, "What belongs to a period, and
 * to an area" and the catalogue's meanings), one method per kind, so that each can be checked against the text:
 *
 * <ul>
 *   <li>{@link #areasAddUp}: a fact, or a person whose facts go through the resident's area, belongs to one
 *       neighbourhood and every area above it: a district is the sum of its neighbourhoods, the municipality of its
 *       districts, a group of its member neighbourhoods, the municipality of its groups when they cover it (at least
 *       their sum otherwise).
 *   <li>{@link #distinctPersonsAreBounded}: distinct persons over facts with their own area: a parent lies between its
 *       largest part and the sum of its parts.
 *   <li>{@link #partsLieWithinParentAreas}: a part is at most its parent.
 *   <li>{@link #flowsAddUpOverPeriods}: a fact has one date: a year is the sum of its quarters, a quarter of its months,
 *       a span of years of its years.
 *   <li>{@link #stocksAndPersonsAreBoundedOverPeriods}: an episode active in two quarters, a person with facts in two
 *       quarters, is one of the year: a period lies between its largest part and the sum of its parts.
 *   <li>{@link #partsLieWithinLongerPeriods}: a part is at most the longer period.
 *   <li>{@link #latestAssessmentsOverPeriods}: see {@link PeriodRule#LATEST}.
 *   <li>{@link #subsets}: in one area and period, a share's numerator within its denominator, new individual cases
 *       within active individual episodes, volunteers within residents participating.
 * </ul>
 *
 * <p>The cells span every area of the hierarchy below the country and every group, and every period published plus
 * the parts that relate them (the years of a span, the quarters of a year when quarters are published too): cells no
 * output shows are unknowns like the suppressed ones. Facts are assumed to carry neighbourhood codes, as in the
 * attacker's test packages.
 */
final class Relations {

    /** A parent area or period and the parts it is made of; {@code complete} when the parts cover it. */
    private record Family<T>(T parent, List<T> parts, boolean complete) {}

    /** A span of years within a longer one, and the years of the longer one outside it. */
    private record Nested(ReportingPeriod whole, ReportingPeriod part, List<ReportingPeriod> rest) {}

    /** A value per area and period: one quantity, or a linear combination (a complement). */
    record Series(String label, AreaRule areaRule, PeriodRule periodRule, Map<Quantity, Double> terms) {}

    private final List<String> areas = new ArrayList<>();
    private final List<Family<String>> areaFamilies = new ArrayList<>();
    private final Set<ReportingPeriod> periods = new TreeSet<>();
    private final List<Family<ReportingPeriod>> periodFamilies = new ArrayList<>();
    private final List<Nested> nestedSpans = new ArrayList<>();
    private final Function<Cell, String> names;
    private final List<Relation> written = new ArrayList<>();

    Relations(
            AreaHierarchy hierarchy,
            Collection<AreaGrouping> groupings,
            Collection<ReportingPeriod> published,
            Function<Cell, String> names) {
        this.names = names;
        areaStructure(hierarchy, groupings);
        periodStructure(published);
    }

    /** Every area and group a cell is kept for. */
    List<String> areas() {
        return areas;
    }

    /** Every period a cell is kept for: the published ones and the parts that relate them. */
    Set<ReportingPeriod> periods() {
        return periods;
    }

    /** The relations written so far. */
    List<Relation> written() {
        return written;
    }

    /** Writes every relation of {@code series} over areas and periods, by its rules. */
    void write(Series series) {
        switch (series.areaRule()) {
            case ADDITIVE -> areasAddUp(series);
            case BOUNDED -> distinctPersonsAreBounded(series);
            case SUPERSET -> partsLieWithinParentAreas(series);
            case NONE -> {}
        }
        switch (series.periodRule()) {
            case ADDITIVE -> flowsAddUpOverPeriods(series);
            case BOUNDED -> stocksAndPersonsAreBoundedOverPeriods(series);
            case SUPERSET -> partsLieWithinLongerPeriods(series);
            case LATEST -> latestAssessmentsOverPeriods(series);
            case NONE -> {}
        }
    }

    // ---- the structure ----

    private void areaStructure(AreaHierarchy hierarchy, Collection<AreaGrouping> groupings) {
        for (Area area : hierarchy.areas()) {
            if (area.level() == AreaLevel.COUNTRY) {
                continue;
            }
            areas.add(area.code().value());
            List<String> children = codes(hierarchy.children(area.code()).map(Area::code));
            if (!children.isEmpty()) {
                areaFamilies.add(new Family<>(area.code().value(), children, true));
            }
        }
        for (AreaGrouping grouping : groupings) {
            Map<String, Set<String>> groupsPerMunicipality = new LinkedHashMap<>();
            Map<String, Set<String>> groupedPerMunicipality = new LinkedHashMap<>();
            for (AreaGroup group : grouping.groups()) {
                areas.add(group.code());
                areaFamilies.add(new Family<>(group.code(), codes(group.members()), true));
                for (AreaCode member : group.members()) {
                    String municipality = municipality(hierarchy, member);
                    groupsPerMunicipality
                            .computeIfAbsent(municipality, m -> new LinkedHashSet<>())
                            .add(group.code());
                    groupedPerMunicipality
                            .computeIfAbsent(municipality, m -> new LinkedHashSet<>())
                            .add(member.value());
                }
            }
            groupsPerMunicipality.forEach((municipality, groups) -> {
                int neighbourhoods = hierarchy
                        .descendants(AreaCode.of(municipality), AreaLevel.NEIGHBOURHOOD)
                        .size();
                boolean covered = groupedPerMunicipality.get(municipality).size() == neighbourhoods
                        && groups.stream()
                                .allMatch(g -> grouping.members(g)
                                        .forAll(m -> municipality(hierarchy, m).equals(municipality)));
                areaFamilies.add(new Family<>(municipality, new ArrayList<>(groups), covered));
            });
        }
    }

    private static String municipality(AreaHierarchy hierarchy, AreaCode area) {
        return hierarchy
                .pathToRoot(area)
                .find(a -> a.level() == AreaLevel.MUNICIPALITY)
                .map(a -> a.code().value())
                .getOrElseThrow(() -> new IllegalArgumentException("no municipality above " + area));
    }

    private static List<String> codes(Iterable<AreaCode> codes) {
        List<String> list = new ArrayList<>();
        codes.forEach(c -> list.add(c.value()));
        return list;
    }

    /**
     * The published periods, each split into the parts of the next finer granularity published (a span into years),
     * and every span of years within a longer one.
     */
    private void periodStructure(Collection<ReportingPeriod> published) {
        Set<PeriodGranularity> granularities = new TreeSet<>();
        for (ReportingPeriod p : published) {
            p.granularity().ifPresent(granularities::add);
            if (p.kind() == ReportingPeriod.Kind.YEARS) {
                granularities.add(PeriodGranularity.YEAR);
            }
        }
        List<ReportingPeriod> pending = new ArrayList<>(published);
        while (!pending.isEmpty()) {
            ReportingPeriod whole = pending.remove(pending.size() - 1);
            if (!periods.add(whole)) {
                continue;
            }
            finerThan(whole, granularities).ifPresent(g -> {
                List<ReportingPeriod> parts = whole.split(g).toJavaList();
                periodFamilies.add(new Family<>(whole, parts, true));
                pending.addAll(parts);
            });
        }
        for (ReportingPeriod whole : periods) {
            for (ReportingPeriod part : periods) {
                if (part.kind() == ReportingPeriod.Kind.YEARS && !part.equals(whole) && part.isWithin(whole)) {
                    List<ReportingPeriod> rest = whole.split(PeriodGranularity.YEAR)
                            .filter(y -> !y.isWithin(part))
                            .toJavaList();
                    nestedSpans.add(new Nested(whole, part, rest));
                }
            }
        }
    }

    /** The coarsest granularity among {@code granularities} that splits {@code whole} into more than itself. */
    private static java.util.Optional<PeriodGranularity> finerThan(
            ReportingPeriod whole, Set<PeriodGranularity> granularities) {
        ReportingPeriod.Kind kind = whole.kind();
        for (PeriodGranularity g : granularities) { // YEAR, QUARTER, MONTH: coarsest first
            boolean finer = switch (g) {
                case YEAR -> kind == ReportingPeriod.Kind.YEARS;
                case QUARTER -> kind == ReportingPeriod.Kind.YEARS || kind == ReportingPeriod.Kind.YEAR;
                case MONTH -> kind != ReportingPeriod.Kind.MONTH && kind != ReportingPeriod.Kind.DATE_RANGE;
            };
            if (finer) {
                return java.util.Optional.of(g);
            }
        }
        return java.util.Optional.empty();
    }

    // ---- relations over areas ----

    /** Facts, and persons through their resident, belong to one area: the parts add up to the parent. */
    void areasAddUp(Series s) {
        for (ReportingPeriod p : periods) {
            for (Family<String> f : areaFamilies) {
                add(
                        "areas add up",
                        at(s, f.parent(), p),
                        f.complete() ? Sense.EQUAL : Sense.AT_LEAST,
                        Relation.sum(partsAt(s, f.parts(), p)));
            }
        }
    }

    /** Distinct persons over facts with their own area: between the largest part and the sum of the parts. */
    void distinctPersonsAreBounded(Series s) {
        for (ReportingPeriod p : periods) {
            for (Family<String> f : areaFamilies) {
                for (String part : f.parts()) {
                    add(
                            "distinct persons: parent area at least each part",
                            at(s, f.parent(), p),
                            Sense.AT_LEAST,
                            at(s, part, p));
                }
                if (f.complete()) {
                    add(
                            "distinct persons: parent area at most the sum of its parts",
                            at(s, f.parent(), p),
                            Sense.AT_MOST,
                            Relation.sum(partsAt(s, f.parts(), p)));
                }
            }
        }
    }

    /** A part is at most its parent. */
    void partsLieWithinParentAreas(Series s) {
        for (ReportingPeriod p : periods) {
            for (Family<String> f : areaFamilies) {
                for (String part : f.parts()) {
                    add("parent area at least each part", at(s, f.parent(), p), Sense.AT_LEAST, at(s, part, p));
                }
            }
        }
    }

    // ---- relations over periods ----

    /** A fact dated in a period is dated in exactly one of its parts. */
    void flowsAddUpOverPeriods(Series s) {
        for (String area : areas) {
            for (Family<ReportingPeriod> f : periodFamilies) {
                add(
                        "flows add up over periods",
                        at(s, area, f.parent()),
                        Sense.EQUAL,
                        Relation.sum(periodParts(s, area, f.parts())));
            }
        }
    }

    /** Stocks and distinct persons: a period lies between its largest part and the sum of its parts. */
    void stocksAndPersonsAreBoundedOverPeriods(Series s) {
        for (String area : areas) {
            for (Family<ReportingPeriod> f : periodFamilies) {
                for (ReportingPeriod part : f.parts()) {
                    add(
                            "stock or persons: period at least each part",
                            at(s, area, f.parent()),
                            Sense.AT_LEAST,
                            at(s, area, part));
                }
                add(
                        "stock or persons: period at most the sum of its parts",
                        at(s, area, f.parent()),
                        Sense.AT_MOST,
                        Relation.sum(periodParts(s, area, f.parts())));
            }
            for (Nested n : nestedSpans) {
                add(
                        "stock or persons: span at least a span within it",
                        at(s, area, n.whole()),
                        Sense.AT_LEAST,
                        at(s, area, n.part()));
                add(
                        "stock or persons: span at most a span within it plus the other years",
                        at(s, area, n.whole()),
                        Sense.AT_MOST,
                        Relation.sum(withRest(s, area, n)));
            }
        }
    }

    /** A part is at most the longer period. */
    void partsLieWithinLongerPeriods(Series s) {
        for (String area : areas) {
            for (Family<ReportingPeriod> f : periodFamilies) {
                for (ReportingPeriod part : f.parts()) {
                    add("period at least each part", at(s, area, f.parent()), Sense.AT_LEAST, at(s, area, part));
                }
            }
            for (Nested n : nestedSpans) {
                add("span at least a span within it", at(s, area, n.whole()), Sense.AT_LEAST, at(s, area, n.part()));
            }
        }
    }

    /** Persons by their latest assessment: at most the sum of the parts, at least the part that ends the period. */
    void latestAssessmentsOverPeriods(Series s) {
        for (String area : areas) {
            for (Family<ReportingPeriod> f : periodFamilies) {
                add(
                        "latest assessment: period at most the sum of its parts",
                        at(s, area, f.parent()),
                        Sense.AT_MOST,
                        Relation.sum(periodParts(s, area, f.parts())));
                ReportingPeriod last = f.parts().get(f.parts().size() - 1);
                if (last.end().equals(f.parent().end())) {
                    add(
                            "latest assessment: period at least its last part",
                            at(s, area, f.parent()),
                            Sense.AT_LEAST,
                            at(s, area, last));
                }
            }
            for (Nested n : nestedSpans) {
                add(
                        "latest assessment: span at most a span within it plus the other years",
                        at(s, area, n.whole()),
                        Sense.AT_MOST,
                        Relation.sum(withRest(s, area, n)));
                if (n.part().end().equals(n.whole().end())) {
                    add(
                            "latest assessment: span at least the span that ends it",
                            at(s, area, n.whole()),
                            Sense.AT_LEAST,
                            at(s, area, n.part()));
                }
            }
        }
    }

    // ---- relations between quantities ----

    /** In one area and period, the facts or persons of {@code a} are among those of {@code b}. */
    void subsets(Quantity a, Quantity b, String why) {
        for (String area : areas) {
            for (ReportingPeriod p : periods) {
                add(
                        "subset: " + why,
                        Map.of(new Cell(a, area, p), 1.0),
                        Sense.AT_MOST,
                        Map.of(new Cell(b, area, p), 1.0));
            }
        }
    }

    // ---- helpers ----

    private static Map<Cell, Double> at(Series s, String area, ReportingPeriod p) {
        Map<Cell, Double> e = new LinkedHashMap<>();
        s.terms().forEach((q, c) -> e.put(new Cell(q, area, p), c));
        return e;
    }

    private static List<Map<Cell, Double>> partsAt(Series s, List<String> parts, ReportingPeriod p) {
        List<Map<Cell, Double>> list = new ArrayList<>();
        parts.forEach(part -> list.add(at(s, part, p)));
        return list;
    }

    private static List<Map<Cell, Double>> periodParts(Series s, String area, List<ReportingPeriod> parts) {
        List<Map<Cell, Double>> list = new ArrayList<>();
        parts.forEach(part -> list.add(at(s, area, part)));
        return list;
    }

    private static List<Map<Cell, Double>> withRest(Series s, String area, Nested n) {
        List<Map<Cell, Double>> list = new ArrayList<>();
        list.add(at(s, area, n.part()));
        n.rest().forEach(y -> list.add(at(s, area, y)));
        return list;
    }

    private void add(String kind, Map<Cell, Double> left, Sense sense, Map<Cell, Double> right) {
        written.add(Relation.of(kind, left, sense, right, names));
    }
}
