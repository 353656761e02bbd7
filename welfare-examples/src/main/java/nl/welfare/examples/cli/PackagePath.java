package nl.welfare.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The data package argument of {@code validate} and {@code compute}: its folder or its {@code datapackage.json}. */
final class PackagePath {

    private PackagePath() {}

    /** {@code path}, or a {@link BadInputException} when it is neither a folder nor a file. */
    static Path require(Path path) {
        if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
            throw new BadInputException(path + ": no such folder (a data package's folder or its datapackage.json)");
        }
        return path;
    }
}
