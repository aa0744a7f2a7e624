package org.icsatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import table of DESIGN.md section 2, enforced. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.icsatlas");
    }

    /** Fails with ArchUnit's report of every violating dependency. ({@code render} has no classes yet.) */
    private static void check(ArchRule rule) {
        EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    /** The rules below would pass vacuously on a layer with no classes: every layer that exists must be imported. */
    @Test
    void everyLayerTheRulesNameHasClasses() {
        for (String layer : List.of("model", "edit", "analysis", "io", "layout", "cli", "bench", "ui")) {
            String pkg = "org.icsatlas." + layer;
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)), "no classes in " + pkg);
        }
    }

    @Test
    void belowUiNothingImportsJavaFxOrSwing() {
        check(noClasses().that().resideInAnyPackage("..model..", "..edit..", "..analysis..", "..io..", "..layout..", "..cli..", "..bench..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "javax.swing..", "java.awt.."));
    }

    @Test
    void renderUsesNoJavaFx() {
        check(noClasses().that().resideInAPackage("..render..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "javax.swing.."));
    }

    @Test
    void modelDependsOnNoOtherLayer() {
        check(noClasses().that().resideInAPackage("org.icsatlas.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.icsatlas.edit..", "org.icsatlas.analysis..",
                        "org.icsatlas.io..", "org.icsatlas.layout..", "org.icsatlas.render..", "org.icsatlas.ui..", "org.icsatlas.cli.."));
    }

    /** The model is plain Java on a JGraphT graph: no Jackson, ELK, picocli or anything else may creep in. */
    @Test
    void modelUsesOnlyTheJdkAndJGraphT() {
        check(classes().that().resideInAPackage("org.icsatlas.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jgrapht..", "org.icsatlas.model.."));
    }

    @Test
    void editDependsOnlyOnModel() {
        check(noClasses().that().resideInAPackage("org.icsatlas.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.icsatlas.analysis..", "org.icsatlas.io..",
                        "org.icsatlas.layout..", "org.icsatlas.render..", "org.icsatlas.ui..", "org.icsatlas.cli.."));
    }

    @Test
    void analysisIoAndLayoutDependOnlyOnModel() {
        check(noClasses().that().resideInAnyPackage("org.icsatlas.analysis..", "org.icsatlas.io..", "org.icsatlas.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("org.icsatlas.edit..", "org.icsatlas.render..",
                        "org.icsatlas.ui..", "org.icsatlas.cli.."));
    }

    @Test
    void renderDependsOnlyOnLayoutAndModel() {
        check(noClasses().that().resideInAPackage("org.icsatlas.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.icsatlas.edit..", "org.icsatlas.analysis..",
                        "org.icsatlas.io..", "org.icsatlas.ui..", "org.icsatlas.cli.."));
    }

    @Test
    void cliNeverUsesUi() {
        check(noClasses().that().resideInAPackage("org.icsatlas.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.icsatlas.ui.."));
    }
}
