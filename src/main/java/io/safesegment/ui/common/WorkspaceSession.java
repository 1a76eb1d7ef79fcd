package io.safesegment.ui.common;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.core.workspace.Workspace;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The workspace currently open in the window; feature ViewModels listen to it to reload their content. */
public final class WorkspaceSession {
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyLongWrapper datasetsRevision = new ReadOnlyLongWrapper(this, "datasetsRevision");
    private final SessionRecipe recipe = new SessionRecipe();
    private final ReadOnlyObjectWrapper<Actor> actor = new ReadOnlyObjectWrapper<>(this, "actor");

    /**
     * The recipe this window records: every section appends a step for each action that changes data, so the
     * session can be saved and replayed headless ({@code safesegment run}).
     */
    public SessionRecipe recipe() {
        return recipe;
    }

    /** The open workspace, null until the first one has been opened. */
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** The open workspace, or null. */
    public Workspace workspace() {
        return workspace.get();
    }

    /** Makes {@code opened} the current workspace (JavaFX thread). */
    public void setWorkspace(Workspace opened) {
        workspace.set(opened);
    }

    /**
     * Changes whenever a section added a dataset to the open workspace (e.g. a masked export), so the sections that
     * list datasets re-read them.
     */
    public ReadOnlyLongProperty datasetsRevisionProperty() {
        return datasetsRevision.getReadOnlyProperty();
    }

    /** Tells the listing sections that the open workspace's datasets changed (JavaFX thread). */
    public void datasetsChanged() {
        datasetsRevision.set(datasetsRevision.get() + 1);
    }

    /**
     * The account signed in to the open workspace (record 0025): null on an ungoverned workspace or before sign-in.
     * ViewModels pass it to the services, which decide what it may do.
     */
    public ReadOnlyObjectProperty<Actor> actorProperty() {
        return actor.getReadOnlyProperty();
    }

    /** The signed-in account, or null. */
    public Actor actor() {
        return actor.get();
    }

    /** Signs {@code signedIn} in (null: signed out or ungoverned); JavaFX thread. */
    public void setActor(Actor signedIn) {
        actor.set(signedIn);
    }
}
