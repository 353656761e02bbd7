package nl.welfare.adapters.jdbc.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

/**
 * The architecture of the JDBC adapter, one rule per field, each named as the sentence it checks. That nothing but the
 * application depends on an adapter needs every module on the class path: that rule is in welfare-examples'
 * {@code ModuleArchitectureTest}.
 *
 * <p>What is checked of the SQL: every SQL text is a {@code SqlText}; a {@code SqlText} is made only in a static
 * initializer, which runs once and sees no argument of any call, so no value of a call can be part of a statement's
 * text; a generated statement (the evaluator's, {@code SqlFigures} and {@code SqlNetwork}) is joined from such texts only, never from a
 * {@code String}, its identifiers from a fixed table of attribute names to column texts; and only {@code Jdbc} and {@code PostgresCopy} hand a text to the driver. What is not checked: that a static
 * initializer builds its texts from literals only (it could read a system property); the texts are reviewed for that.
 */
@AnalyzeClasses(packages = "nl.welfare.adapters.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class JdbcAdapterArchitectureTest {

    /** The public API of the adapter: the entry point and the values it answers. */
    private static final Set<String> API = Set.of(
            "nl.welfare.adapters.jdbc.JdbcWelfareStore",
            "nl.welfare.adapters.jdbc.ImportMode",
            "nl.welfare.adapters.jdbc.ImportSummary",
            "nl.welfare.adapters.jdbc.ImmutableImportSummary",
            "nl.welfare.adapters.jdbc.StoredPackage",
            "nl.welfare.adapters.jdbc.ImmutableStoredPackage",
            "nl.welfare.adapters.jdbc.JdbcStoreException");

    @ArchTest
    static final ArchRule the_jdbc_adapter_depends_on_the_domain_the_indicators_jdbc_hikari_flyway_and_the_pg_driver =
            classes()
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage(
                            "nl.welfare.adapters.jdbc..",
                            "nl.welfare.domain..",
                            "nl.welfare.indicators..",
                            "java..",
                            "javax.sql..",
                            "io.vavr..",
                            "com.zaxxer.hikari..",
                            "org.flywaydb.core..",
                            "org.postgresql",
                            "org.postgresql.copy..",
                            "org.immutables.value..",
                            "org.jspecify.annotations..")
                    .because("an adapter knows no other adapter: it stands on the domain and the indicators alone");

    @ArchTest
    static final ArchRule port_implementations_are_not_public = classes()
            .that()
            .implement(describe(
                    "a port of nl.welfare.domain.spi",
                    type -> type.getPackageName().equals("nl.welfare.domain.spi")))
            .should()
            .notBePublic()
            .because("ports are used through JdbcWelfareStore; their implementations are not API (README, Modules)");

    @ArchTest
    static final ArchRule only_the_entry_point_and_its_values_are_public = classes()
            .that()
            .haveModifier(JavaModifier.PUBLIC)
            .and()
            .areTopLevelClasses()
            .should(beTheApi())
            .because("what is public is API; everything else is package-private");

    @ArchTest
    static final ArchRule sql_texts_are_made_only_in_static_initializers = methods()
            .that()
            .areDeclaredIn("nl.welfare.adapters.jdbc.SqlText")
            .and()
            .haveName("of")
            .should()
            .onlyBeCalled()
            .byCodeUnitsThat(describe(
                    "are static initializers",
                    (JavaCodeUnit unit) -> unit.getName().equals("<clinit>")))
            .because("a static initializer sees no argument of any call, so no value can end up in an SQL text");

    @ArchTest
    static final ArchRule sql_texts_are_composed_only_from_sql_texts_by_the_evaluator = methods()
            .that()
            .areDeclaredIn("nl.welfare.adapters.jdbc.SqlText")
            .and()
            .haveName("join")
            .should()
            .onlyBeCalled()
            .byClassesThat()
            .haveNameMatching("nl\\.welfare\\.adapters\\.jdbc\\.Sql(Figures|Network)(\\$.*)?")
            .because("generated SQL joins SqlText constants only: identifiers from SqlFigures' fixed table of"
                    + " attribute names to columns, values bound at their ?; no String reaches a statement");

    @ArchTest
    static final ArchRule only_jdbc_prepares_statements = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("nl.welfare.adapters.jdbc.Jdbc")
            .should()
            .callMethodWhere(describe(
                    "a statement is prepared or executed from a String",
                    call -> (call.getTargetOwner().isAssignableTo(Connection.class)
                                    && (call.getName().startsWith("prepare")
                                            || call.getName().equals("createStatement")
                                            || call.getName().equals("nativeSQL")))
                            || (call.getTargetOwner().isAssignableTo(Statement.class)
                                    && (call.getName().startsWith("execute")
                                            || call.getName().equals("addBatch"))
                                    && call.getTarget().getRawParameterTypes().stream()
                                            .anyMatch(t -> t.isEquivalentTo(String.class)))))
            .because("Jdbc is the one class that hands SQL to the driver, and it takes SqlText constants only");

    @ArchTest
    static final ArchRule sql_texts_are_read_only_by_jdbc_and_postgres_copy = methods()
            .that()
            .areDeclaredIn("nl.welfare.adapters.jdbc.SqlText")
            .and()
            .haveName("text")
            .should()
            .onlyBeCalled()
            .byClassesThat()
            .haveNameMatching("nl\\.welfare\\.adapters\\.jdbc\\.(Jdbc|PostgresCopy)")
            .because("the text of a statement goes to the driver and nowhere else");

    private static ArchCondition<JavaClass> beTheApi() {
        return new ArchCondition<>("be the entry point or one of its values " + API) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!API.contains(type.getName())) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is public but not API"));
                }
            }
        };
    }
}
