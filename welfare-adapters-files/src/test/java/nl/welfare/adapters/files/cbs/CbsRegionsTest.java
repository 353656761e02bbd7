package nl.welfare.adapters.files.cbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import nl.welfare.domain.area.Area;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.domain.value.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CBS regions")
class CbsRegionsTest {

    private static final AreaCode ENSCHEDE = AreaCode.of("GM0153");
    private static final AreaCode CITY = AreaCode.of("BU01530000");
    private static final AreaHierarchy SMALL = AreaHierarchy.of(
            Year.of(2022),
            List.of(Area.of(ENSCHEDE, "Enschede"), Area.of(AreaCode.of("WK015300"), "Wijk 00"), Area.of(CITY, "City")));

    private static Seq<Violation> violations(Optional<AreaCode> municipality, AreaPopulation... populations) {
        return CbsRegions.validate("test.csv", SMALL, municipality, List.of(populations))
                .getError();
    }

    @Test
    @DisplayName("count their areas per level and take the vintage of their hierarchy")
    void countsAndVintage() {
        CbsRegions regions = CbsRegions.of("test.csv", SMALL);
        assertEquals(
                Map.of(AreaLevel.MUNICIPALITY, 1, AreaLevel.DISTRICT, 1, AreaLevel.NEIGHBOURHOOD, 1), regions.counts());
        assertEquals(
                List.of(AreaLevel.MUNICIPALITY, AreaLevel.DISTRICT, AreaLevel.NEIGHBOURHOOD),
                List.ofAll(regions.counts().keySet()));
        assertEquals(Optional.of(Year.of(2022)), regions.vintage());
        assertEquals(
                "CbsRegions[test.csv: AreaHierarchy[CBS 2022: 1 municipality, 1 district, 1 neighbourhood]]",
                regions.toString());
        CbsRegions counted = regions.plusPopulations(List.of(AreaPopulation.of(CITY, Year.of(2013), 2825)));
        assertEquals(1, counted.populations().size());
        assertEquals(
                "CbsRegions[test.csv: AreaHierarchy[CBS 2022: 1 municipality, 1 district, 1 neighbourhood],"
                        + " 1 population]",
                counted.toString());
    }

    @Test
    @DisplayName("reject a population of an area outside the hierarchy")
    void unknownArea() {
        assertEquals(
                List.of(CbsRegions.UNKNOWN_AREA),
                violations(Optional.empty(), AreaPopulation.of(AreaCode.of("BU01530001"), Year.of(2013), 5))
                        .map(Violation::rule));
    }

    @Test
    @DisplayName("reject two populations of one area in one year")
    void duplicatePopulation() {
        assertEquals(
                List.of(CbsRegions.DUPLICATE_POPULATION),
                violations(
                                Optional.empty(),
                                AreaPopulation.of(CITY, Year.of(2013), 5),
                                AreaPopulation.of(CITY, Year.of(2014), 5),
                                AreaPopulation.of(CITY, Year.of(2013), 6))
                        .map(Violation::rule));
        CbsRegions once =
                CbsRegions.of("test.csv", SMALL).plusPopulations(List.of(AreaPopulation.of(CITY, Year.of(2013), 5)));
        assertThrows(
                InvalidValueException.class,
                () -> once.plusPopulations(List.of(AreaPopulation.of(CITY, Year.of(2013), 5))));
    }

    @Test
    @DisplayName("reject areas outside the municipality they were narrowed to, or a narrowing to no municipality")
    void outsideMunicipality() {
        assertEquals(
                List.of(CbsRegions.OUTSIDE_MUNICIPALITY),
                violations(Optional.of(AreaCode.of("GM0363"))).map(Violation::rule));
        assertEquals(
                List.of(CbsRegions.OUTSIDE_MUNICIPALITY),
                violations(Optional.of(AreaCode.of("WK015300"))).map(Violation::rule));
        assertTrue(CbsRegions.validate("test.csv", SMALL, Optional.of(ENSCHEDE), List.of())
                .isValid());
    }
}
