package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.welfare.indicators.dataset.Dataset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A data package written by the library")
class DataPackageRoundTripProperties {

    @TempDir
    Path folder;

    @Test
    @DisplayName("reads back to equal values, without an error")
    void roundTrip() {
        qt().withExamples(300).forAll(DatasetGenerators.datasets()).checkAssert(dataset -> {
            Path written = folder.resolve("package");
            delete(written);
            DataPackageWriter.write(dataset, written);
            DataPackageRead read = DataPackageReader.validate(written);
            // Warnings only: answers not valid for a reference question, a hierarchy without vintage.
            assertEquals(List.empty(), read.errors());
            Dataset again = read.orElseThrow();
            Datasets.assertSameValues(dataset, again);
        });
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
