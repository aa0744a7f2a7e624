package org.icsatlas.edit;

/** Told whenever an {@link UndoHistory} changes (an edit, undo, redo, clear or save mark); the UI rebinds its Edit menu. */
@FunctionalInterface
public interface HistoryListener {
    void historyChanged(UndoHistory history);
}
