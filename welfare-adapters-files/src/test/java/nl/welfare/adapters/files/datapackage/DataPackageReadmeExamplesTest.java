package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.welfare.indicators.dataset.Dataset;
import nl.welfare.indicators.definition.FactType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's data package example: the code between the tags is shown in README.md verbatim. */
@DisplayName("The README's data package example")
class DataPackageReadmeExamplesTest {

    @Test
    @DisplayName("reads, checks and writes the example package")
    void readCheckWrite(@TempDir Path copy) {
        Path folder = Datasets.example("enschede");
        // tag::datapackage[]
        // Strict: the whole dataset, or a FileFaultException that lists every fault.
        Dataset example = DataPackageReader.read(folder);
        example.hasFacts(FactType.PARTICIPATIONS); // true; a resource the package lacks gives NO_DATA, not zero

        // What `welfare validate` prints: every error and warning, with file, line, column and rule. Never throws.
        DataPackageRead checked = DataPackageReader.validate(folder);
        checked.faults().forEach(fault -> System.err.println(fault.message()));
        // participations.csv, line 12, column 4 (date): must be an ISO date (yyyy-mm-dd), rejected: 2019-13-01
        // [data-package.bad-date]

        // Lenient: the rows that pass, and a fault for each row that does not.
        DataPackageRead lenient = DataPackageReader.readLenient(folder);
        Dataset usable = lenient.dataset().get();

        // Writing: comma-separated UTF-8 with a Table Schema per resource; it reads back to equal values.
        DataPackageWriter.write(example, copy);
        // end::datapackage[]
        assertTrue(example.hasFacts(FactType.PARTICIPATIONS));
        assertFalse(checked.hasErrors());
        assertEquals(0, lenient.rejectedRows());
        Datasets.assertSameValues(example, usable);
        Datasets.assertSameValues(example, DataPackageReader.read(copy));
    }
}
