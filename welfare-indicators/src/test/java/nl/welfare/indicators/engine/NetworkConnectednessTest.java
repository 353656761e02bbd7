package nl.welfare.indicators.engine;

import static nl.welfare.indicators.engine.EngineFixtures.CITY;
import static nl.welfare.indicators.engine.EngineFixtures.N1;
import static nl.welfare.indicators.engine.EngineFixtures.N2;
import static nl.welfare.indicators.engine.EngineFixtures.NORTH;
import static nl.welfare.indicators.engine.EngineFixtures.S1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.InitiativeId;
import nl.welfare.domain.community.InitiativeLead;
import nl.welfare.domain.community.InitiativeLink;
import nl.welfare.domain.time.ReportingPeriod;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.IndicatorId;
import nl.welfare.indicators.definition.Measure;
import nl.welfare.indicators.definition.NetworkScope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The network indicator on a hand-made package: initiative A in neighbourhood N1 is linked to initiative B in N2 of
 * the same district, and C in N1 stands apart. Being connected is a property of the initiative, so A and B are
 * connected in their neighbourhoods as in their district; only the named option {@link NetworkScope#WITHIN_AREA}
 * keeps the old notion, where a link counts only in the areas that hold both its initiatives.
 */
@DisplayName("The network indicator across a neighbourhood border")
class NetworkConnectednessTest {

    private static final ReportingPeriod Y2021 = ReportingPeriod.year(2021);
    private static final LocalDate START = LocalDate.of(2020, 1, 1);

    private static Initiative initiative(String id, AreaCode area) {
        return Initiative.builder()
                .id(InitiativeId.of(id))
                .name(id)
                .area(area)
                .lead(InitiativeLead.RESIDENTS)
                .started(START)
                .ended(Optional.empty())
                .build();
    }

    private static Dataset acrossTheBorder() {
        return Dataset.builder()
                .hierarchy(EngineFixtures.hierarchy())
                .add(initiative("a", N1))
                .add(initiative("b", N2))
                .add(initiative("c", N1))
                .add(InitiativeLink.builder()
                        .initiative(InitiativeId.of("a"))
                        .otherInitiative(InitiativeId.of("b"))
                        .since(LocalDate.of(2021, 3, 1))
                        .until(Optional.empty())
                        .build())
                .build();
    }

    private static IndicatorTable evaluate(Measure.Network network) {
        // Disclosure control off by name, so that the small counts of the example are not suppressed.
        return IndicatorEngine.evaluate(
                List.of(EngineFixtures.define("network", network)),
                acrossTheBorder(),
                EngineFixtures.unprotected(AreaLevel.NEIGHBOURHOOD, Y2021));
    }

    private static void assertShare(IndicatorTable table, AreaCode area, double connected, double active) {
        IndicatorResult result =
                table.find(IndicatorId.of("network"), area.value(), Y2021).get();
        assertEquals(ResultStatus.OK, result.status(), area::value);
        assertEquals(Optional.of(connected), result.numerator(), area::value);
        assertEquals(Optional.of(active), result.denominator(), area::value);
        assertEquals(Optional.of((long) active), result.sampleSize(), area::value);
    }

    @Test
    @DisplayName("counts A and B as connected in their own neighbourhoods and in their district")
    void connectedEverywhere() {
        IndicatorTable table = evaluate(Measure.Network.of());
        assertShare(table, N1, 1, 2);
        assertShare(table, N2, 1, 1);
        assertShare(table, NORTH, 2, 3);
        assertShare(table, CITY, 2, 3);
        assertEquals(
                ResultStatus.NO_DATA,
                table.find(IndicatorId.of("network"), S1.value(), Y2021).get().status());
    }

    @Test
    @DisplayName("is the same as the default scope named explicitly")
    void defaultIsAnywhere() {
        assertEquals(Measure.Network.of(), Measure.Network.of(NetworkScope.ANYWHERE));
        assertEquals(
                evaluate(Measure.Network.of()).results(),
                evaluate(Measure.Network.of(NetworkScope.ANYWHERE)).results());
    }

    @Test
    @DisplayName("within the area: A and B stand apart in their neighbourhoods and are connected in their district")
    void withinTheArea() {
        IndicatorTable table = evaluate(Measure.Network.of(NetworkScope.WITHIN_AREA));
        assertShare(table, N1, 0, 2);
        assertShare(table, N2, 0, 1);
        assertShare(table, NORTH, 2, 3);
        assertShare(table, CITY, 2, 3);
    }

    @Test
    @DisplayName("says the scope in its text only when it is not the default")
    void describesTheScope() {
        assertEquals(
                "network of initiatives active in period", Measure.Network.of().toString());
        assertEquals(
                "network of initiatives active in period, links within the area only",
                Measure.Network.of(NetworkScope.WITHIN_AREA).toString());
    }
}
