package nl.welfare.adapters.files.cbs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.value.Rule;
import org.junit.jupiter.api.function.Executable;

/** The CBS files of the tests, and checks of the faults a read reports. */
final class CbsTestFiles {

    static final String HEADER = "\"Key\",\"Title\",\"Description\",\"Municipality\",\"DetailRegionCode\"\n";

    private CbsTestFiles() {}

    /** A file under {@code src/test/resources/cbs}. */
    static Path resource(String name) {
        URL url = Objects.requireNonNull(CbsTestFiles.class.getResource("/cbs/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path enschede() {
        return resource("CBS_85318NED_WijkenEnBuurten_2022_Enschede.csv");
    }

    static Path netherlands() {
        return resource("CBS_85318NED_WijkenEnBuurten_2022.csv");
    }

    static Path enschedePopulations() {
        return resource("enschede_neighbourhood_population_c2013.csv");
    }

    /** A row of a region list as CBS writes it: the key padded to 10 characters, every field quoted. */
    static String row(String key, String title, String municipality) {
        return "\"" + String.format("%-10s", key) + "\",\"" + title + "\",\"About " + title + "\",\"" + municipality
                + "\",\"" + key + "\"\n";
    }

    /** The faults of running {@code read}, which must throw {@link FileFaultException}. */
    static Seq<FileFault> faultsOf(Executable read) {
        return assertThrows(FileFaultException.class, read).faults();
    }

    /** Asserts that {@code faults} holds exactly one fault, of {@code rule}, at {@code line} (0: none). */
    static FileFault onlyFault(Seq<FileFault> faults, Rule rule, long line) {
        assertEquals(1, faults.size(), () -> "expected one fault of " + rule + ", got " + faults);
        FileFault fault = faults.head();
        assertEquals(rule, fault.rule(), fault::message);
        assertEquals(line == 0 ? Optional.empty() : Optional.of(line), fault.line(), fault::message);
        assertTrue(fault.message().contains(fault.file()), fault::message);
        return fault;
    }
}
