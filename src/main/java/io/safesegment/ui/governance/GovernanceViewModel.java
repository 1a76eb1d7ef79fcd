package io.safesegment.ui.governance;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Governance section: audit view, review queue, subject requests, retention and backup. Until workspace
 * accounts and sign-in exist (a parallel slice of issue 17), the acting user is the OS user with the role chosen
 * here; the core services check that role, so choosing it shows what each role may do rather than granting it.
 */
public final class GovernanceViewModel {
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.PRIVACY_OFFICER);
    private final AuditViewModel audit;
    private final ReviewQueueViewModel review;
    private final StewardshipViewModel stewardship;

    /** Wires the panes to the session's workspace. */
    public GovernanceViewModel(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs) {
        audit = new AuditViewModel(session::workspace, tasks, dialogs);
        review = new ReviewQueueViewModel(session::workspace, this::actor, tasks, dialogs, audit::refresh);
        stewardship = new StewardshipViewModel(session::workspace, this::actor, tasks, dialogs, this::refresh);
        session.workspaceProperty().addListener((o, was, now) -> refresh());
    }

    /** Who acts now. */
    public Actor actor() {
        return new Actor(AuditService.currentUser(), role.get());
    }

    /** Reloads every pane. */
    public void refresh() {
        audit.refresh();
        review.refresh();
        stewardship.refresh();
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public AuditViewModel audit() {
        return audit;
    }

    public ReviewQueueViewModel review() {
        return review;
    }

    public StewardshipViewModel stewardship() {
        return stewardship;
    }
}
