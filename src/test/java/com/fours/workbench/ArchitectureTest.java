package com.fours.workbench;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;

import org.jdbi.v3.core.Handle;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of docs/decisions/0002-layers.md. */
@AnalyzeClasses(packages = "com.fours.workbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..", "com.fours.workbench.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .because("services and values must run and be tested without a screen");

    @ArchTest
    static final ArchRule uiNeverTouchesTheDatabase = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "com.fours.workbench.db..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Dao")
            .because("views go through services, which check permissions and own the transactions");

    @ArchTest
    static final ArchRule coreDependsOnNoFeature = noClasses()
            .that().resideInAPackage("com.fours.workbench.core..")
            .should().dependOnClassesThat().resideOutsideOfPackages("com.fours.workbench.core..", "java..")
            .because("the value types are used by every feature and must stay free of them");

    @ArchTest
    static final ArchRule onlyDbAndDaosUseJdbc = noClasses()
            .that().resideOutsideOfPackage("com.fours.workbench.db..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.zaxxer..", "org.flywaydb..")
            .because("connections and migrations have one home");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheApp = noClasses()
            .that().resideOutsideOfPackage("com.fours.workbench.app..")
            .should().dependOnClassesThat().resideInAPackage("com.fours.workbench.app..")
            .because("the app wires features together; features never depend on the wiring");

    @ArchTest
    static final ArchRule noConsoleOutput = noClasses()
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("everything is logged through SLF4J");

    @ArchTest
    static final ArchRule noHandMadeThreads = noClasses()
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class)
            .because("background work runs on the one executor of the workbench");

    @ArchTest
    static final ArchRule onlyTheAppMakesThreadPools = noClasses()
            .that().resideOutsideOfPackage("com.fours.workbench.app..")
            .should().dependOnClassesThat().belongToAnyOf(Executors.class, ThreadPoolExecutor.class, ForkJoinPool.class)
            .because("views and services get the one executor handed in; they never make their own");

    @ArchTest
    static final ArchRule noOtherLoggingApis = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                    "org.apache.logging.log4j..")
            .because("SLF4J is the one logging API");

    @ArchTest
    static final ArchRule noFeatureDependsOnTheDemo = noClasses()
            .that().resideOutsideOfPackages("com.fours.workbench.demo..", "com.fours.workbench.app..")
            .should().dependOnClassesThat().resideInAPackage("com.fours.workbench.demo..")
            .because("demo data fills the features from outside (docs/conventions.md, Demo data)");

    @ArchTest
    static final ArchRule onlyTheDemoCallsDemoWriters = noClasses()
            .that().resideOutsideOfPackages("com.fours.workbench.demo..", "com.fours.workbench.app..")
            .should().callMethodWhere(target(nameMatching(".*ForDemo")))
            .because("a writer named ...ForDemo skips what a user's step checks (who is logged in, today's date); "
                    + "only the demo store's contributors may use it");

    @ArchTest
    static final ArchRule theDemoKeepsNoSql = noClasses()
            .that().resideInAPackage("com.fours.workbench.demo..")
            .should().callMethodWhere(target(owner(assignableTo(Handle.class)))
                    .and(target(nameMatching("createQuery|createUpdate|createCall|createScript|prepareBatch|execute|select"))))
            .because("the demo writes and reads through its features' DAOs: SQL lives in DAOs (docs/conventions.md)");

    @ArchTest
    static final ArchRule featuresFormNoCycle = slices()
            .matching("com.fours.workbench.(*)..")
            .should().beFreeOfCycles()
            .because("a feature builds on those below it; a cycle makes two features one");

    @ArchTest
    static final ArchRule viewModelsTouchNoControl = noClasses()
            .that().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat(resideInAPackage("javafx.scene..")
                    // a rendered page is a value the view shows, not a control (the report preview)
                    .and(resideInAPackage("javafx.scene.image..").negate()))
            .because("a view model holds properties and commands; only its view knows the controls");

    @ArchTest
    static final ArchRule featureScreensUseOnlyTheSharedKit = slices()
            .matching("com.fours.workbench.(*).ui..")
            .should().notDependOnEachOther()
            // the print preview every screen opens is shared like ui/
            .ignoreDependency(alwaysTrue(), resideInAPackage("com.fours.workbench.reporting.ui.."))
            .because("screens share what is in ui/; one feature's screens reach another's only through app/");
}
