package nl.welfare.indicators.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import nl.welfare.indicators.dataset.Dataset;

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

    @ArchTest
    static final ArchRule the_dataset_knows_nothing_of_the_engine = classes()
            .that()
            .resideInAPackage("nl.welfare.indicators.dataset..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "nl.welfare.indicators.dataset..",
                    "nl.welfare.indicators.definition..",
                    "nl.welfare.domain..",
                    "java..",
                    "io.vavr..",
                    "org.immutables.value..",
                    "org.jspecify.annotations..")
            .because("the columnar store holds the facts of a package by the fact types' attributes; any engine (or"
                    + " export) may read it, and it reads none of them");

    @ArchTest
    static final ArchRule definitions_know_neither_the_dataset_nor_the_engine = noClasses()
            .that()
            .resideInAPackage("nl.welfare.indicators.definition..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("nl.welfare.indicators.dataset..", "nl.welfare.indicators.engine..")
            .because("a fact type's attributes are the one declaration of its columns: the dataset and the files"
                    + " adapter derive theirs from them, not the other way round");

    @ArchTest
    static final ArchRule the_engine_reads_the_dataset_but_builds_none = noClasses()
            .that()
            .resideInAPackage("nl.welfare.indicators.engine..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(Dataset.Builder.class)
            .because("a dataset is built by an importer before evaluation, and evaluation only reads it");
}
