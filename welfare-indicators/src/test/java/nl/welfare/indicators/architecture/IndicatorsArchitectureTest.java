package nl.welfare.indicators.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The architecture of the indicators module, one rule per field, each named as the sentence it checks. */
@AnalyzeClasses(packages = "nl.welfare.indicators", importOptions = ImportOption.DoNotIncludeTests.class)
class IndicatorsArchitectureTest {

    @ArchTest
    static final ArchRule indicators_depend_only_on_the_domain_vavr_commons_statistics_and_the_jdk = classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "nl.welfare.indicators..",
                    "nl.welfare.domain..",
                    "java..",
                    "javax.crypto..",
                    "io.vavr..",
                    "org.apache.commons.statistics..",
                    "org.immutables.value..",
                    "org.jspecify.annotations..")
            .because("welfare-indicators knows no adapter and no I/O library (javax.crypto is the JDK's HMAC, which"
                    + " draws the rounding from the publisher's key)");

    @ArchTest
    static final ArchRule indicator_packages_depend_on_each_other_without_cycles =
            slices().matching("nl.welfare.indicators.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule statistics_know_nothing_of_definitions_or_the_engine = classes()
            .that()
            .resideInAPackage("nl.welfare.indicators.stats..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "nl.welfare.indicators.stats..",
                    "nl.welfare.domain.value..",
                    "java..",
                    "io.vavr..",
                    "org.apache.commons.statistics..",
                    "org.immutables.value..",
                    "org.jspecify.annotations..")
            .because("the statistics are reusable on their own");
}
