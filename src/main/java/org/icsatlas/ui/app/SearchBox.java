package org.icsatlas.ui.app;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
    private final Runnable revealSelection;
    /** Read by ControlsFX's suggestion thread, replaced whole on the FX thread: immutable, so safe to share. */
    private volatile SearchIndex index;
    private final AutoCompletionBinding<String> completion;
    /** Whether the user is typing here; suggestions that arrive after Enter or after leaving the box are dropped. */
    private volatile boolean suggesting;

    /** {@code revealSelection} centres the diagram on the new selection (and takes the keyboard there). */
    public SearchBox(MainViewModel viewModel, Runnable revealSelection) {
        this.viewModel = viewModel;
        this.revealSelection = revealSelection;
        setPromptText("Find a body, organisation or place…");
        setPrefColumnCount(28);
        // The index is rebuilt when next searched, not on every edit: typing in a workshop costs nothing here.
        viewModel.contentRevisionProperty().addListener((o, a, b) -> index = null);
        // Built here, on the FX thread, before the suggestion thread (started by the same text change) reads it.
        textProperty().addListener((o, a, b) -> index());
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(this, request -> {
            SearchIndex built = index;
            return suggesting && built != null
                    ? built.find(request.getUserText(), SUGGESTIONS).stream().map(SearchIndex.Entry::name).toList()
                    : List.of();
        });
        completion.setOnAutoCompleted(e -> find(e.getCompletion()));
        this.completion = completion;
        // Suggestions arrive from a background thread and may come after the user has moved on (pressed Enter,
        // left the box): then they must not pop up over the diagram and swallow its keys.
        addEventHandler(KeyEvent.KEY_TYPED, e -> suggesting = true);
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                stopSuggesting();
            }
        });
        completion.getAutoCompletionPopup().setOnShown(e -> {
            if (!suggesting) {
                completion.getAutoCompletionPopup().hide();
            }
        });
        setOnAction(e -> find(getText()));
        addEventHandler(KeyEvent.KEY_PRESSED, this::keepTypingHere);
    }

    /**
     * Letters typed here are search text, not the window's single-key shortcuts (F for focus); Esc clears the
     * text first and only leaves focus when there is none.
     */
    private void keepTypingHere(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return;
        }
        if (e.getCode().isLetterKey() || e.getCode().isDigitKey()) {
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !getText().isEmpty()) {
            clear();
            e.consume();
        }
    }

    /** Selects and centres the best match for {@code text}; empty if nothing matches. */
    public Optional<ElementId> find(String text) {
        Optional<ElementId> found = index().best(text).map(SearchIndex.Entry::id);
        stopSuggesting();
        found.ifPresent(id -> {
            viewModel.selectionProperty().set(id);
            revealSelection.run();
        });
        return found;
    }

    private void stopSuggesting() {
        suggesting = false;
        completion.getAutoCompletionPopup().hide();
    }

    /** The index of the model as it is now (built on the FX thread, where the model lives). */
    private SearchIndex index() {
        SearchIndex i = index;
        if (i == null) {
            i = SearchIndex.of(viewModel.getModel() == null ? new IcsModel() : viewModel.getModel());
            index = i;
        }
        return i;
    }
}
