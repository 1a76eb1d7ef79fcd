package io.safesegment.core.crypto.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.WrongPasswordException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyVaultPasswordChangeTest {
    private static final Argon2Params CHEAP = new Argon2Params(256, 1, 1);

    @TempDir
    Path ws;

    /** The header JSON of a vault file (after magic, format byte and length). */
    private JsonNode header() throws IOException {
        byte[] bytes = Files.readAllBytes(KeyVault.fileIn(ws));
        int length = ByteBuffer.wrap(bytes, 8, 4).getInt();
        return new ObjectMapper().readTree(bytes, 12, length);
    }

    @Test
    void newPasswordOpensTheSameKeysAndTheOldOneNoLongerDoes() throws IOException {
        byte[] material;
        List<KeyInfo> before;
        String oldSalt;
        try (KeyVault vault = KeyVault.create(ws, "old-password".toCharArray(), CHEAP)) {
            vault.create("files", KeyPurpose.FILE);
            vault.create("sign", KeyPurpose.SIGNING_ED25519);
            material = vault.current("files").material();
            before = vault.list();
            oldSalt = header().path("salt").asText();
            char[] next = "new-password".toCharArray();
            vault.changePassword(next);
            assertEquals("new-password", new String(next), "the caller's array is the caller's to wipe");
            // the open vault keeps working and saves under the new key
            vault.create("later", KeyPurpose.PSEUDONYM_HMAC);
        }
        assertNotEquals(oldSalt, header().path("salt").asText(), "a fresh salt for the new password");
        assertEquals(CHEAP.memoryKiB(), header().path("memoryKiB").asInt());
        assertThrows(WrongPasswordException.class, () -> KeyVault.open(ws, "old-password".toCharArray()));
        try (KeyVault vault = KeyVault.open(ws, "new-password".toCharArray())) {
            assertEquals(List.of("files", "later", "sign"), vault.list().stream().map(KeyInfo::name).toList());
            assertEquals(before.get(0), vault.list().get(0));
            assertArrayEquals(material, vault.current("files").material());
        }
    }

    @Test
    void emptyNewPasswordIsRefusedAndTheOldOneStillWorks() throws IOException {
        byte[] fileBefore;
        try (KeyVault vault = KeyVault.create(ws, "pw".toCharArray(), CHEAP)) {
            vault.create("files", KeyPurpose.FILE);
            fileBefore = Files.readAllBytes(vault.file());
            CryptoException e = assertThrows(CryptoException.class, () -> vault.changePassword(new char[0]));
            assertEquals("The new vault password is empty; choose a non-empty password", e.getMessage());
        }
        assertArrayEquals(fileBefore, Files.readAllBytes(KeyVault.fileIn(ws)));
        try (KeyVault vault = KeyVault.open(ws, "pw".toCharArray())) {
            assertEquals(1, vault.list().size());
        }
    }

    @Test
    void closedVaultRefusesAPasswordChange() throws IOException {
        KeyVault vault = KeyVault.create(ws, "pw".toCharArray(), CHEAP);
        vault.close();
        assertThrows(IllegalStateException.class, () -> vault.changePassword("x".toCharArray()));
    }
}
