package nl.welfare.adapters.files.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import nl.welfare.adapters.files.fault.FileFaultException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The identity of a package: its name and a checksum of its descriptor and the files it names, and of nothing else. */
@DisplayName("The identity of a data package")
class PackageIdentityTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "data", "enschede");

    @TempDir
    Path temp;

    @Test
    @DisplayName("is the descriptor's name and the same checksum for a copy, whatever else lies in the folder")
    void sameForACopy() throws IOException {
        Path copy = copy(EXAMPLE, temp.resolve("copy"));
        PackageIdentity original = PackageIdentity.of(EXAMPLE);
        assertEquals("enschede-example", original.name());
        assertTrue(original.checksum().matches("sha256:[0-9a-f]{64}"), original.checksum());
        assertEquals(original, PackageIdentity.of(copy));
        assertEquals(original, PackageIdentity.of(copy.resolve("datapackage.json")));
        Files.writeString(copy.resolve("results.csv"), "indicator,area\n");
        assertEquals(original, PackageIdentity.of(copy));
    }

    @Test
    @DisplayName("changes with one byte of a resource's file or of the descriptor")
    void changesWithAByte() throws IOException {
        Path copy = copy(EXAMPLE, temp.resolve("changed"));
        String before = PackageIdentity.of(copy).checksum();
        Path areas = copy.resolve("areas.csv");
        byte[] bytes = Files.readAllBytes(areas);
        bytes[bytes.length - 2] ^= 1;
        Files.write(areas, bytes);
        String afterResource = PackageIdentity.of(copy).checksum();
        assertNotEquals(before, afterResource);
        Files.writeString(
                copy.resolve("datapackage.json"),
                Files.readString(copy.resolve("datapackage.json")) + " ",
                StandardCharsets.UTF_8);
        assertNotEquals(afterResource, PackageIdentity.of(copy).checksum());
    }

    @Test
    @DisplayName("hashes the descriptor, then each named file: path, zero byte, length, bytes")
    void hashesAsDocumented() throws IOException, NoSuchAlgorithmException {
        Path folder = temp.resolve("small");
        Files.createDirectories(folder);
        String descriptor = "{\"resources\": [{\"name\": \"areas\", \"path\": \"areas.csv\"}]}";
        String areas = "code,name,level,parent_code\nGM0153,Enschede,municipality,\n";
        Files.writeString(folder.resolve("datapackage.json"), descriptor);
        Files.writeString(folder.resolve("areas.csv"), areas);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String[] file : new String[][] {{"datapackage.json", descriptor}, {"areas.csv", areas}}) {
            digest.update(file[0].getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            byte[] content = file[1].getBytes(StandardCharsets.UTF_8);
            digest.update(
                    java.nio.ByteBuffer.allocate(8).putLong(content.length).array());
            digest.update(content);
        }
        PackageIdentity identity = PackageIdentity.of(folder);
        assertEquals("sha256:" + HexFormat.of().formatHex(digest.digest()), identity.checksum());
        assertEquals("small", identity.name());
    }

    @Test
    @DisplayName("is a file fault when there is no descriptor")
    void noDescriptor() {
        assertThrows(FileFaultException.class, () -> PackageIdentity.of(temp));
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
        return to;
    }
}
