package io.safesegment.core.crypto.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyNotFoundException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.UnusableKeyException;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.WrongPasswordException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyVaultTest {
    private static final Argon2Params CHEAP = new Argon2Params(256, 1, 1);

    @TempDir
    Path ws;

    private KeyVault newVault() throws IOException {
        return KeyVault.create(ws, "master".toCharArray(), CHEAP);
    }

    @Test
    void keysSurviveReopeningWithTheirMetadata() throws IOException {
        byte[] material;
        try (KeyVault vault = newVault()) {
            vault.create("files", KeyPurpose.FILE);
            vault.create("ids", KeyPurpose.DETERMINISTIC_AEAD);
            vault.create("sign", KeyPurpose.SIGNING_ED25519);
            material = vault.current("ids").material();
        }
        try (KeyVault vault = KeyVault.open(ws, "master".toCharArray())) {
            List<KeyInfo> keys = vault.list();
            assertEquals(List.of("files", "ids", "sign"), keys.stream().map(KeyInfo::name).toList());
            assertEquals(KeyPurpose.DETERMINISTIC_AEAD, keys.get(1).purpose());
            assertEquals(64, vault.current("ids").material().length);
            assertArrayEquals(material, vault.current("ids").material());
            assertTrue(vault.current("sign").publicMaterial().length > 0);
            assertEquals(CHEAP, vault.argon2Params());
        }
    }

    @Test
    void wrongPasswordSaysOnlyThat() throws IOException {
        try (KeyVault vault = newVault()) {
            vault.create("files", KeyPurpose.FILE);
        }
        WrongPasswordException e = assertThrows(WrongPasswordException.class,
                () -> KeyVault.open(ws, "Master".toCharArray()));
        assertEquals("wrong password for the key vault " + KeyVault.fileIn(ws), e.getMessage());
    }

    @Test
    void vaultFileDoesNotContainKeyMaterialOrNames() throws IOException {
        byte[] material;
        try (KeyVault vault = newVault()) {
            vault.create("customer-ids", KeyPurpose.FILE);
            material = vault.current("customer-ids").material();
        }
        byte[] file = Files.readAllBytes(KeyVault.fileIn(ws));
        String text = new String(file, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("customer-ids"));
        assertFalse(text.contains(java.util.Base64.getEncoder().encodeToString(material)));
        assertTrue(text.startsWith("SSVAULT"));
    }

    @Test
    void editedVaultFileIsNotAccepted() throws IOException {
        try (KeyVault vault = newVault()) {
            vault.create("files", KeyPurpose.FILE);
        }
        Path file = KeyVault.fileIn(ws);
        byte[] b = Files.readAllBytes(file);
        b[b.length - 5] ^= 0x40;
        Files.write(file, b);
        assertThrows(WrongPasswordException.class, () -> KeyVault.open(ws, "master".toCharArray()));
        Files.writeString(file, "hello");
        assertThrows(VaultFormatException.class, () -> KeyVault.open(ws, "master".toCharArray()));
    }

    @Test
    void rotationKeepsOldVersionsForDecryption() throws IOException {
        try (KeyVault vault = newVault()) {
            vault.create("files", KeyPurpose.FILE);
            byte[] v1 = vault.current("files").material();
            KeyInfo v2 = vault.rotate("files");
            assertEquals(2, v2.version());
            assertNotEquals(java.util.Arrays.toString(v1), java.util.Arrays.toString(vault.current("files").material()));
        }
        try (KeyVault vault = KeyVault.open(ws, "master".toCharArray())) {
            List<KeyInfo> keys = vault.list();
            assertEquals(2, keys.size());
            assertTrue(keys.get(0).retired());
            assertFalse(keys.get(1).retired());
            assertEquals(2, vault.current("files").info().version());
            VaultKey old = vault.version("files", 1);
            assertTrue(old.info().retired());
            assertThrows(KeyNotFoundException.class, () -> vault.version("files", 3));
        }
    }

    @Test
    void rejectsDuplicateAndInvalidNamesAndWrongPurpose() throws IOException {
        try (KeyVault vault = newVault()) {
            vault.create("files", KeyPurpose.FILE);
            assertThrows(CryptoException.class, () -> vault.create("files", KeyPurpose.FF1));
            assertThrows(CryptoException.class, () -> vault.create("../x", KeyPurpose.FF1));
            assertThrows(KeyNotFoundException.class, () -> vault.current("nope"));
            assertThrows(UnusableKeyException.class,
                    () -> vault.current("files").requirePurpose(KeyPurpose.SIGNING_ED25519));
        }
        assertThrows(CryptoException.class, () -> KeyVault.create(ws, "x".toCharArray(), CHEAP));
    }

    @Test
    void closingWipesMaterialHeldByTheVault() throws IOException {
        KeyVault vault = newVault();
        vault.create("files", KeyPurpose.FILE);
        vault.close();
        assertThrows(IllegalStateException.class, vault::list);
    }

    @Test
    void storesAnOpenPgpKeyWithItsFingerprint() throws IOException {
        try (KeyVault vault = newVault()) {
            KeyInfo info = vault.create("pgp", KeyPurpose.OPENPGP);
            assertEquals(40, info.fingerprint().length());
            assertTrue(vault.current("pgp").publicMaterial().length > 0);
        }
    }

    @Test
    void aReopenedCopyClosesWithoutLockingTheOriginal() throws Exception {
        try (KeyVault vault = KeyVault.create(ws, "correct horse battery".toCharArray(), CHEAP)) {
            vault.create("signing", KeyPurpose.SIGNING_ED25519);
            byte[] expected;
            try (KeyVault copy = vault.reopen()) {
                assertEquals(List.of("signing"), copy.list().stream().map(KeyInfo::name).toList());
                VaultKey k = copy.current("signing");
                expected = k.material().clone();
                k.wipe();
            }
            VaultKey still = vault.current("signing");
            assertArrayEquals(expected, still.material(), "closing the copy wiped only the copy");
            still.wipe();
            vault.close();
            assertThrows(CryptoException.class, vault::reopen, "a locked vault cannot be reopened");
        }
    }
}
