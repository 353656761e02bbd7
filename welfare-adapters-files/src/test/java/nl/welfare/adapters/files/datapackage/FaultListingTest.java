package nl.welfare.adapters.files.datapackage;

import static nl.welfare.adapters.files.datapackage.FaultAssertions.at;
import static nl.welfare.adapters.files.datapackage.FaultAssertions.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vavr.collection.List;
import java.nio.file.Path;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How faults are listed so that one systematic fault does not hide the others: a cap per rule and column, one fault
 * per unknown code with its count of rows, and the cap per file behind them.
 */
@DisplayName("The faults of a package")
class FaultListingTest {

    @TempDir
    Path folder;

    private static final int CAP = DataPackageReader.MAX_FAULTS_PER_RULE;

    private static FileFault summary(String file, int column, String field, String rejected) {
        return FileFault.builder()
                .file(file)
                .rule(DataPackageRules.TOO_MANY_FAULTS)
                .column(column)
                .field(field)
                .rejected(rejected)
                .build();
    }

    @Test
    @DisplayName("a fault on every row of one column hides neither a fault of another column nor one of another rule")
    void capPerRuleAndColumn() {
        StringBuilder csv = new StringBuilder("resident_id,date,rung\n");
        int rows = 7000;
        for (int i = 0; i < rows; i++) {
            csv.append("r-").append(i).append(",14-03-2019,2\n");
        }
        csv.append("r-x,2019-03-14,high\n");
        csv.append("r-y,,3\n");
        DataPackageRead read = TestPackage.withAreas()
                .resource("ladder_assessments", csv.toString())
                .validate(folder);
        List<FileFault> expected = List.range(0, CAP)
                .map(i -> at("ladder_assessments.csv", 2 + i, 2, "date", DataPackageRules.BAD_DATE, "14-03-2019"))
                .append(at("ladder_assessments.csv", rows + 2, 3, "rung", DataPackageRules.BAD_INTEGER, "high"))
                .append(at("ladder_assessments.csv", rows + 3, 2, "date", DataPackageRules.MISSING_VALUE, ""))
                .append(summary(
                        "ladder_assessments.csv",
                        2,
                        "date",
                        (rows - CAP) + " more data-package.bad-date faults, the first at line " + (CAP + 2)));
        assertEquals(expected, read.faults());
        assertEquals(rows + 2, read.rejectedRows());
    }

    @Test
    @DisplayName("an area missing from areas.csv is one fault per code, with the number of rows that name it")
    void unknownAreaOnce() {
        StringBuilder csv = new StringBuilder("id,area_code,birth_year\n");
        csv.append("r-0,BU01530000,1970\n");
        for (int i = 1; i <= 412; i++) {
            csv.append("r-").append(i).append(",BU01539999,1970\n");
        }
        csv.append("r-x,BU01538888,1970\n");
        csv.append("r-y,BU01530001,1970\n");
        DataPackageRead read =
                TestPackage.withAreas().resource("residents", csv.toString()).validate(folder);
        assertEquals(
                List.of(
                        at(
                                "residents.csv",
                                3,
                                2,
                                "area_code",
                                DataPackageRules.UNKNOWN_AREA,
                                "BU01539999 (and 411 more rows)"),
                        at("residents.csv", 415, 2, "area_code", DataPackageRules.UNKNOWN_AREA, "BU01538888")),
                read.faults());
        assertEquals(413, read.rejectedRows());
        assertFalse(read.dataset().isDefined());
    }

    @Test
    @DisplayName("in a lenient read, an area row with a fault is one fault, and its facts one fault with a count")
    void rejectedAreaDoesNotCascade() {
        String areas = "code,name,level,parent_code,population\n"
                + "GM0153,Enschede,municipality,,\n"
                + "WK015300,Wijk 00,district,GM0153,\n"
                + "BU01530000,City,neighbourhood,WK015300,\n"
                + "BU01530001,Lasonder,hamlet,WK015300,\n";
        StringBuilder residents = new StringBuilder("id,area_code,birth_year\n");
        for (int i = 0; i < 300; i++) {
            residents
                    .append("r-")
                    .append(i)
                    .append(i % 3 == 0 ? ",BU01530000" : ",BU01530001")
                    .append(",1970\n");
        }
        DataPackageRead read = TestPackage.empty()
                .resource("areas", areas, "\"vintage\": 2022")
                .resource("residents", residents.toString())
                .readLenient(folder);
        io.vavr.collection.Seq<FileFault> faults = read.faults();
        assertEquals(2, faults.size(), faults.mkString("\n"));
        assertEquals("areas.csv", faults.get(0).file());
        assertEquals(java.util.Optional.of(5L), faults.get(0).line());
        assertEquals(
                at("residents.csv", 3, 2, "area_code", DataPackageRules.UNKNOWN_AREA, "BU01530001 (and 199 more rows)"),
                faults.get(1));
        assertEquals(100, read.dataset().get().table(FactType.RESIDENTS).size());
    }

    @Test
    @DisplayName("behind the cap per rule and column, at most MAX_FAULTS_PER_FILE are listed per file")
    void capPerFile() {
        Faults faults = new Faults();
        int fields = DataPackageReader.MAX_FAULTS_PER_FILE / CAP + 3;
        for (int f = 0; f < fields; f++) {
            for (int i = 0; i < CAP; i++) {
                faults.add(at("x.csv", 2 + i, f + 1, "c" + f, DataPackageRules.BAD_DATE, "?"));
            }
        }
        faults.finish("x.csv");
        io.vavr.collection.Seq<FileFault> all = faults.all();
        assertEquals(DataPackageReader.MAX_FAULTS_PER_FILE + 1, all.size());
        assertEquals(
                whole(
                        "x.csv",
                        DataPackageRules.TOO_MANY_FAULTS,
                        (3 * CAP) + " more (" + (3 * CAP) + " errors, 0 warnings)"),
                all.last());
    }

    @Test
    @DisplayName("the faults of a valid package are none: nothing is counted or summed up")
    void validPackageHasNoFaults() {
        DataPackageRead read = TestPackage.withAreas()
                .resource("residents", "id,area_code,birth_year\nr-1,BU01530000,1970\nr-2,BU01530000,\n")
                .validate(folder);
        assertEquals(List.empty(), read.faults());
        assertEquals(2, read.orElseThrow().table(FactType.RESIDENTS).size());
    }
}
