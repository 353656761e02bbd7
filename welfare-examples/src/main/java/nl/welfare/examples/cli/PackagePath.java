package nl.welfare.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The data package argument of {@code validate} and {@code compute}: its folder or its {@code datapackage.json}. */
final class PackagePath {

    /** The descriptor of a data package, in its folder. */
    static final String DESCRIPTOR = "datapackage.json";

    private PackagePath() {}

    /**
     * {@code path}; a {@link BadInputException} when it does not exist, and wrong usage (exit code 2) when it is a
     * file other than a {@code datapackage.json}, such as one of the package's CSV files: the commands read a whole
     * package, and saying that {@code areas.csv} is valid would claim more than was checked of it.
     */
    static Path require(Path path, CommandSpec spec) {
        if (Files.isRegularFile(path)) {
            Path name = path.getFileName();
            if (name != null && name.toString().equals(DESCRIPTOR)) {
                return path;
            }
            Path parent = path.toAbsolutePath().getParent();
            boolean inPackage = parent != null && Files.isRegularFile(parent.resolve(DESCRIPTOR));
            Path given = path.getParent() == null ? Path.of(".") : path.getParent();
            throw new ParameterException(
                    spec.commandLine(),
                    path + " is a file; " + spec.name() + " reads a whole data package: give its folder"
                            + (inPackage
                                    ? ", " + given + ", which holds " + name + " and the package's other files"
                                    : " (the folder with datapackage.json) or its datapackage.json"));
        }
        if (!Files.isDirectory(path)) {
            throw new BadInputException(path + ": no such folder (a data package's folder or its datapackage.json)");
        }
        return path;
    }
}
