package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Initiative;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.resident.SelfRelianceScore;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Reading a data package")
class DataPackageReaderTest {

    @Test
    @DisplayName("reads every resource of the example package into the dataset, without a fault")
    void readsTheExample() {
        DataPackageRead read = DataPackageReader.validate(Datasets.example("enschede"));
        assertEquals(List.empty(), read.faults());
        Dataset dataset = read.orElseThrow();

        assertEquals(Optional.of(Year.of(2022)), dataset.hierarchy().vintage());
        assertEquals(8, dataset.hierarchy().size());
        assertEquals(OptionalInt.of(2905), dataset.population(AreaCode.of("BU01530000"), Year.of(2022)));
        assertEquals(OptionalInt.of(1550), dataset.population(AreaCode.of("BU01530001"), Year.of(2022)));
        assertEquals(
                AreaPopulation.of(AreaCode.of("BU01530000"), Year.of(2021), 2880),
                dataset.populations().head());
        assertEquals(
                List.of("CENTRUM", "OOST"),
                dataset.grouping("borough").get().groups().stream()
                        .map(AreaGroup::code)
                        .collect(List.collector()));

        for (FactType type : FactType.values()) {
            assertTrue(dataset.hasFacts(type), type.resource());
        }
        assertEquals(4, dataset.table(FactType.INITIATIVES).size());
        assertEquals(10, dataset.table(FactType.PARTICIPATIONS).size());
        assertEquals(
                Participation.of(
                        ResidentId.of("r-0006"),
                        ActivityId.of("walk-tuesday"),
                        AreaCode.of("BU01530100"),
                        LocalDate.of(2019, 3, 12),
                        ParticipationRole.PARTICIPANT),
                dataset.participation(0));

        SelfRelianceAssessment first = dataset.selfRelianceAssessment(0);
        assertEquals(
                Map.of(
                        SelfRelianceDomain.FINANCES, SelfRelianceScore.NOT_SELF_RELIANT,
                        SelfRelianceDomain.HOUSING, SelfRelianceScore.ACUTE_PROBLEMS,
                        SelfRelianceDomain.SOCIAL_NETWORK, SelfRelianceScore.NOT_SELF_RELIANT),
                first.scores());
        assertEquals(8, dataset.table(FactType.SELF_RELIANCE_ASSESSMENTS).size());

        SupportEpisode anonymous = dataset.supportEpisode(1);
        assertEquals(ProvisionKind.COLLECTIVE, anonymous.kind());
        assertEquals(Optional.empty(), anonymous.resident());
        assertEquals(1.25, dataset.surveyResponse(0).weight());
        assertEquals(1.0, dataset.surveyResponse(7).weight());

        assertEquals(1, dataset.cohorts().size());
        assertEquals(CohortName.of("shelter-pilot"), dataset.cohorts().head().name());
        assertEquals(
                Optional.of("Men living at the shelter in Centrum"),
                dataset.cohorts().head().description());
        assertEquals(4, dataset.cohorts().head().memberships().size());
    }

    @Test
    @DisplayName("reads the Dutch export (semicolons, decimal comma, CRLF, a byte order mark) to the same values")
    void dutchDialect() {
        Dataset comma = DataPackageReader.read(Datasets.example("enschede"));
        DataPackageRead dutch = DataPackageReader.validate(Datasets.example("enschede-nl"));
        assertEquals(List.empty(), dutch.faults());
        Datasets.assertSameValues(comma, dutch.orElseThrow());
        assertFalse(dutch.hasErrors());
    }

    @Test
    @DisplayName("throws every error at once in a strict read, and offers them as a validation")
    void strict(@TempDir Path folder) {
        Path broken = TestPackage.withAreas()
                .resource("ladder_assessments", "resident_id,date,rung\nr-1,2019-13-01,2\nr-2,2019-03-14,9\n")
                .write(folder);
        FileFaultException thrown = assertThrows(FileFaultException.class, () -> DataPackageReader.read(broken));
        assertEquals(2, thrown.faults().size());
        assertTrue(thrown.getMessage().startsWith("2 faults:\nladder_assessments.csv, line 2, column 2 (date)"));
        DataPackageRead read = DataPackageReader.validate(broken);
        assertEquals(thrown.faults(), read.toValidation().getError());
        assertEquals(2, read.rejectedRows());
    }

