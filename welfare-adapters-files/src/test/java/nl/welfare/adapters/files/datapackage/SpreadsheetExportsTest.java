package nl.welfare.adapters.files.datapackage;

import static nl.welfare.adapters.files.datapackage.FaultAssertions.at;
import static nl.welfare.adapters.files.datapackage.FaultAssertions.field;
import static nl.welfare.adapters.files.datapackage.FaultAssertions.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.survey.QuestionCode;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a spreadsheet's CSV export brings: a declared encoding other than UTF-8, dates day first, spaces around codes.
 * Each is read as declared, or reported at its place; none is ignored.
 */
@DisplayName("A spreadsheet's export")
class SpreadsheetExportsTest {

    @TempDir
    Path folder;

    /** Areas with names outside ASCII: an e acute, a right single quote (0x92 in windows-1252). */
    private static final String AREAS = "code,name,level,parent_code,population\n"
            + "GM0153,Enschede,municipality,,\n"
            + "WK015300,Wijk 00 Binnensingelgebied,district,GM0153,\n"
            + "BU01530000,Caf\u00e9 \u2019t Hoekje,neighbourhood,WK015300,2825\n"
            + "BU01530001,Lasonder,neighbourhood,WK015300,1550\n";

    private static final String LATIN = "code,name,level,parent_code,population\n"
            + "GM0153,Enschede,municipality,,\n"
            + "WK015300,Wijk 00,district,GM0153,\n"
            + "BU01530000,Caf\u00e9 \u00e0 la Gr\u00fcne,neighbourhood,WK015300,2825\n";

    private Dataset readAreas(String csv, Charset charset, String encoding) {
        DataPackageRead read = TestPackage.empty()
                .resource("areas", "", "\"vintage\": 2022", "\"encoding\": \"" + encoding + "\"")
                .file("areas.csv", csv.getBytes(charset))
                .validate(folder);
        assertEquals(List.empty(), read.faults());
        return read.orElseThrow();
    }

    private static String name(Dataset dataset, String code) {
        return dataset.hierarchy().area(AreaCode.of(code)).get().name();
    }

    @Nested
    @DisplayName("in a declared encoding")
    class Encodings {

