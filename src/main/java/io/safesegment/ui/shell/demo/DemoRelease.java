package io.safesegment.ui.shell.demo;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.WrongPasswordException;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalRequest;
import io.safesegment.core.governance.approval.ApprovalRisk;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ApprovalStatus;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.release.ReleaseReport;
import io.safesegment.core.release.ReleaseService;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.privacy.ExportViewModel;
import io.safesegment.ui.shell.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The demo's governed release: an analyst's approval request decided by the Privacy Officer in the Governance
 * review queue (two different people, so the story holds under a four-eyes rule), the masked export through the
 * Privacy section's export, and at the end the release report with an Ed25519-signed manifest.
 */
final class DemoRelease {
    /**
     * The second demo account that asks for the approval. The approver is the window's acting user (the demo
     * workspace's built-in Privacy Officer), never the requester.
     */
    static final Actor REQUESTER = new Actor("demo-analyst", Role.ANALYST);
    /**
     * Password of the demo workspace's key vault when the demo has to create one to sign. It is published on
     * purpose: the demo workspace holds fictitious sample data only; a real vault is created by its owner.
     */
    static final String DEMO_VAULT_PASSWORD = "safesegment-demo-vault";
    static final String SIGNING_KEY = "demo-signing";

    private final AppContext app;
    private final DemoDialogs dialogs;
    private final FxIdle idle;

    DemoRelease(AppContext app, DemoDialogs dialogs, FxIdle idle) {
        this.app = app;
        this.dialogs = dialogs;
        this.idle = idle;
    }

    /** Requests approval of the applied policy revision, approves it in the review queue, exports masked. */
    void approveAndExport(DemoFiles files, Consumer<DemoActions.Outcome> done) {
        Workspace ws = app.session().workspace();
        MaskingPolicy policy = app.privacy().policyProperty().get();
        if (policy == null) {
            done.accept(DemoActions.Outcome.failed(i18n("demo.approve.nopolicy")));
            return;
        }
        String dataset = app.data().tableNameProperty().get();
        ApprovalRequest request = new ApprovalRequest(policy.id(), policy.revision(), dataset,
                new ApprovalRisk(DemoScript.K, null, null, null, null, null), i18n("demo.approve.note"));
        app.tasks().run(i18n("demo.approve.task"), progress -> ApprovalService.request(ws, REQUESTER, request),
                requested -> decide(requested, files, done),
                error -> done.accept(DemoActions.Outcome.failed(DemoScript.reason(error))));
    }

    /** Selects the request in the Governance review queue and approves it as the acting Privacy Officer. */
    private void decide(Approval requested, DemoFiles files, Consumer<DemoActions.Outcome> done) {
        var review = app.governance().review();
        review.statusProperty().set(ApprovalStatus.PENDING);
        review.refresh();
        idle.then(() -> {
            review.approvals().stream().filter(a -> a.id() == requested.id()).findFirst()
                    .ifPresent(review.selectedProperty()::set);
            review.reasonProperty().set(i18n("demo.approve.reason"));
            review.approve();
            idle.then(() -> {
                boolean approved = ApprovalService.find(app.session().workspace(), requested.id())
                        .map(a -> a.status() == ApprovalStatus.APPROVED).orElse(false);
                if (!approved) {
                    done.accept(DemoActions.Outcome.failed(i18n("demo.approve.failed", requested.id())));
                    return;
                }
                review.statusProperty().set(ApprovalStatus.APPROVED); // the queue now lists the decided request
                idle.then(() -> {
                    review.approvals().stream().filter(a -> a.id() == requested.id()).findFirst()
                            .ifPresent(review.selectedProperty()::set);
                    export(requested, files, done);
                });
            });
        });
    }

    private void export(Approval approval, DemoFiles files, Consumer<DemoActions.Outcome> done) {
        ExportViewModel export = app.privacy().export();
        dialogs.answerNextSave(files.masked());
        export.export();
        idle.then(() -> done.accept(export.exportStateProperty().get() == ExportViewModel.ExportState.WRITTEN
                ? DemoActions.Outcome.done(i18n("demo.approve.done", approval.id(), REQUESTER.user(),
                app.governance().actor().user(), files.masked().getFileName()))
                : DemoActions.Outcome.failed(export.messageProperty().get())));
    }

    /** Writes the release report beside the masked export and signs both with the vault's Ed25519 key. */
    void sign(DemoFiles files, Consumer<DemoActions.Outcome> done) {
        Workspace ws = app.session().workspace();
        if (!Files.isRegularFile(files.masked())) {
            done.accept(DemoActions.Outcome.failed(i18n("demo.sign.noexport")));
            return;
        }
        Actor actor = app.governance().actor();
        KeyVault held = app.vaults().vault().orElse(null);
        Path dir = ws.directory();
        app.tasks().run(i18n("demo.sign.task"), progress -> {
            KeyVault vault = held != null ? held : demoVault(dir, actor);
            if (vault.newestOf(KeyPurpose.SIGNING_ED25519).isEmpty()) {
                vault.create(SIGNING_KEY, KeyPurpose.SIGNING_ED25519);
            }
            ReleaseReport report = ReleaseService.build(ws, files.masked().getFileName().toString(), progress);
            ReleaseService.write(ws, actor, report, ReleaseService.Format.HTML, files.report());
            ReleaseService.sign(ws, actor, report, files.report(), vault);
            return vault;
        }, vault -> {
            if (held == null) {
                app.vaults().hold(vault); // unlocked for the rest of the session, as after Keys › Unlock
            }
            app.governance().refresh();
            idle.then(() -> done.accept(DemoActions.Outcome.done(i18n("demo.sign.done",
                    files.report().getFileName(), files.manifest().getFileName()))));
        }, error -> done.accept(DemoActions.Outcome.failed(error instanceof WrongPasswordException
                ? i18n("demo.sign.locked") : DemoScript.reason(error))));
    }

    /** Opens the demo vault, creating it when the workspace has none. */
    private static KeyVault demoVault(Path dir, Actor actor) throws java.io.IOException {
        char[] password = DEMO_VAULT_PASSWORD.toCharArray();
        try {
            return KeyVault.exists(dir) ? CryptoService.openVault(dir, password, false, actor)
                    : CryptoService.createVault(dir, password, Argon2Params.DEFAULT, actor);
        } finally {
            Secrets.wipe(password);
        }
    }
}
