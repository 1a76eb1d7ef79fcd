package io.safesegment.ui.keys;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.pgp.PgpFiles;
import io.safesegment.core.crypto.pgp.PgpRecipient;
import io.safesegment.core.crypto.sign.ExportManifest;
import io.safesegment.core.crypto.sign.ManifestVerifier;
import io.safesegment.core.crypto.sign.SignedManifest;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.recipe.DataSteps;
import io.safesegment.core.recipe.SessionRecipe;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.ui.common.DialogService.FileFilter;
import io.safesegment.ui.common.I18n;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The "encrypt an export for a recipient" pane: OpenPGP encryption to an imported public key, a manifest signed
 * with the workspace Ed25519 key, and its verification.
 */
public final class RecipientEncryptViewModel {
    /** Name of the Ed25519 key that signs export manifests, created on first use. */
    public static final String SIGNING_KEY = "manifest-signing";

    private final KeysSection section;
    private final ReadOnlyObjectWrapper<PgpRecipient> recipient = new ReadOnlyObjectWrapper<>(this, "recipient");
    /** The file {@link #recipient} was read from (recorded in the recipe; the key itself is public anyway). */
    private Path recipientFile;
    private final ReadOnlyStringWrapper encryptResult = new ReadOnlyStringWrapper(this, "encryptResult", "");
    private final ReadOnlyObjectWrapper<Path> manifest = new ReadOnlyObjectWrapper<>(this, "manifest");
    private final ReadOnlyStringWrapper verifyResult = new ReadOnlyStringWrapper(this, "verifyResult", "");
    private final ReadOnlyBooleanWrapper verifyOk = new ReadOnlyBooleanWrapper(this, "verifyOk");

    RecipientEncryptViewModel(KeysSection section) {
        this.section = section;
    }

    /** Forgets the recipient and results (another workspace). */
    void clear() {
        recipient.set(null);
        recipientFile = null;
        encryptResult.set("");
        manifest.set(null);
        verifyResult.set("");
    }

    /** Asks for the recipient's public key file and reads it. */
    public void chooseRecipient() {
        section.dialogs.open(i18n("keys.encrypt.recipient.title"), null,
                List.of(FileFilter.of(i18n("keys.filter.publicKey"), "*.asc", "*.gpg", "*.pgp")))
                .ifPresent(this::loadRecipient);
    }

    /** Reads and checks a recipient's public key; the view shows its fingerprint and user ids for confirmation. */
    public void loadRecipient(Path publicKeyFile) {
        recipient.set(null);
        section.exclusive.start(i18n("keys.task.loadRecipient", publicKeyFile.getFileName()),
                progress -> PgpRecipient.load(publicKeyFile, Instant.now()), loaded -> {
                    recipientFile = publicKeyFile.toAbsolutePath();
                    recipient.set(loaded);
                },
                error -> section.dialogs.showError(i18n("keys.error.loadRecipient", publicKeyFile.getFileName()),
                        error));
    }

    /** Asks for the file to encrypt, then encrypts it (a blank policy id is recorded as "none"). */
    public void chooseAndEncrypt(String policyId) {
        String policy = policyId == null || policyId.isBlank() ? "none" : policyId.strip();
        section.dialogs.open(i18n("keys.encrypt.file.title"), null, List.of())
                .ifPresent(file -> encryptForRecipient(file, policy));
    }

