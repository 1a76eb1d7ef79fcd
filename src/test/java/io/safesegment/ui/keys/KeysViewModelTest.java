package io.safesegment.ui.keys;

import static io.safesegment.ui.keys.FxRun.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.WrongPasswordException;
import io.safesegment.core.crypto.pgp.PgpFiles;
import io.safesegment.core.crypto.pgp.PgpKeyGenerator;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class KeysViewModelTest {
    private static final Argon2Params CHEAP = new Argon2Params(256, 1, 1);

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> status = new ArrayList<>();
    private WorkspaceSession workspaces;
    private VaultSession vaults;
    private KeysViewModel model;
    private Path ws;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        I18n.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void setUp() throws Exception {
        ws = dir.resolve("ws");
        workspaces = new WorkspaceSession();
        vaults = new VaultSession(workspaces);
        TaskRunner tasks = TaskRunner.sameThread();
        model = fx(() -> new KeysViewModel(workspaces, vaults, new UnlockViewModel(workspaces, vaults, tasks, CHEAP),
                tasks, dialogs, status::add));
        Workspace workspace = Workspace.open(ws);
        fx(() -> workspaces.setWorkspace(workspace));
    }

    private void unlockNewVault(String password) throws Exception {
        fx(() -> {
            model.unlock().prepare();
            model.unlock().submit(password.toCharArray(), password.toCharArray());
        });
        assertTrue(vaults.isUnlocked());
    }

    @Test
    void workspaceWithAVaultAsksToBeUnlockedAndOneWithoutDoesNot() throws Exception {
        assertEquals(null, model.unlockRequestProperty().get());
        assertFalse(model.vaultExistsProperty().get());
        KeyVault.create(dir.resolve("other"), "pw".toCharArray(), CHEAP).close();
        Workspace other = Workspace.open(dir.resolve("other"));
        fx(() -> workspaces.setWorkspace(other));
        assertEquals(dir.resolve("other").toAbsolutePath(), model.unlockRequestProperty().get().toAbsolutePath());
        assertTrue(model.vaultExistsProperty().get());
        fx(model::unlockRequestHandled);
        assertEquals(null, model.unlockRequestProperty().get());
        // a governed workspace: its sign-in dialog comes first and an officer's sign-in unlocks the vault
        KeyVault.create(dir.resolve("governed"), "admin passphrase".toCharArray(), CHEAP).close();
        io.safesegment.core.governance.access.AccessService.initialise(dir.resolve("governed"), "ada",
                "admin passphrase".toCharArray());
        Workspace governed = Workspace.open(dir.resolve("governed"));
        fx(() -> workspaces.setWorkspace(governed));
        assertEquals(null, model.unlockRequestProperty().get(), "no second prompt in front of the sign-in");
        assertTrue(model.vaultExistsProperty().get());
    }

    @Test
    void createRotateAndLockUpdateTheTable() throws Exception {
        fx(() -> model.keyList().createKey("ids", KeyPurpose.PSEUDONYM_HMAC));
        assertEquals(List.of("info: Creating key ids"), dialogs.shown, "locked vault: nothing happens but a hint");

        unlockNewVault("master password");
        fx(() -> model.keyList().createKey("ids", KeyPurpose.PSEUDONYM_HMAC));
        assertEquals(1, model.keyList().keys().size());
        KeyInfo first = model.keyList().keys().getFirst();
        assertEquals("ids", first.name());
        assertTrue(status.getLast().startsWith("Created key ids (fingerprint "), status.getLast());

        fx(() -> model.keyList().rotate(first));
        assertEquals(List.of(1, 2), model.keyList().keys().stream().map(KeyInfo::version).toList());
        assertTrue(model.keyList().keys().getFirst().retired());
        assertFalse(model.keyList().keys().get(1).retired());

        fx(() -> model.keyList().createKey("ids", KeyPurpose.FILE));
        assertEquals("error: Could not create the key", dialogs.shown.getLast());
        assertTrue(dialogs.errors.getLast().getMessage().contains("already exists"));

        fx(model::lock);
        assertTrue(model.keyList().keys().isEmpty());
        assertFalse(vaults.isUnlocked());
    }

    @Test
    void changePasswordChecksTheConfirmationAndReEncrypts() throws Exception {
        unlockNewVault("first password");
        fx(() -> model.masterPassword().changePassword("second".toCharArray(), "secnod".toCharArray()));
        assertEquals("The two passwords differ.", model.masterPassword().passwordMessageProperty().get());

        char[] next = "second password".toCharArray();
        fx(() -> model.masterPassword().changePassword(next, "second password".toCharArray()));
        assertTrue(model.masterPassword().passwordMessageProperty().get().startsWith("Master password changed"));
        assertArrayEquals(new char[next.length], next);
        assertThrows(WrongPasswordException.class, () -> KeyVault.open(ws, "first password".toCharArray()));
        KeyVault.open(ws, "second password".toCharArray()).close();
    }

    @Test
    void aWeakNewMasterPasswordIsRefusedUnlessAccepted() throws Exception {
        unlockNewVault("first password");
        char[] weak = "123456".toCharArray();
        fx(() -> model.masterPassword().changePassword(weak, "123456".toCharArray()));
        assertTrue(model.masterPassword().passwordMessageProperty().get().startsWith(
                "This password is too easy to guess (one of the most common passwords"),
                model.masterPassword().passwordMessageProperty().get());
        assertArrayEquals(new char[6], weak);
        KeyVault.open(ws, "first password".toCharArray()).close(); // unchanged

        fx(() -> {
            model.masterPassword().newPasswordMeter().typed("123456");
            model.masterPassword().newPasswordMeter().acceptWeakProperty().set(true);
            model.masterPassword().changePassword("123456".toCharArray(), "123456".toCharArray());
        });
        assertTrue(model.masterPassword().passwordMessageProperty().get().startsWith("Master password changed"));
        KeyVault.open(ws, "123456".toCharArray()).close();
    }

    @Test
    void workspacePgpKeyIsGeneratedExportedAndRotated() throws Exception {
        unlockNewVault("violet harbour 42 pw");
        fx(model.pgpKey()::generateWorkspacePgpKey);
        KeyInfo pgp = model.keyList().keys().getFirst();
        assertEquals(PgpKeyViewModel.PGP_KEY, pgp.name());
        assertEquals(KeyPurpose.OPENPGP, pgp.purpose());
        Path asc = dir.resolve("public.asc");
        fx(() -> model.pgpKey().exportPublicKey(asc));
        String armored = Files.readString(asc, StandardCharsets.US_ASCII);
        assertTrue(armored.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
        assertEquals(pgp.fingerprint(), io.safesegment.core.crypto.pgp.PgpRecipient.load(asc, Instant.now())
                .fingerprint());
        fx(model.pgpKey()::generateWorkspacePgpKey);
        assertEquals(List.of(1, 2), model.keyList().keys().stream().map(KeyInfo::version).toList());
    }

    @Test
    void encryptsForARecipientSignsAManifestAndNamesATamperedFile() throws Exception {
        unlockNewVault("violet harbour 42 pw");
        PgpKeyGenerator.Generated recipientKey = PgpKeyGenerator.generate("Bob <bob@example.com>", Instant.now(),
                new SecureRandom());
        Path asc = Files.writeString(dir.resolve("bob.asc"), PgpKeyGenerator.armor(recipientKey.publicKeyRing()));
        Path export = Files.createDirectories(dir.resolve("export"));
        Path csv = Files.writeString(export.resolve("segments.csv"), "id,segment\n1,A\n2,B\n");

        fx(() -> model.recipientEncrypt().encryptForRecipient(csv, "policy-1"));
        assertEquals("info: Encrypt for recipient", dialogs.shown.getLast(), "no recipient yet");

        fx(() -> model.recipientEncrypt().loadRecipient(asc));
        assertNotNull(model.recipientEncrypt().recipientProperty().get());
        String description = RecipientEncryptViewModel.describe(model.recipientEncrypt().recipientProperty().get());
        assertTrue(description.contains("Bob <bob@example.com>") && description.contains(recipientKey.fingerprint()),
                description);

        fx(() -> model.recipientEncrypt().encryptForRecipient(csv, "policy-1"));
        Path pgp = export.resolve("segments.csv.pgp");
        assertTrue(Files.exists(pgp));
        assertEquals(export.resolve("segments.csv.manifest.json"), model.recipientEncrypt().manifestProperty().get());
        assertTrue(model.recipientEncrypt().verifyOkProperty().get(), model.recipientEncrypt().verifyResultProperty().get());
        assertTrue(model.recipientEncrypt().verifyResultProperty().get().startsWith("Manifest OK: 1 file matches"));
        assertTrue(model.keyList().keys().stream().anyMatch(k -> k.name().equals(RecipientEncryptViewModel.SIGNING_KEY)
                && k.purpose() == KeyPurpose.SIGNING_ED25519), "the signing key is created on first use");

        Path back = dir.resolve("back.csv");
        PgpFiles.decrypt(pgp, back, recipientKey.secretKeyRing(), Progress.NONE);
        assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(back));

        byte[] bytes = Files.readAllBytes(pgp);
        bytes[bytes.length / 2] ^= 1;
        Files.write(pgp, bytes);
        fx(model.recipientEncrypt()::verifyManifest);
        assertFalse(model.recipientEncrypt().verifyOkProperty().get());
        assertEquals("Manifest check FAILED: segments.csv.pgp differs from the manifest",
                model.recipientEncrypt().verifyResultProperty().get());
    }

    @Test
    void unusableRecipientKeyIsReportedAndNotKept() throws Exception {
        Path notAKey = Files.writeString(dir.resolve("note.asc"), "hello");
        fx(() -> model.recipientEncrypt().loadRecipient(notAKey));
        assertEquals(null, model.recipientEncrypt().recipientProperty().get());
        assertEquals("error: Cannot use note.asc as a recipient key", dialogs.shown.getLast());
    }
}
