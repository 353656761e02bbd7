package nl.welfare.adapters.files.cbs;

import static nl.welfare.adapters.files.cbs.CbsTestFiles.enschede;
import static nl.welfare.adapters.files.cbs.CbsTestFiles.enschedePopulations;
import static nl.welfare.adapters.files.cbs.CbsTestFiles.faultsOf;
import static nl.welfare.adapters.files.cbs.CbsTestFiles.netherlands;
import static nl.welfare.adapters.files.cbs.CbsTestFiles.onlyFault;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.List;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.value.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A CBS key-figures file")
class CbsKeyFiguresTest {

    private static final Year C2013 = Year.of(2013);
    private static final String HEADER = "gm_code,wk_code,bu_code,bu_naam,aant_inw\n";
    private static final CbsRegions ENSCHEDE = CbsRegionList.read(enschede());

    private static CbsRegions add(CbsRegions regions, String text) {
        return CbsKeyFigures.addPopulations(regions, new StringReader(text), "figures.csv", C2013);
    }

    private static FileFault onlyFaultIn(String text, Rule rule, long line) {
        return onlyFault(faultsOf(() -> add(ENSCHEDE, text)), rule, line);
    }

    @Test
    @DisplayName("adds Enschede's 70 neighbourhood populations of about 2013, summing to 158,565")
    void enschedePopulationsOf2013() {
        CbsRegions counted = CbsKeyFigures.addPopulations(ENSCHEDE, enschedePopulations(), C2013);
        assertEquals(70, counted.populations().size());
        assertEquals(
                158_565,
                counted.populations().stream()
                        .mapToInt(AreaPopulation::population)
                        .sum());
        assertEquals(
                AreaPopulation.of(AreaCode.of("BU01530000"), C2013, 2825),
                counted.populations().get(0));
        assertEquals(ENSCHEDE.hierarchy(), counted.hierarchy());
        assertEquals(List.of(), List.ofAll(ENSCHEDE.populations()));
    }

    @Test
    @DisplayName("fits the national list narrowed to Enschede, skipping rows of other municipalities")
    void narrowedList() {
        CbsRegions narrowed =
                CbsRegionList.read(netherlands(), Optional.of(Year.of(2022)), Optional.of(AreaCode.of("GM0153")));
        CbsRegions counted = add(
                narrowed,
                HEADER + "GM0153,WK015300,BU01530000,City,2825\n" + "GM0363,WK036300,BU03630000,Kop Zeedijk,1000\n");
        assertEquals(
                List.of(AreaCode.of("BU01530000")),
                List.ofAll(counted.populations()).map(AreaPopulation::areaCode));
    }

    @Test
    @DisplayName("takes an empty or '.' count as unknown, and needs no gm_code or wk_code column")
    void unknownCounts() {
        CbsRegions counted = add(ENSCHEDE, "bu_code,aant_inw\nBU01530000,.\nBU01530001,\nBU01530002,1690\n");
        assertEquals(
                List.of(AreaPopulation.of(AreaCode.of("BU01530002"), C2013, 1690)), List.ofAll(counted.populations()));
    }

    @Test
    @DisplayName("is rejected when bu_code or aant_inw is missing from the header")
    void missingColumn() {
        FileFault fault = onlyFaultIn("gm_code,bu_code,inwoners\nGM0153,BU01530000,5\n", CbsFile.MISSING_COLUMN, 1);
        assertEquals(Optional.of("aant_inw"), fault.field());
    }

    @Test
    @DisplayName("is rejected when a bu_code is not a neighbourhood's code")
    void badCode() {
        FileFault fault = onlyFaultIn(HEADER + "GM0153,WK015300,WK015300,Wijk,5\n", CbsKeyFigures.BAD_CODE, 2);
        assertEquals(Optional.of(3), fault.column());
        onlyFaultIn(HEADER + "GM0153,WK015300,city,City,5\n", CbsKeyFigures.BAD_CODE, 2);
    }

    @Test
    @DisplayName("is rejected when gm_code or wk_code is not the neighbourhood's municipality or district")
    void codeMismatch() {
        FileFault fault = onlyFaultIn(HEADER + "GM0153,WK015301,BU01530000,City,5\n", CbsKeyFigures.CODE_MISMATCH, 2);
        assertEquals(Optional.of("wk_code"), fault.field());
        onlyFaultIn(HEADER + "GM0154,WK015300,BU01530000,City,5\n", CbsKeyFigures.CODE_MISMATCH, 2);
    }

    @Test
    @DisplayName("is rejected when a count is not a whole number, or is negative")
    void badCounts() {
        FileFault fault =
                onlyFaultIn(HEADER + "GM0153,WK015300,BU01530000,City,2.825\n", CbsKeyFigures.BAD_POPULATION, 2);
        assertEquals(Optional.of(5), fault.column());
        onlyFaultIn(HEADER + "GM0153,WK015300,BU01530000,City,-99997\n", AreaPopulation.NEGATIVE, 2);
    }

    @Test
    @DisplayName("is rejected when a neighbourhood appears twice, or is already counted for the year")
    void duplicateCode() {
        String row = "GM0153,WK015300,BU01530000,City,2825\n";
        onlyFaultIn(HEADER + row + row, CbsKeyFigures.DUPLICATE_CODE, 3);
        CbsRegions once = add(ENSCHEDE, HEADER + row);
        onlyFault(faultsOf(() -> add(once, HEADER + row)), CbsKeyFigures.DUPLICATE_CODE, 2);
        CbsRegions otherYear =
                CbsKeyFigures.addPopulations(once, new StringReader(HEADER + row), "figures.csv", Year.of(2014));
        assertEquals(2, otherYear.populations().size());
    }

    @Test
    @DisplayName("is rejected when a neighbourhood is not in the region list")
    void unknownArea() {
        onlyFaultIn(HEADER + "GM0153,WK015300,BU01530099,Nowhere,5\n", CbsKeyFigures.UNKNOWN_AREA, 2);
        onlyFaultIn(HEADER + "GM0363,WK036300,BU03630000,Kop Zeedijk,5\n", CbsKeyFigures.UNKNOWN_AREA, 2);
    }

    @Test
    @DisplayName("is rejected when the file cannot be read")
    void unreadable(@TempDir Path dir) {
        Path missing = dir.resolve("figures.csv");
        FileFault fault = onlyFault(
                faultsOf(() -> CbsKeyFigures.addPopulations(ENSCHEDE, missing, C2013)), CbsFile.UNREADABLE, 0);
        assertEquals(missing.toString(), fault.file());
    }
}
