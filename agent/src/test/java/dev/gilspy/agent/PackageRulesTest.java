package dev.gilspy.agent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The agent's package layout (DESIGN.md, issue 14): wiring at the top; {@code runtime},
 * {@code jfr}, {@code jmx} and {@code metrics} know no target; each target's package is imported
 * by the wiring only, and never by another target.
 */
class PackageRulesTest {
    private static final JavaClasses AGENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.gilspy.agent");

    @Test
    void runtimeJfrJmxAndMetricsNeverImportATarget() {
        noClasses().that().resideInAnyPackage("..agent.runtime..", "..agent.jfr..", "..agent.jmx..",
                        "..agent.metrics..", "..agent.instrument..")
                .should().dependOnClassesThat().resideInAPackage("..agent.targets..")
                .check(AGENT);
    }

    @Test
    void onlyTheWiringImportsTheTargets() {
        noClasses().that().resideOutsideOfPackages("dev.gilspy.agent", "dev.gilspy.agent.targets.gilspy..")
                .should().dependOnClassesThat().resideInAPackage("dev.gilspy.agent.targets.gilspy..")
                .check(AGENT);
        noClasses().that().resideOutsideOfPackages("dev.gilspy.agent", "dev.gilspy.agent.targets.graalpy..")
                .should().dependOnClassesThat().resideInAPackage("dev.gilspy.agent.targets.graalpy..")
                .check(AGENT);
    }

    @Test
    void nothingBelowTheWiringImportsIt() {
        noClasses().that().resideInAPackage("dev.gilspy.agent.(*)..")
                .should().dependOnClassesThat().resideInAPackage("dev.gilspy.agent")
                .check(AGENT);
    }

    @Test
    void eventsAndMBeanInterfacesStandAlone() {
        noClasses().that().resideInAnyPackage("..agent.jfr..", "..agent.jmx..")
                .should().dependOnClassesThat().resideInAnyPackage("..agent.runtime..", "..agent.metrics..",
                        "..agent.instrument..", "net.bytebuddy..")
                .check(AGENT);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("dev.gilspy.agent.(**)").should().beFreeOfCycles().check(AGENT);
    }
}
