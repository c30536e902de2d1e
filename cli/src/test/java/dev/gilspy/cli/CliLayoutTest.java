package dev.gilspy.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CLI's layout (DESIGN.md, issue 14): {@code dev.gilspy.cli} holds only commands, mixins,
 * converters and exit codes; a command never calls another command; the domain (recording,
 * attaching, reports, the doctor) never reaches back into the command layer.
 */
class CliLayoutTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.gilspy.cli", "dev.gilspy.attach", "dev.gilspy.record", "dev.gilspy.report", "dev.gilspy.doctor");
    }

    @Test
    void theCliPackageHoldsOnlyCommandsMixinsConvertersAndExitCodes() {
        classes().that().resideInAPackage("dev.gilspy.cli").and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Command")
                .orShould().haveSimpleNameEndingWith("Options")
                .orShould().haveSimpleNameEndingWith("Converter")
                .orShould().haveSimpleNameStartingWith("ExitCode")
                .orShould().haveSimpleName("CliException")
                .orShould().haveSimpleName("VersionProvider")
                .orShould().haveSimpleName("GilspyCli") // the jar's main: the fast path into RunCommandOptions, else GilspyCommand
                .because("recording, attaching and reporting are domain services outside the command layer")
                .check(classes);
    }

    @Test
    void aCommandNeverCallsAnotherCommand() {
        DescribedPredicate<JavaClass> otherCommand = new DescribedPredicate<>("another command") {
            @Override
            public boolean test(JavaClass c) { return c.getPackageName().equals("dev.gilspy.cli") && c.getSimpleName().endsWith("Command"); }
        };
        for (JavaClass command : classes.that(new DescribedPredicate<>("a subcommand") {
            @Override
            public boolean test(JavaClass c) {
                // the root command names its subcommands in @Command(subcommands = ...): that is registration, not a call
                return c.getPackageName().equals("dev.gilspy.cli") && c.getSimpleName().endsWith("Command")
                        && !c.getSimpleName().equals("GilspyCommand") && c.isTopLevelClass();
            }
        })) {
            noClasses().that().belongToAnyOf(command.reflect())
                    .should().dependOnClassesThat(DescribedPredicate.and(otherCommand,
                            DescribedPredicate.not(DescribedPredicate.equalTo(command))))
                    .check(classes);
        }
    }

    @Test
    void theDomainNeverDependsOnTheCommandLayer() {
        noClasses().that().resideInAnyPackage("dev.gilspy.report..", "dev.gilspy.doctor..", "dev.gilspy.record..", "dev.gilspy.attach..")
                .should().dependOnClassesThat().resideInAPackage("dev.gilspy.cli..")
                .check(classes);
    }

    @Test
    void reportsAndTheDoctorNeverRecordOrAttach() {
        noClasses().that().resideInAnyPackage("dev.gilspy.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.gilspy.record..", "dev.gilspy.attach..", "dev.gilspy.doctor..")
                .check(classes);
    }
}
