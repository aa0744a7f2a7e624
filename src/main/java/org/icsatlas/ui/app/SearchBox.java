package org.icsatlas.ui.app;

import java.util.Optional;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * The search box: suggests element and footprint names as the user types (partial, case-insensitive), and on
 * Enter or on picking a suggestion selects the best match and centres the diagram on it.
 */
public final class SearchBox extends TextField {
    private static final int SUGGESTIONS = 12;

    private final MainViewModel viewModel;
    private final Runnable centreOnSelection;
    /** Read by ControlsFX's suggestion thread, replaced whole on the FX thread: immutable, so safe to share. */
    private volatile SearchIndex index;

    public SearchBox(MainViewModel viewModel, Runnable centreOnSelection) {
        this.viewModel = viewModel;
        this.centreOnSelection = centreOnSelection;
        setPromptText("Find a body, organisation or place…");
        setPrefColumnCount(28);
        viewModel.contentRevisionProperty().addListener((o, a, b) -> reindex());
        reindex();
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(this,
                request -> index.find(request.getUserText(), SUGGESTIONS).stream().map(SearchIndex.Entry::name).toList());
        completion.setOnAutoCompleted(e -> find(e.getCompletion()));
        setOnAction(e -> find(getText()));
    }

    /** Selects and centres the best match for {@code text}; empty if nothing matches. */
    public Optional<ElementId> find(String text) {
        Optional<ElementId> found = index.best(text).map(SearchIndex.Entry::id);
        found.ifPresent(id -> {
            viewModel.selectionProperty().set(id);
            centreOnSelection.run();
        });
        return found;
    }

    private void reindex() {
        index = SearchIndex.of(viewModel.getModel() == null ? new IcsModel() : viewModel.getModel());
    }
}
