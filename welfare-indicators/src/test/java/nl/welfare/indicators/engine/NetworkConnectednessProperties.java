package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.disclosure.DisclosureRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The default network indicator agrees with an oracle written from the catalogue's contract, not from the engine:
 * "among initiatives active in the period, those with at least one link active in the period to another initiative
 * active in the period", where being connected is a property of the initiative, the same at every level. The oracle
 * is plain loops over every initiative and link of random packages; the links include ones whose other end is not
 * active in the period (or is no initiative of the package), links not active in the period, and the same
 * link twice (also the other way round).
 */
@DisplayName("The network indicator on random data")
class NetworkConnectednessProperties {

    /** An area outside the tree: its initiatives are in no cell, but they are initiatives of the package. */
    private static final AreaCode OUTSIDE = AreaCode.of("BU01539999");

    /** The areas an initiative is in: the neighbourhoods, a district itself, and an area outside the tree. */
    private static final AreaCode[] AREAS = {
        EngineFixtures.N1, EngineFixtures.N2, EngineFixtures.S1, EngineFixtures.NORTH, OUTSIDE
    };

    /** A link as a row of {@code initiative_links}. */
    private record Link(String one, String other, LocalDate since, Optional<LocalDate> until) {}

    private record Network(List<Initiative> initiatives, List<Link> links, boolean quarters) {}

    /** A reported cell of the oracle: the code the results use and the areas whose initiatives it holds. */
    private record Cell(String code, Set<AreaCode> areas) {}

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static LocalDate date(RandomnessSource in) {
        return LocalDate.of(2019, 1, 1).plusDays(between(in, -200, 1700));
    }

    private static Optional<LocalDate> endAfter(RandomnessSource in, LocalDate start) {
        return between(in, 0, 2) == 0 ? Optional.empty() : Optional.of(start.plusDays(between(in, 0, 500)));
    }

    private static Gen<Network> networks() {
        return in -> {
            List<Initiative> initiatives = new ArrayList<>();
            int n = between(in, 0, 14);
            for (int i = 0; i < n; i++) {
                LocalDate started = date(in);
                initiatives.add(Initiative.builder()
                        .id(InitiativeId.of("i" + i))
                        .name("i" + i)
                        .area(AREAS[between(in, 0, AREAS.length - 1)])
                        .lead(InitiativeLead.RESIDENTS)
                        .started(started)
                        .ended(endAfter(in, started))
                        .build());
            }
            List<Link> links = new ArrayList<>();
            int m = between(in, 0, 20);
            for (int k = 0; k < m; k++) {
                int kind = between(in, 0, 9);
                if (kind == 0 && !links.isEmpty()) {
                    // the same link again, as given or the other way round
                    Link earlier = links.get(between(in, 0, links.size() - 1));
                    links.add(
                            between(in, 0, 1) == 0
                                    ? earlier
                                    : new Link(earlier.other(), earlier.one(), earlier.since(), earlier.until()));
                    continue;
                }
                // ids up to n + 1: "i<n>" and "i<n+1>" are no initiative of the package
                int one = between(in, 0, n + 1);
                // never a self-link: the domain refuses one (InitiativeLink.SELF_LINK), so no package holds it
                int drawn = between(in, 0, n);
                int other = drawn >= one ? drawn + 1 : drawn;
                LocalDate since = date(in);
                links.add(new Link("i" + one, "i" + other, since, endAfter(in, since)));
            }
            return new Network(initiatives, links, between(in, 0, 2) == 0);
        };
    }

    private static Dataset dataset(Network network) {
        Dataset.Builder builder = Dataset.builder()
                .hierarchy(EngineFixtures.hierarchy())
                .grouping(AreaGrouping.of(
                        "borough",
                        List.of(
                                AreaGroup.of("WEST", "West", List.of(EngineFixtures.N1, EngineFixtures.S1)),
                                AreaGroup.of("EAST", "East", List.of(EngineFixtures.N2)))));
        network.initiatives().forEach(builder::add);
        for (Link link : network.links()) {
            builder.add(InitiativeLink.builder()
                    .initiative(InitiativeId.of(link.one()))
                    .otherInitiative(InitiativeId.of(link.other()))
                    .since(link.since())
                    .until(link.until())
                    .build());
        }
        Dataset dataset = builder.present(FactType.INITIATIVES)
                .present(FactType.INITIATIVE_LINKS)
                .build();
        assertEquals(
                network.links().size(), dataset.table(FactType.INITIATIVE_LINKS).size(), "every link is a row");
        return dataset;
    }

