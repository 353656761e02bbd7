package nl.welfare.adapters.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import nl.welfare.domain.value.Violation;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.definition.IndicatorDefinition;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.NetworkScope;
import nl.welfare.indicators.definition.Polarity;
import nl.welfare.indicators.definition.StatisticalUnit;
import nl.welfare.indicators.disclosure.DisclosureRules;
import nl.welfare.indicators.engine.EvaluationQuery;
import nl.welfare.indicators.engine.FigureSource;
import nl.welfare.indicators.engine.IndicatorEngine;
import nl.welfare.indicators.engine.IndicatorResult;
import nl.welfare.indicators.engine.IndicatorTable;
import nl.welfare.indicators.engine.ResultStatus;
import nl.welfare.indicators.fixtures.RandomNetworks;
import nl.welfare.indicators.fixtures.SmallCity;
import nl.welfare.testkit.contracts.FigureSourceContract;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.quicktheories.QuickTheory;

/**
 * The {@code NETWORK} kind by SQL ({@link SqlNetwork}), both scopes: on random initiative networks the engine with the
 * store's figure source gives the table of the in-memory engine, and on random and hand-made networks the active and
 * connected initiatives of every cell and period are those of plain loops over the initiatives and links, written
 * from the catalogue's words ("among initiatives active in the period, those with at least one link active in the
 * period to another initiative active in the period"; within the area: that other initiative in the same cell). On H2
 * always, and on PostgreSQL and MariaDB when their URLs are set.
 */
@DisplayName("The network indicator by SQL")
class SqlNetworkTest {

    /** An area outside the tree: its initiatives are in no cell, but they are initiatives of the package. */
    private static final AreaCode OUTSIDE = AreaCode.of("BU01539999");

    /** The areas a random initiative is in: the neighbourhoods, a district itself, and an area outside the tree. */
    private static final AreaCode[] AREAS = {SmallCity.N1, SmallCity.N2, SmallCity.S1, SmallCity.NORTH, OUTSIDE};

    /** The years evaluated; the random networks' dates run from mid 2018 to 2023. */
    private static final ReportingPeriod YEARS = ReportingPeriod.years(2019, 2022);

    /** A reported cell of the oracle: its level, the code the results use and the areas whose initiatives it holds. */
    private record Cell(AreaLevel level, String code, Set<AreaCode> areas) {}

    /** The cells of the CBS levels, the neighbourhoods first. */
    private static final List<Cell> AREA_CELLS = List.of(
            new Cell(AreaLevel.NEIGHBOURHOOD, SmallCity.N1.value(), Set.of(SmallCity.N1)),
            new Cell(AreaLevel.NEIGHBOURHOOD, SmallCity.N2.value(), Set.of(SmallCity.N2)),
            new Cell(AreaLevel.NEIGHBOURHOOD, SmallCity.S1.value(), Set.of(SmallCity.S1)),
            new Cell(AreaLevel.DISTRICT, SmallCity.NORTH.value(), Set.of(SmallCity.N1, SmallCity.N2, SmallCity.NORTH)),
            new Cell(AreaLevel.DISTRICT, SmallCity.SOUTH.value(), Set.of(SmallCity.S1)),
            new Cell(
                    AreaLevel.MUNICIPALITY,
                    SmallCity.CITY.value(),
                    Set.of(
                            SmallCity.N1,
                            SmallCity.N2,
                            SmallCity.S1,
                            SmallCity.NORTH,
                            SmallCity.SOUTH,
                            SmallCity.CITY)));

    /** The groups of the grouping {@code borough}. */
    private static final List<Cell> GROUP_CELLS = List.of(
            new Cell(AreaLevel.NEIGHBOURHOOD, "WEST", Set.of(SmallCity.N1, SmallCity.S1)),
            new Cell(AreaLevel.NEIGHBOURHOOD, "EAST", Set.of(SmallCity.N2)));

    /** The two definitions: the default scope and within the area. */
    private static final List<IndicatorDefinition> DEFINITIONS =
            List.of(definition("anywhere", NetworkScope.ANYWHERE), definition("within", NetworkScope.WITHIN_AREA));

    /** The examples, on the store {@link #store()} gives. */
    abstract static class Examples {

        /** The store, not yet emptied. */
        abstract JdbcWelfareStore store();

        /** How many random networks the property tries (each is stored). */
        int examples() {
            return Integer.getInteger("welfare.contract.examples", 200);
        }