    /**
     * Encrypts {@code file} to the confirmed recipient as {@code FILE.pgp} next to it, signs a manifest of the
     * {@code .pgp} file as {@code FILE.manifest.json} with the workspace Ed25519 key (creating that key when the
     * vault has none) and verifies the manifest.
     */
    public void encryptForRecipient(Path file, String policyId) {
        PgpRecipient to = recipient.get();
        KeyVault vault = section.vaults.vault().orElse(null);
        if (to == null || vault == null) {
            section.dialogs.showInformation(i18n("keys.encrypt.title"), to == null ? i18n("keys.encrypt.noRecipient")
                    : i18n("keys.locked"));
            return;
        }
        Path encrypted = file.resolveSibling(file.getFileName() + ".pgp");
        Path manifestFile = file.resolveSibling(file.getFileName() + ".manifest.json");
        String creator = System.getProperty("user.name", "safesegment");
        Path recipientKey = recipientFile;
        encryptResult.set("");
        section.exclusive.start(i18n("keys.task.encrypt", file.getFileName()), progress -> {
            PgpFiles.Result result = CryptoService.pgpEncrypt(file, encrypted, to, false, progress);
            VaultKey signing = signingKey(vault);
            try {
                SignedManifest signed = ExportManifest.create(List.of(encrypted), policyId, creator, signing,
                        Instant.now(), progress);
                signed.write(manifestFile);
            } finally {
                signing.wipe();
            }
            return new Encrypted(result, signing.info().name());
        }, done -> {
            PgpFiles.Result result = done.result();
            record(file, recipientKey, encrypted, done.signingKey(), creator, policyId, manifestFile);
            section.refresh();
            manifest.set(manifestFile);
            encryptResult.set(i18n("keys.encrypt.done", result.output().getFileName(), result.bytes(),
                    result.keyId(), manifestFile.getFileName()));
            section.status.accept(i18n("keys.status.encrypted", result.output()));
            verifyManifest();
        }, error -> section.dialogs.showError(i18n("keys.error.encrypt", file.getFileName()), error));
    }

    /** What an encryption wrote and which vault key signed its manifest. */
    private record Encrypted(PgpFiles.Result result, String signingKey) {
    }

    /**
     * Appends an {@code encrypt} step: the source by the step that wrote it when the session made it (else the file),
     * the recipient's public key file, the signing key by name, never key material.
     */
    private void record(Path file, Path recipientKey, Path encrypted, String signingKey, String creator,
                        String policyId, Path manifestFile) {
        SessionRecipe recipe = section.recipe.get();
        if (recipientKey == null) {
            return; // the recipient was not loaded from a file (cannot happen through the pane)
        }
        String input = recipe.stepFor(file);
        recipe.append(StepKind.ENCRYPT, "encrypt-" + stem(file), DataSteps.encryptFields(input, file, recipientKey,
                encrypted, signingKey, creator, policyId, manifestFile));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String safe = name.replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "file" : safe;
    }

    /** Checks the last written manifest against the files next to it and the workspace signing key. */
    public void verifyManifest() {
        Path file = manifest.get();
        if (file == null) {
            return;
        }
        // pinned to this workspace's signing keys (all versions); with no vault open nothing is pinned and the
        // report says the signer is not trusted
        List<byte[]> trusted = section.vaults.vault().map(v -> v.list().stream()
                .filter(i -> i.purpose() == KeyPurpose.SIGNING_ED25519)
                .map(i -> {
                    var k = v.version(i.name(), i.version());
                    k.wipe();
                    return k.publicMaterial();
                }).toList()).orElse(List.of());
        section.exclusive.start(i18n("keys.task.verify", file.getFileName()),
                progress -> CryptoService.verifyPinned(file, trusted, progress), this::showReport,
                error -> {
                    verifyOk.set(false);
                    verifyResult.set(I18n.message(error));
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

    private static VaultKey signingKey(KeyVault vault) throws IOException {
        var existing = vault.newestOf(KeyPurpose.SIGNING_ED25519);
        String name = existing.isPresent() ? existing.get().name() : vault.create(SIGNING_KEY,
                KeyPurpose.SIGNING_ED25519).name();
        return vault.current(name);
    }

    /** A short text naming the recipient: user ids and fingerprint. */
    public static String describe(PgpRecipient r) {
        return i18n("keys.recipient.describe", String.join(", ", r.userIds()), r.fingerprint(),
                r.encryptionKeyId());
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

    /** True while the vault is locked or a Keys task runs (the pane's actions wait). */
    public javafx.beans.binding.BooleanBinding lockedBinding() {
        return section.blocked;
    }
}
