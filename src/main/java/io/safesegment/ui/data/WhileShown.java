package io.safesegment.ui.data;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Listeners a view keeps on long-lived ViewModel state only while its root is in a scene. Switching language
 * rebuilds the scene, and a listener left on a ViewModel would keep the old view alive and acting: one import then
 * opened one preview dialog per rebuild. Removed when the root leaves its scene, added again (after a re-sync, since
 * state may have changed meanwhile) when it returns, e.g. when the user comes back to the section.
 */
final class WhileShown {
    private final List<Runnable> attach = new ArrayList<>();
    private final List<Runnable> detach = new ArrayList<>();
    private final List<Runnable> resync = new ArrayList<>();
    private boolean attached;

    private WhileShown() {
    }

    /** Listeners for the view whose root is {@code root}; add them, then call {@link #start()}. */
    static WhileShown on(Node root) {
        WhileShown shown = new WhileShown();
        root.sceneProperty().addListener((obs, old, now) -> shown.follow(root));
        return shown;
    }

    <T> WhileShown listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        attach.add(() -> value.addListener(listener));
        detach.add(() -> value.removeListener(listener));
        return this;
    }

    <E> WhileShown listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        attach.add(() -> list.addListener(listener));
        detach.add(() -> list.removeListener(listener));
        return this;
    }

    /** Runs {@code sync} now and whenever the view returns to a scene, so it shows the current state. */
    WhileShown sync(Runnable sync) {
        resync.add(sync);
        sync.run();
        return this;
    }

    /** Starts listening (the view may not be in a scene yet: it listens from its creation until it leaves one). */
    void start() {
        setAttached(true);
    }

    private void follow(Node root) {
        boolean shown = root.getScene() != null;
        if (shown && !attached) {
            resync.forEach(Runnable::run);
        }
        setAttached(shown);
    }

    private void setAttached(boolean now) {
        if (now != attached) {
            (now ? attach : detach).forEach(Runnable::run);
            attached = now;
        }
    }
}