        /** The store's figure source over {@code dataset}, imported into the emptied store. */
        FigureSource sourceFor(Dataset dataset) {
            JdbcWelfareStore store = TestDatabases.emptied(store());
            Either<Violation, ImportSummary> imported = store.importDataset(dataset, ImportMode.REFUSE);
            assertTrue(imported.isRight(), imported::toString);
            return store.figureSource();
        }

        @Test
        @DisplayName("gives the in-memory engine's table, and the plain loops' counts, on random networks")
        void equalsTheEngineAndTheOracleOnRandomNetworks() {
            QuickTheory.qt()
                    .withExamples(examples())
                    .forAll(RandomNetworks.networks(AREAS))
                    .checkAssert(network -> {
                        // The store keeps a link only between initiatives it holds (a foreign key at each end): the
                        // links to no initiative of the package, never connected in memory either, are left out.
                        Set<InitiativeId> ids = new HashSet<>();
                        network.initiatives().forEach(i -> ids.add(i.id()));
                        List<InitiativeLink> links = network.links().stream()
                                .filter(l -> ids.contains(l.initiative()) && ids.contains(l.otherInitiative()))
                                .toList();
                        Dataset dataset = dataset(network.initiatives(), links, true);
                        FigureSource source = sourceFor(dataset);
                        PeriodGranularity granularity =
                                network.quarters() ? PeriodGranularity.QUARTER : PeriodGranularity.YEAR;
                        for (EvaluationQuery query : queries(granularity)) {
                            IndicatorTable expected = IndicatorEngine.evaluate(DEFINITIONS, dataset, query);
                            IndicatorTable actual = IndicatorEngine.evaluate(DEFINITIONS, dataset, query, source);
                            FigureSourceContract.assertSameTable(expected, actual, query + ", " + network);
                        }
                        assertAgreesWithOracle(network.initiatives(), links, dataset, source, granularity);
                    });
        }

        @Test
        @DisplayName("counts by the contract a link to an initiative outside the reported areas")
        void linkToAnInitiativeOutsideTheReportedAreas() {
            List<Initiative> initiatives = List.of(
                    initiative("a", SmallCity.N1, "2019-01-01", null),
                    initiative("x", OUTSIDE, "2019-01-01", null),
                    initiative("b", SmallCity.N2, "2019-01-01", null));
            List<InitiativeLink> links = List.of(link("a", "x", "2021-05-01", null));
            Dataset dataset = dataset(initiatives, links, true);
            FigureSource source = sourceFor(dataset);
            assertAgreesWithOracle(initiatives, links, dataset, source, PeriodGranularity.YEAR);
            // The oracle's own answer, spelled out: a is connected anywhere from 2021, within no area.
            IndicatorTable table =
                    IndicatorEngine.evaluate(DEFINITIONS, dataset, unprotected(AreaLevel.NEIGHBOURHOOD), source);
            assertFigures(table, "anywhere", SmallCity.N1, 2020, 0, 1);
            assertFigures(table, "anywhere", SmallCity.N1, 2021, 1, 1);
            assertFigures(table, "within", SmallCity.N1, 2021, 0, 1);
            assertFigures(table, "anywhere", SmallCity.N2, 2021, 0, 1);
        }

        @Test
        @DisplayName("counts by the contract a link outside the period and a link whose other end is inactive")
        void linkOutsideThePeriodAndOtherEndInactive() {
            List<Initiative> initiatives = List.of(
                    initiative("a", SmallCity.N1, "2019-01-01", null),
                    initiative("b", SmallCity.N2, "2019-01-01", "2020-06-30"),
                    initiative("c", SmallCity.N1, "2019-01-01", null),
                    initiative("d", SmallCity.S1, "2022-03-01", null));
            List<InitiativeLink> links = List.of(
                    // active only in 2019: outside the periods 2020 to 2022
                    link("a", "c", "2019-02-01", "2019-12-31"),
                    // open, but b is not active after June 2020
                    link("a", "b", "2020-01-01", null),
                    // active from 2021, d only from March 2022; given the other way round
                    link("d", "c", "2021-01-01", null));
            Dataset dataset = dataset(initiatives, links, true);
            FigureSource source = sourceFor(dataset);
            assertAgreesWithOracle(initiatives, links, dataset, source, PeriodGranularity.YEAR);
            assertAgreesWithOracle(initiatives, links, dataset, source, PeriodGranularity.QUARTER);
            IndicatorTable table =
                    IndicatorEngine.evaluate(DEFINITIONS, dataset, unprotected(AreaLevel.NEIGHBOURHOOD), source);
            assertFigures(table, "anywhere", SmallCity.N1, 2019, 2, 2);
            assertFigures(table, "anywhere", SmallCity.N1, 2020, 1, 2);
            assertFigures(table, "anywhere", SmallCity.N1, 2021, 0, 2);
            assertFigures(table, "anywhere", SmallCity.N1, 2022, 1, 2);
            assertFigures(table, "within", SmallCity.N1, 2022, 0, 2);
            IndicatorTable cities =
                    IndicatorEngine.evaluate(DEFINITIONS, dataset, unprotected(AreaLevel.MUNICIPALITY), source);
            assertFigures(cities, "within", SmallCity.CITY, 2022, 2, 3);
        }

