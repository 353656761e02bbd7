package nl.welfare.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's Java snippets, pasted in the order a newcomer reads them into one program: the imports they show go to
 * the top, every other line into one {@code main} method. The program must compile against the modules (with the
 * testkit for its contract example) and run in a folder that holds the files the snippets name.
 */
@DisplayName("The README's Java snippets, pasted in order into one program")
class ReadmeProgramTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String CLASS = "ReadmeProgram";

    /** One line of the generated program and the README line it comes from (0 for the program's frame). */
    record Line(String text, int readmeLine) {}

    /** The generated program: its imports and body lines, each with the README line it comes from. */
    record Program(List<Line> lines) {

        String source() {
            StringBuilder out = new StringBuilder();
            lines.forEach(l -> out.append(l.text()).append('\n'));
            return out.toString();
        }

        /** The README line of the program's line {@code number} (from 1); 0 for the frame around the snippets. */
        int readmeLine(long number) {
            return number < 1 || number > lines.size()
                    ? 0
                    : lines.get((int) number - 1).readmeLine();
        }
    }

    /** The lines of every {@code ```java} block of {@code readme}, in order, imports hoisted above a main method. */
    static Program program(List<String> readme) {
        Set<String> seen = new LinkedHashSet<>();
        List<Line> imports = new ArrayList<>();
        List<Line> body = new ArrayList<>();
        boolean inside = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (!inside) {
                inside = line.strip().equals("```java");
                continue;
            }
            if (line.strip().equals("```")) {
                inside = false;
                body.add(new Line("", 0));
            } else if (line.startsWith("import ")) {
                if (seen.add(line.strip())) {
                    imports.add(new Line(line, i + 1));
                }
            } else {
                body.add(new Line("        " + line, i + 1));
            }
        }
        List<Line> lines = new ArrayList<>(imports);
        lines.add(new Line("", 0));
        lines.add(new Line("public class " + CLASS + " {", 0));
        lines.add(new Line("    public static void main(String[] args) throws Exception {", 0));
        lines.addAll(body);
        lines.add(new Line("    }", 0));
        lines.add(new Line("}", 0));
        return new Program(lines);
    }

    /** Compiles {@code program} into {@code classes}; the errors, each naming its README line. */
    static List<String> compile(Program program, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject source =
                new SimpleJavaFileObject(
                        java.net.URI.create("string:///" + CLASS + ".java"), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return program.source();
                    }
                };
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options =
                    List.of("--release", "17", "-proc:none", "-classpath", classPath(), "-d", classes.toString());
            javac.getTask(new StringWriter(), files, diagnostics, options, null, List.of(source))
                    .call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                int line = program.readmeLine(d.getLineNumber());
                errors.add((line > 0 ? "README.md, line " + line : "the program around the snippets") + ": "
                        + d.getMessage(Locale.ROOT));
            }
        }
        return errors;
    }

    /** The test class path: every module of the project, with the testkit and JUnit. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    @Test
    @DisplayName("compiles: every snippet, with the imports it shows, after the snippets above it")
    void compiles(@TempDir Path classes) throws IOException {
        Program program = program(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertTrue(program.lines().stream().anyMatch(l -> l.text().contains("AreaHierarchy enschede")));
        List<String> errors = compile(program, classes);
        assertEquals(List.of(), errors, () -> String.join("\n", errors) + "\n\n" + program.source());
    }

    @Test
    @DisplayName("runs in a folder with the example package, CBS files and definitions the snippets name")
    void runs(@TempDir Path classes, @TempDir Path work) throws IOException, InterruptedException {
        Program program = program(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertEquals(List.of(), compile(program, classes));
        copy(Path.of("..", "examples", "data", "enschede"), work.resolve("examples/data/enschede"));
        Path cbs = Path.of("..", "welfare-adapters-files", "src", "test", "resources", "cbs");
        Files.createDirectories(work.resolve("cbs"));
        for (String file :
                List.of("CBS_85318NED_WijkenEnBuurten_2022.csv", "enschede_neighbourhood_population_c2013.csv")) {
            Files.copy(cbs.resolve(file), work.resolve("cbs").resolve(file));
        }
        copy(Path.of("..", "welfare-adapters-files", "src", "test", "resources", "json"), work.resolve("my-study"));

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-cp", classes + File.pathSeparator + classPath(), CLASS)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(2, TimeUnit.MINUTES), "the README program did not finish");
        assertEquals(0, run.exitValue(), output);
        assertTrue(output.contains("STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,"), output);
        assertTrue(Files.isRegularFile(work.resolve("output/results.csv")));
        assertTrue(Files.isRegularFile(work.resolve("enschede-copy/datapackage.json")));
    }

    @Test
    @DisplayName("names the README line of a snippet that does not compile, and reads blocks after it in order")
    void namesTheLine(@TempDir Path classes) throws IOException {
        List<String> readme = List.of(
                "# A readme",
                "```java",
                "import java.time.Year;",
                "Year first = Year.of(2018);",
                "```",
                "Text between.",
                "```java",
                "Year second = first.plusYears(1);",
                "int wrong = second;",
                "```");
        List<String> errors = compile(program(readme), classes);
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("README.md, line 9: "), errors::toString);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }
}
