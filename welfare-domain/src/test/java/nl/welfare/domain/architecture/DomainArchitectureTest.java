package nl.welfare.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;

/**
 * The architecture of the domain module, one rule per field, each named as the sentence it checks. Rules about what
 * other modules may use of the domain (its internal packages) need every module on the class path: they are in
 * welfare-examples' {@code ModuleArchitectureTest}.
 */
@AnalyzeClasses(packages = "nl.welfare.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule the_domain_depends_on_nothing_but_the_jdk_vavr_and_annotations = classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "nl.welfare.domain..",
                    "java..",
                    "io.vavr..",
                    "org.immutables.value..",
                    "org.jspecify.annotations..")
            .because("the domain is a pure model that every other module builds on");

    @ArchTest
    static final ArchRule the_domain_does_no_io_and_knows_no_database = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..", "javax.sql..")
            .because("storage and files belong to adapter modules");

    @ArchTest
    static final ArchRule no_business_area_depends_on_a_package_that_depends_back_on_it =
            slices().matching("nl.welfare.domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule the_shared_value_package_depends_on_no_business_area = noClasses()
            .that()
            .resideInAPackage("nl.welfare.domain.value..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages(
                    "nl.welfare.domain.value..", "java..", "io.vavr..", "org.immutables..", "org.jspecify..");

    @ArchTest
    static final ArchRule ports_are_interfaces = classes()
            .that()
            .resideInAPackage("nl.welfare.domain.spi..")
            .and()
            .areTopLevelClasses()
            .should()
            .beInterfaces();

    @ArchTest
    static final ArchRule every_package_is_null_marked = classes()
            .should(new ArchCondition<JavaClass>("reside in a package annotated @NullMarked") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
                        events.add(SimpleConditionEvent.violated(
                                type, type.getPackageName() + " has no @NullMarked package-info.java"));
                    }
                }
            })
            .because("no null may slip through: NullAway checks @NullMarked code");

    @ArchTest
    static final ArchRule a_resident_has_no_accessor_for_a_name_an_address_or_a_national_id = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("nl.welfare.domain.resident..")
            .and()
            .areDeclaredInClassesThat()
            .haveSimpleNameContaining("Resident")
            .and()
            .arePublic()
            .and()
            .haveRawParameterTypes(new Class<?>[0])
            .should()
            .haveNameMatching("(?i).*(firstname|lastname|surname|fullname|^name|address|street|postcode|zip|bsn|"
                    + "national|passport|phone|email|birthdate|dateofbirth).*")
            .because("residents are pseudonymous: privacy by design");
}
