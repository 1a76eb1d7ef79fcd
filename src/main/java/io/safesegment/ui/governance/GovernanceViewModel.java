package io.safesegment.ui.governance;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * The Governance section: audit view, review queue, subject requests, retention and backup, accounts, approval
 * requests and release reports. On a governed workspace
 * the acting user is the signed-in account (record 0025) and the role chooser is locked to its role; on an ungoverned
 * one nobody signs in, so the OS user acts with the role chosen here (the services check it: choosing it shows what
 * each role may do; govern the workspace to make it binding, record 0026).
 */
public final class GovernanceViewModel {
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.PRIVACY_OFFICER);
    private final AuditViewModel audit;
    private final ReviewQueueViewModel review;
    private final StewardshipViewModel stewardship;
    private final SideBySideViewModel sideBySide;
    private final AccountsViewModel accounts;
    private final RequestApprovalViewModel requests;
    private final ReleaseReportViewModel releases;
    private final WorkspaceSession session;
    private final javafx.beans.binding.BooleanBinding signedIn;

    /** Wires the panes to the session's workspace, without a key vault (signing and verifying then say so). */
    public GovernanceViewModel(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs) {
        this(session, tasks, dialogs, new SimpleObjectProperty<>());
    }

    /**
     * Wires the panes to the session's workspace.
     *
     * @param vault the window's unlocked key vault (null while locked): release reports are signed and verified with it
     */
    public GovernanceViewModel(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs,
                               ObservableObjectValue<KeyVault> vault) {
        this.session = session;
        this.signedIn = session.actorProperty().isNotNull();
        session.actorProperty().addListener((o, was, now) -> {
            if (now != null) {
                role.set(now.role());
            }
        });
        audit = new AuditViewModel(session::workspace, tasks, dialogs);
        review = new ReviewQueueViewModel(session::workspace, this::actor, tasks, dialogs, audit::refresh);
        stewardship = new StewardshipViewModel(session::workspace, this::actor, tasks, dialogs, session.recipe(),
                this::refresh);
        sideBySide = new SideBySideViewModel(session::workspace, this::actor, tasks, dialogs);
        accounts = new AccountsViewModel(session::workspace, this::actor, tasks, dialogs);
        requests = new RequestApprovalViewModel(session::workspace, this::actor, tasks, dialogs, () -> {
            review.refresh();
            audit.refresh();
        });
        releases = new ReleaseReportViewModel(session::workspace, this::actor, vault, tasks, dialogs,
                audit::refresh);
        session.actorProperty().addListener((o, was, now) -> accounts.refresh());
        session.workspaceProperty().addListener((o, was, now) -> refresh());
    }

    /** Who acts now. */
    public Actor actor() {
        Actor account = session.actor();
        return account != null ? account : new Actor(AuditService.currentUser(), role.get());
    }

    /** True while an account is signed in: the role is then the account's, not a choice. */
    public javafx.beans.binding.BooleanBinding signedInProperty() {
        return signedIn;
    }

    /** Reloads every pane. */
    public void refresh() {
        audit.refresh();
        review.refresh();
        stewardship.refresh();
        accounts.refresh();
        requests.refresh();
        releases.refresh();
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

    /** The side-by-side review of the request selected in the queue. */
    public SideBySideViewModel sideBySide() {
        return sideBySide;
    }

    /** The Administrator's account list and add form. */
    public AccountsViewModel accounts() {
        return accounts;
    }

    /** "Request approval…" of a dataset's policy revision. */
    public RequestApprovalViewModel requests() {
        return requests;
    }

    /** The release report of an export: write, sign, verify. */
    public ReleaseReportViewModel releases() {
        return releases;
    }

    public StewardshipViewModel stewardship() {
        return stewardship;
    }
}
