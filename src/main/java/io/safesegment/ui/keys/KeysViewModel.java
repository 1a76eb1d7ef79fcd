package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.pgp.PgpFiles;
import io.safesegment.core.crypto.pgp.PgpKeyGenerator;
import io.safesegment.core.crypto.pgp.PgpRecipient;
import io.safesegment.core.crypto.sign.ExportManifest;
import io.safesegment.core.crypto.sign.ManifestVerifier;
import io.safesegment.core.crypto.sign.SignedManifest;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Keys view: the vault's keys, key management (create, rotate, master password, workspace OpenPGP key)
 * and "encrypt an export for a recipient" — OpenPGP encryption to an imported public key, a manifest signed with the
 * workspace Ed25519 key, and its verification. Every core call runs on the {@link TaskExecutor}.
 */
public final class KeysViewModel {
    /** Name of the Ed25519 key that signs export manifests, created on first use. */
    public static final String SIGNING_KEY = "manifest-signing";
    /** Name of the workspace OpenPGP key made by "Generate workspace OpenPGP key". */
    public static final String PGP_KEY = "workspace-pgp";

    private final WorkspaceSession workspaces;
    private final VaultSession vaults;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private final UnlockViewModel unlock;

    private final ObservableList<KeyInfo> keys = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper vaultExists = new ReadOnlyBooleanWrapper(this, "vaultExists");
    private final ReadOnlyObjectWrapper<Path> unlockRequest = new ReadOnlyObjectWrapper<>(this, "unlockRequest");
    private final ReadOnlyStringWrapper passwordMessage = new ReadOnlyStringWrapper(this, "passwordMessage", "");
    private final PasswordMeter newPasswordMeter = new PasswordMeter();
    private final ReadOnlyObjectWrapper<PgpRecipient> recipient = new ReadOnlyObjectWrapper<>(this, "recipient");
    private final ReadOnlyStringWrapper encryptResult = new ReadOnlyStringWrapper(this, "encryptResult", "");
    private final ReadOnlyObjectWrapper<Path> manifest = new ReadOnlyObjectWrapper<>(this, "manifest");
    private final ReadOnlyStringWrapper verifyResult = new ReadOnlyStringWrapper(this, "verifyResult", "");
    private final ReadOnlyBooleanWrapper verifyOk = new ReadOnlyBooleanWrapper(this, "verifyOk");
    private final ObjectProperty<FilePicker> filePicker = new SimpleObjectProperty<>(this, "filePicker");
    private final BooleanBinding unlocked;

    /**
     * @param status receives a short status-bar message after each change
     */
    public KeysViewModel(WorkspaceSession workspaces, VaultSession vaults, UnlockViewModel unlock, TaskExecutor tasks,
                         DialogService dialogs, Consumer<String> status) {
        this.workspaces = workspaces;
        this.vaults = vaults;
        this.unlock = unlock;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.unlocked = vaults.vaultProperty().isNotNull();
        vaults.vaultProperty().addListener((obs, old, now) -> refresh());
        workspaces.workspaceProperty().addListener((obs, old, now) -> {
            recipient.set(null);
            encryptResult.set("");
            manifest.set(null);
            verifyResult.set("");
            refresh();
            Path dir = workspaceDirectory();
            // a workspace with a vault asks for its password right away; one without waits for "Create key vault…"
            unlockRequest.set(dir != null && KeyVault.exists(dir) ? dir : null);
        });
        refresh();
    }

    /** Re-reads whether the workspace has a vault and the list of keys. */
    public void refresh() {
        Path dir = workspaceDirectory();
        vaultExists.set(dir != null && KeyVault.exists(dir));
        keys.setAll(vaults.vault().map(KeyVault::list).orElse(List.of()));
    }

    /** The view has shown the unlock dialog asked for by {@link #unlockRequestProperty()}. */
    public void unlockRequestHandled() {
        unlockRequest.set(null);
    }

