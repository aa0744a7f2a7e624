package org.icsatlas.ui.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.icsatlas.analysis.FocusSet;
import org.icsatlas.io.AtomicFiles;
import org.icsatlas.render.export.ApprovalStatus;
import org.icsatlas.render.export.DiagramExport;
import org.icsatlas.render.export.ExportFormat;
import org.icsatlas.render.export.ExportRequest;
import org.icsatlas.render.export.ExportScope;
import org.icsatlas.render.export.Page;
import org.icsatlas.render.export.PageSetup;
import org.icsatlas.render.export.PageSize;
import org.icsatlas.render.export.PngWriter;
import org.icsatlas.render.export.TitleBlock;
import org.icsatlas.render.style.StyleTable;

/**
 * File &gt; Export…: the options of {@code ics-atlas export} (format, page, resolution, what to export, title
 * block, status) beside a live preview of the page, drawn by the same exporter the file is written with. The
 * export runs off the JavaFX thread with progress and Cancel; the file is written atomically.
 */
public final class ExportDialog {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final int PREVIEW_DPI = 40;

    private final ExportSource source;
    private final Function<String, Optional<Path>> chooseTarget;
    private final Stage stage = new Stage();
    private final DiagramExport export = new DiagramExport(StyleTable.standard());
    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final ComboBox<PageSize> page = new ComboBox<>();
    private final ComboBox<Integer> dpi = new ComboBox<>();
    private final ComboBox<String> scope = new ComboBox<>();
    private final ComboBox<String> status = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final TextField version = new TextField();
    private final TextField author = new TextField();
    private final TextField date = new TextField(LocalDate.now().format(DATE));
    private final CheckBox pages = new CheckBox("One page per place (PDF)");
    private final CheckBox transparent = new CheckBox("Transparent background (PNG)");
    private final ImageView preview = new ImageView();
    private final Label message = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button exportButton = new Button("Export\u2026");
    private final Button cancelButton = new Button("Cancel");
    private final AtomicLong previewGeneration = new AtomicLong();
    private Task<List<String>> running;

