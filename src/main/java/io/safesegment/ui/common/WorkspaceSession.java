package io.safesegment.ui.common;

import io.safesegment.core.workspace.Workspace;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The workspace currently open in the window; feature ViewModels listen to it to reload their content. */
public final class WorkspaceSession {
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");

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
}