    /** Locks the vault (wiping keys from memory). */
    public void lock() {
        vaults.lock();
        status.accept(i18n("keys.status.locked"));
    }

    /** Creates version 1 of a key. */
    public void createKey(String name, KeyPurpose purpose) {
        withVault(i18n("keys.task.createKey", name), vault -> vault.create(name, purpose),
                info -> status.accept(i18n("keys.status.created", info.name(), info.fingerprint())),
                i18n("keys.error.createKey"));
    }

    /** Adds a new version of {@code key}'s name and retires the older ones. */
    public void rotate(KeyInfo key) {
        Objects.requireNonNull(key, "key");
        withVault(i18n("keys.task.rotate", key.name()), vault -> vault.rotate(key.name()),
                info -> status.accept(i18n("keys.status.rotated", info.name(), info.version())),
                i18n("keys.error.rotate"));
    }

    /** Re-encrypts the vault under a new master password; both arrays are taken over and wiped. */
    public void changePassword(char[] password, char[] confirm) {
        if (password.length == 0 || !java.util.Arrays.equals(password, confirm)) {
            passwordMessage.set(password.length == 0 ? i18n("keys.unlock.empty") : i18n("keys.unlock.mismatch"));
            Secrets.wipe(password, confirm);
            return;
        }
        var refusal = newPasswordMeter.refusal(password);
        if (refusal.isPresent()) {
            passwordMessage.set(refusal.get());
            Secrets.wipe(password, confirm);
            return;
        }
        Secrets.wipe(confirm);
        passwordMessage.set("");
        withVault(i18n("keys.task.changePassword"), vault -> {
            try {
                vault.changePassword(password);
            } finally {
                Secrets.wipe(password);
            }
            return vault.file();
        }, file -> passwordMessage.set(i18n("keys.password.changed")), i18n("keys.error.changePassword"));
    }

    /** Creates the workspace OpenPGP key ({@value #PGP_KEY}), or rotates it when it exists. */
    public void generateWorkspacePgpKey() {
        withVault(i18n("keys.task.generatePgp"), vault -> vault.newestOf(KeyPurpose.OPENPGP).isPresent()
                        ? vault.rotate(vault.newestOf(KeyPurpose.OPENPGP).get().name())
                        : vault.create(PGP_KEY, KeyPurpose.OPENPGP),
                info -> status.accept(i18n("keys.status.pgp", info.fingerprint())), i18n("keys.error.generatePgp"));
    }

    /** Writes the newest workspace OpenPGP public key, ASCII-armoured, to {@code target}. */
    public void exportPublicKey(Path target) {
        withVault(i18n("keys.task.exportPublic"), vault -> {
            KeyInfo info = vault.newestOf(KeyPurpose.OPENPGP).orElseThrow(() ->
                    new io.safesegment.core.crypto.KeyNotFoundException(i18n("keys.error.noPgpKey")));
            VaultKey key = vault.current(info.name());
            key.wipe(); // only the public half is needed
            AtomicFiles.writeString(target, PgpKeyGenerator.armor(key.publicMaterial()), false);
            return target;
        }, file -> status.accept(i18n("keys.status.exported", file)), i18n("keys.error.exportPublic"));
    }

    /** Reads and checks a recipient's public key; the view shows its fingerprint and user ids for confirmation. */
    public void loadRecipient(Path publicKeyFile) {
        recipient.set(null);
        tasks.run(i18n("keys.task.loadRecipient", publicKeyFile.getFileName()),
                progress -> PgpRecipient.load(publicKeyFile, Instant.now()), recipient::set,
                error -> dialogs.showError(i18n("keys.error.loadRecipient", publicKeyFile.getFileName()), error));
    }

