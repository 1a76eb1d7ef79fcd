package io.safesegment.ui.privacy;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The policy editor's draft with undo and redo. Edits change only the draft; the saved policy changes when the
 * editor applies it ({@link #markApplied()}), so browsing and trying values never writes a revision. Dirty means
 * the draft differs from what was last applied or loaded.
 */
final class PolicyDraft {
    private final Deque<DraftState> undo = new ArrayDeque<>();
    private final Deque<DraftState> redo = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<DraftState> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private DraftState base;

    /** Starts over from {@code state} (a loaded or just applied policy, or none): no history, not dirty. */
    void reset(DraftState state) {
        undo.clear();
        redo.clear();
        base = state;
        set(state);
    }

    /** Records an edit; a no-op edit is not recorded. */
    void edit(DraftState next) {
        if (next.equals(current.get())) {
            return;
        }
        undo.push(current.get());
        redo.clear();
        set(next);
    }

    void undo() {
        if (!undo.isEmpty()) {
            redo.push(current.get());
            set(undo.pop());
        }
    }

    void redo() {
        if (!redo.isEmpty()) {
            undo.push(current.get());
            set(redo.pop());
        }
    }

    /** The current draft is now the saved policy (history is kept, so an apply can be undone as a draft edit). */
    void markApplied() {
        base = current.get();
        refresh();
    }

    /** Drops unapplied edits: back to the last applied state. */
    void discard() {
        reset(base);
    }

    DraftState get() {
        return current.get();
    }

    ReadOnlyObjectProperty<DraftState> currentProperty() {
        return current.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void set(DraftState state) {
        current.set(state);
        refresh();
    }

    private void refresh() {
        dirty.set(current.get() != null && !current.get().equals(base));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
