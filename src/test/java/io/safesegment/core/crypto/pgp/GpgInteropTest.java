package io.safesegment.core.crypto.pgp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.crypto.UnusableKeyException;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.WrongKeyException;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Round trips with the real GnuPG (2.2 here) in both directions, plus the keys that must be refused. */
class GpgInteropTest {
    private static final int TEN_MB = 10 * 1024 * 1024;

    @TempDir
    Path dir;

    Gpg gpg;
    Path data;

    @BeforeEach
    void setUp() throws IOException {
        gpg = new Gpg(dir.resolve("g"));
        byte[] bytes = new byte[TEN_MB];
        new Random(2026).nextBytes(bytes);
        data = Files.write(dir.resolve("export.csv"), bytes);
    }

    @AfterEach
    void tearDown() throws IOException {
        gpg.close();
    }

    private VaultKey workspaceKey() throws IOException {
        try (KeyVault vault = KeyVault.create(dir.resolve("ws"), "pw".toCharArray(), new Argon2Params(64, 1, 1))) {
            vault.create("pgp", KeyPurpose.OPENPGP);
            return vault.current("pgp");
        }
    }

    @Test
    void gpgEncryptsToTheWorkspaceKeyAndSafeSegmentDecrypts() throws IOException {
        VaultKey key = workspaceKey();
        Path asc = Files.writeString(dir.resolve("workspace.asc"), PgpKeyGenerator.armor(key.publicMaterial()));
        gpg.run("--import", asc.toString());
        assertTrue(gpg.run("--list-keys", "--with-colons").output().contains(key.info().fingerprint()));
        Path enc = dir.resolve("from-gpg.gpg");
        gpg.run("--trust-model", "always", "--recipient", key.info().fingerprint(), "--output", enc.toString(),
                "--encrypt", data.toString());
        Path out = dir.resolve("decrypted.csv");
        PgpFiles.Result r = PgpFiles.decrypt(enc, out, key.material(), Progress.NONE);
        assertEquals(TEN_MB, r.bytes());
        assertArrayEquals(Files.readAllBytes(data), Files.readAllBytes(out));
    }

