package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.detect.DetectionReport;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tech.tablesaw.api.Table;

/**
 * What the Privacy panes share: the table, the detection report, the applied (saved) policy, where it is saved and
 * the keys keyed operators use. Panes read and set it; only the panes' ViewModels call the core service.
 */
final class PrivacyState {
    final WorkspaceSession session;
    final TaskExecutor tasks;
    final DialogService dialogs;
    final Consumer<String> status;
    final ReadOnlyObjectProperty<KeyVault> vault;
    final ObjectProperty<Table> table = new SimpleObjectProperty<>(this, "table");
    final ObjectProperty<DetectionReport> detection = new SimpleObjectProperty<>(this, "detection");
    /** The applied policy: what review and export use. The editor's draft is separate. */
    final ObjectProperty<MaskingPolicy> policy = new SimpleObjectProperty<>(this, "policy");
    final StringProperty policyLocation = new SimpleStringProperty(this, "policyLocation", "");
    private final byte[] sessionSeed = new byte[32];

    PrivacyState(WorkspaceSession session, TaskExecutor tasks, DialogService dialogs, Consumer<String> status,
                 ReadOnlyObjectProperty<KeyVault> vault) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.vault = vault;
        new SecureRandom().nextBytes(sessionSeed);
    }

    /**
     * The keys for keyed operators: the unlocked workspace vault's, creating keys {@code policy} names but the
     * vault lacks; otherwise a random per-session demo key (the view says so).
     */
    KeyMaterial keyMaterial(MaskingPolicy policy) {
        KeyVault unlocked = vault.get();
        if (unlocked == null) {
            return PrivacyService.keysFromSeed(sessionSeed);
        }
        if (policy != null) {
            try {
                // under the vault's lock: a key another process created meanwhile is reused, not doubled
                for (String created : PrivacyService.ensureKeys(unlocked, PrivacyService.requiredKeys(policy))) {
                    status.accept(i18n("privacy.key.created", created));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return PrivacyService.keysFrom(unlocked);
    }

    /** Where the policy of the current dataset is saved, or null without a workspace or dataset. */
    Path policyFile() {
        Workspace workspace = session.workspace();
        if (workspace == null || table.get() == null) {
            return null;
        }
        return PrivacyService.policyFileFor(workspace.directory(), table.get().name());
    }

    /** Loads the dataset's saved policy, if any, as the applied policy. */
    void loadSavedPolicy() {
        Path file = policyFile();
        if (file == null || !Files.isRegularFile(file)) {
            policyLocation.set(i18n("privacy.policy.unsaved"));
            return;
        }
        try {
            policy.set(PrivacyService.readPolicy(file));
            policyLocation.set(i18n("privacy.policy.loaded", file.getFileName()));
        } catch (PolicyException e) {
            policyLocation.set(i18n("privacy.policy.unsaved"));
            dialogs.showError(i18n("privacy.policy.error.read", file.getFileName()), e);
        }
    }

    /** Makes {@code p} the applied policy and saves it as one revision; false when it could not be written. */
    boolean apply(MaskingPolicy p) {
        Path file = policyFile();
        if (file != null) {
            try {
                PrivacyService.applyPolicy(p, file);
                policyLocation.set(i18n("privacy.policy.saved", file.getFileName(), p.revision()));
            } catch (PolicyException e) {
                dialogs.showError(i18n("privacy.policy.error.write", file.getFileName()), e);
                return false;
            }
        }
        policy.set(p);
        return true;
    }
}
