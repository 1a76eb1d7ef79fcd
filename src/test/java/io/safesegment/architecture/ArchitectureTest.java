package io.safesegment.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md §2, enforced on the compiled main classes. */
class ArchitectureTest {
    static final String ROOT = "io.safesegment";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
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

    /** Within a feature too: e.g. core.privacy.policy and core.privacy.mask must not use each other both ways. */
    static ArchRule coreSubPackagesAreFreeOfCycles(String root) {
        return slices().matching(root + ".core.(*).(*)..").should().beFreeOfCycles();
    }

    /**
     * Feature packages of the ui ({@code ui.data}, {@code ui.privacy}, ...) do not depend on each other; they share
     * code through {@code ui.common}, and only {@code ui.shell} (which assembles the window) may know them all.
     */
    static ArchRule uiFeaturesAreIndependent(String root) {
        String ui = root + ".ui.";
        DescribedPredicate<JavaClass> shared = JavaClass.Predicates.resideInAnyPackage(ui + "common..", ui + "shell..");
        return slices().matching(root + ".ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(JavaClass.Predicates.resideInAnyPackage(ui + "shell.."), DescribedPredicate.alwaysTrue())
                .ignoreDependency(DescribedPredicate.alwaysTrue(), shared)
                .because("a feature's screen must be changeable without touching another feature (record 0021)");
    }

    static ArchRule onlyCliWritesToConsole() {
        return noClasses().that().resideOutsideOfPackage("io.safesegment.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("only the CLI prints; everything else logs through SLF4J");
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
    void coreSubPackagesHaveNoCycles() {
        coreSubPackagesAreFreeOfCycles(ROOT).check(classes);
    }

    @Test
    void cliCallsCoreOnlyThroughTheServiceApi() {
        ServiceApi.frontEndCallsOnlyServiceApi(ROOT, "cli", Set.of()).check(classes);
    }

    @Test
    void uiCallsCoreOnlyThroughTheServiceApi() {
        // the allow-list of record 0021 is empty: every ui class calls core through the service API only
        ServiceApi.frontEndCallsOnlyServiceApi(ROOT, "ui", Set.of()).check(classes);
    }

    @Test
    void uiFeaturePackagesDoNotDependOnEachOther() {
        uiFeaturesAreIndependent(ROOT).check(classes);
    }

    @Test
    void onlyTheCliWritesToSystemOutOrErr() {
        onlyCliWritesToConsole().check(classes);
    }
}