    /** Active in {@code period}: started on or before its last day, and not ended before its first. */
    private static boolean active(ReportingPeriod period, LocalDate since, Optional<LocalDate> until) {
        return !since.isAfter(period.end()) && (until.isEmpty() || !until.get().isBefore(period.start()));
    }

    /** The ids of the initiatives connected in {@code period}, by the contract, wherever they are. */
    private static Set<String> connected(Network network, ReportingPeriod period) {
        Set<String> active = new HashSet<>();
        for (Initiative i : network.initiatives()) {
            if (active(period, i.started(), i.ended())) {
                active.add(i.id().value());
            }
        }
        Set<String> connected = new HashSet<>();
        for (String id : active) {
            for (Link link : network.links()) {
                String other =
                        link.one().equals(id) ? link.other() : link.other().equals(id) ? link.one() : null;
                if (other != null
                        && !other.equals(id)
                        && active.contains(other)
                        && active(period, link.since(), link.until())) {
                    connected.add(id);
                }
            }
        }
        return connected;
    }

    private static void assertAgrees(Network network, IndicatorTable table, List<Cell> cells, ReportingPeriod year) {
        for (ReportingPeriod period :
                year.split(network.quarters() ? PeriodGranularity.QUARTER : PeriodGranularity.YEAR)) {
            Set<String> connected = connected(network, period);
            for (Cell cell : cells) {
                int active = 0;
                int linked = 0;
                for (Initiative i : network.initiatives()) {
                    if (cell.areas().contains(i.area()) && active(period, i.started(), i.ended())) {
                        active++;
                        if (connected.contains(i.id().value())) {
                            linked++;
                        }
                    }
                }
                String where = cell.code() + " " + period + " " + network;
                IndicatorResult result = table.find(IndicatorId.of("network"), cell.code(), period)
                        .get();
                assertEquals(active == 0 ? ResultStatus.NO_DATA : ResultStatus.OK, result.status(), where);
                if (active > 0) {
                    assertEquals(Optional.of((long) active), result.sampleSize(), where);
                    assertEquals(Optional.of((double) active), result.denominator(), where);
                    assertEquals(Optional.of((double) linked), result.numerator(), where);
                }
            }
        }
    }

    @Test
    @DisplayName("gives the connected and active initiatives of the contract per neighbourhood, district and group")
    void agreesWithTheContract() {
        ReportingPeriod years = ReportingPeriod.years(2019, 2022);
        List<Cell> areas = List.of(
                new Cell(EngineFixtures.N1.value(), Set.of(EngineFixtures.N1)),
                new Cell(EngineFixtures.N2.value(), Set.of(EngineFixtures.N2)),
                new Cell(EngineFixtures.S1.value(), Set.of(EngineFixtures.S1)),
                new Cell(
                        EngineFixtures.NORTH.value(),
                        Set.of(EngineFixtures.N1, EngineFixtures.N2, EngineFixtures.NORTH)),
                new Cell(EngineFixtures.SOUTH.value(), Set.of(EngineFixtures.S1)),
                new Cell(
                        EngineFixtures.CITY.value(),
                        Set.of(EngineFixtures.N1, EngineFixtures.N2, EngineFixtures.S1, EngineFixtures.NORTH)));
        List<Cell> groups = List.of(
                new Cell("WEST", Set.of(EngineFixtures.N1, EngineFixtures.S1)),
                new Cell("EAST", Set.of(EngineFixtures.N2)));
        qt().withExamples(200).forAll(networks()).checkAssert(network -> {
            Dataset dataset = dataset(network);
            PeriodGranularity granularity = network.quarters() ? PeriodGranularity.QUARTER : PeriodGranularity.YEAR;
            List<IndicatorDefinition> definitions = List.of(EngineFixtures.define("network", Measure.Network.of()));
            IndicatorTable byArea = IndicatorEngine.evaluate(
                    definitions,
                    dataset,
                    EvaluationQuery.builder()
                            .period(years)
                            .level(AreaLevel.NEIGHBOURHOOD)
                            .granularity(granularity)
                            .disclosure(DisclosureRules.none())
                            .build());
            IndicatorTable byGroup = IndicatorEngine.evaluate(
                    definitions,
                    dataset,
                    EvaluationQuery.builder()
                            .period(years)
                            .grouping("borough")
                            .granularity(granularity)
                            .disclosure(DisclosureRules.none())
                            .build());
            for (ReportingPeriod year : years.split(PeriodGranularity.YEAR)) {
                assertAgrees(network, byArea, areas, year);
                assertAgrees(network, byGroup, groups, year);
            }
        });
    }
}
