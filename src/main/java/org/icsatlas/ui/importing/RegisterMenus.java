package org.icsatlas.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.icsatlas.edit.ImportCommand;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.register.ImportPlan;
import org.icsatlas.io.register.ImportPlanner;
import org.icsatlas.io.register.RegisterException;
import org.icsatlas.io.register.RegisterExporter;
import org.icsatlas.io.register.RegisterReader;
import org.icsatlas.io.register.RegisterSource;
import org.icsatlas.model.ElementId;
import org.icsatlas.ui.editing.Outcome;
import org.icsatlas.ui.app.Dialogs;
import org.icsatlas.ui.app.FileChooserService;
import org.icsatlas.ui.app.MainViewModel;

/**
 * File &gt; Import ▸ Membership register… and File &gt; Export ▸ Membership register…: reads a register (a folder
 * of CSV files, or an {@code .xlsx} workbook), plans its merge into the open model, shows the preview and, on
 * Accept, runs the import as one command through the window's undo history.
 */
public final class RegisterMenus {
    public static final String IMPORT_ITEM = "Membership register…";
    public static final String EXPORT_ITEM = "Membership register…";

    private final MainViewModel viewModel;
    private final FileChooserService chooser;
    private final Dialogs dialogs;
    private final java.util.function.Supplier<Window> owner;
    private RegisterPreview preview;

    public RegisterMenus(MainViewModel viewModel, FileChooserService chooser, Dialogs dialogs, java.util.function.Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.chooser = chooser;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** Adds the two items to the window's Import and Export menus. */
    public void install(Menu importMenu, Menu exportMenu) {
        MenuItem in = new MenuItem(IMPORT_ITEM);
        in.setOnAction(e -> importRegister());
        importMenu.getItems().add(in);
        MenuItem out = new MenuItem(EXPORT_ITEM);
        out.setOnAction(e -> exportRegister());
        exportMenu.getItems().add(out);
    }

    /** Asks for a register and shows the preview of importing it into the open model. */
    public void importRegister() {
        chooser.chooseRegisterToImport(owner.get()).ifPresent(this::preview);
    }

    /** Reads {@code chosen} (a workbook, a folder, or a CSV file of a register folder) and shows the preview. */
    public void preview(Path chosen) {
        Path path = Files.isRegularFile(chosen) && chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? chosen.toAbsolutePath().getParent() : chosen;
        RegisterSource source = RegisterSource.of(path);
        ImportPlan plan;
        try {
            plan = new ImportPlanner().plan(viewModel.getModel(), new RegisterReader().read(source));
        } catch (RegisterException e) {
            dialogs.showError(owner.get(), "The register could not be read", e.getMessage());
            return;
        }
        String name = source.displayName();
        preview = RegisterPreview.show(owner.get(), name, plan, ticked -> accept(name, plan, ticked));
    }

    private void accept(String name, ImportPlan plan, List<ElementId> ticked) {
        Outcome outcome = viewModel.execute(new ImportCommand("register " + name, plan.result(ticked)));
        if (outcome.refused()) {
            dialogs.showError(owner.get(), "The register could not be imported; nothing was changed", outcome.reason());
        }
    }

    /** The preview last shown, for tests. */
    public Optional<RegisterPreview> preview() {
        return Optional.ofNullable(preview);
    }

    /** Asks where and writes the open model as a register: an .xlsx workbook, or CSV files in a folder. */
    public void exportRegister() {
        String title = viewModel.getModel().info().title();
        String suggested = (title.isBlank() ? "register" : title.replaceAll("[^A-Za-z0-9 ._-]", "").strip()) + ".xlsx";
        Optional<Path> target = chooser.chooseRegisterExport(owner.get(), suggested);
        if (target.isEmpty()) {
            return;
        }
        try {
            new RegisterExporter().export(viewModel.getModel(), target.get());
        } catch (ExportException e) {
            dialogs.showError(owner.get(), "The register could not be written", e.getMessage());
        }
    }
}
