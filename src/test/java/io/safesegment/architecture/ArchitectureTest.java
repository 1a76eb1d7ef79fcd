package io.safesegment.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md §2, enforced on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.safesegment");
    }

    /** Rules are exposed so {@link ArchitectureRulesSelfTest} can prove each one fails on a violation. */
    static ArchRule coreIsHeadless() {
        return noClasses().that().resideInAPackage("io.safesegment.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.safesegment.ui..", "io.safesegment.cli..")
                .because("the core is headless: tests and the CLI use it without JavaFX");
    }

    static ArchRule cliDoesNotUseUi() {
        return noClasses().that().resideInAPackage("io.safesegment.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.safesegment.ui..", "javafx..")
                .because("the CLI must run without a display");
    }

    static ArchRule corePackagesAreFreeOfCycles() {
        return slices().matching("io.safesegment.core.(*)..").should().beFreeOfCycles();
    }

    static ArchRule onlyCliWritesToConsole() {
        return noClasses().that().resideOutsideOfPackage("io.safesegment.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("only the CLI prints; everything else logs through SLF4J");
    }

    @Test
    void cliCallsCoreOnlyThroughServices() {
        ServiceApi.frontEndCallsOnlyServiceApi("io.safesegment", "cli", java.util.Set.of()).check(classes);
    }

    @Test
    void coreSubPackagesHaveNoCycles() {
        slices().matching("io.safesegment.core.(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void uiFeaturesIndependent() {
        slices().matching("io.safesegment.ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("io.safesegment.ui.shell.."), com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(), com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("io.safesegment.ui.common..", "io.safesegment.ui.shell.."))
                .check(classes);
    }

    @Test
    void coreDoesNotDependOnUiCliOrJavaFx() {
        coreIsHeadless().check(classes);
    }

    @Test
    void cliDoesNotDependOnUi() {
        cliDoesNotUseUi().check(classes);
    }

    @Test
    void corePackagesHaveNoCycles() {
        corePackagesAreFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCliWritesToSystemOutOrErr() {
        onlyCliWritesToConsole().check(classes);
    }
}