        @Test
        @DisplayName("counts initiatives and links active in a period on its first or its last day only")
        void spansTouchingThePeriodOnOneDay() {
            List<Initiative> initiatives = List.of(
                    initiative("a", SmallCity.N1, "2019-01-01", null),
                    // active in 2021 on its last day only
                    initiative("b", SmallCity.N2, "2021-12-31", null),
                    // active in 2021 on its first day only
                    initiative("c", SmallCity.N1, "2019-01-01", "2021-01-01"),
                    initiative("d", SmallCity.S1, "2019-01-01", null),
                    initiative("e", SmallCity.S1, "2019-01-01", null),
                    initiative("f", SmallCity.S1, "2019-01-01", null),
                    initiative("g", SmallCity.S1, "2019-01-01", null));
            List<InitiativeLink> links = List.of(
                    link("a", "b", "2020-01-01", null),
                    link("c", "a", "2019-01-01", null),
                    // active in 2021 on its first day only
                    link("d", "e", "2019-06-01", "2021-01-01"),
                    // active in 2020 on its last day only
                    link("f", "g", "2020-12-31", null));
            Dataset dataset = dataset(initiatives, links, true);
            FigureSource source = sourceFor(dataset);
            assertAgreesWithOracle(initiatives, links, dataset, source, PeriodGranularity.YEAR);
            assertAgreesWithOracle(initiatives, links, dataset, source, PeriodGranularity.QUARTER);
            IndicatorTable table =
                    IndicatorEngine.evaluate(DEFINITIONS, dataset, unprotected(AreaLevel.NEIGHBOURHOOD), source);
            assertFigures(table, "anywhere", SmallCity.S1, 2019, 2, 4);
            assertFigures(table, "anywhere", SmallCity.S1, 2020, 4, 4);
            assertFigures(table, "anywhere", SmallCity.S1, 2021, 4, 4);
            assertFigures(table, "anywhere", SmallCity.S1, 2022, 2, 4);
            assertFigures(table, "anywhere", SmallCity.N1, 2021, 2, 2);
            assertFigures(table, "anywhere", SmallCity.N1, 2022, 1, 1);
            assertFigures(table, "anywhere", SmallCity.N2, 2021, 1, 1);
            assertFigures(table, "within", SmallCity.N1, 2021, 2, 2);
            assertFigures(table, "within", SmallCity.N2, 2021, 0, 1);
        }

