package io.safesegment.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.task.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoServiceTest {
    private static final Argon2Params CHEAP = new Argon2Params(8, 1, 1);

    @TempDir
    Path dir;

    @Test
    void aVaultFileKeyRoundTripsAndTheHeaderNamesKeyAndVersion() throws Exception {
        Path plain = Files.writeString(dir.resolve("客户.csv"), "编号,邮箱\n1,wang.fang@example.com\n",
                StandardCharsets.UTF_8);
        Path ws = dir.resolve("ws");
        try (KeyVault vault = KeyVault.create(ws, "correct horse".toCharArray(), CHEAP)) {
            vault.create("files", KeyPurpose.FILE);
            CryptoService.encryptWithKey(plain, dir.resolve("c.enc"), vault, "files", Progress.NONE);
            var header = CryptoService.readHeader(dir.resolve("c.enc"));
            assertFalse(header.passwordMode());
            assertEquals("files", header.keyName());
            CryptoService.decryptWithVault(dir.resolve("c.enc"), dir.resolve("back.csv"), vault, Progress.NONE);
        }
        assertEquals(Files.readString(plain), Files.readString(dir.resolve("back.csv")));
        assertFalse(Files.readString(dir.resolve("c.enc"), StandardCharsets.ISO_8859_1).contains("wang.fang"));
    }

    @Test
    void aNonFileKeyIsRefusedForFileEncryption() throws Exception {
        Path plain = Files.writeString(dir.resolve("a.txt"), "x");
        try (KeyVault vault = KeyVault.create(dir.resolve("ws"), "correct horse".toCharArray(), CHEAP)) {
            vault.create("signer", KeyPurpose.SIGNING_ED25519);
            assertThrows(RuntimeException.class,
                    () -> CryptoService.encryptWithKey(plain, dir.resolve("a.enc"), vault, "signer", Progress.NONE));
        }
        assertFalse(Files.exists(dir.resolve("a.enc")));
    }

    @Test
    void aPasswordEncryptedFileSaysSoInItsHeader() throws Exception {
        Path plain = Files.writeString(dir.resolve("a.txt"), "secret text");
        CryptoService.encryptWithPassword(plain, dir.resolve("a.enc"), "pw-123456".toCharArray(), Progress.NONE);
        assertTrue(CryptoService.readHeader(dir.resolve("a.enc")).passwordMode());
        CryptoService.decryptWithPassword(dir.resolve("a.enc"), dir.resolve("b.txt"), "pw-123456".toCharArray(),
                Progress.NONE);
        assertEquals("secret text", Files.readString(dir.resolve("b.txt")));
    }
}
