package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages docs/spreadsheet-exports.md shows are the ones the reader writes for the packages they describe. */
@DisplayName("docs/spreadsheet-exports.md")
class SpreadsheetExportsDocTest {

    @TempDir
    Path folder;

    private static String doc() throws Exception {
        return Files.readString(Path.of("..", "docs", "spreadsheet-exports.md"));
    }

    private static void shows(String doc, DataPackageRead read, int index) {
        String message = read.faults().get(index).message();
        assertTrue(doc.contains("\n" + message + "\n"), "the doc does not show: " + message);
    }

    @Test
    @DisplayName("shows the messages of an unknown encoding, spaces around a code and an unknown area")
    void messages() throws Exception {
        String doc = doc();
        shows(
                doc,
                TestPackage.withAreas()
                        .resource("residents", "id,area_code\n", "\"encoding\": \"utf-16\"")
                        .validate(folder.resolve("encoding")),
                0);
        StringBuilder trimmed = new StringBuilder("id,area_code,birth_year\nr-0,BU01530000,1970\n");
        for (int i = 1; i <= 412; i++) {
            trimmed.append("r-").append(i).append(",BU01530000 ,1970\n");
        }
        shows(
                doc,
                TestPackage.withAreas()
                        .resource("residents", trimmed.toString())
                        .validate(folder.resolve("trimmed")),
                0);
        StringBuilder unknown = new StringBuilder("id,area_code,birth_year\n");
        for (int i = 2; i <= 6; i++) {
            unknown.append("r-").append(i).append(",BU01530000,1970\n");
        }
        for (int i = 7; i <= 418; i++) {
            unknown.append("r-").append(i).append(",BU01539999,1970\n");
        }
        shows(
                doc,
                TestPackage.withAreas()
                        .resource("residents", unknown.toString())
                        .validate(folder.resolve("unknown")),
                0);
    }

    @Test
    @DisplayName("shows the first, the other column's and the summing-up fault of a date format wrong on 7,000 rows")
    void tooManyFaults() throws Exception {
        String doc = doc();
        StringBuilder csv = new StringBuilder("resident_id,date,rung\n");
        for (int i = 0; i < 7000; i++) {
            csv.append("r-").append(i).append(",14-03-2019,2\n");
        }
        csv.append("r-x,2019-03-14,high\n");
        DataPackageRead read = TestPackage.withAreas()
                .resource("ladder_assessments", csv.toString())
                .validate(folder);
        shows(doc, read, 0);
        shows(doc, read, DataPackageReader.MAX_FAULTS_PER_RULE);
        shows(doc, read, DataPackageReader.MAX_FAULTS_PER_RULE + 1);
    }
}
