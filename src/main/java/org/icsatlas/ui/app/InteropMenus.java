package org.icsatlas.ui.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.icsatlas.cli.StyleTableLook;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.io.ModelExporter;
import org.icsatlas.io.dot.DotExporter;
import org.icsatlas.io.graphml.GraphmlExporter;
import org.icsatlas.io.graphml.GraphmlImport;
import org.icsatlas.io.graphml.GraphmlImporter;

/**
 * The File menu's GraphML and DOT items: Import ▸ GraphML… opens what it reads as a new, unsaved document (after
 * the usual question about unsaved changes), and lists what it had to guess or leave out; Export ▸ GraphML (yEd),
 * GraphML (flat) and DOT… write the open model. Failures are reported in a dialog and change nothing.
 */
final class InteropMenus {
    static final String IMPORT_GRAPHML = "GraphML…";
    static final String EXPORT_YED = "GraphML (yEd)…";
    static final String EXPORT_FLAT = "GraphML (flat, for Gephi / Cytoscape)…";
    static final String EXPORT_DOT = "DOT (Graphviz)…";

    private final MainViewModel viewModel;
    private final FileActions files;

    InteropMenus(MainViewModel viewModel, FileActions files) {
        this.viewModel = viewModel;
        this.files = files;
    }

    void install(Menu importMenu, Menu exportMenu) {
        importMenu.getItems().add(item(IMPORT_GRAPHML, this::importGraphml));
        exportMenu.getItems().addAll(
                item(EXPORT_YED, () -> export("GraphML for yEd", ".graphml", GraphmlExporter.yed(StyleTableLook.standard(viewModel.getModel().kinds())), "*.graphml")),
                item(EXPORT_FLAT, () -> export("flat GraphML", "-flat.graphml", GraphmlExporter.flat(), "*.graphml")),
                item(EXPORT_DOT, () -> export("DOT", ".dot", new DotExporter(), "*.dot", "*.gv")));
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    void importGraphml() {
        if (!files.unsavedChangesSettled()) {
            return;
        }
        Optional<Path> chosen = files.chooser().chooseFileToImport(files.owner(), "GraphML", "*.graphml", "*.xml");
        if (chosen.isEmpty()) {
            return;
        }
        GraphmlImport result;
        try {
            result = new GraphmlImporter().read(chosen.get());
        } catch (ImportException e) {
            files.dialogs().showError(files.owner(), "The GraphML file could not be imported", e.getMessage());
            return;
        }
        viewModel.openImported(result.model(), chosen.get());
        if (!result.notes().isEmpty()) {
            files.dialogs().showInformation(files.owner(), "Imported " + chosen.get().getFileName() + ", with "
                    + (result.notes().size() == 1 ? "one note" : result.notes().size() + " notes"), String.join("\n", result.notes()));
        }
    }

    private void export(String what, String suffix, ModelExporter exporter, String... patterns) {
        String base = viewModel.sourceProperty().get().suggestedFileName().replaceFirst("\\.icsatlas\\.json$", "");
        Optional<Path> target = files.chooser().chooseFileToExport(files.owner(), base + suffix, what, patterns);
        if (target.isEmpty()) {
            return;
        }
        try {
            exporter.exportModel(viewModel.getModel().copy(), target.get());
        } catch (ExportException e) {
            files.dialogs().showError(files.owner(), "The model could not be exported as " + what, e.getMessage());
        }
    }
}
