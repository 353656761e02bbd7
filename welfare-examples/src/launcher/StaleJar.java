import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether {@code welfare-examples/target/welfare.jar} must be rebuilt before {@code welfare.cmd} runs it: it is missing,
 * or a {@code pom.xml} or a file under a module's {@code src/} is newer (after a {@code git pull}, say). The same rule
 * as {@code ./welfare}'s {@code find -newer}, for Windows, where cmd.exe cannot compare file times. Run as a source
 * file, with no build: {@code java StaleJar.java JAR ROOT}. Exit 0: the jar is current; exit 1: it must be built, and
 * standard output says why.
 */
public final class StaleJar {

    private StaleJar() {}

    /** {@code args}: the jar, then the root of the checkout. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java StaleJar.java JAR ROOT");
            System.exit(2);
        }
        Optional<String> why = why(Path.of(args[0]), Path.of(args[1]));
        why.ifPresent(System.out::println);
        System.exit(why.isPresent() ? 1 : 0);
    }

    /** Why {@code jar} must be built, or empty when no source under {@code root} is newer. */
    static Optional<String> why(Path jar, Path root) {
        if (!Files.isRegularFile(jar)) {
            return Optional.of("it is missing");
        }
        try (Stream<Path> modules = Files.list(root)) {
            FileTime built = Files.getLastModifiedTime(jar);
            Stream<Path> sources = Stream.concat(
                    Stream.of(root.resolve("pom.xml")),
                    modules.filter(m -> m.getFileName().toString().startsWith("welfare-") && Files.isDirectory(m))
                            .flatMap(m -> Stream.concat(Stream.of(m.resolve("pom.xml")), files(m.resolve("src")))));
            return sources.filter(Files::isRegularFile)
                    .filter(f -> newer(f, built))
                    .findFirst()
                    .map(f -> "the sources changed since it was built (" + root.relativize(f) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try {
            return Files.walk(dir).filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean newer(Path file, FileTime built) {
        try {
            return Files.getLastModifiedTime(file).compareTo(built) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
