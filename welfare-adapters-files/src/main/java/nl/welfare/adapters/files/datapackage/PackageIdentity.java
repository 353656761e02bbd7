package nl.welfare.adapters.files.datapackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.welfare.adapters.files.fault.FileFault;
import nl.welfare.adapters.files.fault.FileFaultException;

/**
 * Which data package a folder holds, without reading its rows: the package's name and a checksum of its files, so
 * that a database holding a package can tell whether a folder holds the same one ({@code welfare compute DIR --jdbc
 * URL}).
 *
 * <p>The checksum is SHA-256 over the descriptor ({@code datapackage.json}) and then the file of each resource it
 * names, in the reader's order of resources: per file its path as the descriptor gives it (UTF-8), a zero byte, its
 * length in bytes (8 bytes, big-endian) and its bytes. Any change of a byte of the descriptor or of a resource's file,
 * or of which file a resource names, changes it; files in the folder that the descriptor does not name (results, a
 * database) do not. It is written {@code sha256:} and 64 lowercase hex digits.
 *
 * <pre>{@code
 * PackageIdentity id = PackageIdentity.of(Path.of("examples/data/enschede"));
 * id.name();        // enschede-example (the descriptor's name, else the folder's)
 * id.checksum();    // sha256:3f0c...
 * }</pre>
 *
 * @param name the descriptor's {@code name}, or the folder's name when it gives none
 * @param checksum {@code sha256:} and the hex digits of the digest of the package's files
 */
public record PackageIdentity(String name, String checksum) {

    private static final String ALGORITHM = "SHA-256";

    /**
     * The identity of the package in {@code folder} (or of the {@code datapackage.json} file it names).
     *
     * @throws FileFaultException when the descriptor or a file it names cannot be read
     */
    public static PackageIdentity of(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Path root = Files.isRegularFile(absolute) && parent != null ? parent : absolute;
        Path descriptor = root.resolve(PackageDescriptor.FILE);
        MessageDigest digest = sha256();
        add(digest, PackageDescriptor.FILE, descriptor);
        for (PackageDescriptor.Entry entry :
                PackageDescriptor.read(root, new Faults()).entries()) {
            add(digest, entry.path(), entry.file());
        }
        return new PackageIdentity(
                name(root, descriptor), "sha256:" + HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    private static void add(MessageDigest digest, String path, Path file) {
        try {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(
                    ByteBuffer.allocate(Long.BYTES).putLong(Files.size(file)).array());
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
            }
        } catch (IOException e) {
            throw new FileFaultException(Vector.of(
                    FileFault.inFile(path, DataPackageRules.UNREADABLE_FILE, String.valueOf(e.getMessage()))));
        }
    }

    /** The descriptor's {@code name} when it is a text that is not blank, else the folder's name. */
    private static String name(Path root, Path descriptor) {
        try {
            JsonNode name = new ObjectMapper().readTree(descriptor.toFile()).path("name");
            if (name.isTextual() && !name.asText().isBlank()) {
                return name.asText().trim();
            }
        } catch (IOException e) {
            // the checksum has read the file already; a descriptor that is not JSON has no name
        }
        Path folderName = root.getFileName();
        return folderName == null ? root.toString() : folderName.toString();
    }
}