    /**
     * Encrypts {@code file} to the confirmed recipient as {@code FILE.pgp} next to it, signs a manifest of the
     * {@code .pgp} file as {@code FILE.manifest.json} with the workspace Ed25519 key (creating that key when the
     * vault has none) and verifies the manifest.
     */
    public void encryptForRecipient(Path file, String policyId) {
        PgpRecipient to = recipient.get();
        KeyVault vault = vaults.vault().orElse(null);
        if (to == null || vault == null) {
            dialogs.showInformation(i18n("keys.encrypt.title"), to == null ? i18n("keys.encrypt.noRecipient")
                    : i18n("keys.locked"));
            return;
        }
        Path encrypted = file.resolveSibling(file.getFileName() + ".pgp");
        Path manifestFile = file.resolveSibling(file.getFileName() + ".manifest.json");
        String creator = System.getProperty("user.name", "safesegment");
        encryptResult.set("");
        tasks.run(i18n("keys.task.encrypt", file.getFileName()), progress -> {
            PgpFiles.Result result = PgpFiles.encrypt(file, encrypted, to, false, new SecureRandom(), progress);
            VaultKey signing = signingKey(vault);
            try {
                SignedManifest signed = ExportManifest.create(List.of(encrypted), policyId, creator, signing,
                        Instant.now(), progress);
                signed.write(manifestFile);
            } finally {
                signing.wipe();
            }
            return result;
        }, result -> {
            refresh();
            manifest.set(manifestFile);
            encryptResult.set(i18n("keys.encrypt.done", result.output().getFileName(), result.bytes(),
                    result.keyId(), manifestFile.getFileName()));
            status.accept(i18n("keys.status.encrypted", result.output()));
            verifyManifest();
        }, error -> dialogs.showError(i18n("keys.error.encrypt", file.getFileName()), error));
    }

    /** Checks the last written manifest against the files next to it and the workspace signing key. */
    public void verifyManifest() {
        Path file = manifest.get();
        if (file == null) {
            return;
        }
        // pinned to this workspace's signing keys (all versions); with no vault open nothing is pinned and the
        // report says the signer is not trusted
        List<byte[]> trusted = vaults.vault().map(v -> v.list().stream()
                .filter(i -> i.purpose() == KeyPurpose.SIGNING_ED25519)
                .map(i -> {
                    var k = v.version(i.name(), i.version());
                    k.wipe();
                    return k.publicMaterial();
                }).toList()).orElse(List.of());
        tasks.run(i18n("keys.task.verify", file.getFileName()),
                progress -> ManifestVerifier.verifyPinned(file, trusted, progress), this::showReport,
                error -> {
                    verifyOk.set(false);
                    verifyResult.set(error.getMessage());
                });
    }

    private void showReport(ManifestVerifier.Report report) {
        verifyOk.set(report.valid());
        if (!report.signatureValid()) {
            verifyResult.set(i18n("keys.verify.badSignature", report.manifest().getFileName()));
        } else if (!report.trustedKey()) {
            verifyResult.set(i18n("keys.verify.untrusted", report.keyFingerprint()));
        } else if (report.valid()) {
            verifyResult.set(i18n("keys.verify.ok", report.files().size(), report.keyFingerprint()));
        } else {
            String differing = report.files().stream().filter(f -> f.status() != ManifestVerifier.FileStatus.OK)
                    .map(ManifestVerifier.FileCheck::name).collect(Collectors.joining(", "));
            verifyResult.set(i18n("keys.verify.differs", differing));
        }
    }

    private static VaultKey signingKey(KeyVault vault) throws java.io.IOException {
        var existing = vault.newestOf(KeyPurpose.SIGNING_ED25519);
        String name = existing.isPresent() ? existing.get().name() : vault.create(SIGNING_KEY,
                KeyPurpose.SIGNING_ED25519).name();
        return vault.current(name);
    }

    @FunctionalInterface
    private interface VaultWork<T> {
        T run(KeyVault vault) throws Exception;
    }

