package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;
import nl.welfare.domain.value.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Reading never fails with anything but a {@link FileFaultException}, whatever the bytes: random mutations of the
 * example package (lines deleted, duplicated or cut, characters replaced, bytes that are not UTF-8, files removed or
 * replaced by noise, the descriptor broken) give faults that name their file and, inside a file, their line, and a
 * strict read gives either the whole dataset or nothing.
 */
@DisplayName("Reading a damaged data package")
class DataPackageFuzzProperties {

    /** The faults that concern a whole file and so have no line. */
    private static final Set<Rule> WHOLE_FILE = Set.of(
            DataPackageRules.MISSING_DESCRIPTOR,
            DataPackageRules.UNREADABLE_FILE,
            DataPackageRules.NO_HEADER,
            DataPackageRules.TOO_MANY_FAULTS,
            DataPackageRules.BAD_DIALECT);

    /** Characters that matter to CSV and JSON, and some that are merely unusual. */
    private static final byte[] SPECIAL =
            ",;\"\r\n{}[]:\\ \t#0-9a\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @TempDir
    Path folder;

    /** One damage to one file: which kind, which file, where, what with, how much. */
    record Mutation(int kind, int file, int at, int value, int length) {}

    private static Gen<Mutation> mutations() {
        return integers()
                .between(0, 8)
                .zip(
                        integers().between(0, 1000),
                        integers().between(0, 100_000),
                        integers().between(0, 255),
                        integers().between(1, 64),
                        Mutation::new);
    }

    @Test
    @DisplayName("reports faults with a file and a line, or reads the whole package; nothing else")
    void mutatedPackages() {
        qt().withExamples(400)
                .forAll(lists().of(mutations()).ofSizeBetween(1, 5), integers().between(0, 1))
                .checkAssert((damage, variant) -> {
                    Path copy = folder.resolve("package");
                    copyExample(variant == 0 ? "enschede" : "enschede-nl", copy);
                    damage.forEach(m -> apply(m, copy));
                    assertReadsSafely(copy);
                });
    }

    @Test
    @DisplayName("reports faults for files of random bytes")
    void randomBytes() {
        qt().withExamples(200)
                .forAll(integers().all(), integers().between(0, 2))
                .checkAssert((seed, which) -> {
                    Path copy = folder.resolve("package");
                    copyExample("enschede", copy);
                    Random random = new Random(seed);
                    String file = which == 0 ? "datapackage.json" : which == 1 ? "areas.csv" : "participations.csv";
                    byte[] noise = new byte[random.nextInt(2000)];
                    random.nextBytes(noise);
                    write(copy.resolve(file), noise);
                    assertReadsSafely(copy);
                });
    }

    private static void assertReadsSafely(Path copy) {
        DataPackageRead strict = DataPackageReader.validate(copy);
        for (FileFault fault : strict.faults()) {
            assertFalse(fault.file().isEmpty(), fault::message);
            assertTrue(fault.line().isPresent() || WHOLE_FILE.contains(fault.rule()), fault::message);
            assertTrue(fault.line().map(l -> l >= 1).orElse(true), fault::message);
            assertTrue(fault.column().isEmpty() || fault.line().isPresent(), fault::message);
        }
        assertEquals(!strict.hasErrors(), strict.dataset().isDefined(), "strict: the whole dataset or nothing");
        if (strict.hasErrors()) {
            FileFaultException thrown = assertThrows(FileFaultException.class, () -> DataPackageReader.read(copy));
            assertEquals(strict.errors(), thrown.faults());
        } else {
            DataPackageReader.read(copy);
        }
        DataPackageRead lenient = DataPackageReader.readLenient(copy);
        assertTrue(lenient.dataset().isDefined(), "a lenient read always has a dataset");
        assertEquals(strict.hasErrors(), lenient.hasErrors());
    }

    /** Applies one damage to the file of the copy that {@code m.file()} picks. */
    private static void apply(Mutation m, Path copy) {
        List<Path> files = files(copy);
        if (files.isEmpty()) {
            return;
        }
        Path file = files.get(m.file() % files.size());
        byte[] bytes = read(file);
        int at = bytes.length == 0 ? 0 : m.at() % bytes.length;
        byte value = m.value() < SPECIAL.length * 4 ? SPECIAL[m.value() % SPECIAL.length] : (byte) m.value();
        switch (m.kind()) {
            case 0: // replace a byte
                if (bytes.length > 0) {
                    bytes[at] = value;
                }
                break;
            case 1: // insert bytes
                bytes = splice(bytes, at, 0, repeat(value, m.length() % 4 + 1));
                break;
            case 2: // delete bytes
                bytes = splice(bytes, at, Math.min(m.length(), bytes.length - at), new byte[0]);
                break;
            case 3: // delete a line
                bytes = lineEdit(bytes, at, false);
                break;
            case 4: // duplicate a line
                bytes = lineEdit(bytes, at, true);
                break;
            case 5: // cut the file short
                bytes = Arrays.copyOf(bytes, at);
                break;
            case 6: // remove the file
                delete(file);
                return;
            case 7: // bytes that are not UTF-8
                bytes = splice(bytes, at, 0, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
                break;
            default: // replace by noise
                byte[] noise = new byte[m.length() * 8];
                new Random(m.at()).nextBytes(noise);
                bytes = noise;
        }
        write(file, bytes);
    }

    private static byte[] repeat(byte value, int times) {
        byte[] bytes = new byte[times];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    /** Deletes or duplicates the line around {@code at}. */
    private static byte[] lineEdit(byte[] bytes, int at, boolean duplicate) {
        if (bytes.length == 0) {
            return bytes;
        }
        int start = at;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        int end = at;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        end = Math.min(bytes.length, end + 1);
        byte[] line = Arrays.copyOfRange(bytes, start, end);
        return duplicate ? splice(bytes, end, 0, line) : splice(bytes, start, end - start, new byte[0]);
    }

    private static void copyExample(String name, Path copy) {
        delete(copy);
        try {
            Files.createDirectories(copy);
            for (Path file : files(Datasets.example(name))) {
                Files.copy(file, copy.resolve(file.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            TreeMap<String, Path> sorted = new TreeMap<>();
            files.forEach(f -> sorted.put(f.getFileName().toString(), f));
            return new ArrayList<>(sorted.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
