package org.icsatlas.ui.app;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsatlas.analysis.Finding;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.analysis.Severity;
import org.icsatlas.model.IcsModel;

/**
 * Keeps the list of findings current: each request checks a copy of the model on a background thread so a slow
 * rule never stalls the window, and only the newest request's findings are published (on the FX thread).
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

    /** Checks {@code model} as it is now; call on the FX thread, where the model lives. */
    public void recheck(IcsModel model) {
        long mine = generation.incrementAndGet();
        IcsModel copy = model.copy();
        checking.set(true);
        background.execute(() -> {
            List<Finding> found = safeCheck(copy);
            fxThread.execute(() -> {
                if (generation.get() == mine) {
                    findings.setAll(found);
                    checking.set(false);
                }
            });
        });
    }

    private List<Finding> safeCheck(IcsModel copy) {
        try {
            return rules.check(copy);
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