    /** Runs {@code work} on the unlocked vault in the background, then refreshes the key list. */
    private <T> void withVault(String title, VaultWork<T> work, Consumer<T> onSuccess, String errorHeadline) {
        KeyVault vault = vaults.vault().orElse(null);
        if (vault == null) {
            dialogs.showInformation(title, i18n("keys.locked"));
            return;
        }
        tasks.run(title, progress -> {
            progress.update(-1, null);
            return work.run(vault);
        }, result -> {
            refresh();
            onSuccess.accept(result);
        }, error -> {
            refresh();
            dialogs.showError(errorHeadline, error);
        });
    }

    private Path workspaceDirectory() {
        Workspace workspace = workspaces.workspace();
        return workspace == null ? null : workspace.directory();
    }

    /** The unlock / create-vault dialog's ViewModel. */
    public UnlockViewModel unlock() {
        return unlock;
    }

    /** The vault session (shared with other ViewModels). */
    public VaultSession vaults() {
        return vaults;
    }

    /** Every version of every key while unlocked; empty when locked. */
    public ObservableList<KeyInfo> keys() {
        return keys;
    }

    /** Whether the vault is unlocked. */
    public BooleanBinding unlockedBinding() {
        return unlocked;
    }

    /** Whether the open workspace has a keys.vault. */
    public ReadOnlyBooleanProperty vaultExistsProperty() {
        return vaultExists.getReadOnlyProperty();
    }

    /** Set to the workspace directory when a workspace with a vault was opened and should be unlocked. */
    public ReadOnlyObjectProperty<Path> unlockRequestProperty() {
        return unlockRequest.getReadOnlyProperty();
    }

    /** The strength meter of the new master password, with the "use weak password anyway" choice. */
    public PasswordMeter newPasswordMeter() {
        return newPasswordMeter;
    }

    /** Outcome of the last master-password change, or why it was refused. */
    public ReadOnlyStringProperty passwordMessageProperty() {
        return passwordMessage.getReadOnlyProperty();
    }

    /** The recipient key loaded for confirmation, or null. */
    public ReadOnlyObjectProperty<PgpRecipient> recipientProperty() {
        return recipient.getReadOnlyProperty();
    }

    /** What the last encryption wrote. */
    public ReadOnlyStringProperty encryptResultProperty() {
        return encryptResult.getReadOnlyProperty();
    }

    /** The manifest written by the last encryption, or null. */
    public ReadOnlyObjectProperty<Path> manifestProperty() {
        return manifest.getReadOnlyProperty();
    }

    /** The outcome of the last manifest verification, naming the differing files if any. */
    public ReadOnlyStringProperty verifyResultProperty() {
        return verifyResult.getReadOnlyProperty();
    }

    /** Whether the last verification found everything intact. */
    public ReadOnlyBooleanProperty verifyOkProperty() {
        return verifyOk.getReadOnlyProperty();
    }

    /** How the view chooses files; null means JavaFX file choosers. Tests set a fake. */
    public ObjectProperty<FilePicker> filePickerProperty() {
        return filePicker;
    }

    /** A short text naming the recipient: user ids and fingerprint. */
    public static String describe(PgpRecipient r) {
        return i18n("keys.recipient.describe", String.join(", ", r.userIds()), r.fingerprint(),
                r.encryptionKeyId());
    }

    /** The translated name of a key purpose. */
    public static String purposeName(KeyPurpose purpose) {
        return switch (purpose) {
            case PSEUDONYM_HMAC -> i18n("keys.purpose.pseudonym");
            case DETERMINISTIC_AEAD -> i18n("keys.purpose.deterministic");
            case FF1 -> i18n("keys.purpose.ff1");
            case FILE -> i18n("keys.purpose.file");
            case SIGNING_ED25519 -> i18n("keys.purpose.signing");
            case OPENPGP -> i18n("keys.purpose.openpgp");
        };
    }

    /** Whether any unlocked state exists to bind buttons to. */
    BooleanBinding lockedBinding() {
        return Bindings.not(unlocked);
    }
}
