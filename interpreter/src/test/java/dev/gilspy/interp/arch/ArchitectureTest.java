package dev.gilspy.interp.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The interpreter's package rules (DESIGN.md, "Packages follow concepts"); see interpreter/README.md. */
@AnalyzeClasses(packages = "dev.gilspy.interp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The GIL is what the agent instruments by name: it knows nothing of the interpreter above it. */
    @ArchTest
    static final ArchRule gilStandsAlone = classes()
        .that().resideInAPackage("dev.gilspy.interp.gil..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.gilspy.interp.gil..", "java..");

    /** String formatting (format specs, float repr) is plain Java: no interpreter package. */
    @ArchTest
    static final ArchRule formatStandsAlone = classes()
        .that().resideInAPackage("dev.gilspy.interp.format..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.gilspy.interp.format..", "java..");
}
