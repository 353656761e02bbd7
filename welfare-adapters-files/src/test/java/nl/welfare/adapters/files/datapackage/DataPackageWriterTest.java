package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.welfare.indicators.dataset.Dataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Writing a data package")
class DataPackageWriterTest {

    @Test
    @DisplayName("writes the example package back to equal values")
    void example(@TempDir Path folder) {
        Dataset example = DataPackageReader.read(Datasets.example("enschede"));
        DataPackageWriter.write(example, folder);
        DataPackageRead read = DataPackageReader.validate(folder);
        assertEquals(List.empty(), read.faults());
        Datasets.assertSameValues(example, read.orElseThrow());
    }

    @Test
    @DisplayName("gives every resource a name, a path and a Table Schema whose fields have a name and a type")
    void descriptor(@TempDir Path folder) throws Exception {
        DataPackageWriter.write(DataPackageReader.read(Datasets.example("enschede")), folder);
        JsonNode descriptor =
                new ObjectMapper().readTree(folder.resolve("datapackage.json").toFile());
        assertEquals("tabular-data-package", descriptor.path("profile").asText());
        JsonNode resources = descriptor.path("resources");
        assertEquals(14, resources.size());
        for (JsonNode resource : resources) {
            assertTrue(resource.path("name").isTextual());
            assertTrue(Files.isRegularFile(folder.resolve(resource.path("path").asText())));
            JsonNode fields = resource.path("schema").path("fields");
            assertTrue(fields.size() > 0);
            for (JsonNode field : fields) {
                assertTrue(field.path("name").isTextual() && field.path("type").isTextual(), field.toString());
            }
        }
        assertEquals(2022, resources.get(0).path("vintage").asInt());
        assertEquals(
                "shelter-pilot",
                resources
                        .get(8)
                        .path("cohortDescriptions")
                        .get(0)
                        .path("cohort")
                        .asText());
    }

    @Test
    @DisplayName("writes plain RFC 4180 CSV: comma, quotes where needed, CRLF, UTF-8 without byte order mark")
    void plainCsv(@TempDir Path folder) throws Exception {
        DataPackageWriter.write(DataPackageReader.read(Datasets.example("enschede-nl")), folder);
        byte[] areas = Files.readAllBytes(folder.resolve("areas.csv"));
        String text = new String(areas, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("code,name,level,parent_code,population\r\nGM0153,Enschede,municipality,,\r\n"));
        assertTrue(text.contains("BU01530001,\"Lasonder, Zeggelt\",neighbourhood,WK015300,1550\r\n"));
        String survey = Files.readString(folder.resolve("survey_responses.csv"));
        assertTrue(survey.contains("bp2019-0001,BU01530000,2019-10-03,wl01,7,1.25\r\n"), survey);
    }
}
