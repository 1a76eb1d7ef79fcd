package io.safesegment.architecture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Proves the architecture rules can fail: each rule is checked against deliberately bad fixture classes that live
 * in the test tree (under {@code fixtures}, re-rooted here to look like production packages).
 */
class ArchitectureRulesSelfTest {

    private static final String FIXTURES = "io.safesegment.architecture.fixtures";
    /** The fixtures are laid out like production: {@code <ROOT>.core..}, {@code <ROOT>.cli..}, {@code <ROOT>.ui..}. */
    private static final String ROOT = FIXTURES;

    private static JavaClasses fixtures() {
        return new ClassFileImporter().importPackages(FIXTURES);
    }

    @Test
    void coreRuleRejectsJavaFxImport() {
        var rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideInAPackage(FIXTURES + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", FIXTURES + ".ui..", FIXTURES + ".cli..");
        assertThrows(AssertionError.class, () -> rule.check(fixtures()));
    }

    @Test
    void cycleRuleRejectsCycle() {
        var rule = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching(FIXTURES + ".core.(*)..").should().beFreeOfCycles();
        assertThrows(AssertionError.class, () -> rule.check(fixtures()));
    }

    @Test
    void consoleRuleRejectsSystemOut() {
        // The production rule itself, run on the fixtures: the core fixture prints, so it must fail.
        assertThrows(AssertionError.class, () -> ArchitectureTest.onlyCliWritesToConsole().check(fixtures()));
    }

    @Test
    void cliRuleRejectsUiImport() {
        var rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideInAPackage(FIXTURES + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(FIXTURES + ".ui..");
        assertThrows(AssertionError.class, () -> rule.check(fixtures()));
    }

    @Test
    void serviceApiRuleRejectsACliCallToAnAlgorithmClassOnly() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ServiceApi.frontEndCallsOnlyServiceApi(ROOT, "cli", Set.of()).check(fixtures()));
        assertTrue(e.getMessage().contains("EngineCommand"), e.getMessage());
        assertTrue(e.getMessage().contains("GammaEngine.compute"), e.getMessage());
        assertFalse(e.getMessage().contains("ServiceCommand"), "a call through the service and its record is fine");
    }

    @Test
    void serviceApiRuleRejectsANewUiClassButNotAnAllowListedOne() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ServiceApi.frontEndCallsOnlyServiceApi(ROOT, "ui", Set.of()).check(fixtures()));
        assertTrue(e.getMessage().contains("AlphaViewModel"), e.getMessage());
        assertFalse(e.getMessage().contains("BetaViewModel"), e.getMessage());
        assertDoesNotThrow(() -> ServiceApi.frontEndCallsOnlyServiceApi(ROOT, "ui", Set.of("AlphaViewModel"))
                .check(fixtures()));
    }

    @Test
    void subPackageCycleRuleRejectsACycleInsideAFeature() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureTest.coreSubPackagesAreFreeOfCycles(ROOT).check(fixtures()));
        assertTrue(e.getMessage().contains("GammaStore"), e.getMessage());
    }

    @Test
    void uiFeatureRuleRejectsAFeatureUsingAnotherButNotShellOrCommon() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ArchitectureTest.uiFeaturesAreIndependent(ROOT).check(fixtures()));
        assertTrue(e.getMessage().contains("AlphaViewModel"), e.getMessage());
        assertFalse(e.getMessage().contains("MainWindow"), "the shell may depend on features");
        assertFalse(e.getMessage().contains("Formatter"), "ui.common is shared");
    }
}
