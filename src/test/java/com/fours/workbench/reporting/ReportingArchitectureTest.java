package com.fours.workbench.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The engine stays free of JavaFX; the preview does its slow work on the executor it is given. */
@AnalyzeClasses(packages = "com.fours.workbench.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportingArchitectureTest {

    @ArchTest
    static final ArchRule ONLY_THE_UI_PACKAGE_USES_JAVAFX = noClasses()
            .that().resideOutsideOfPackage("..reporting.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule NO_SYSTEM_OUT = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    /** Slow work goes to the executor handed in; nothing here starts threads or pools. */
    @ArchTest
    static final ArchRule NO_THREADS_OF_ITS_OWN = noClasses()
            .should().dependOnClassesThat().belongToAnyOf(Thread.class, Executors.class, ThreadPoolExecutor.class,
                    ForkJoinPool.class);

    @ArchTest
    static final ArchRule ONLY_SLF4J = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
