package nl.welfare.domain.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import nl.welfare.domain.value.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An area population")
class AreaPopulationTest {

    private static final AreaCode ENSCHEDE = AreaCode.of("GM0153");

    @Test
    @DisplayName("counts the inhabitants of an area in a year")
    void counts() {
        AreaPopulation p = AreaPopulation.of(ENSCHEDE, Year.of(2022), 160_640);
        assertEquals(ENSCHEDE, p.areaCode());
        assertEquals(Year.of(2022), p.year());
        assertEquals(160_640, p.population());
        assertEquals(
                p, AreaPopulation.validate(ENSCHEDE, Year.of(2022), 160_640).get());
        assertEquals(0, AreaPopulation.of(ENSCHEDE, Year.of(2022), 0).population());
    }

    @Test
    @DisplayName("rejects a negative population")
    void negative() {
        var result = AreaPopulation.validate(ENSCHEDE, Year.of(2022), -1);
        AreaTest.assertBreaks(result, AreaPopulation.NEGATIVE, "population");
        assertThrows(
                InvalidValueException.class,
                () -> AreaPopulation.builder()
                        .areaCode(ENSCHEDE)
                        .year(Year.of(2022))
                        .population(-1)
                        .build());
    }
}
