package io.safesegment.core.crypto.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.fuzz.FuzzCheck;
import io.safesegment.fuzz.Mutations;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzz of the vault file: damaged vaults (bytes anywhere, or the JSON header mutated as JSON) are refused
 * with a {@link CryptoException} (format or wrong password) whose message is printable and short.
 */
class KeyVaultFuzzTest {
    private static final int CASES = 600;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void damagedVaultsAreRefusedWithPrintableMessages() throws IOException {
        Path seedDir = Files.createDirectories(dir.resolve("seed"));
        try (KeyVault vault = KeyVault.create(seedDir, "pw".toCharArray(), new Argon2Params(8, 1, 1))) {
            vault.create("files", KeyPurpose.FILE);
            vault.create("ids", KeyPurpose.DETERMINISTIC_AEAD);
        }
        byte[] seed = Files.readAllBytes(KeyVault.fileIn(seedDir));
        int magic = "SSVAULT".length(); // magic, then a version byte and the header length (int)
        int headerLength = ByteBuffer.wrap(seed, magic + 1, 4).getInt();
        String header = new String(seed, magic + 5, headerLength, StandardCharsets.UTF_8);
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Path file = KeyVault.fileIn(ws);
        SplittableRandom random = new SplittableRandom(1_234L);
        int run = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] bytes;
            if (random.nextBoolean()) {
                bytes = Mutations.bytes(seed, random);
            } else {
                byte[] h = Mutations.json(header, random).getBytes(StandardCharsets.UTF_8);
                bytes = ByteBuffer.allocate(seed.length - headerLength + h.length).put(seed, 0, magic + 1)
                        .putInt(h.length).put(h).put(seed, magic + 5 + headerLength, seed.length - magic - 5
                                - headerLength).array();
            }
            if (!cheapArgon2(bytes, magic)) {
                continue; // a header asking for up to 4 GiB of Argon2 memory is within the documented cap, just slow
            }
            run++;
            Files.write(file, bytes);
            FuzzCheck.check("vault case " + i, HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 200)),
                    () -> KeyVault.open(ws, "pw".toCharArray()).close(), CryptoException.class);
        }
        org.junit.jupiter.api.Assertions.assertTrue(run > CASES / 2, "most cases ran: " + run);
    }

    private static boolean cheapArgon2(byte[] bytes, int magic) {
        try {
            int length = ByteBuffer.wrap(bytes, magic + 1, 4).getInt();
            JsonNode h = MAPPER.readTree(bytes, magic + 5, length);
            return h.path("memoryKiB").asInt() <= 64 && h.path("iterations").asInt() <= 2;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
