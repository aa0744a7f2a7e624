package org.icsatlas.ui.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.stage.Window;
import org.icsatlas.edit.AddViewCommand;
import org.icsatlas.edit.ChangeViewCommand;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.IdGenerator;
import org.icsatlas.edit.RemoveViewCommand;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.ui.editing.Outcome;

/**
 * The View menu's work on the model's named views: new (from the current view or empty), duplicate, rename and
 * delete, each one undoable command; and stepping to the next or previous view (not an edit).
 */
public final class ViewActions {
    private final MainViewModel viewModel;
    private final Dialogs dialogs;
    private final Supplier<Window> owner;

    public ViewActions(MainViewModel viewModel, Dialogs dialogs, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    /** Asks a name, then adds a copy of the current view (collapses, hidden kinds, pins, zoom) under it and shows it. */
    public void newFromCurrent() {
        DiagramView current = viewModel.getCurrentView();
        dialogs.askForName(owner.get(), "Name of the new view (a copy of '" + current.name() + "')", current.name() + " 2")
                .ifPresent(name -> addAndShow(copyOf(current, name)));
    }

    /** Asks a name, then adds a view of the whole model with everything shown and nothing pinned, and shows it. */
    public void newEmpty() {
        dialogs.askForName(owner.get(), "Name of the new view (the whole model, nothing hidden)", "New view")
                .ifPresent(name -> addAndShow(DiagramView.whole(freshId(name).value(), name)));
    }

    /** Adds a copy of the current view named "… (copy)" right after it, and shows it. */
    public void duplicate() {
        DiagramView current = viewModel.getCurrentView();
        addAndShow(copyOf(current, current.name() + " (copy)"));
    }

    public void rename() {
        DiagramView current = viewModel.getCurrentView();
        dialogs.askForName(owner.get(), "Rename the view '" + current.name() + "'", current.name())
                .filter(name -> !name.equals(current.name()))
                .ifPresent(name -> run(ChangeViewCommand.rename(current.id(), name)));
    }

    /** Removes the current view, unless it is the model's last one; the view before it is shown. */
    public void delete() {
        List<DiagramView> views = viewModel.views();
        if (views.size() <= 1) {
            dialogs.showError(owner.get(), "The view cannot be deleted", "A model needs at least one view.");
            return;
        }
        DiagramView current = viewModel.getCurrentView();
        int at = indexOfCurrent();
        DiagramView shownNext = views.get(at == 0 ? 1 : at - 1);
        if (run(new RemoveViewCommand(current.id()))) {
            viewModel.switchView(shownNext.id());
        }
    }

    /** Whether the current view may be deleted (it is not the last one). */
    public BooleanBinding canDelete() {
        return Bindings.size(viewModel.views()).greaterThan(1);
    }

    /** Shows the next view, wrapping round after the last; returns it. */
    public DiagramView next() {
        return step(1);
    }

    /** Shows the previous view, wrapping round before the first; returns it. */
    public DiagramView previous() {
        return step(-1);
    }

    private DiagramView step(int by) {
        List<DiagramView> views = viewModel.views();
        DiagramView target = views.get(Math.floorMod(indexOfCurrent() + by, views.size()));
        viewModel.switchView(target.id());
        return target;
    }

    private int indexOfCurrent() {
        ElementId id = viewModel.getCurrentView().id();
        List<DiagramView> views = viewModel.views();
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).id().equals(id)) {
                return i;
            }
        }
        return 0;
    }

    private DiagramView copyOf(DiagramView v, String name) {
        return new DiagramView(freshId(name), name, v.root(), v.collapsed(), v.hiddenElementKinds(),
                v.hiddenRelationKinds(), v.pinned(), v.zoom()).withMembersAsList(v.membersAsList());
    }

    private ElementId freshId(String name) {
        return new IdGenerator(viewModel.getModel()).forName("view " + name);
    }

    private void addAndShow(DiagramView view) {
        if (run(new AddViewCommand(view, indexOfCurrent() + 1))) {
            viewModel.switchView(view.id());
        }
    }

    private boolean run(Command command) {
        Outcome outcome = viewModel.execute(command);
        if (outcome.refused()) {
            dialogs.showError(owner.get(), "The view could not be changed", outcome.reason());
        }
        return outcome.done();
    }
}
