package nl.welfare.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.welfare.domain.value.InvalidValueException;
import nl.welfare.indicators.disclosure.RoundingKey;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The publisher's rounding key in a file ({@code --rounding-key}): read when the file exists, else created with a new
 * key, readable and writable by its owner alone where the file system has POSIX permissions.
 */
final class RoundingKeyFile {

    private RoundingKeyFile() {}

    /** The key in {@code file}, or a new one written there; what happened is said on standard error. */
    static RoundingKey readOrCreate(Path file, CommandSpec spec) {
        try {
            if (Files.exists(file)) {
                try {
                    return RoundingKey.parse(Files.readString(file, StandardCharsets.US_ASCII));
                } catch (InvalidValueException malformed) {
                    throw new BadInputException("--rounding-key " + file + ": must hold a key of 32 bytes in Base64,"
                            + " as welfare writes it when the file does not exist");
                }
            }
            RoundingKey key = RoundingKey.generate();
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException noPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, key.encoded() + System.lineSeparator(), StandardCharsets.US_ASCII);
            spec.commandLine()
                    .getErr()
                    .println("created a new rounding key in " + file + " (fingerprint " + key.fingerprint()
                            + "): keep it secret, and use it for every output of this data");
            return key;
        } catch (FileAlreadyExistsException race) {
            return readOrCreate(file, spec);
        } catch (IOException e) {
            throw new BadInputException("--rounding-key " + file + ": " + e.getMessage());
        }
    }
}