    public ExportDialog(Window owner, ExportSource source, Function<String, Optional<Path>> chooseTarget) {
        this.source = source;
        this.chooseTarget = chooseTarget;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(converter(f -> switch (f) {
            case PDF -> "PDF (vector, searchable)";
            case SVG -> "SVG (vector, for the web)";
            case PNG -> "PNG (picture)";
            case MD -> "Markdown listing";
            case CSV -> "CSV listing";
        }));
        format.setValue(ExportFormat.PDF);
        page.getItems().setAll(PageSize.values());
        page.setConverter(converter(PageSize::label));
        page.setValue(PageSize.A4_LANDSCAPE);
        dpi.getItems().setAll(150, 300, 600);
        dpi.setValue(300);
        scope.getItems().add("Current view");
        if (source.selection() != null) {
            scope.getItems().addAll("Selection", "Focus on the selection");
        }
        if (source.focus() != null) {
            scope.getItems().add("Focused element and what focus shows");
        }
        scope.setValue("Current view");
        status.getItems().setAll("(none)", "DRAFT", "FOR APPROVAL", "APPROVED");
        status.setValue("DRAFT");
        title.setText(source.model().info().title().isEmpty() ? source.view().name() : source.model().info().title());
        subtitle.setText(source.view().name());
        for (var control : List.of(title, subtitle, version, author, date)) {
            control.textProperty().addListener((o, a, b) -> refreshPreview());
        }
        for (var box : List.of(format, page, dpi, scope, status)) {
            box.valueProperty().addListener((o, a, b) -> refreshPreview());
        }
        pages.selectedProperty().addListener((o, a, b) -> refreshPreview());
        transparent.selectedProperty().addListener((o, a, b) -> refreshPreview());
        title.setId("export-title");
        exportButton.setId("export-write");
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(e -> exportToFile());
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancelOrClose());
        progress.setVisible(false);
        progress.setMaxSize(24, 24);
        message.setWrapText(true);
        message.setId("export-message");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        for (Object[] r : new Object[][] {{"Format", format}, {"Page", page}, {"Resolution (dpi)", dpi}, {"Export", scope},
                {"Title", title}, {"Subtitle", subtitle}, {"Version", version}, {"Author", author}, {"Date", date},
                {"Status", status}}) {
            form.addRow(row++, new Label((String) r[0]), (javafx.scene.Node) r[1]);
        }
        form.add(pages, 1, row++);
        form.add(transparent, 1, row++);
        form.add(message, 0, row, 2, 1);
        form.setPadding(new Insets(12));
        preview.setPreserveRatio(true);
        preview.setFitWidth(520);
        preview.setFitHeight(420);
        StackPane previewPane = new StackPane(preview);
        previewPane.setStyle("-fx-background-color: #8a939c; -fx-padding: 12;");
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(exportButton, cancelButton);
        HBox foot = new HBox(12, progress, buttons);
        foot.setPadding(new Insets(8, 12, 12, 12));
        BorderPane root = new BorderPane(previewPane, null, null, foot, form);
        stage.setScene(new Scene(root));
        refreshPreview();
    }

    public void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    /** The request the options describe. */
    ExportRequest request() {
        ApprovalStatus st = status.getValue() == null || status.getValue().startsWith("(") ? null : ApprovalStatus.parse(status.getValue());
        TitleBlock tb = new TitleBlock(title.getText(), subtitle.getText(), date.getText(), version.getText(), author.getText(),
                st, sourceLine());
        PageSetup setup = new PageSetup(page.getValue(), PageSetup.DEFAULT_MARGIN, true, tb, transparent.isSelected());
        return new ExportRequest(format.getValue(), setup, dpi.getValue(), pages.isSelected(), scope());
    }

    private String sourceLine() {
        String asOf = source.model().info().asOf();
        return source.model().info().title() + (asOf.isEmpty() ? "" : ", as of " + asOf) + ", drawn by ICS Atlas";
    }

    private ExportScope scope() {
        String s = scope.getValue();
        if ("Selection".equals(s)) {
            return ExportScope.elements("selection", java.util.Set.of(source.selection()));
        }
        if ("Focus on the selection".equals(s)) {
            return ExportScope.elements("focus", FocusSet.of(source.model(), source.selection()).elements());
        }
        if (s != null && s.startsWith("Focused")) {
            return ExportScope.elements("focus", FocusSet.of(source.model(), source.focus()).elements());
        }
        return ExportScope.wholeView();
    }

    /** Draws the first page as a small PNG off the JavaFX thread; a stale preview never replaces a newer one. */
    private void refreshPreview() {
        long generation = previewGeneration.incrementAndGet();
        ExportRequest r = request();
        Thread t = new Thread(() -> {
            try {
                ExportRequest pictureRequest = r.format().isPicture() ? r : r.withFormat(ExportFormat.PDF);
                List<Page> ps = export.pages(source.model(), source.layout(), pictureRequest.scope(), pictureRequest.setup(),
                        false);
                Page first = ps.get(0);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                new PngWriter().write(first, PREVIEW_DPI, png);
                Optional<String> warning = first.legibilityWarning(r.setup().size());
                Image image = new Image(new ByteArrayInputStream(png.toByteArray()));
                Platform.runLater(() -> {
                    if (previewGeneration.get() == generation) {
                        preview.setImage(image);
                        if (running == null) {
                            message.setText(r.format().isPicture() ? warning.orElse("") : "The listing names the bodies this page shows.");
                        }
                    }
                });
            } catch (Exception e) {
                Platform.runLater(() -> message.setText("Preview failed: " + e.getMessage()));
            }
        }, "export-preview");
        t.setDaemon(true);
        t.start();
    }

    private void exportToFile() {
        ExportRequest r = request();
        String suggested = slug(title.getText()) + "." + r.format().extension();
        Optional<Path> target = chooseTarget.apply(suggested);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        Task<List<String>> task = new Task<>() {
            @Override
            protected List<String> call() throws Exception {
                List<String> warnings = new java.util.ArrayList<>();
                AtomicFiles.write(file, out -> warnings.addAll(export.export(source.model(), source.view(), source.layout(), r,
                        cancellable(out, this))));
                return warnings;
            }
        };
        running = task;
        progress.setVisible(true);
        exportButton.setDisable(true);
        message.setText("Exporting\u2026");
        task.setOnSucceeded(e -> {
            finish();
            List<String> w = task.getValue();
            message.setText("Wrote " + file.getFileName() + (w.isEmpty() ? "" : ". " + String.join(" ", w)));
        });
        task.setOnFailed(e -> {
            finish();
            message.setText("Could not export: " + task.getException().getMessage());
        });
        task.setOnCancelled(e -> {
            finish();
            message.setText("Export cancelled; nothing was written.");
        });
        Thread t = new Thread(task, "export");
        t.setDaemon(true);
        t.start();
    }

    /** A stream that stops the export once the task is cancelled, so the atomic writer keeps the old file. */
    private static OutputStream cancellable(OutputStream out, Task<?> task) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                if (task.isCancelled()) {
                    throw new java.io.InterruptedIOException("export cancelled");
                }
                out.write(b, off, len);
            }
        };
    }

    private void finish() {
        running = null;
        progress.setVisible(false);
        exportButton.setDisable(false);
    }

    private void cancelOrClose() {
        if (running != null) {
            running.cancel();
        } else {
            stage.close();
        }
    }

    private static String slug(String s) {
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return t.isEmpty() ? "diagram" : t.length() > 60 ? t.substring(0, 60) : t;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
