package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;

/** Test helpers: the example packages, and a comparison of two datasets by their domain values. */
final class Datasets {

    private Datasets() {}

    /** The folder of a package under {@code src/test/resources/datapackage}. */
    static Path example(String name) {
        URL url = Objects.requireNonNull(Datasets.class.getResource("/datapackage/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record of {@code type}, as domain values, in table order. */
    static List<Object> rows(Dataset dataset, FactType type) {
        List<Object> rows = new ArrayList<>();
        for (int row = 0; row < dataset.table(type).size(); row++) {
            rows.add(dataset.row(type, row));
        }
        return rows;
    }

    /**
     * Asserts that two datasets hold equal values: the hierarchy, groupings, populations and cohorts, which resources
     * are present, and every record of every fact type in the same order.
     */
    static void assertSameValues(Dataset expected, Dataset actual) {
        assertEquals(expected.hierarchy(), actual.hierarchy(), "hierarchy");
        assertEquals(expected.hierarchy().vintage(), actual.hierarchy().vintage(), "vintage");
        assertEquals(expected.groupings(), actual.groupings(), "groupings");
        assertEquals(expected.populations(), actual.populations(), "populations");
        assertEquals(expected.cohorts(), actual.cohorts(), "cohorts");
        for (FactType type : FactType.values()) {
            assertEquals(expected.hasFacts(type), actual.hasFacts(type), "present: " + type);
            assertEquals(rows(expected, type), rows(actual, type), type.resource());
        }
    }
}
