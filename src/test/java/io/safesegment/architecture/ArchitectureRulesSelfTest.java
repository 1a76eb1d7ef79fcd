package io.safesegment.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Proves the architecture rules can fail: each rule is checked against deliberately bad fixture classes that live
 * in the test tree (under {@code fixtures}, re-rooted here to look like production packages).
 */
class ArchitectureRulesSelfTest {

    private static final String FIXTURES = "io.safesegment.architecture.fixtures";

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
}
