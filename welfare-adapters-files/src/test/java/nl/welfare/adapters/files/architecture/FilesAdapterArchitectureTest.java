package nl.welfare.adapters.files.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of the files adapter, one rule per field, each named as the sentence it checks. That nothing but the
 * application (welfare-examples) depends on the adapter needs every module on the class path: that rule is in
 * welfare-examples' {@code ModuleArchitectureTest}.
 */
@AnalyzeClasses(packages = "nl.welfare.adapters.files", importOptions = ImportOption.DoNotIncludeTests.class)
class FilesAdapterArchitectureTest {

    @ArchTest
    static final ArchRule the_csv_adapter_depends_on_the_domain_the_indicators_fastcsv_jackson_poi_and_the_jdk =
            classes()
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage(
                            "nl.welfare.adapters.files..",
                            "nl.welfare.domain..",
                            "nl.welfare.indicators..",
                            "java..",
                            "io.vavr..",
                            "de.siegmar.fastcsv..",
                            "com.fasterxml.jackson..",
                            // the XLSX workbook of the results
                            "org.apache.poi..",
                            "org.immutables.value..",
                            "org.jspecify.annotations..")
                    .because("an adapter knows no other adapter: each stands on the domain and the indicators alone");

    @ArchTest
    static final ArchRule csv_adapter_packages_depend_on_each_other_without_cycles =
            slices().matching("nl.welfare.adapters.files.(*)..").should().beFreeOfCycles();
}
