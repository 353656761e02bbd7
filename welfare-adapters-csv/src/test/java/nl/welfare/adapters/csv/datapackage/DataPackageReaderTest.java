package nl.welfare.adapters.csv.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.welfare.domain.area.AreaCode;
import nl.welfare.domain.area.AreaGroup;
import nl.welfare.domain.area.AreaPopulation;
import nl.welfare.domain.community.ActivityId;
import nl.welfare.domain.community.Participation;
import nl.welfare.domain.community.ParticipationRole;
import nl.welfare.domain.resident.CohortName;
import nl.welfare.domain.resident.ResidentId;
import nl.welfare.domain.resident.SelfRelianceAssessment;
import nl.welfare.domain.resident.SelfRelianceDomain;
import nl.welfare.domain.resident.SelfRelianceScore;
import nl.welfare.domain.support.ProvisionKind;
import nl.welfare.domain.support.SupportEpisode;
import nl.welfare.indicators.definition.FactType;
import nl.welfare.indicators.engine.Dataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
