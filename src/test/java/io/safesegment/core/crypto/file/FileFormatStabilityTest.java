package io.safesegment.core.crypto.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The encrypted-file format must not change when the chunk loop does: with the same nonces and salts, the output is
 * byte for byte what the sequential implementation wrote (its SHA-256 recorded below), across more chunks than the
 * parallel pipeline has slots; and a damaged chunk far behind the first ones is still named.
 */
class FileFormatStabilityTest {
    private static final int CHUNK = 4096;
    /** SHA-256 of the file the sequential (pre-pipeline) FileCipher wrote for {@link #encryptDeterministically}. */
    private static final String SEQUENTIAL_OUTPUT_SHA256 =
            "5703b32c9af425bb5e0da2573d1f0bac8fb282a7fd83f984f8a8e7583956d205";

    @TempDir
    Path dir;

    private Path encryptDeterministically(Path in) throws Exception {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(11L); // seeded before first use: a fixed nonce prefix
        byte[] key = new byte[32];
        new Random(1).nextBytes(key);
        Path out = dir.resolve("out.enc");
        new FileCipher(CHUNK, random).encryptWithKey(in, out, "files", 3, key, Progress.NONE);
        return out;
    }

    private Path input() throws IOException {
        byte[] data = new byte[37 * CHUNK + 123];
        new Random(7).nextBytes(data);
        return Files.write(dir.resolve("in.bin"), data);
    }

    @Test
    void outputIsByteForByteTheSequentialFormat() throws Exception {
        Path enc = encryptDeterministically(input());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(enc)));
        assertEquals(SEQUENTIAL_OUTPUT_SHA256, sha);
    }

    /**
     * Chunks larger than the piece the sealer hands to {@code Cipher.update} (64 KiB): the default 1 MiB chunk (a
     * multiple of the piece) and a chunk of three pieces and 1,000 bytes, with a short last chunk. The hashes are
     * those of the files written by the one-call-per-chunk sealer before decision 0038.
     */
    @ParameterizedTest
    @CsvSource({
            "1048576, 2621440, fd9fa4edd4256fff82f4f7f9a90ad0a6b761574c533c223c1abbe284f20ee47d",
            "197608, 988817, d39063d5f493653fae6c864c76ce5a789521e8b9e31a95ad7a2d4d879b878ffa"})
    void chunksSealedInPiecesAreByteForByteTheOneCallFormat(int chunk, int size, String sha256) throws Exception {
        byte[] data = new byte[size];
        new Random(7).nextBytes(data);
        Path in = Files.write(dir.resolve("big.bin"), data);
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(11L);
        byte[] key = new byte[32];
        new Random(1).nextBytes(key);
        Path enc = dir.resolve("big.enc");
        new FileCipher(chunk, random).encryptWithKey(in, enc, "files", 3, key, Progress.NONE);
        assertEquals(sha256, HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(enc))));
        Path back = dir.resolve("big.dec");
        new FileCipher(chunk, new SecureRandom()).decrypt(enc, back, h -> key.clone(), Progress.NONE);
        assertArrayEquals(data, Files.readAllBytes(back));

        byte[] bytes = Files.readAllBytes(enc);
        int sealed = chunk + 16;
        bytes[bytes.length - (size % chunk) - 16 - sealed + 2 * 65536 + 5] ^= 1; // third piece of the second-last chunk
        Files.write(enc, bytes);
        Files.delete(back);
        long chunks = (size + chunk - 1) / chunk;
        TamperedDataException e = assertThrows(TamperedDataException.class,
                () -> new FileCipher(chunk, new SecureRandom()).decrypt(enc, back, h -> key.clone(), Progress.NONE));
        assertEquals(true, e.getMessage().contains("chunk " + (chunks - 1) + " of " + chunks), e.getMessage());
        assertEquals(false, Files.exists(back));
    }

    @Test
    void manyChunksRoundTripAndALateDamagedChunkIsNamed() throws Exception {
        Path in = input();
        Path enc = encryptDeterministically(in);
        byte[] key = new byte[32];
        new Random(1).nextBytes(key);
        Path out = dir.resolve("out.bin");
        new FileCipher(CHUNK, new SecureRandom()).decrypt(enc, out, h -> key.clone(), Progress.NONE);
        assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out));

        byte[] bytes = Files.readAllBytes(enc);
        int sealed = CHUNK + 16;
        bytes[bytes.length - 123 - 16 - 5 * sealed + 7] ^= 1; // inside chunk 33 of 38
        Files.write(enc, bytes);
        Files.delete(out);
        TamperedDataException e = assertThrows(TamperedDataException.class,
                () -> new FileCipher(CHUNK, new SecureRandom()).decrypt(enc, out, h -> key.clone(), Progress.NONE));
        assertEquals(true, e.getMessage().contains("chunk 33 of 38"), e.getMessage());
        assertEquals(false, Files.exists(out));
    }
}