        @Test
        @DisplayName("never holds an initiative linked to itself: the domain and the store refuse one")
        void refusesAnInitiativeLinkedToItself() {
            assertThrows(RuntimeException.class, () -> link("a", "a", "2021-01-01", null));
            List<Initiative> initiatives = List.of(initiative("a", SmallCity.N1, "2019-01-01", null));
            Dataset dataset = dataset(initiatives, List.of(), true);
            FigureSource source = sourceFor(dataset);
            // A row written past the domain, straight into the table, is refused by its check constraint.
            try (Connection c = store().dataSource().getConnection();
                    Statement s = c.createStatement()) {
                assertThrows(
                        SQLException.class,
                        () -> s.executeUpdate("INSERT INTO initiative_links (initiative_id, other_initiative_id,"
                                + " since, until) VALUES ('a', 'a', DATE '2021-01-01', NULL)"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            IndicatorTable table =
                    IndicatorEngine.evaluate(DEFINITIONS, dataset, unprotected(AreaLevel.NEIGHBOURHOOD), source);
            assertFigures(table, "anywhere", SmallCity.N1, 2021, 0, 1);
            assertFigures(table, "within", SmallCity.N1, 2021, 0, 1);
        }

        @Test
        @DisplayName("has no data without the links resource, as in memory")
        void noDataWithoutLinks() {
            List<Initiative> initiatives = List.of(
                    initiative("a", SmallCity.N1, "2019-01-01", null),
                    initiative("b", SmallCity.N1, "2019-01-01", null));
            Dataset dataset = dataset(initiatives, List.of(), false);
            FigureSource source = sourceFor(dataset);
            EvaluationQuery query = unprotected(AreaLevel.NEIGHBOURHOOD);
            IndicatorTable actual = IndicatorEngine.evaluate(DEFINITIONS, dataset, query, source);
            FigureSourceContract.assertSameTable(
                    IndicatorEngine.evaluate(DEFINITIONS, dataset, query), actual, "without links");
            for (IndicatorResult result : actual.results()) {
                assertEquals(ResultStatus.NO_DATA, result.status(), result::toString);
            }
        }

        /**
         * Asserts that the store's source gives, in every cell of the levels and the grouping and in every period of
         * {@code granularity}, the active and connected initiatives that plain loops over {@code initiatives} and
         * {@code links} give, for both scopes.
         */
        private static void assertAgreesWithOracle(
                List<Initiative> initiatives,
                List<InitiativeLink> links,
                Dataset dataset,
                FigureSource source,
                PeriodGranularity granularity) {
            Map<AreaLevel, IndicatorTable> tables = new EnumMap<>(AreaLevel.class);
            for (AreaLevel level : List.of(AreaLevel.NEIGHBOURHOOD, AreaLevel.DISTRICT, AreaLevel.MUNICIPALITY)) {
                tables.put(
                        level, IndicatorEngine.evaluate(DEFINITIONS, dataset, unprotected(level, granularity), source));
            }
            IndicatorTable groups = IndicatorEngine.evaluate(
                    DEFINITIONS,
                    dataset,
                    EvaluationQuery.builder()
                            .period(YEARS)
                            .grouping("borough")
                            .granularity(granularity)
                            .disclosure(DisclosureRules.none())
                            .build(),
                    source);
            for (ReportingPeriod period : YEARS.split(granularity)) {
                for (NetworkScope scope : NetworkScope.values()) {
                    String id = scope == NetworkScope.ANYWHERE ? "anywhere" : "within";
                    for (Cell cell : AREA_CELLS) {
                        assertOracle(tables.get(cell.level()), id, cell, period, initiatives, links, scope);
                    }
                    for (Cell cell : GROUP_CELLS) {
                        assertOracle(groups, id, cell, period, initiatives, links, scope);
                    }
                }
            }
        }

        private static void assertOracle(
                IndicatorTable table,
                String id,
                Cell cell,
                ReportingPeriod period,
                List<Initiative> initiatives,
                List<InitiativeLink> links,
                NetworkScope scope) {
            int active = 0;
            int connected = 0;
            for (Initiative i : initiatives) {
                if (!cell.areas().contains(i.area()) || !active(period, i.started(), i.ended())) {
                    continue;
                }
                active++;
                boolean linked = false;
                for (InitiativeLink link : links) {
                    InitiativeId other = link.initiative().equals(i.id())
                            ? link.otherInitiative()
                            : link.otherInitiative().equals(i.id()) ? link.initiative() : null;
                    if (other == null || other.equals(i.id()) || !active(period, link.since(), link.until())) {
                        continue;
                    }
                    for (Initiative j : initiatives) {
                        if (j.id().equals(other)
                                && active(period, j.started(), j.ended())
                                && (scope == NetworkScope.ANYWHERE
                                        || cell.areas().contains(j.area()))) {
                            linked = true;
                        }
                    }
                }
                if (linked) {
                    connected++;
                }
            }
            String where = id + " " + cell.code() + " " + period + ", " + initiatives + ", " + links;
            IndicatorResult result = table.find(IndicatorId.of(id), cell.code(), period)
                    .getOrElseThrow(() -> new AssertionError("no row " + where));
            assertEquals(active == 0 ? ResultStatus.NO_DATA : ResultStatus.OK, result.status(), where);
            if (active > 0) {
                assertEquals(Optional.of((long) active), result.sampleSize(), where);
                assertEquals(Optional.of((double) active), result.denominator(), where);
                assertEquals(Optional.of((double) connected), result.numerator(), where);
            }
        }

        private static void assertFigures(
                IndicatorTable table, String id, AreaCode area, int year, int connected, int active) {
            IndicatorResult result = table.find(IndicatorId.of(id), area.value(), ReportingPeriod.year(year))
                    .get();
            String where = id + " " + area + " " + year;
            assertEquals(Optional.of((double) connected), result.numerator(), where);
            assertEquals(Optional.of((double) active), result.denominator(), where);
        }
    }

    /** Active in {@code period}: started on or before its last day, and not ended before its first. */
    private static boolean active(ReportingPeriod period, LocalDate since, Optional<LocalDate> until) {
        return !since.isAfter(period.end()) && (until.isEmpty() || !until.get().isBefore(period.start()));
    }

    /** The small city with its grouping, the initiatives and links, the links resource present when {@code linked}. */
    private static Dataset dataset(List<Initiative> initiatives, List<InitiativeLink> links, boolean linked) {
        Dataset.Builder builder = Dataset.builder()
                .hierarchy(SmallCity.hierarchy())
                .grouping(AreaGrouping.of(
                        "borough",
                        List.of(
                                AreaGroup.of("WEST", "West", List.of(SmallCity.N1, SmallCity.S1)),
                                AreaGroup.of("EAST", "East", List.of(SmallCity.N2)))));
        initiatives.forEach(builder::add);
        links.forEach(builder::add);
        builder.present(FactType.INITIATIVES);
        if (linked) {
            builder.present(FactType.INITIATIVE_LINKS);
        }
        return builder.build();
    }

    /** Queries of every level and the grouping, without and with disclosure control (which suppresses some cells). */
    private static List<EvaluationQuery> queries(PeriodGranularity granularity) {
        List<EvaluationQuery> queries = new ArrayList<>();
        for (AreaLevel level : List.of(AreaLevel.NEIGHBOURHOOD, AreaLevel.DISTRICT, AreaLevel.MUNICIPALITY)) {
            queries.add(unprotected(level, granularity));
        }
        queries.add(EvaluationQuery.builder()
                .period(YEARS)
                .grouping("borough")
                .granularity(granularity)
                .disclosure(DisclosureRules.none())
                .build());
        queries.add(EvaluationQuery.builder()
                .period(YEARS)
                .level(AreaLevel.NEIGHBOURHOOD)
                .granularity(granularity)
                .baseline(ReportingPeriod.year(2019))
                .disclosure(
                        granularity == PeriodGranularity.QUARTER
                                ? DisclosureRules.standard().finestPeriod(PeriodGranularity.QUARTER)
                                : DisclosureRules.standard())
                .build());
        return queries;
    }

    private static EvaluationQuery unprotected(AreaLevel level) {
        return unprotected(level, PeriodGranularity.YEAR);
    }

    private static EvaluationQuery unprotected(AreaLevel level, PeriodGranularity granularity) {
        return EvaluationQuery.builder()
                .period(YEARS)
                .level(level)
                .granularity(granularity)
                .disclosure(DisclosureRules.none())
                .build();
    }

    private static IndicatorDefinition definition(String id, NetworkScope scope) {
        Measure measure = Measure.Network.of(scope);
        return IndicatorDefinition.builder()
                .id(IndicatorId.of(id))
                .name(id)
                .description("")
                .unit("initiatives")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .statisticalUnit(StatisticalUnit.OTHER)
                .kind(measure.kind())
                .measure(measure)
                .build();
    }

    private static Initiative initiative(String id, AreaCode area, String started, @Nullable String ended) {
        return Initiative.builder()
                .id(InitiativeId.of(id))
                .name(id)
                .area(area)
                .lead(InitiativeLead.values()[0])
                .started(LocalDate.parse(started))
                .ended(Optional.ofNullable(ended).map(LocalDate::parse))
                .build();
    }

    private static InitiativeLink link(String one, String other, String since, @Nullable String until) {
        return InitiativeLink.builder()
                .initiative(InitiativeId.of(one))
                .otherInitiative(InitiativeId.of(other))
                .since(LocalDate.parse(since))
                .until(Optional.ofNullable(until).map(LocalDate::parse))
                .build();
    }

    @Nested
    @DisplayName("on H2")
    class OnH2 extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.h2();
        }
    }

    @Nested
    @DisplayName("on PostgreSQL")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.POSTGRES,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_POSTGRES_URL to a PostgreSQL JDBC URL to run these examples there")
    class OnPostgreSql extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.postgres();
        }

        @Override
        int examples() {
            return 20;
        }
    }

    @Nested
    @DisplayName("on MariaDB")
    @EnabledIfEnvironmentVariable(
            named = TestDatabases.MARIADB,
            matches = ".+",
            disabledReason = "set WELFARE_TEST_MARIADB_URL to a MariaDB JDBC URL to run these examples there")
    class OnMariaDb extends Examples {
        @Override
        JdbcWelfareStore store() {
            return TestDatabases.mariaDb();
        }

        @Override
        int examples() {
            return 20;
        }
    }
}
