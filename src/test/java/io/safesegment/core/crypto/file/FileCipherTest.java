package io.safesegment.core.crypto.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.crypto.WrongKeyException;
import io.safesegment.core.crypto.WrongPasswordException;
import io.safesegment.core.task.CancellationToken;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.TaskCancelledException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileCipherTest {
    private static final int CHUNK = 4096;
    private static final Argon2Params CHEAP = new Argon2Params(256, 1, 1);

    @TempDir
    Path dir;

    private final FileCipher cipher = new FileCipher(CHUNK, new SecureRandom());

    private Path plain(int size, long seed) throws IOException {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return Files.write(dir.resolve("plain-" + size + ".bin"), data);
    }

    private static byte[] key(int seed) {
        byte[] k = new byte[32];
        new Random(seed).nextBytes(k);
        return k;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 5 * CHUNK + 123})
    void roundTripsWithVaultKeyAtChunkBoundaries(int size) throws IOException {
        Path in = plain(size, size);
        Path enc = dir.resolve("x.enc");
        Path out = dir.resolve("x.out");
        FileCryptoResult r = cipher.encryptWithKey(in, enc, "files", 2, key(1), Progress.NONE);
        assertEquals(Math.max(1, (size + CHUNK - 1) / CHUNK), r.chunks());
        FileHeader header = FileCipher.readHeader(enc);
        assertEquals("files", header.keyName());
        assertEquals(2, header.keyVersion());
        cipher.decrypt(enc, out, h -> key(1), Progress.NONE);
        assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out));
    }

    @Test
    void roundTripsWithPasswordAndRejectsWrongPassword() throws IOException {
        Path in = plain(10_000, 3);
        Path enc = dir.resolve("p.enc");
        cipher.encryptWithPassword(in, enc, "correct horse".toCharArray(), CHEAP, Progress.NONE);
        assertTrue(FileCipher.readHeader(enc).passwordMode());
        Path out = dir.resolve("p.out");
        WrongPasswordException e = assertThrows(WrongPasswordException.class,
                () -> cipher.decrypt(enc, out, FileKeySource.password("wrong".toCharArray()), Progress.NONE));
        assertEquals("wrong password for p.enc", e.getMessage());
        assertFalse(Files.exists(out));
        cipher.decrypt(enc, out, FileKeySource.password("correct horse".toCharArray()), Progress.NONE);
        assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out));
    }

    @Test
    void wrongVaultKeyIsReportedAsWrongKey() throws IOException {
        Path enc = dir.resolve("k.enc");
        cipher.encryptWithKey(plain(100, 1), enc, "files", 1, key(1), Progress.NONE);
        Path out = dir.resolve("k.out");
        assertThrows(WrongKeyException.class, () -> cipher.decrypt(enc, out, h -> key(2), Progress.NONE));
        assertFalse(Files.exists(out));
    }

    @Test
    void passwordSourceRefusesVaultFiles() throws IOException {
        Path enc = dir.resolve("k.enc");
        cipher.encryptWithKey(plain(100, 1), enc, "files", 1, key(1), Progress.NONE);
        CryptoException e = assertThrows(CryptoException.class, () -> cipher.decrypt(enc, dir.resolve("o"),
                FileKeySource.password("pw".toCharArray()), Progress.NONE));
        assertTrue(e.getMessage().contains("vault key 'files'"), e.getMessage());
    }

    @Test
    void everyFlippedBitIsDetectedAndNothingIsWritten() throws IOException {
        Path enc = dir.resolve("f.enc");
        cipher.encryptWithKey(plain(3 * CHUNK + 17, 5), enc, "files", 1, key(1), Progress.NONE);
        byte[] original = Files.readAllBytes(enc);
        Random random = new Random(11);
        Path tampered = dir.resolve("t.enc");
        Path out = dir.resolve("t.out");
        for (int i = 0; i < 60; i++) {
            byte[] copy = original.clone();
            int pos = i < 20 ? random.nextInt(60) : random.nextInt(copy.length);
            copy[pos] ^= (byte) (1 << random.nextInt(8));
            Files.write(tampered, copy);
            assertThrows(CryptoException.class, () -> cipher.decrypt(tampered, out, h -> key(1), Progress.NONE),
                    "flip at byte " + pos);
            assertFalse(Files.exists(out), "no output after a flip at byte " + pos);
        }
        assertNoTempFiles();
    }

    @Test
    void truncationAtAnyPointIsDetected() throws IOException {
        Path enc = dir.resolve("f.enc");
        cipher.encryptWithKey(plain(3 * CHUNK, 6), enc, "files", 1, key(1), Progress.NONE);
        byte[] original = Files.readAllBytes(enc);
        int headerEnd = original.length - 3 * (CHUNK + 16);
        Path cut = dir.resolve("cut.enc");
        Path out = dir.resolve("cut.out");
        int[] lengths = {0, 10, headerEnd, headerEnd + 5, headerEnd + CHUNK + 16, headerEnd + 2 * (CHUNK + 16),
            original.length - 1};
        for (int length : lengths) {
            Files.write(cut, Arrays.copyOf(original, length));
            CryptoException e = assertThrows(CryptoException.class,
                    () -> cipher.decrypt(cut, out, h -> key(1), Progress.NONE), "cut at " + length);
            assertTrue(e instanceof TamperedDataException, "cut at " + length + ": " + e);
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void reorderedChunksAreDetected() throws IOException {
        Path enc = dir.resolve("f.enc");
        cipher.encryptWithKey(plain(3 * CHUNK, 7), enc, "files", 1, key(1), Progress.NONE);
        byte[] b = Files.readAllBytes(enc);
        int sealed = CHUNK + 16;
        int first = b.length - 3 * sealed;
        byte[] swapped = b.clone();
        System.arraycopy(b, first, swapped, first + sealed, sealed);
        System.arraycopy(b, first + sealed, swapped, first, sealed);
        Files.write(enc, swapped);
        TamperedDataException e = assertThrows(TamperedDataException.class,
                () -> cipher.decrypt(enc, dir.resolve("o"), h -> key(1), Progress.NONE));
        assertTrue(e.getMessage().contains("chunk 1 of 3"), e.getMessage());
    }

    @Test
    void failedDecryptionKeepsAnExistingOutputUntouched() throws IOException {
        Path enc = dir.resolve("f.enc");
        cipher.encryptWithKey(plain(2 * CHUNK, 8), enc, "files", 1, key(1), Progress.NONE);
        byte[] b = Files.readAllBytes(enc);
        b[b.length - 1] ^= 1;
        Files.write(enc, b);
        Path out = Files.writeString(dir.resolve("existing.txt"), "keep me");
        assertThrows(TamperedDataException.class, () -> cipher.decrypt(enc, out, h -> key(1), Progress.NONE));
        assertEquals("keep me", Files.readString(out));
        assertNoTempFiles();
    }

    @Test
    void refusesToOverwriteTheInput() throws IOException {
        Path in = plain(100, 9);
        assertThrows(IOException.class, () -> cipher.encryptWithKey(in, in, "files", 1, key(1), Progress.NONE));
    }

    @Test
    void cancellationLeavesNoOutput() throws IOException {
        Path in = plain(10 * CHUNK, 10);
        CancellationToken token = new CancellationToken();
        token.cancel();
        Path out = dir.resolve("c.enc");
        assertThrows(TaskCancelledException.class, () -> cipher.encryptWithKey(in, out, "f", 1, key(1), token));
        assertFalse(Files.exists(out));
        assertNoTempFiles();
    }

    @Test
    void cancellationMidwayWaitsForTheWorkersAndLeavesNoOutput() throws IOException {
        Path in = plain(200 * CHUNK + 7, 11);
        CancellationToken token = new CancellationToken();
        Progress cancelAfterFirstUpdate = new Progress() {
            @Override
            public void update(double fraction, String message) {
                token.cancel(); // chunks are in flight on the workers by now
            }

            @Override
            public boolean isCancelled() {
                return token.isCancelled();
            }
        };
        Path out = dir.resolve("m.enc");
        assertThrows(TaskCancelledException.class,
                () -> cipher.encryptWithKey(in, out, "f", 1, key(1), cancelAfterFirstUpdate));
        assertFalse(Files.exists(out));
        assertNoTempFiles();
    }

    @Test
    void manyChunksSealedInParallelDecryptInOrder() throws IOException {
        Path in = plain(300 * CHUNK + 1, 12);
        Path enc = dir.resolve("p.enc");
        Path out = dir.resolve("p.out");
        for (int round = 0; round < 3; round++) {
            cipher.encryptWithKey(in, enc, "files", 1, key(3), Progress.NONE);
            assertEquals(Files.size(in) + 301L * 16, Files.size(enc) - headerBytes(enc));
            cipher.decrypt(enc, out, h -> key(3), Progress.NONE);
            assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out));
        }
    }

    private static long headerBytes(Path enc) throws IOException {
        try (var stream = Files.newInputStream(enc)) {
            FileHeader.Parsed parsed = FileHeader.read(stream, "p.enc");
            return parsed.body().length + FileHeader.KEY_CHECK_BYTES;
        }
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temp files left behind");
        }
    }
}
