package org.clockwise.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the code, checked on the compiled classes of all three modules: the module
 * direction, no package cycles, rules free of the framework and the database, controllers in web.
 */
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> RUN_SQL = DescribedPredicate.describe("run SQL through JdbcOperations",
            c -> c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getName().equals("io.micronaut.data.jdbc.runtime.JdbcOperations")));

    private static final Pattern GENERATED = Pattern.compile(".*/\\$[^/]*\\.class");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notATestJar)
                .withImportOption(ArchitectureTest::notGenerated)
                .importPackages("org.clockwise");
        // A rule over no classes passes vacuously; make sure all three modules were found.
        for (String module : new String[]{"org.clockwise.content", "org.clockwise.core", "org.clockwise.web"}) {
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(module)), module + " classes imported");
        }
    }

    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }

    /** Micronaut's generated bean definitions ({@code $Foo$Definition}) are the framework's, not ours. */
    private static boolean notGenerated(Location location) {
        return !location.matches(GENERATED);
    }

    @Test
    void contentDependsOnNeitherCoreNorWeb() {
        noClasses().that().resideInAPackage("org.clockwise.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.clockwise.core..", "org.clockwise.web..")
                .check(classes);
    }

    @Test
    void contentUsesNoFrameworkAndNoDatabase() {
        noClasses().that().resideInAPackage("org.clockwise.content..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.inject..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnWeb() {
        noClasses().that().resideInAPackage("org.clockwise.core..")
                .should().dependOnClassesThat().resideInAPackage("org.clockwise.web..")
                .check(classes);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("org.clockwise.core.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void contentAndWebPackagesHaveNoCycles() {
        slices().matching("org.clockwise.content.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.clockwise.web.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void rulesImportNeitherTheFrameworkNorSql() {
        noClasses().that().haveSimpleNameEndingWith("Policy")
                .or().haveSimpleNameEndingWith("Formulas")
                .or().haveSimpleNameEndingWith("Metrics")
                .or().haveSimpleNameEndingWith("Model")
                .or().haveSimpleNameEndingWith("Scheduler")
                .or().resideInAPackage("org.clockwise.core.team.metrics..")
                .or().haveFullyQualifiedName("org.clockwise.core.plan.Streak")
                .or().haveFullyQualifiedName("org.clockwise.core.course.QuizGrading")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta.inject..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void controllersLiveInWebOnly() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().resideInAPackage("org.clockwise.web..")
                .check(classes);
    }

    @Test
    void classesThatRunSqlSayItInTheirName() {
        classes().that().resideInAPackage("org.clockwise.core..")
                .and().areNotInterfaces()
                .and(RUN_SQL)
                .and().resideOutsideOfPackage("org.clockwise.core.db..")
                .should().haveSimpleNameEndingWith("Store").orShould().haveSimpleNameEndingWith("Queries")
                .check(classes);
    }
}
