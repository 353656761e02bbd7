package nl.welfare.examples.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build stamps {@code welfare --version} with what {@code welfare-examples/src/launcher/GitCommit.java} writes:
 * run here as the build runs it, on git repositories made up in a temporary folder, with a merge commit and a
 * worktree, the two cases the Maven plugins tried before got wrong.
 */
class GitCommitTest {

    private static final Path LAUNCHER =
            Path.of("src", "launcher", "GitCommit.java").toAbsolutePath();

    @Test
    @DisplayName("names HEAD when HEAD is a merge commit, not the last commit that was not a merge")
    void mergeCommit(@TempDir Path root) throws IOException {
        Path repo = repository(root.resolve("repo"));
        git(repo, "checkout", "-q", "-b", "side");
        git(repo, "commit", "-q", "--allow-empty", "-m", "side");
        git(repo, "checkout", "-q", "main");
        git(repo, "commit", "-q", "--allow-empty", "-m", "main");
        git(repo, "merge", "-q", "--no-ff", "side", "-m", "merge");
        assertEquals("commit=" + git(repo, "rev-parse", "--short=7", "HEAD"), written(repo, root));
    }

    @Test
    @DisplayName("names the worktree's own HEAD in a git worktree, not the main checkout's")
    void worktree(@TempDir Path root) throws IOException {
        Path repo = repository(root.resolve("repo"));
        Path tree = root.resolve("tree");
        git(repo, "worktree", "add", "-q", "-b", "other", tree.toString());
        git(tree, "commit", "-q", "--allow-empty", "-m", "in the worktree");
        String head = git(tree, "rev-parse", "--short=7", "HEAD");
        assertEquals("commit=" + head, written(tree, root));
        assertEquals("commit=" + git(repo, "rev-parse", "--short=7", "HEAD"), written(repo, root), "the main checkout");
    }

    @Test
    @DisplayName("says unknown outside a git checkout")
    void noCheckout(@TempDir Path root) throws IOException {
        Path plain = Files.createDirectories(root.resolve("plain"));
        // a folder under /tmp may still lie inside a checkout; GIT_CEILING_DIRECTORIES is not ours to set, so check
        assumeTrue(
                run(plain, List.of("git", "rev-parse", "HEAD")).code() != 0, "the temporary folder is in a checkout");
        assertEquals("commit=unknown", written(plain, root));
    }

    private record Result(int code, String out) {}

    private static Path repository(Path repo) throws IOException {
        Files.createDirectories(repo);
        assumeTrue(run(repo, List.of("git", "--version")).code() == 0, "git is not installed");
        git(repo, "init", "-q", "-b", "main");
        git(repo, "config", "user.email", "test@example.org");
        git(repo, "config", "user.name", "test");
        git(repo, "commit", "-q", "--allow-empty", "-m", "first");
        return repo;
    }

    private static String written(Path checkout, Path root) throws IOException {
        Path out = root.resolve("out-" + checkout.getFileName() + ".properties");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Result run = run(root, List.of(java.toString(), LAUNCHER.toString(), checkout.toString(), out.toString()));
        assertEquals(0, run.code(), run.out());
        return Files.readAllLines(out, StandardCharsets.ISO_8859_1).stream()
                .filter(line -> line.startsWith("commit="))
                .findFirst()
                .orElseThrow();
    }

    private static String git(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Result run = run(dir, command);
        assertEquals(0, run.code(), String.join(" ", command) + ": " + run.out());
        return run.out();
    }

    private static Result run(Path dir, List<String> command) throws IOException {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            return new Result(process.waitFor(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
