package vn.dangvu;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import vn.dangvu.cli.LogFiles;
import vn.dangvu.common.AtomicFile;
import vn.dangvu.ui.FxBackgroundTasks;

/// House-style layer rules (docs: shared/house-style.md "Tests" 6), checked on the main classes only.
class ArchitectureTest {

    /// The house reads `cli`/App → features → shared UI (`ui`, `document`) → `db` → `common`.
    private static final Layers LAYERS = new Layers("vn.dangvu");
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.dangvu");
    }

    @Test
    void onlyUiAndShellUseJavaFxScenesAndControlsFx() {
        // the root package (App, AppWorkspace) is the composition root of the window too
        noClasses().that().resideOutsideOfPackages("..ui..", "..shell..", "vn.dangvu")
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

    /// One atomic writer (issue 7): a file is replaced or published only through AtomicFile (temp file, force, atomic
    /// move, folder sync); LogFiles' rotation renames whole closed logs and is the one other mover.
    @Test
    void filesAreMovedOnlyByTheAtomicWriter() {
        noClasses().that().doNotBelongToAnyOf(AtomicFile.class, LogFiles.class)
                .should().callMethod(Files.class, "move", Path.class, Path.class, CopyOption[].class)
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
    void threadsAndExecutorsOnlyInBackgroundTasks() {
        // EarlyStart opens the window's database and then loads the member index on a thread of its own, outside the
        // two-thread pool the screens' work runs on; ContentsReader reads a database in full (a backup's verification,
        // `check`) on two connections at once: the second reader is a thread of its own, joined before it returns
        noClasses().that().doNotBelongToAnyOf(FxBackgroundTasks.class, EarlyStart.class)
                .and().doNotHaveFullyQualifiedName("vn.dangvu.db.ContentsReader")
                .should().dependOnClassesThat().areAssignableTo(Thread.class)
                .orShould().dependOnClassesThat().areAssignableTo(Executor.class)
                .orShould().dependOnClassesThat().belongToAnyOf(Executors.class, CompletableFuture.class)
                .check(classes);
    }

    /// Feature slices import each other in one direction only (the root package, the composition root, is no slice).
    @Test
    void slicesAreFreeOfCycles() {
        LAYERS.slices().check(classes);
    }

    @Test
    void nothingImportsTheCompositionRoot() {
        LAYERS.nothingImportsTheRoot().check(classes);
    }

    @Test
    void theShellKnowsNoFeature() {
        LAYERS.shellKnowsNoFeature().check(classes);
    }

    @Test
    void sharedPackagesKnowNoFeature() {
        LAYERS.sharedKnowsNoFeature().check(classes);
    }

    @Test
    void aFeatureReachesAnotherOnlyThroughItsServiceOrItsRecords() {
        LAYERS.throughServices().check(classes);
    }

    /// Transactions begin only in Database.save/read (thread-bound, so nested ones are savepoints): a plain
    /// dsl.transactionResult inside another transaction would commit and close the outer one's connection.
    @Test
    void transactionsBeginOnlyInTheDatabase() {
        noClasses().that().resideOutsideOfPackage("vn.dangvu.db..")
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(DSLContext.class)))
                        .and(JavaCall.Predicates.target(name("transactionResult").or(name("transaction"))
                                .or(name("transactionResultAsync")).or(name("transactionAsync")))))
                .check(classes);
    }

    @Test
    void noJdbcOutsideTheDatabaseLayerAndRepositories() {
        noClasses().that().resideOutsideOfPackage("vn.dangvu.db..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }

    /// One clock: "today" comes from the java.time.Clock the composition root hands out.
    @Test
    void theClockComesFromTheCompositionRoot() {
        LAYERS.oneClock().check(classes);
    }

    @Test
    void viewModelsAndServicesDoNotDependOnViews() {
        noClasses().that(simpleNameEndingWith("ViewModel").or(simpleNameEndingWith("Service")))
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .check(classes);
    }
}
