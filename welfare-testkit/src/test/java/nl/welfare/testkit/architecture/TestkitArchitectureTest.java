package nl.welfare.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture of the testkit, one rule per field, each named as the sentence it checks. */
@AnalyzeClasses(packages = "nl.welfare", importOptions = ImportOption.DoNotIncludeTests.class)
class TestkitArchitectureTest {

    @ArchTest
    static final ArchRule the_testkit_depends_on_the_domain_the_indicators_its_test_libraries_and_the_jdk = classes()
            .that()
            .resideInAPackage("nl.welfare.testkit..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "nl.welfare.testkit..",
                    "nl.welfare.domain..",
                    "nl.welfare.indicators..",
                    "java..",
                    "io.vavr..",
                    "org.quicktheories..",
                    "org.junit..",
                    "org.opentest4j..",
                    "org.immutables.value..",
                    "org.jspecify.annotations..")
            .because("the testkit depends on domain and indicators, never on an adapter (README.md, Modules)");

    @ArchTest
    static final ArchRule the_testkit_depends_on_no_adapter = noClasses()
            .that()
            .resideInAPackage("nl.welfare.testkit..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.welfare.adapters..")
            .because("adapters take the testkit in test scope, never the other way round");

    @ArchTest
    static final ArchRule the_contracts_reach_stores_only_through_the_ports = noClasses()
            .that()
            .resideInAPackage("nl.welfare.testkit.contracts..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("nl.welfare.domain.memory..")
            .because("a contract must hold for every implementation, not only the in-memory one");

    @ArchTest
    static final ArchRule internal_packages_are_not_used_from_outside_their_module = noClasses()
            .that()
            .resideInAPackage("nl.welfare.testkit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.welfare.domain..internal..", "nl.welfare.indicators..internal..")
            .because("internal packages are not API");
}
