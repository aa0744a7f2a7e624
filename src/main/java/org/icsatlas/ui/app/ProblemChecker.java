package org.icsatlas.ui.app;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsatlas.analysis.Finding;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.analysis.Severity;
import org.icsatlas.edit.UndoHistory;
import org.icsatlas.model.IcsModel;

/**
 * Keeps the list of findings current: each request checks a copy of the model on a background thread so a slow
 * rule never stalls the window, and only the newest request's findings are published (on the FX thread). A request
 * overtaken by a newer one before it started is skipped.
 */
public final class ProblemChecker {
    private final RuleBook rules;
    private final Executor background;
    private final Executor fxThread;
    private final AtomicLong generation = new AtomicLong();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");

    public ProblemChecker(RuleBook rules, Executor background, Executor fxThread) {
        this.rules = rules;
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Checks {@code model} as it is now; call on the FX thread, where the model lives (it is copied there). */
    public void recheck(IcsModel model) {
        IcsModel copy = model.copy();
        recheck(() -> copy);
    }

    /**
     * Checks the model of {@code history} as it stands after the latest edit. The copy the rules read is taken on
     * the background thread, between two edits ({@link UndoHistory#read}), so no edit waits for it on the FX thread.
     */
    public void recheck(UndoHistory history) {
        recheck(() -> history.read(IcsModel::copy));
    }

    private void recheck(Supplier<IcsModel> copier) {
        long mine = generation.incrementAndGet();
        checking.set(true);
        background.execute(() -> {
            if (generation.get() != mine) {
                return; // a newer edit came before this check started: only the newest is worth copying
            }
            List<Finding> found = safeCheck(copier);
            fxThread.execute(() -> {
                if (generation.get() == mine) {
                    findings.setAll(found);
                    checking.set(false);
                }
            });
        });
    }

    private List<Finding> safeCheck(Supplier<IcsModel> copier) {
        try {
            return rules.check(copier.get());
        } catch (RuntimeException e) {
            // Rules promise never to throw; if one does, the panel says so rather than going quiet.
            return List.of(new Finding("checker", Severity.ERROR,
                    "The model could not be checked: " + e, List.of()));
        }
    }

    /** The findings of the newest completed check, errors first. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
