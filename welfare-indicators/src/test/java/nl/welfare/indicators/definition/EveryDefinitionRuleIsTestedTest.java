package nl.welfare.indicators.definition;

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
 * Every rule of definitions and catalogues has a test that feeds input breaking it: each {@code public static final
 * Rule} constant of {@code nl.welfare.indicators.definition} and {@code ...catalogue} is named ({@code
 * Type.CONSTANT}) by an example test of this module, and rule ids are unique.
 */
@DisplayName("Every rule of definitions and catalogues")
class EveryDefinitionRuleIsTestedTest {

    private static List<JavaField> ruleConstants() {
        List<JavaField> rules = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.welfare.indicators.definition", "nl.welfare.indicators.catalogue")) {
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

    private static String testSources() {
        StringBuilder all = new StringBuilder();
        for (String root : List.of(
                "src/test/java/nl/welfare/indicators/definition", "src/test/java/nl/welfare/indicators/catalogue")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    if (!file.endsWith("EveryDefinitionRuleIsTestedTest.java")) {
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
        assertTrue(rules.size() > 30, "expected the rules of definitions, found " + rules.size());
        String tests = testSources();
        List<String> untested = new ArrayList<>();
        for (JavaField rule : rules) {
            String reference = rule.getOwner().getSimpleName() + "." + rule.getName();
            if (!tests.contains(reference)) {
                untested.add(reference);
            }
        }
        assertEquals(List.of(), untested, "rules that no example test names");
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
