package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.model.ElementKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The View menu's element filters list a file's declared kinds like the built-in ones, and toggle them undoably. */
@ExtendWith(ApplicationExtension.class) // menu items need the toolkit; no stage is shown
class KindTogglesTest {
    @Test
    void aDeclaredKindIsAFilterLikeABuiltInOne() throws Exception {
        MainViewModel vm = new MainViewModel(new ModelStore(), new ProblemChecker(RuleBook.standard(), Runnable::run, Runnable::run));
        vm.openSample(Sample.BSW_AND_WILTSHIRE);
        Menu relations = new Menu("Relations");
        Menu elements = new Menu("Elements");
        new KindToggles(vm, relations, elements).rebuild();
        ElementKind declared = vm.getModel().kinds().declared("WORK_PROGRAMME");
        List<CheckMenuItem> items = elements.getItems().stream().filter(i -> i instanceof CheckMenuItem)
                .map(i -> (CheckMenuItem) i).toList();
        CheckMenuItem item = items.stream().filter(i -> ("show-element-" + declared.name()).equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no filter for the declared kind"));
        assertTrue(items.stream().anyMatch(i -> "show-element-HEALTH_AND_WELLBEING_BOARD".equals(i.getId())));
        org.junit.jupiter.api.Assertions.assertEquals(declared.label(), item.getText());
        assertTrue(item.isSelected(), "shown: " + vm.getCurrentView().shows(declared) + " in " + vm.getCurrentView().name());
        item.setSelected(false);
        item.fire();
        assertFalse(vm.getCurrentView().shows(declared));
        vm.undo();
        assertTrue(vm.getCurrentView().shows(declared));
        assertTrue(item.isSelected(), "the tick follows the view");
    }
}
