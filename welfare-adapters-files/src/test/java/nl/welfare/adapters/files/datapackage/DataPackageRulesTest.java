package nl.welfare.adapters.files.datapackage;

import static nl.welfare.adapters.files.datapackage.FaultAssertions.at;
import static nl.welfare.adapters.files.datapackage.FaultAssertions.field;
import static nl.welfare.adapters.files.datapackage.FaultAssertions.whole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of {@link DataPackageRules}, broken by a small package and reported exactly where it is broken. */
@DisplayName("The data package rules")
class DataPackageRulesTest {

    @TempDir
    Path folder;

    private static final String LADDER = "resident_id,date,rung\n";

    private void assertFaults(DataPackageRead read, FileFault... expected) {
        assertEquals(List.of(expected), read.faults());
    }

    // ---- the descriptor

    @Test
    @DisplayName("a folder without datapackage.json is a fault of the descriptor")
    void missingDescriptor() throws Exception {
        Files.writeString(folder.resolve("areas.csv"), TestPackage.AREAS);
        DataPackageRead read = DataPackageReader.validate(folder);
        assertEquals(List.of(DataPackageRules.MISSING_DESCRIPTOR), read.faults().map(FileFault::rule));
        assertEquals("datapackage.json", read.faults().head().file());
        assertFalse(read.dataset().isDefined());
    }

    @Test
    @DisplayName("a descriptor that is not JSON is a fault at the line where the JSON breaks")
    void badJson() {
        DataPackageRead read = TestPackage.withAreas()
                .descriptor("{\n  \"resources\": [\n    {\"name\": \"areas\",, \"path\": \"areas.csv\"}\n  ]\n}\n")
                .validate(folder);
        assertEquals(1, read.faults().size());
        FileFault fault = read.faults().head();
        assertEquals(DataPackageRules.BAD_JSON, fault.rule());
        assertEquals(java.util.Optional.of(3L), fault.line());
    }

    @Test
    @DisplayName("a duplicate property and text after the JSON value are JSON faults")
    void jsonDuplicatesAndTrailingText() {
        DataPackageRead duplicate = TestPackage.withAreas()
                .descriptor("{\"resources\": [], \"resources\": []}")
                .validate(folder.resolve("a"));
        assertEquals(List.of(DataPackageRules.BAD_JSON), duplicate.faults().map(FileFault::rule));
        DataPackageRead trailing =
                TestPackage.withAreas().descriptor("{\"resources\": []}\n{}").validate(folder.resolve("b"));
        assertEquals(List.of(DataPackageRules.BAD_JSON), trailing.faults().map(FileFault::rule));
    }

    @Test
    @DisplayName("a descriptor without a resources array, or a resource without a name, is not a descriptor")
    void badDescriptor() {
        assertFaults(
                TestPackage.withAreas()
                        .descriptor("{\n  \"resources\": {}\n}\n")
                        .validate(folder.resolve("a")),
                field("datapackage.json", 2, "resources", DataPackageRules.BAD_DESCRIPTOR, "{}"));
        assertFaults(
                TestPackage.withAreas()
                        .entry("{\"path\": \"x.csv\"}")
                        .entry("42")
                        .validate(folder.resolve("b")),
                field("datapackage.json", 4, "resources[1].name", DataPackageRules.BAD_DESCRIPTOR, ""),
                field("datapackage.json", 5, "resources[2]", DataPackageRules.BAD_DESCRIPTOR, "42"));
    }

    @Test
    @DisplayName("a resource named like none of the fourteen is a fault")
    void unknownResource() {
        assertFaults(
                TestPackage.withAreas().resource("participation", LADDER).validate(folder),
                field("datapackage.json", 4, "name", DataPackageRules.UNKNOWN_RESOURCE, "participation"));
    }

    @Test
    @DisplayName("a resource named twice is a fault")
    void duplicateResource() {
        assertFaults(
                TestPackage.withAreas()
                        .resource("ladder_assessments", LADDER)
                        .entry("{\"name\": \"ladder_assessments\", \"path\": \"ladder_assessments.csv\"}")
                        .validate(folder),
                field("datapackage.json", 5, "name", DataPackageRules.DUPLICATE_RESOURCE, "ladder_assessments"));
    }

