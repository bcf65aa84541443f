package vn.dangvu;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;

import vn.dangvu.ui.FxBackgroundTasks;

/// House-style layer rules (docs: shared/house-style.md "Tests" 6), checked on the main classes only.
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dangvu");
    }

    @Test
    void onlyUiAndShellUseJavaFxScenesAndControlsFx() {
        noClasses().that().resideOutsideOfPackages("..ui..", "..shell..")
                .and().doNotHaveFullyQualifiedName(App.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void uiAndShellDoNotTouchSqlOrRepositories() {
        noClasses().that().resideInAnyPackage("..ui..", "..shell..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "..db.jooq..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    /// Services are the transaction boundary (house style: `dsl.transactionResult(trx -> repo.x(trx.dsl()))`), so they
    /// may hold the transaction plumbing types, and nothing else of jOOQ: no tables, fields, conditions or DSL.
    /// (The literal rule "only *Repository and db use org.jooq" fails on every service written that way.)
    @Test
    void onlyRepositoriesAndTheDbPackageUseJooq() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().resideOutsideOfPackage("vn.dangvu.db..")
                .should().dependOnClassesThat(resideInAnyPackage("org.jooq..", "vn.dangvu.db.jooq..")
                        .and(not(name("org.jooq.Configuration").or(name("org.jooq.DSLContext"))
                                .or(name("org.jooq.TransactionalCallable")).or(name("org.jooq.TransactionalRunnable")))))
                .check(classes);
    }

    @Test
    void onlyServicesUseTheJooqTransactionPlumbing() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith("Service")
                .and().resideOutsideOfPackage("vn.dangvu.db..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .check(classes);
    }

    @Test
    void viewModelsUseOnlyBeansAndCollectionsOfJavaFx() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat(resideInAPackage("javafx..")
                        .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections.."))))
                .check(classes);
    }

    @Test
    void noJavaUtilLogging() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
    }

    @Test
    void noStandardStreamsOutsideTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("vn.dangvu.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(classes);
    }

    @Test
    void threadsAreStartedOnlyByBackgroundTasks() {
        // EarlyStart opens the database before the JavaFX toolkit (and so BackgroundTasks) exists
        noClasses().that().doNotBelongToAnyOf(FxBackgroundTasks.class, vn.dangvu.EarlyStart.class)
                .should().dependOnClassesThat().areAssignableTo(Thread.class)
                .check(classes);
    }

    @Test
    void viewModelsAndServicesDoNotDependOnViews() {
        noClasses().that(simpleNameEndingWith("ViewModel").or(simpleNameEndingWith("Service")))
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .check(classes);
    }
}
