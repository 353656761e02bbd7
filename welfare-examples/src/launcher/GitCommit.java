import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Writes the commit a build is made from, for {@code welfare --version}: {@code commit=<abbreviated HEAD>} into a
 * properties file, or {@code commit=unknown} where git is missing or the folder is no checkout. Run by the build as a
 * source file ({@code java GitCommit.java ROOT OUT}), in {@code ROOT}, so that it names HEAD itself: a merge commit
 * too (maven-scm named the last commit that was not a merge) and the HEAD of a git worktree (git-commit-id's plugin
 * named the main checkout's).
 */
public final class GitCommit {

    private GitCommit() {}

    /** {@code args}: the root of the checkout, then the properties file to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java GitCommit.java ROOT OUT");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(
                out,
                "# Written by welfare-examples/src/launcher/GitCommit.java at build time\ncommit=" + head(Path.of(args[0]))
                        + "\n",
                StandardCharsets.ISO_8859_1);
    }

    /** {@code git rev-parse --short=7 HEAD} in {@code root}, or {@code unknown}. */
    static String head(Path root) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=7", "HEAD")
                    .directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out;
            try (InputStream in = git.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            }
            boolean done = git.waitFor(30, TimeUnit.SECONDS);
            return done && git.exitValue() == 0 && out.matches("[0-9a-f]{7,40}") ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
