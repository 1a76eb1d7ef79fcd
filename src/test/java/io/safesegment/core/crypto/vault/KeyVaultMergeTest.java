package io.safesegment.core.crypto.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyPurpose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two handles on one vault file stand for two processes: each change re-reads the file under the vault's lock and
 * merges, so neither loses the other's keys (issue #13, item 1).
 */
class KeyVaultMergeTest {
    private static final Argon2Params CHEAP = new Argon2Params(256, 1, 1);
    private static final char[] PASSWORD = "master".toCharArray();

    @TempDir
    Path ws;

    private static List<String> names(KeyVault vault) {
        return vault.list().stream().map(k -> k.name() + " v" + k.version()).toList();
    }

    @Test
    void keysCreatedThroughTwoOpenHandlesBothSurvive() throws IOException {
        KeyVault.create(ws, PASSWORD, CHEAP).close();
        try (KeyVault a = KeyVault.open(ws, PASSWORD); KeyVault b = KeyVault.open(ws, PASSWORD)) {
            a.create("from-a", KeyPurpose.FILE);
            b.create("from-b", KeyPurpose.PSEUDONYM_HMAC); // b opened before a's key existed
            assertEquals(List.of("from-a v1", "from-b v1"), names(b));
            b.rotate("from-a");
            a.create("again-a", KeyPurpose.FILE);
        }
        try (KeyVault reopened = KeyVault.open(ws, PASSWORD)) {
            assertEquals(List.of("again-a v1", "from-a v1", "from-a v2", "from-b v1"), names(reopened));
        }
    }

    @Test
    void aNameTakenByAnotherHandleIsRefusedNotDuplicated() throws IOException {
        KeyVault.create(ws, PASSWORD, CHEAP).close();
        try (KeyVault a = KeyVault.open(ws, PASSWORD); KeyVault b = KeyVault.open(ws, PASSWORD)) {
            a.create("default", KeyPurpose.PSEUDONYM_HMAC);
            CryptoException e = assertThrows(CryptoException.class, () -> b.create("default", KeyPurpose.FILE));
            assertTrue(e.getMessage().contains("already exists"), e.getMessage());
            assertEquals(List.of("default v1"), names(b), "b now sees the file's keys, nothing half-added");
        }
    }

    @Test
    void ensureReusesTheKeyAnotherHandleCreated() throws IOException {
        KeyVault.create(ws, PASSWORD, CHEAP).close();
        try (KeyVault a = KeyVault.open(ws, PASSWORD); KeyVault b = KeyVault.open(ws, PASSWORD)) {
            KeyVault.Ensured first = a.ensure("default", KeyPurpose.PSEUDONYM_HMAC);
            KeyVault.Ensured second = b.ensure("default", KeyPurpose.PSEUDONYM_HMAC);
            assertTrue(first.created());
            assertFalse(second.created());
            assertEquals(first.key(), second.key());
            assertArrayEquals(a.current("default").material(), b.current("default").material(),
                    "both handles pseudonymise with the same key");
        }
    }

    @Test
    void threadsCreatingKeysOnSeparateHandlesLoseNothing() throws Exception {
        KeyVault.create(ws, PASSWORD, CHEAP).close();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    try (KeyVault vault = KeyVault.open(ws, PASSWORD)) {
                        for (int i = 0; i < 5; i++) {
                            vault.create("t" + thread + "-" + i, KeyPurpose.FILE);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        try (KeyVault reopened = KeyVault.open(ws, PASSWORD)) {
            assertEquals(20, reopened.list().size(), names(reopened).toString());
        }
    }

    @Test
    void aPasswordChangedByAnotherHandleIsReportedNotOverwritten() throws IOException {
        KeyVault.create(ws, PASSWORD, CHEAP).close();
        try (KeyVault a = KeyVault.open(ws, PASSWORD); KeyVault b = KeyVault.open(ws, PASSWORD)) {
            a.create("kept", KeyPurpose.FILE);
            a.changePassword("new one".toCharArray());
            byte[] before = Files.readAllBytes(KeyVault.fileIn(ws));
            CryptoException e = assertThrows(CryptoException.class, () -> b.create("lost", KeyPurpose.FILE));
            assertTrue(e.getMessage().contains("open the vault again"), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(KeyVault.fileIn(ws)), "the vault file is untouched");
        }
        try (KeyVault reopened = KeyVault.open(ws, "new one".toCharArray())) {
            assertEquals(List.of("kept"), reopened.list().stream().map(KeyInfo::name).toList());
        }
    }

    @Test
    void anInvalidNameIsRefusedBeforeAnyVaultExists() {
        CryptoException e = assertThrows(CryptoException.class, () -> KeyVault.requireValidName("../../evil"));
        assertTrue(e.getMessage().contains("invalid"), e.getMessage());
        CryptoException escaped = assertThrows(CryptoException.class,
                () -> KeyVault.requireValidName("a\u001b[31mred"));
        assertFalse(escaped.getMessage().contains("\u001b"), "control characters are escaped in the message");
        assertFalse(Files.exists(KeyVault.fileIn(ws)));
    }
}
