package nl.welfare.adapters.files.cbs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaHierarchy;
import nl.welfare.domain.area.AreaLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's example of reading CBS region lists; the code between the tags is shown in README.md verbatim. */
@DisplayName("The README's CBS example")
class ReadmeCbsTest {

    @Test
    @DisplayName("reads the whole Netherlands, one municipality, and its neighbourhoods' inhabitants")
    void cbs() {
        Path cbs = CbsTestFiles.netherlands().getParent();
        // tag::cbs[]
        CbsRegions nl = CbsRegionList.read(cbs.resolve("CBS_85318NED_WijkenEnBuurten_2022.csv"));
        nl.vintage(); // Optional[2022], from the file name
        nl.count(AreaLevel.NEIGHBOURHOOD); // 14,317 (and 345 municipalities, 3,340 districts)

        // One municipality: its own row, its districts and its neighbourhoods
        CbsRegions municipality = CbsRegionList.read(
                cbs.resolve("CBS_85318NED_WijkenEnBuurten_2022.csv"),
                Optional.of(Year.of(2022)),
                Optional.of(AreaCode.of("GM0153")));
        AreaHierarchy areas = municipality.hierarchy(); // 1 municipality, 10 districts, 70 neighbourhoods

        // Inhabitants per neighbourhood from a CBS key-figures file (bu_code, aant_inw), for the year you state
        CbsRegions counted = CbsKeyFigures.addPopulations(
                municipality, cbs.resolve("enschede_neighbourhood_population_c2013.csv"), Year.of(2013));
        // end::cbs[]
        assertEquals(Optional.of(Year.of(2022)), nl.vintage());
        assertEquals(14_317, nl.count(AreaLevel.NEIGHBOURHOOD));
        assertEquals(81, areas.size());
        assertEquals(70, counted.populations().size());
    }
}