    @Test
    @DisplayName("a package without areas is a fault")
    void missingAreas() {
        assertFaults(
                TestPackage.empty().resource("ladder_assessments", LADDER).validate(folder),
                field("datapackage.json", 2, "resources", DataPackageRules.MISSING_AREAS, ""));
    }

    @Test
    @DisplayName("a path that leaves the folder, is absolute, a URL or a list is a fault")
    void badPath() {
        assertFaults(
                TestPackage.withAreas()
                        .entry("{\"name\": \"residents\", \"path\": \"../residents.csv\"}")
                        .entry("{\"name\": \"cohorts\", \"path\": \"/etc/passwd\"}")
                        .entry("{\"name\": \"provisions\", \"path\": \"https://example.org/p.csv\"}")
                        .entry("{\"name\": \"activities\", \"path\": [\"a.csv\", \"b.csv\"]}")
                        .validate(folder),
                field("datapackage.json", 4, "residents.path", DataPackageRules.BAD_PATH, "../residents.csv"),
                field("datapackage.json", 5, "cohorts.path", DataPackageRules.BAD_PATH, "/etc/passwd"),
                field("datapackage.json", 6, "provisions.path", DataPackageRules.BAD_PATH, "https://example.org/p.csv"),
                field("datapackage.json", 7, "activities.path", DataPackageRules.BAD_PATH, "[\"a.csv\",\"b.csv\"]"));
    }

    @Test
    @DisplayName("a path that is a link to a file outside the folder is a bad path")
    void linkOutside(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.csv"), "id,area_code\n");
        Path written = TestPackage.withAreas()
                .entry("{\"name\": \"residents\", \"path\": \"residents.csv\"}")
                .write(folder);
        Files.createSymbolicLink(written.resolve("residents.csv"), secret);
        assertFaults(
                DataPackageReader.validate(written),
                field("datapackage.json", 4, "residents.path", DataPackageRules.BAD_PATH, "residents.csv"));
    }

    @Test
    @DisplayName("a path that names a folder is an unreadable file")
    void unreadableFile() throws Exception {
        Files.createDirectories(folder.resolve("residents.csv"));
        assertFaults(
                TestPackage.withAreas()
                        .entry("{\"name\": \"residents\", \"path\": \"residents.csv\"}")
                        .validate(folder),
                field("datapackage.json", 4, "residents.path", DataPackageRules.UNREADABLE_FILE, "residents.csv"));
    }

