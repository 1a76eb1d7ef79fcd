package io.safesegment.core.crypto.file;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.task.Progress;
import io.safesegment.fuzz.FuzzCheck;
import io.safesegment.fuzz.Mutations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzz of the encrypted-file format: damaged headers are refused with a {@link TamperedDataException} whose
 * message is printable and short (a key name from a file is never echoed raw), and whole damaged files decrypt
 * only with a {@link CryptoException}, never leaving output behind.
 */
class FileHeaderFuzzTest {
    private static final int HEADER_CASES = 5_000;
    private static final int DECRYPT_CASES = 600;
    private static final byte[] KEY = new byte[32];

    @TempDir
    Path dir;

    private byte[] encrypted(boolean password) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "客户 customer data\n".repeat(300));
        Path out = dir.resolve(password ? "p.enc" : "k.enc");
        FileCipher cipher = new FileCipher(1024, new SecureRandom());
        if (password) {
            cipher.encryptWithPassword(plain, out, "pw".toCharArray(), new Argon2Params(8, 1, 1), Progress.NONE);
        } else {
            cipher.encryptWithKey(plain, out, "files", 1, KEY, Progress.NONE);
        }
        return Files.readAllBytes(out);
    }

    @Test
    void damagedHeadersAreRefusedWithPrintableMessages() throws IOException {
        byte[][] seeds = {encrypted(false), encrypted(true)};
        SplittableRandom random = new SplittableRandom(99L);
        for (int i = 0; i < HEADER_CASES; i++) {
            byte[] seed = seeds[i % 2];
            // Mutate mostly inside the header (the first ~80 bytes), where the parser looks.
            byte[] head = java.util.Arrays.copyOf(seed, Math.min(seed.length, 96));
            byte[] bytes = Mutations.bytes(head, random);
            FuzzCheck.check("header case " + i, HexFormat.of().formatHex(bytes),
                    () -> FileHeader.read(new ByteArrayInputStream(bytes), "x.enc"), TamperedDataException.class);
        }
    }

    @Test
    void aKeyNameWithTerminalEscapesOrOfHugeLengthIsRefusedWithoutEchoingIt() {
        for (String name : new String[] {"\u001b]0;owned\u0007", "files\u001b[2J", "x".repeat(65), "../k", "名字"}) {
            byte[] body = new FileHeader(1024, new byte[8], name, 1, null, null).encodeBody();
            byte[] file = java.util.Arrays.copyOf(body, body.length + FileHeader.KEY_CHECK_BYTES);
            String m = org.junit.jupiter.api.Assertions.assertThrows(TamperedDataException.class,
                    () -> FileHeader.read(new ByteArrayInputStream(file), "x.enc")).getMessage();
            org.junit.jupiter.api.Assertions.assertTrue(m.contains("x.enc has a corrupted header"), m);
            org.junit.jupiter.api.Assertions.assertFalse(m.contains(name) || m.chars().anyMatch(Character::isISOControl),
                    m);
        }
    }

    @Test
    void damagedFilesFailToDecryptWithCryptoExceptionsOnly() throws IOException {
        FileCipher cipher = FileCipher.withDefaults();
        // The same key source as `safesegment decrypt`: the vault's messages quote the key name from the header.
        Path ws = Files.createDirectories(dir.resolve("ws"));
        KeyVault vault = KeyVault.create(ws, "pw".toCharArray(), new Argon2Params(8, 1, 1));
        vault.create("files", KeyPurpose.FILE);
        FileKeySource keys = header -> header.passwordMode() ? FileKeySource.password("pw".toCharArray()).keyFor(header)
                : vault.version(header.keyName(), header.keyVersion()).requirePurpose(KeyPurpose.FILE).material();
        byte[][] seeds = {encryptedWith(vault), encrypted(true)};
        SplittableRandom random = new SplittableRandom(4_242L);
        Path in = dir.resolve("fuzz.enc");
        Path out = dir.resolve("fuzz.out");
        for (int i = 0; i < DECRYPT_CASES; i++) {
            byte[] bytes = Mutations.bytes(seeds[i % 2], random);
            if (Files.exists(out)) {
                Files.delete(out);
            }
            Files.write(in, bytes);
            boolean cheap = cheapArgon2(bytes);
            if (!cheap) {
                continue; // a valid-looking header asking for up to 4 GiB of Argon2 memory is allowed, just slow
            }
            FuzzCheck.check("decrypt case " + i, HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 96)),
                    () -> cipher.decrypt(in, out, keys, Progress.NONE), CryptoException.class);
        }
    }

    private byte[] encryptedWith(KeyVault vault) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain2.txt"), "客户 customer data\n".repeat(300));
        Path out = dir.resolve("v.enc");
        VaultKey key = vault.current("files");
        new FileCipher(1024, new SecureRandom()).encryptWithKey(plain, out, "files", key.info().version(), key.material(),
                Progress.NONE);
        return Files.readAllBytes(out);
    }

    /** Whether the header, if it parses in password mode, asks for cheap Argon2 work (as the seed does). */
    private static boolean cheapArgon2(byte[] bytes) {
        try {
            FileHeader h = FileHeader.read(new ByteArrayInputStream(bytes), "x").header();
            return !h.passwordMode() || h.argon2().memoryKiB() <= 64 && h.argon2().iterations() <= 2;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
