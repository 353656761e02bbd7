package nl.welfare.indicators.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaGrouping;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.time.PeriodGranularity;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.fixtures.RandomNetworks;
import nl.welfare.indicators.fixtures.RandomNetworks.Network;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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

    /** A reported cell of the oracle: the code the results use and the areas whose initiatives it holds. */
    private record Cell(String code, Set<AreaCode> areas) {}

    private static Dataset dataset(Network network) {
        Dataset.Builder builder = Dataset.builder()
                .hierarchy(EngineFixtures.hierarchy())
                .grouping(AreaGrouping.of(
                        "borough",
                        List.of(
                                AreaGroup.of("WEST", "West", List.of(EngineFixtures.N1, EngineFixtures.S1)),
                                AreaGroup.of("EAST", "East", List.of(EngineFixtures.N2)))));
        network.initiatives().forEach(builder::add);
        network.links().forEach(builder::add);
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
            for (InitiativeLink link : network.links()) {
                String one = link.initiative().value();
                String two = link.otherInitiative().value();
                String other = one.equals(id) ? two : two.equals(id) ? one : null;
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
        qt().withExamples(200).forAll(RandomNetworks.networks(AREAS)).checkAssert(network -> {
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