    @Test
    void hiddenRecipientFromGpgThrowKeyidsIsDecrypted() throws IOException {
        VaultKey key = workspaceKey();
        Path asc = Files.writeString(dir.resolve("workspace.asc"), PgpKeyGenerator.armor(key.publicMaterial()));
        gpg.run("--import", asc.toString());
        Path small = Files.writeString(dir.resolve("small.txt"), "anonymous recipient\n");
        Path enc = dir.resolve("hidden.gpg");
        gpg.run("--trust-model", "always", "--throw-keyids", "--recipient", key.info().fingerprint(), "--output",
                enc.toString(), "--encrypt", small.toString());
        Path out = dir.resolve("hidden.txt");
        PgpFiles.decrypt(enc, out, key.material(), Progress.NONE);
        assertEquals("anonymous recipient\n", Files.readString(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa3072", "future-default"})
    void safeSegmentEncryptsAndGpgDecrypts(String algo) throws IOException {
        String fpr = gpg.generate("Recipient <recipient@example.com>", algo, "default", "never");
        if (algo.startsWith("rsa")) {
            // with an explicit algorithm gpg makes only a sign+certify primary key: add the encryption subkey
            gpg.run("--quick-add-key", fpr, algo, "encr", "never");
        }
        Path asc = gpg.exportPublic(fpr, dir.resolve("recipient.asc"));
        PgpRecipient recipient = PgpRecipient.load(asc, Instant.now());
        assertEquals(fpr, recipient.fingerprint());
        assertEquals("Recipient <recipient@example.com>", recipient.userIds().get(0));
        assertFalse(fpr.endsWith(recipient.encryptionKeyId()), "the encryption subkey, not the primary, is used");
        Path enc = dir.resolve("to-gpg.pgp");
        PgpFiles.encrypt(data, enc, recipient, false, new SecureRandom(), Progress.NONE);
        Path out = dir.resolve("gpg-out.csv");
        Gpg.Result result = gpg.run("--output", out.toString(), "--decrypt", enc.toString());
        assertArrayEquals(Files.readAllBytes(data), Files.readAllBytes(out));
        assertFalse(result.output().contains("WARNING: message was not integrity protected"), result.output());
    }

    @Test
    void armouredOutputIsAcceptedByGpg() throws IOException {
        String fpr = gpg.generate("Armour <armour@example.com>", "future-default", "default", "never");
        PgpRecipient recipient = PgpRecipient.load(gpg.exportPublic(fpr, dir.resolve("a.asc")), Instant.now());
        Path small = Files.writeString(dir.resolve("small.txt"), "hello gpg\n");
        Path enc = dir.resolve("small.asc");
        PgpFiles.encrypt(small, enc, recipient, true, new SecureRandom(), Progress.NONE);
        assertTrue(Files.readString(enc).startsWith("-----BEGIN PGP MESSAGE-----"));
        Path out = dir.resolve("small.out");
        gpg.run("--output", out.toString(), "--decrypt", enc.toString());
        assertEquals("hello gpg\n", Files.readString(out));
    }

    @Test
    void expiredKeyIsRefused() throws IOException {
        String fpr = gpg.generate("Old <old@example.com>", "future-default", "default", "1d",
                "--faked-system-time", "20200101T000000!");
        Path asc = gpg.exportPublic(fpr, dir.resolve("old.asc"));
        UnusableKeyException e = assertThrows(UnusableKeyException.class, () -> PgpRecipient.load(asc, Instant.now()));
        assertTrue(e.getMessage().contains("expired on 2020-01-02"), e.getMessage());
    }

    @Test
    void revokedKeyIsRefused() throws IOException {
        String fpr = gpg.generate("Gone <gone@example.com>", "future-default", "default", "never");
        gpg.revoke(fpr);
        Path asc = gpg.exportPublic(fpr, dir.resolve("gone.asc"));
        UnusableKeyException e = assertThrows(UnusableKeyException.class, () -> PgpRecipient.load(asc, Instant.now()));
        assertTrue(e.getMessage().contains("revoked"), e.getMessage());
    }

    @Test
    void signOnlyRsaKeyIsRefusedDespiteItsAlgorithmBeingAbleToEncrypt() throws IOException {
        String fpr = gpg.generate("Signer <signer@example.com>", "rsa3072", "sign", "never");
        Path asc = gpg.exportPublic(fpr, dir.resolve("signer.asc"));
        UnusableKeyException e = assertThrows(UnusableKeyException.class,
                () -> PgpRecipient.load(asc, Instant.now()));
        assertTrue(e.getMessage().contains("key flags do not allow encryption"), e.getMessage());
    }

    @Test
    void fileForAnotherKeyAndTamperedFilesAreRefusedWithoutOutput() throws IOException {
        VaultKey key = workspaceKey();
        String fpr = gpg.generate("Other <other@example.com>", "future-default", "default", "never");
        Path enc = dir.resolve("other.gpg");
        gpg.run("--trust-model", "always", "--recipient", fpr, "--output", enc.toString(), "--encrypt",
                data.toString());
        Path out = dir.resolve("out.csv");
        assertThrows(WrongKeyException.class, () -> PgpFiles.decrypt(enc, out, key.material(), Progress.NONE));
        assertFalse(Files.exists(out));

        Path asc = Files.writeString(dir.resolve("workspace.asc"), PgpKeyGenerator.armor(key.publicMaterial()));
        gpg.run("--import", asc.toString());
        Path mine = dir.resolve("mine.gpg");
        gpg.run("--trust-model", "always", "--compress-algo", "none", "--recipient", key.info().fingerprint(),
                "--output", mine.toString(), "--encrypt", data.toString());
        byte[] bytes = Files.readAllBytes(mine);
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x10;
        Path bad = Files.write(dir.resolve("flipped.gpg"), flipped);
        assertThrows(TamperedDataException.class, () -> PgpFiles.decrypt(bad, out, key.material(), Progress.NONE));
        assertFalse(Files.exists(out));
        Path cut = Files.write(dir.resolve("cut.gpg"), java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThrows(TamperedDataException.class, () -> PgpFiles.decrypt(cut, out, key.material(), Progress.NONE));
        assertFalse(Files.exists(out));
        assertNotEquals(0, Files.size(mine));
    }
}