    @Test
    @DisplayName("an encoding the reader does not know, and bytes that are not UTF-8 in an undeclared file, are faults")
    void encoding() {
        byte[] latin1 = "id,area_code,birth_year\nr-1,BU01530000,1970\nr-\u00e9,BU01530000,1970\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertFaults(
                TestPackage.withAreas()
                        .resource("ladder_assessments", LADDER, "\"encoding\": \"utf-16\"")
                        .resource("residents", "")
                        .file("residents.csv", latin1)
                        .validate(folder),
                field("datapackage.json", 4, "ladder_assessments.encoding", DataPackageRules.ENCODING, "\"utf-16\""),
                at("residents.csv", 3, 1, "id", DataPackageRules.ENCODING, "r-\uFFFD"));
    }

    @Test
    @DisplayName("a dialect without header, with an escape character or a two-character delimiter is a fault")
    void badDialect() {
        assertFaults(
                TestPackage.withAreas()
                        .resource(
                                "ladder_assessments",
                                LADDER,
                                "\"dialect\": {\"header\": false, \"escapeChar\": \"\\\\\"}")
                        .resource("residents", "id,area_code\n", "\"dialect\": {\"delimiter\": \";;\"}")
                        .resource("cohorts", "cohort,resident_id,joined\n", "\"dialect\": {\"delimiter\": \"\\\"\"}")
                        .validate(folder),
                field(
                        "datapackage.json",
                        4,
                        "ladder_assessments.dialect.header",
                        DataPackageRules.BAD_DIALECT,
                        "false"),
                field(
                        "datapackage.json",
                        4,
                        "ladder_assessments.dialect.escapeChar",
                        DataPackageRules.BAD_DIALECT,
                        "\"\\\\\""),
                field("datapackage.json", 5, "residents.dialect.delimiter", DataPackageRules.BAD_DIALECT, "\";;\""),
                field(
                        "datapackage.json",
                        6,
                        "cohorts.dialect",
                        DataPackageRules.BAD_DIALECT,
                        "{\"delimiter\":\"\\\"\"}"));
    }

    @Test
    @DisplayName("a schema field whose type does not fit its column is a fault")
    void fieldType() {
        assertFaults(
                TestPackage.withAreas()
                        .resource(
                                "ladder_assessments",
                                LADDER + "r-1,2019-03-14,2\n",
                                "\"schema\": {\"fields\": [{\"name\": \"resident_id\", \"type\": \"string\"},"
                                        + " {\"name\": \"date\", \"type\": \"boolean\"},"
                                        + " {\"name\": \"rung\", \"type\": \"integer\"}]}")
                        .validate(folder),
                field("datapackage.json", 4, "date", DataPackageRules.FIELD_TYPE, "boolean"));
    }

    @Test
    @DisplayName("a column in the header but not in the schema, and the other way round, are faults")
    void schemaMismatch() {
        assertFaults(
                TestPackage.withAreas()
                        .resource(
                                "ladder_assessments",
                                LADDER,
                                "\"schema\": {\"fields\": [{\"name\": \"resident_id\", \"type\": \"string\"},"
                                        + " {\"name\": \"day\", \"type\": \"date\"},"
                                        + " {\"name\": \"rung\", \"type\": \"integer\"}]}")
                        .validate(folder),
                at("ladder_assessments.csv", 1, 2, "date", DataPackageRules.SCHEMA_MISMATCH, "date"),
                field("datapackage.json", 4, "day", DataPackageRules.SCHEMA_MISMATCH, "day"));
    }

    @Test
    @DisplayName("a vintage that is not a year is a fault, and no vintage a warning")
    void vintage() {
        assertFaults(
                TestPackage.empty()
                        .resource("areas", TestPackage.AREAS, "\"vintage\": \"2022\"")
                        .validate(folder.resolve("a")),
                field("datapackage.json", 3, "vintage", DataPackageRules.BAD_VINTAGE, "\"2022\""));
        DataPackageRead without =
                TestPackage.empty().resource("areas", TestPackage.AREAS).validate(folder.resolve("b"));
        assertFaults(
                without,
                field("datapackage.json", 3, "vintage", DataPackageRules.NO_VINTAGE, "")
                        .asWarning());
        assertTrue(without.dataset().isDefined(), "a warning does not reject the package");
    }

    // ---- the files

    @Test
    @DisplayName("an empty file has no header")
    void noHeader() {
        assertFaults(
                TestPackage.withAreas().resource("ladder_assessments", "").validate(folder),
                whole("ladder_assessments.csv", DataPackageRules.NO_HEADER, ""));
    }

    @Test
    @DisplayName("a column named twice in the header is a fault")
    void duplicateColumn() {
        assertFaults(
                TestPackage.withAreas()
                        .resource("ladder_assessments", "resident_id,date,rung,date\n")
                        .validate(folder),
                at("ladder_assessments.csv", 1, 4, "date", DataPackageRules.DUPLICATE_COLUMN, "date"));
    }

    @Test
    @DisplayName("an empty required value is a fault; an empty optional one is absent")
    void missingValue() {
        assertFaults(
                TestPackage.withAreas()
                        .resource("residents", "id,area_code,birth_year\nr-1,,\nr-2,BU01530000,\n")
                        .validate(folder),
                at("residents.csv", 2, 2, "area_code", DataPackageRules.MISSING_VALUE, ""));
    }

    @Test
    @DisplayName("a rule broken in one column on more rows than are listed says how many more, in that column")
    void tooManyFaults() {
        StringBuilder csv = new StringBuilder(LADDER);
        for (int i = 0; i < DataPackageReader.MAX_FAULTS_PER_RULE + 5; i++) {
            csv.append("r-1,not a date,2\n");
        }
        DataPackageRead read = TestPackage.withAreas()
                .resource("ladder_assessments", csv.toString())
                .validate(folder);
        assertEquals(DataPackageReader.MAX_FAULTS_PER_RULE + 1, read.faults().size());
        assertEquals(
                FileFault.builder()
                        .file("ladder_assessments.csv")
                        .rule(DataPackageRules.TOO_MANY_FAULTS)
                        .column(2)
                        .field("date")
                        .rejected("5 more data-package.bad-date faults, the first at line "
                                + (DataPackageReader.MAX_FAULTS_PER_RULE + 2))
                        .build(),
                read.faults().last());
        assertEquals(DataPackageReader.MAX_FAULTS_PER_RULE + 5, read.rejectedRows());
    }

    @Test
    @DisplayName("an answer outside a reference question's valid answers is a warning, and the response is read")
    void invalidAnswer() {
        DataPackageRead read = TestPackage.withAreas()
                .resource(
                        "survey_responses",
                        "respondent_id,area_code,date,question,answer,weight\n"
                                + "bp-1,BU01530000,2019-10-03,wl04,6,\n"
                                + "bp-1,BU01530000,2019-10-03,zw04,don't know,\n"
                                + "bp-1,BU01530000,2019-10-03,aw01,,\n"
                                + "bp-1,BU01530000,2019-10-03,wl01,10,\n"
                                + "bp-1,BU01530000,2019-10-03,xx01,don't know,\n")
                .validate(folder);
        assertFaults(
                read,
                at("survey_responses.csv", 2, 5, "answer", DataPackageRules.INVALID_ANSWER, "6")
                        .asWarning(),
                at("survey_responses.csv", 3, 5, "answer", DataPackageRules.INVALID_ANSWER, "don't know")
                        .asWarning(),
                at("survey_responses.csv", 4, 5, "answer", DataPackageRules.INVALID_ANSWER, "")
                        .asWarning());
        assertEquals(5, read.orElseThrow().table(FactType.SURVEY_RESPONSES).size());
        assertEquals("don't know", read.orElseThrow().surveyResponse(1).answer());
    }

    @Test
    @DisplayName("the rules named by the broken example packages are these")
    void namedElsewhere() {
        // Broken by the packages of BrokenPackagesTest; listed here so that each rule's test is easy to find.
        assertEquals(
                List.of(
                        "data-package.missing-file",
                        "data-package.unknown-column",
                        "data-package.missing-column",
                        "data-package.field-count",
                        "data-package.bad-quoting",
                        "data-package.bad-date",
                        "data-package.bad-integer",
                        "data-package.bad-number",
                        "data-package.unknown-area",
                        "data-package.unknown-resident",
                        "data-package.duplicate-id",
                        "data-package.duplicate-key",
                        "data-package.group-name-mismatch"),
                List.of(
                                DataPackageRules.MISSING_FILE,
                                DataPackageRules.UNKNOWN_COLUMN,
                                DataPackageRules.MISSING_COLUMN,
                                DataPackageRules.FIELD_COUNT,
                                DataPackageRules.BAD_QUOTING,
                                DataPackageRules.BAD_DATE,
                                DataPackageRules.BAD_INTEGER,
                                DataPackageRules.BAD_NUMBER,
                                DataPackageRules.UNKNOWN_AREA,
                                DataPackageRules.UNKNOWN_RESIDENT,
                                DataPackageRules.DUPLICATE_ID,
                                DataPackageRules.DUPLICATE_KEY,
                                DataPackageRules.GROUP_NAME_MISMATCH)
                        .map(r -> r.id()));
    }
}