        @ParameterizedTest
        @ValueSource(strings = {"windows-1252", "cp1252", "Windows-1252", "CP1252"})
        @DisplayName("windows-1252 is read as windows-1252: an e acute and a curly quote come out as written")
        void windows1252(String encoding) {
            byte[] bytes = AREAS.getBytes(Charset.forName("windows-1252"));
            assertEquals((byte) 0x92, bytes[AREAS.indexOf('\u2019')], "the quote is one windows-1252 byte");
            assertEquals(
                    "Caf\u00e9 \u2019t Hoekje",
                    name(readAreas(AREAS, Charset.forName("windows-1252"), encoding), "BU01530000"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"ISO-8859-1", "iso-8859-1", "latin-1", "latin1", "latin_1"})
        @DisplayName("ISO-8859-1 is read as ISO-8859-1, under each of its Frictionless names")
        void latin1(String encoding) {
            assertEquals(
                    "Caf\u00e9 \u00e0 la Gr\u00fcne",
                    name(readAreas(LATIN, StandardCharsets.ISO_8859_1, encoding), "BU01530000"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"utf-8", "UTF-8", "utf8", "utf-8-sig"})
        @DisplayName("UTF-8 with a byte order mark is read as UTF-8 under each of its names")
        void utf8WithBom(String encoding) {
            byte[] text = AREAS.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[text.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(text, 0, bytes, 3, text.length);
            DataPackageRead read = TestPackage.empty()
                    .resource("areas", "", "\"vintage\": 2022", "\"encoding\": \"" + encoding + "\"")
                    .file("areas.csv", bytes)
                    .validate(folder);
            assertEquals(List.empty(), read.faults());
            assertEquals("Caf\u00e9 \u2019t Hoekje", name(read.orElseThrow(), "BU01530000"));
        }

        @Test
        @DisplayName("windows-1252 undeclared is read as UTF-8, and its e acute is a fault at its place")
        void undeclared() {
            DataPackageRead read = TestPackage.empty()
                    .resource("areas", "", "\"vintage\": 2022")
                    .file("areas.csv", LATIN.getBytes(Charset.forName("windows-1252")))
                    .validate(folder);
            assertEquals(
                    List.of(at("areas.csv", 4, 2, "name", DataPackageRules.ENCODING, "Caf\uFFFD \uFFFD la Gr\uFFFDne")),
                    read.faults());
        }

        @Test
        @DisplayName("an encoding the reader does not know is a fault of the resource's encoding, in the descriptor")
        void unknownEncoding() {
            DataPackageRead read = TestPackage.withAreas()
                    .resource("residents", "id,area_code\n", "\"encoding\": \"ebcdic-cp-nl\"")
                    .resource("cohorts", "cohort,resident_id,joined\n", "\"encoding\": 1252")
                    .validate(folder);
            assertEquals(
                    List.of(
                            field(
                                    "datapackage.json",
                                    4,
                                    "residents.encoding",
                                    DataPackageRules.ENCODING,
                                    "\"ebcdic-cp-nl\""),
                            field("datapackage.json", 5, "cohorts.encoding", DataPackageRules.ENCODING, "1252")),
                    read.faults());
        }

        @Test
        @DisplayName("a byte windows-1252 does not define is a fault at its place")
        void undefinedByte() {
            byte[] bytes = "id,area_code\nr-1,BU01530000\nr-\u00e9,BU01530000\n".getBytes(StandardCharsets.ISO_8859_1);
            bytes[bytes.length - 13] = (byte) 0x81;
            DataPackageRead read = TestPackage.withAreas()
                    .resource("residents", "", "\"encoding\": \"windows-1252\"")
                    .file("residents.csv", bytes)
                    .validate(folder);
            assertEquals(
                    List.of(at("residents.csv", 3, 1, "id", DataPackageRules.ENCODING, "r-\uFFFD")), read.faults());
        }

        @Test
        @DisplayName("a UTF-8 byte order mark in a file declared windows-1252 is a fault on its first line")
        void bomInWindows1252() {
            byte[] text = "id,area_code\nr-1,BU01530000\n".getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = new byte[text.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(text, 0, bytes, 3, text.length);
            DataPackageRead read = TestPackage.withAreas()
                    .resource("residents", "", "\"encoding\": \"windows-1252\"")
                    .file("residents.csv", bytes)
                    .validate(folder);
            assertEquals(
                    List.of(row(
                            "residents.csv",
                            1,
                            DataPackageRules.ENCODING,
                            "a UTF-8 byte order mark in a file declared windows-1252")),
                    read.faults());
        }
    }

    @Nested
    @DisplayName("with dates in a declared format")
    class Dates {

        private static final String LADDER = "resident_id,date,rung\n";

        private DataPackageRead ladder(String format, String csv) {
            return TestPackage.withAreas()
                    .resource(
                            "ladder_assessments",
                            LADDER + csv,
                            "\"schema\": {\"fields\": [{\"name\": \"resident_id\", \"type\": \"string\"},"
                                    + " {\"name\": \"date\", \"type\": \"date\", \"format\": " + format + "},"
                                    + " {\"name\": \"rung\", \"type\": \"integer\"}]}")
                    .validate(folder);
        }

        private List<LocalDate> dates(DataPackageRead read) {
            assertEquals(List.empty(), read.faults());
            Dataset dataset = read.orElseThrow();
            return List.range(0, dataset.table(FactType.LADDER_ASSESSMENTS).size())
                    .map(i -> dataset.ladderAssessment(i).date());
        }

        @Test
        @DisplayName("%d-%m-%Y reads day first, with one or two digits for day and month")
        void dayFirst() {
            assertEquals(
                    List.of(LocalDate.of(2019, 3, 14), LocalDate.of(2019, 3, 1), LocalDate.of(2020, 2, 29)),
                    dates(ladder("\"%d-%m-%Y\"", "r-1,14-03-2019,2\nr-1,1-3-2019,2\nr-1,29-02-2020,3\n")));
        }

        @Test
        @DisplayName("%d/%m/%Y, %d.%m.%Y, %m/%d/%Y and fmt:%d-%m-%Y read their separators and order")
        void otherPatterns() {
            assertEquals(List.of(LocalDate.of(2019, 3, 14)), dates(ladder("\"%d/%m/%Y\"", "r-1,14/03/2019,2\n")));
            assertEquals(List.of(LocalDate.of(2019, 3, 14)), dates(ladder("\"%d.%m.%Y\"", "r-1,14.3.2019,2\n")));
            assertEquals(List.of(LocalDate.of(2019, 3, 14)), dates(ladder("\"%m/%d/%Y\"", "r-1,03/14/2019,2\n")));
            assertEquals(List.of(LocalDate.of(2019, 3, 14)), dates(ladder("\"fmt:%d-%m-%Y\"", "r-1,14-03-2019,2\n")));
        }

        @Test
        @DisplayName("default reads ISO dates, and any reads ISO dates and dates day first")
        void defaultAndAny() {
            assertEquals(List.of(LocalDate.of(2019, 3, 14)), dates(ladder("\"default\"", "r-1,2019-03-14,2\n")));
            assertEquals(
                    List.of(
                            LocalDate.of(2019, 3, 14),
                            LocalDate.of(2019, 3, 14),
                            LocalDate.of(2019, 3, 1),
                            LocalDate.of(2019, 3, 14)),
                    dates(ladder("\"any\"", "r-1,2019-03-14,2\nr-1,14-03-2019,2\nr-1,1/3/2019,2\nr-1,14.03.2019,2\n")));
        }

        @Test
        @DisplayName("a date not in the field's format is a fault of that rule at its place")
        void notInFormat() {
            DataPackageRead read = ladder(
                    "\"%d-%m-%Y\"",
                    "r-1,2019-03-14,2\nr-1,14/03/2019,2\nr-1,31-04-2019,2\nr-1,14-03-19,2\nr-1,14-03-2019x,2\n");
            assertEquals(
                    List.of(
                            at(
                                    "ladder_assessments.csv",
                                    2,
                                    2,
                                    "date",
                                    DataPackageRules.DATE_NOT_IN_FORMAT,
                                    "2019-03-14"),
                            at(
                                    "ladder_assessments.csv",
                                    3,
                                    2,
                                    "date",
                                    DataPackageRules.DATE_NOT_IN_FORMAT,
                                    "14/03/2019"),
                            at(
                                    "ladder_assessments.csv",
                                    4,
                                    2,
                                    "date",
                                    DataPackageRules.DATE_NOT_IN_FORMAT,
                                    "31-04-2019"),
                            at("ladder_assessments.csv", 5, 2, "date", DataPackageRules.DATE_NOT_IN_FORMAT, "14-03-19"),
                            at(
                                    "ladder_assessments.csv",
                                    6,
                                    2,
                                    "date",
                                    DataPackageRules.DATE_NOT_IN_FORMAT,
                                    "14-03-2019x")),
                    read.faults());
            assertEquals(
                    List.of(at(
                            "ladder_assessments.csv", 2, 2, "date", DataPackageRules.DATE_NOT_IN_FORMAT, "03/14/2019")),
                    ladder("\"any\"", "r-1,03/14/2019,2\n").faults());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "\"%d-%m-%y\"",
                    "\"%d %m %Y\"",
                    "\"%d-%m\"",
                    "\"%d-%d-%Y\"",
                    "\"%e-%m-%Y\"",
                    "\"%d-%b-%Y\"",
                    "\"dd-mm-yyyy\"",
                    "\"\"",
                    "42"
                })
        @DisplayName("a format the reader does not read is a fault of the field's format, in the descriptor")
        void unsupported(String format) {
            DataPackageRead read = ladder(format, "r-1,14-03-2019,2\n");
            assertEquals(
                    List.of(field(
                            "datapackage.json",
                            4,
                            "ladder_assessments.schema.fields[1].format",
                            DataPackageRules.BAD_DATE_FORMAT,
                            format)),
                    read.faults());
            assertFalse(read.dataset().isDefined());
        }

        @Test
        @DisplayName("a format on a column that holds no dates is not read as a date format")
        void notADateColumn() {
            DataPackageRead read = TestPackage.withAreas()
                    .resource(
                            "residents",
                            "id,area_code\nr-1,BU01530000\n",
                            "\"schema\": {\"fields\": [{\"name\": \"id\", \"type\": \"string\", \"format\": \"uuid\"},"
                                    + " {\"name\": \"area_code\", \"type\": \"string\", \"format\": \"default\"}]}")
                    .validate(folder);
            assertEquals(List.empty(), read.faults());
        }

        @Test
        @DisplayName("the patterns read exactly the dates they describe")
        void patternsDirectly() {
            DateFormat dayFirst = DateFormat.of("%d-%m-%Y").get();
            assertEquals(LocalDate.of(2019, 12, 31), dayFirst.parse("31-12-2019"));
            assertNull(dayFirst.parse("31-12-2019-"));
            assertNull(dayFirst.parse("-31-12-2019"));
            assertNull(dayFirst.parse("131-12-2019"));
            assertNull(dayFirst.parse("31-12-20190"));
            assertNull(dayFirst.parse("0-12-2019"));
            assertNull(dayFirst.parse("29-02-2019"));
            assertEquals(
                    LocalDate.of(2019, 3, 14), DateFormat.of("%Y/%m/%d").get().parse("2019/3/14"));
            assertEquals(Option.some(DateFormat.ISO), DateFormat.of("default"));
            assertEquals(
                    LocalDate.of(2019, 3, 4), DateFormat.of("%Y-%m-%d").get().parse("2019-3-4"));
        }
    }

    @Nested
    @DisplayName("with spaces around codes")
    class Spaces {

        @Test
        @DisplayName(
                "a code with spaces is read without them, with one warning per column (in column order) that counts the rows")
        void trimmed() {
            StringBuilder residents = new StringBuilder("id,area_code,birth_year\n");
            residents.append("r-0,BU01530000,1970\n");
            for (int i = 1; i <= 300; i++) {
                residents.append("r-").append(i).append(",BU01530000 ,1970\n");
            }
            residents.append(" r-x,\tBU01530001,1980\n");
            DataPackageRead read = TestPackage.withAreas()
                    .resource("residents", residents.toString())
                    .resource(
                            "survey_responses",
                            "respondent_id,area_code,date,question,answer,weight\nbp-1,BU01530000,2019-10-03, wl01 ,7,\n")
                    .validate(folder);
            assertEquals(
                    List.of(
                            at("residents.csv", 303, 1, "id", DataPackageRules.TRIMMED_CODE, "\" r-x\"")
                                    .asWarning(),
                            at(
                                            "residents.csv",
                                            3,
                                            2,
                                            "area_code",
                                            DataPackageRules.TRIMMED_CODE,
                                            "\"BU01530000 \" (and 300 more rows)")
                                    .asWarning(),
                            at("survey_responses.csv", 2, 4, "question", DataPackageRules.TRIMMED_CODE, "\" wl01 \"")
                                    .asWarning()),
                    read.faults());
            Dataset dataset = read.orElseThrow();
            assertEquals(302, dataset.table(FactType.RESIDENTS).size());
            assertEquals(ResidentId.of("r-x"), dataset.resident(301).id());
            assertEquals(AreaCode.of("BU01530001"), dataset.resident(301).area());
            assertEquals(QuestionCode.of("wl01"), dataset.surveyResponse(0).question());
        }

        @Test
        @DisplayName("a name keeps its spaces: only codes and ids are trimmed")
        void namesKeepTheirSpaces() {
            DataPackageRead read = TestPackage.empty()
                    .resource(
                            "areas",
                            "code,name,level,parent_code,population\nGM0153, Enschede ,municipality ,,\n",
                            "\"vintage\": 2022")
                    .validate(folder);
            assertEquals(
                    List.of(at("areas.csv", 2, 3, "level", DataPackageRules.TRIMMED_CODE, "\"municipality \"")
                            .asWarning()),
                    read.faults());
            assertEquals(" Enschede ", name(read.orElseThrow(), "GM0153"));
        }

        @Test
        @DisplayName("a valid package's codes are not touched and nothing is warned")
        void untouched() {
            DataPackageRead read = TestPackage.withAreas()
                    .resource("residents", "id,area_code,birth_year\nr-1,BU01530000,1970\n")
                    .validate(folder);
            assertEquals(List.empty(), read.faults());
        }
    }

    @Test
    @DisplayName("an encoding, a date format and spaces together: read, with only the spaces warned about")
    void together() {
        String csv = "id,name,area_code,lead,started,ended,theme\n"
                + "i-1,Caf\u00e9 de Buurt,BU01530000 ,residents,14-03-2019,,\n";
        DataPackageRead read = TestPackage.withAreas()
                .resource(
                        "initiatives",
                        "",
                        "\"encoding\": \"windows-1252\"",
                        "\"dialect\": {\"delimiter\": \",\"}",
                        "\"schema\": {\"fields\": [{\"name\": \"id\"}, {\"name\": \"name\"}, {\"name\": \"area_code\"},"
                                + " {\"name\": \"lead\"}, {\"name\": \"started\", \"type\": \"date\", \"format\":"
                                + " \"%d-%m-%Y\"}, {\"name\": \"ended\", \"type\": \"date\", \"format\": \"%d-%m-%Y\"},"
                                + " {\"name\": \"theme\"}]}")
                .file("initiatives.csv", csv.getBytes(Charset.forName("windows-1252")))
                .validate(folder);
        assertEquals(1, read.warnings().size(), read.faults().mkString("\n"));
        assertFalse(read.hasErrors(), read.faults().mkString("\n"));
        Dataset dataset = read.orElseThrow();
        assertEquals("Caf\u00e9 de Buurt", dataset.initiative(0).name());
        assertEquals(LocalDate.of(2019, 3, 14), dataset.initiative(0).started());
    }
}
