package nl.welfare.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.welfare.indicators.definition.Filter;
import nl.welfare.indicators.definition.Literal;
import nl.welfare.indicators.definition.Measure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules between modules (the README's Modules table), one rule per field, each
 * named as the sentence it checks. They live in welfare-examples because only here is every module on the class path
 * (the testkit in test scope): a module's own architecture test imports its own classes only, so a rule about "the
 * classes outside this module" would check none there. welfare-examples is the application that wires the adapters,
 * so it is the one module that may depend on them.
 */
@AnalyzeClasses(packages = "nl.welfare", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

    /** The root package of every module; each must be imported for the rules below to mean anything. */
    private static final List<String> MODULES = List.of(
            "nl.welfare.domain",
            "nl.welfare.indicators",
            "nl.welfare.testkit",
            "nl.welfare.adapters.files",
            "nl.welfare.adapters.jdbc",
            "nl.welfare.examples");

    @ArchTest
    static final ArchRule the_domain_depends_on_no_other_module = noClasses()
            .that()
            .resideInAPackage("nl.welfare.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "nl.welfare.indicators..", "nl.welfare.testkit..", "nl.welfare.adapters..", "nl.welfare.examples..")
            .because("the domain knows no module above it (README, Modules)");

    @ArchTest
    static final ArchRule the_indicators_depend_on_no_module_but_the_domain = noClasses()
            .that()
            .resideInAPackage("nl.welfare.indicators..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.welfare.testkit..", "nl.welfare.adapters..", "nl.welfare.examples..")
            .because("welfare-indicators knows no adapter (README, Modules)");

    @ArchTest
    static final ArchRule the_testkit_depends_on_no_adapter_and_not_on_the_application = noClasses()
            .that()
            .resideInAPackage("nl.welfare.testkit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.welfare.adapters..", "nl.welfare.examples..")
            .because("adapters take the testkit in test scope, never the other way round (README, Modules)");

    @ArchTest
    static final ArchRule nothing_but_the_application_depends_on_an_adapter = noClasses()
            .that()
            .resideOutsideOfPackages("nl.welfare.adapters..", "nl.welfare.examples..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.welfare.adapters..")
            .because("the arrows never turn around: welfare-examples is the application that wires adapters");

    @ArchTest
    static final ArchRule adapters_know_each_other_not_at_all = slices().matching("nl.welfare.adapters.(*)..")
            .should()
            .notDependOnEachOther()
            .because("adapters know each other not at all (README, Modules)");

    @ArchTest
    static final ArchRule no_module_depends_on_the_application = noClasses()
            .that()
            .resideOutsideOfPackage("nl.welfare.examples..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.welfare.examples..")
            .because("the application sits on top of every module");

    @ArchTest
    static final ArchRule internal_packages_are_used_only_inside_their_module = classes()
            .that()
            .resideInAPackage("nl.welfare..")
            .should(new ArchCondition<JavaClass>("use internal packages of their own module only") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        String pkg = target.getPackageName();
                        boolean internal = Arrays.asList(pkg.split("\\.")).contains("internal");
                        if (internal
                                && pkg.startsWith("nl.welfare.")
                                && !moduleOf(pkg).equals(moduleOf(type.getPackageName()))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            })
            .because("internal packages are not API: module-info.java does not export them (README, Modules)");

    /** The package of the sealed types whose kinds only their visitors and their own methods tell apart. */
    private static final String DEFINITION = "nl.welfare.indicators.definition";

    /** The sealed types dispatched over by visitors: a new kind must be a compile error wherever it must be handled. */
    private static final List<Class<?>> SEALED = List.of(Measure.class, Filter.class, Literal.class);

    @ArchTest
    static final ArchRule no_code_outside_the_definition_package_dispatches_by_instanceof_over_a_kind = classes()
            .that()
            .resideInAPackage("nl.welfare..")
            .and()
            .resideOutsideOfPackage(DEFINITION)
            .should(
                    new ArchCondition<JavaClass>(
                            "not test by instanceof whether a measure, filter or literal is of a kind") {
                        @Override
                        public void check(JavaClass type, ConditionEvents events) {
                            for (InstanceofCheck check : type.getInstanceofChecks()) {
                                if (ofASealedType(check.getRawType())) {
                                    events.add(SimpleConditionEvent.violated(
                                            check,
                                            check.getOwner().getFullName() + " tests instanceof "
                                                    + check.getRawType().getName() + " in "
                                                    + check.getSourceCodeLocation()));
                                }
                            }
                        }
                    })
            .because("a chain of instanceof silently passes over a new kind of measure, filter or literal, where the"
                    + " sealed type's visitor or a method each kind implements makes it a compile error");

    /**
     * Whether {@code type} is {@link Measure}, {@link Filter} or {@link Literal}, a kind or grouping of kinds of one
     * ({@code Filter.And}, {@code Filter.Junction}), or a type declared inside one ({@code Measure.OverFacts}).
     */
    static boolean ofASealedType(JavaClass type) {
        return SEALED.stream().anyMatch(type::isAssignableTo)
                || type.getEnclosingClass()
                        .map(ModuleArchitectureTest::ofASealedType)
                        .orElse(false);
    }

    @Test
    @DisplayName("the instanceof rule reports every test of a kind of measure, filter or literal, and no other")
    void instanceofRuleCanFail() {
        JavaClasses fixture = new ClassFileImporter().importClasses(DispatchesByInstanceof.class);
        EvaluationResult result =
                no_code_outside_the_definition_package_dispatches_by_instanceof_over_a_kind.evaluate(fixture);
        List<String> reported = new ArrayList<>();
        for (String detail : result.getFailureReport().getDetails()) {
            reported.add(detail.replaceAll(".* tests instanceof ([\\w.$]+) in .*", "$1"));
        }
        reported.sort(null);
        assertEquals(
                List.of(
                        Filter.And.class.getName(),
                        Filter.Junction.class.getName(),
                        Filter.Not.class.getName(),
                        Literal.OfText.class.getName(),
                        Measure.OverFacts.class.getName()),
                reported,
                () -> String.join("\n", result.getFailureReport().getDetails()));
    }

    /** The module of a package: {@code nl.welfare.adapters.<name>} for an adapter, else {@code nl.welfare.<name>}. */
    static String moduleOf(String pkg) {
        String[] parts = pkg.split("\\.");
        int depth = parts.length > 2 && parts[2].equals("adapters") ? 4 : 3;
        return String.join(".", Arrays.copyOf(parts, Math.min(depth, parts.length)));
    }

    @Test
    @DisplayName("the rules above see the main classes of every module")
    void everyModuleIsImported() {
        JavaClasses imported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.welfare");
        Map<String, Integer> counts = new TreeMap<>();
        for (JavaClass type : imported) {
            counts.merge(moduleOf(type.getPackageName()), 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        for (String module : MODULES) {
            if (counts.getOrDefault(module, 0) < 10) {
                missing.add(module + " (" + counts.getOrDefault(module, 0) + " classes)");
            }
        }
        assertEquals(List.of(), missing, () -> "modules with fewer than ten imported classes; imported: " + counts);
    }

    @Test
    @DisplayName("the module of a package is its first part below nl.welfare, two parts for an adapter")
    void modules() {
        assertEquals("nl.welfare.domain", moduleOf("nl.welfare.domain.area"));
        assertEquals("nl.welfare.domain", moduleOf("nl.welfare.domain"));
        assertEquals("nl.welfare.adapters.files", moduleOf("nl.welfare.adapters.files.internal.x"));
        assertEquals("nl.welfare.adapters.jdbc", moduleOf("nl.welfare.adapters.jdbc"));
    }

    @Test
    @DisplayName("no architecture test of any module lets a rule pass on an empty selection")
    void noRuleAllowsAnEmptySelection() throws IOException {
        String forbidden = "allowEmptyShould(" + "true)";
        List<String> found = new ArrayList<>();
        List<String> architectureTests = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : (Iterable<Path>)
                    modules.filter(m -> m.getFileName().toString().startsWith("welfare-"))
                            .map(m -> m.resolve("src/test/java"))
                            .filter(Files::isDirectory)::iterator) {
                try (Stream<Path> files = Files.walk(module)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                        String source = read(f);
                        if (source.contains("@ArchTest")) {
                            architectureTests.add(f.getFileName().toString());
                        }
                        if (source.contains(forbidden)) {
                            found.add(f.toString());
                        }
                    });
                }
            }
        }
        assertTrue(
                architectureTests.size() >= 5,
                () -> "expected the architecture test of every module, read " + architectureTests);
        assertEquals(List.of(), found, "tests with a rule that passes when it selects no class");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
