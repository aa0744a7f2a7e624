package org.icsatlas.ui.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.icsatlas.ui.document.RecentFiles;

/** File &gt; Open Recent: one item per recent file (name, then folder), rebuilt whenever the list changes. */
final class RecentFilesMenu {
    private final Menu menu;
    private final RecentFiles recent;
    private final Consumer<Path> open;

    RecentFilesMenu(Menu menu, RecentFiles recent, Consumer<Path> open) {
        this.menu = menu;
        this.recent = recent;
        this.open = open;
        recent.addListener(this::rebuild);
        rebuild();
    }

    private void rebuild() {
        menu.getItems().clear();
        for (Path f : recent.files()) {
            MenuItem item = new MenuItem(f.getFileName() + "  —  " + f.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(f));
            menu.getItems().add(item);
        }
        if (recent.files().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Recent Files");
            clear.setOnAction(e -> recent.clear());
            menu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }
}
