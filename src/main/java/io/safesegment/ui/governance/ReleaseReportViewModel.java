package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.sign.ManifestVerifier;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ExportRecord;
import io.safesegment.core.release.ReleaseReport;
import io.safesegment.core.release.ReleaseService;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The release report of one export from the ledger: "Write and sign" renders it as HTML and PDF beside the export
 * and writes the signed manifest over the export and both renderings (it references the approval); "Verify" checks
 * that manifest against the workspace's signing keys, as {@code safesegment verify} does, and shows the result.
 * Signing and verifying need the key vault unlocked (signing in as a Privacy Officer or Administrator unlocks it).
 */
public final class ReleaseReportViewModel {
    private final Supplier<Workspace> workspace;
    private final Supplier<Actor> actor;
    private final ObservableObjectValue<KeyVault> vault;
    private final DialogService dialogs;
    private final Runnable onWritten;
    private final ExclusiveTask work;
    private final ObservableList<ExportRecord> exports = FXCollections.observableArrayList();
    private final ObjectProperty<ExportRecord> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    /**
     * @param vault     the window's unlocked key vault, or null while locked
     * @param onWritten runs after a report was written (refreshes the audit view)
     */
    public ReleaseReportViewModel(Supplier<Workspace> workspace, Supplier<Actor> actor,
                                  ObservableObjectValue<KeyVault> vault, TaskExecutor tasks, DialogService dialogs,
                                  Runnable onWritten) {
        this.workspace = workspace;
        this.actor = actor;
        this.vault = vault;
        this.dialogs = dialogs;
        this.onWritten = onWritten;
        this.work = new ExclusiveTask(tasks, dialogs, () -> result.set(i18n("governance.release.cancelled")));
        selected.addListener((o, was, now) -> result.set(""));
    }

    /** Reloads the export ledger, newest first. */
    public void refresh() {
        Workspace ws = workspace.get();
        if (ws == null) {
            exports.clear();
            return;
        }
        List<ExportRecord> all = new java.util.ArrayList<>(ApprovalService.exports(ws));
        java.util.Collections.reverse(all);
        exports.setAll(all);
    }

    /** Writes the HTML and PDF report of the selected export and signs both with the export. */
    public void writeAndSign() {
        Workspace ws = workspace.get();
        ExportRecord export = selected.get();
        KeyVault keys = vault.get();
        if (ws == null || export == null || work.isBusy() || locked(keys)) {
            return;
        }
        Actor who = actor.get();
        Path exported = Path.of(export.file());
        String base = exported.getFileName().toString().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "") + "-report";
        Path html = exported.resolveSibling(base + ".html");
        Path pdf = exported.resolveSibling(base + ".pdf");
        String title = i18n("governance.release.write", exported.getFileName());
        result.set(i18n("governance.release.running"));
        work.start(title, p -> {
            ReleaseReport report = ReleaseService.build(ws, Long.toString(export.id()), p.slice(0, 0.8));
            p.checkCancelled();
            ReleaseService.write(ws, who, report, ReleaseService.Format.HTML, html);
            ReleaseService.write(ws, who, report, ReleaseService.Format.PDF, pdf);
            p.checkCancelled();
            ReleaseService.sign(ws, who, report, html, List.of(pdf), keys);
            return ReleaseService.manifestFor(exported);
        }, manifest -> {
            result.set(i18n("governance.release.written", html.getFileName(), pdf.getFileName(),
                    manifest.getFileName()));
            onWritten.run();
        }, error -> {
            result.set("");
            dialogs.showError(title, error);
        });
    }

    /** Verifies the selected export's signed manifest against every signing key of the workspace vault. */
    public void verify() {
        ExportRecord export = selected.get();
        KeyVault keys = vault.get();
        if (export == null || work.isBusy() || locked(keys)) {
            return;
        }
        Path manifest = ReleaseService.manifestFor(Path.of(export.file()));
        String title = i18n("governance.release.verify");
        work.start(title, p -> verified(manifest, keys, p), text -> result.set(text), error -> {
            result.set("");
            dialogs.showError(title, error);
        });
    }

    private static String verified(Path manifest, KeyVault keys, Progress p) throws IOException {
        ManifestVerifier.Report r = CryptoService.verifyPinned(manifest, CryptoService.auditSigningKeys(keys), p);
        StringBuilder text = new StringBuilder(r.valid() ? i18n("governance.release.valid", manifest.getFileName(),
                r.keyFingerprint()) : i18n("governance.release.invalid", manifest.getFileName(),
                r.signatureValid() ? i18n("governance.release.signatureOk") : i18n("governance.release.signatureBad"),
                r.trustedKey() ? i18n("governance.release.signerOk") : i18n("governance.release.signerBad")));
        if (r.approvalId() != null || r.report() != null) {
            text.append('\n').append(i18n("governance.release.references", String.valueOf(r.approvalId()),
                    String.valueOf(r.report())));
        }
        for (ManifestVerifier.FileCheck f : r.files()) {
            text.append('\n').append(f.name()).append(": ").append(f.status().name());
        }
        return text.toString();
    }

    private boolean locked(KeyVault keys) {
        if (keys == null) {
            dialogs.showInformation(i18n("governance.release.locked"), i18n("governance.release.lockedHint"));
            return true;
        }
        return false;
    }

    /** Stops a running report. */
    public void cancel() {
        work.cancel();
    }

    public ObservableList<ExportRecord> exports() {
        return exports;
    }

    public ObjectProperty<ExportRecord> selectedProperty() {
        return selected;
    }

    /** What the last action produced: the files written, or the verification result. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ExclusiveTask work() {
        return work;
    }
}