    @Test
    @DisplayName("reads the rows that pass in a lenient read, and leaves out the rows that name a row left out")
    void lenient() {
        DataPackageRead read = DataPackageReader.readLenient(Datasets.example("broken/unknown-reference"));
        assertTrue(read.hasErrors());
        assertEquals(7, read.rejectedRows());
        Dataset dataset = read.dataset().get();
        assertEquals(
                java.util.List.of("beien"),
                Datasets.rows(dataset, FactType.INITIATIVES).stream()
                        .map(i -> ((Initiative) i).id().value())
                        .toList());
        // The provision hh names an unknown area, so walk (which names hh) and its participation are left out too.
        assertEquals(0, dataset.table(FactType.PROVISIONS).size());
        assertEquals(0, dataset.table(FactType.ACTIVITIES).size());
        assertEquals(0, dataset.table(FactType.PARTICIPATIONS).size());
        assertEquals(1, dataset.table(FactType.RESIDENTS).size());
        assertTrue(dataset.hasFacts(FactType.PARTICIPATIONS), "a resource read without passing rows is present");
        assertEquals(read.errors(), read.toValidation().getError());
    }

    @Test
    @DisplayName("leaves a resource out of a lenient read when its file cannot be read or lacks a required column")
    void lenientAbsent() {
        DataPackageRead missingColumn = DataPackageReader.readLenient(Datasets.example("broken/missing-column"));
        assertFalse(missingColumn.dataset().get().hasFacts(FactType.PARTICIPATIONS));
        DataPackageRead missingFile = DataPackageReader.readLenient(Datasets.example("broken/missing-file"));
        assertFalse(missingFile.dataset().get().hasFacts(FactType.PARTICIPATIONS));
        assertTrue(missingFile.dataset().get().hasFacts(FactType.RESIDENTS));
    }

    @Test
    @DisplayName("marks a resource with a header and no rows present, and a resource the package lacks absent")
    void presence(@TempDir Path folder) {
        Dataset dataset = DataPackageReader.read(TestPackage.withAreas()
                .resource("participations", "resident_id,activity_id,area_code,date,role\r\n")
                .write(folder));
        assertTrue(dataset.hasFacts(FactType.PARTICIPATIONS));
        assertEquals(0, dataset.table(FactType.PARTICIPATIONS).size());
        assertFalse(dataset.hasFacts(FactType.SURVEY_RESPONSES));
    }

    @Test
    @DisplayName("takes columns in any order, the schema's missing values, a dialect's decimal comma and comment lines")
    void dialectAndSchema(@TempDir Path folder) {
        Dataset dataset = DataPackageReader.read(TestPackage.withAreas()
                .resource(
                        "survey_responses",
                        "# exported from the survey tool\r"
                                + "weight;answer;question;date;area_code;respondent_id\r"
                                + "1,5;2;wl04;2019-10-03;BU01530000;bp-1\r"
                                + "NA;7;wl01;2019-10-03;BU01530000;bp-1\r",
                        "\"dialect\": {\"delimiter\": \";\", \"decimalChar\": \",\", \"commentChar\": \"#\"}",
                        "\"schema\": {\"missingValues\": [\"\", \"NA\"], \"fields\": ["
                                + "{\"name\": \"respondent_id\"}, {\"name\": \"area_code\"},"
                                + " {\"name\": \"date\", \"type\": \"date\"}, {\"name\": \"question\"},"
                                + " {\"name\": \"answer\", \"type\": \"integer\"},"
                                + " {\"name\": \"weight\", \"type\": \"number\"}]}")
                .write(folder));
        assertEquals(1.5, dataset.surveyResponse(0).weight());
        assertEquals(1.0, dataset.surveyResponse(1).weight());
        assertEquals("7", dataset.surveyResponse(1).answer());
    }

    @Test
    @DisplayName("reads a package named by its datapackage.json as by its folder")
    void descriptorPath() {
        Path folder = Datasets.example("enschede");
        Datasets.assertSameValues(
                DataPackageReader.read(folder), DataPackageReader.read(folder.resolve("datapackage.json")));
    }
}
