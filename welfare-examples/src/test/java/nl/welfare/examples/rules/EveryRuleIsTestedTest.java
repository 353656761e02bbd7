package nl.welfare.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.welfare.domain.value.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the project has a test that feeds input breaking it: each {@code public static final Rule} constant of
 * every module ({@code nl.welfare..}) is named ({@code Type.CONSTANT}) by at least one test of some module or, for the
 * rules of the ports, by a contract test of the testkit; and rule ids are unique across the project. It lives in
 * welfare-examples because that module depends on every other one, adapters included, so all their rules are on its
 * class path.
 */
@DisplayName("Every validation rule")
class EveryRuleIsTestedTest {

    private static List<JavaField> ruleConstants() {
        List<JavaField> rules = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.welfare")) {
            for (JavaField field : type.getFields()) {
                if (field.getRawType().isEquivalentTo(Rule.class)
                        && field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getModifiers().contains(JavaModifier.PUBLIC)) {
                    rules.add(field);
                }
            }
        }
        return rules;
    }

    /**
     * The example tests of this module, and the contract tests of the testkit (the rules of the ports are checked
     * there, against every implementation).
     */
    private static String testSources() {
        StringBuilder all = new StringBuilder();
        List<String> roots = new ArrayList<>(List.of("../welfare-testkit/src/main/java/nl/welfare/testkit/contracts"));
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            modules.filter(m -> m.getFileName().toString().startsWith("welfare-"))
                    .map(m -> m.resolve("src/test/java"))
                    .filter(Files::isDirectory)
                    .forEach(m -> roots.add(m.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String root : roots) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    if (!file.endsWith("EveryRuleIsTestedTest.java")) {
                        all.append(Files.readString(file, StandardCharsets.UTF_8))
                                .append('\n');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    @Test
    @DisplayName("is named by an example test that breaks it")
    void hasATest() {
        List<JavaField> rules = ruleConstants();
        assertTrue(rules.size() > 150, "expected the rules of every module, found " + rules.size());
        String tests = testSources();
        List<String> untested = new ArrayList<>();
        for (JavaField rule : rules) {
            String reference = rule.getOwner().getSimpleName() + "." + rule.getName();
            if (!tests.contains(reference)) {
                untested.add(reference);
            }
        }
        assertEquals(List.of(), untested, "rules that no example or contract test names");
    }

    @Test
    @DisplayName("has an id of its own")
    void uniqueIds() throws ReflectiveOperationException {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (JavaField field : ruleConstants()) {
            Rule rule = (Rule) field.reflect().get(null);
            if (!seen.add(rule.id())) {
                duplicates.add(rule.id());
            }
        }
        assertEquals(List.of(), duplicates);
    }
}
