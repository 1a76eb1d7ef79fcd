package io.safesegment.bench;

import io.safesegment.core.crypto.field.AesGcmFieldEncryption;
import io.safesegment.core.crypto.field.AesSivEncryption;
import io.safesegment.core.crypto.field.Ff1Encryption;
import io.safesegment.core.crypto.field.FpeAlphabet;
import io.safesegment.core.crypto.file.FileCipher;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Throughput of the crypto package (a benchmark, not a test): chunked AES-256-GCM file encryption of a 1 GiB
 * temporary file against the raw JCA cipher on the same bytes in memory, and FF1 / AES-SIV / AES-GCM field
 * operations on 1M values. Usage: {@code CryptoBench [DIR] [MiB] [values]}; see docs/crypto.md for the command.
 */
public final class CryptoBench {
    private static final int CHUNK = FileCipher.DEFAULT_CHUNK;

    private CryptoBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("java.io.tmpdir"));
        int mib = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        int values = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        Random seeded = new Random(20261123L);
        byte[] key = new byte[32];
        seeded.nextBytes(key);

        Path work = Files.createTempDirectory(dir, "cryptobench");
        Path plain = work.resolve("plain.bin");
        Path enc = work.resolve("plain.enc");
        Path dec = work.resolve("plain.dec");
        try {
            System.out.printf("Writing %d MiB of seeded random data to %s%n", mib, plain);
            byte[] data = writeData(plain, mib, seeded);
            FileCipher cipher = new FileCipher(CHUNK, new SecureRandom());

            rawGcm(data, key, Math.min(mib, 256)); // warm-up: lets the JIT compile the AES/GHASH intrinsics
            cipher.encryptWithKey(plain, enc, "bench", 1, key, Progress.NONE);
            Files.delete(enc);

            double raw = best(3, () -> rawGcm(data, key, mib));
            double file = best(3, () -> {
                long t = System.nanoTime();
                cipher.encryptWithKey(plain, enc, "bench", 1, key, Progress.NONE);
                return System.nanoTime() - t;
            });
            Path copy = work.resolve("plain.copy");
            double io = best(3, () -> {
                long t = System.nanoTime();
                plainCopy(plain, copy);
                return System.nanoTime() - t;
            });
            Files.deleteIfExists(copy);
            double decrypt = best(3, () -> {
                long t = System.nanoTime();
                cipher.decrypt(enc, dec, h -> key.clone(), Progress.NONE);
                return System.nanoTime() - t;
            });
            double mb = mib * 1024.0 * 1024.0 / 1e6;
            System.out.printf("Raw JCA AES/GCM/NoPadding, 1 MiB chunks in memory: %8.0f MB/s%n", mb / raw);
            System.out.printf("FileCipher.encryptWithKey, %d MiB file to file:   %8.0f MB/s%n", mib, mb / file);
            System.out.printf("FileCipher.decrypt,        %d MiB file to file:   %8.0f MB/s%n", mib, mb / decrypt);
            System.out.printf("Plain file copy, same streams, no crypto:        %8.0f MB/s%n", mb / io);
            System.out.printf("Ratio file encryption / raw cipher: %.2fx (aim >= 0.8x)%n", raw / file);
            System.out.printf("Ratio file encryption / plain copy: %.2fx%n", io / file);
        } finally {
            Files.deleteIfExists(plain);
            Files.deleteIfExists(enc);
            Files.deleteIfExists(dec);
            Files.deleteIfExists(work);
        }
        fieldOps(values, seeded);
    }

    /** The I/O path of FileCipher without the cipher: what the disk and page cache allow. */
    private static void plainCopy(Path from, Path to) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try (java.io.InputStream in = Files.newInputStream(from)) {
            io.safesegment.core.workspace.AtomicFiles.write(to, false, out -> {
                int n;
                while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                    out.write(buffer, 0, n);
                }
            });
        }
    }

    private static byte[] writeData(Path plain, int mib, Random seeded) throws IOException {
        byte[] data = new byte[mib * 1024 * 1024];
        seeded.nextBytes(data);
        try (OutputStream out = Files.newOutputStream(plain)) {
            out.write(data);
        }
        return data;
    }

    /** Seconds for the raw cipher over {@code mib} MiB of {@code data}, chunked like the file format. */
    private static long rawGcm(byte[] data, byte[] key, int mib) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        SecretKeySpec spec = new SecretKeySpec(key, "AES");
        byte[] out = new byte[CHUNK + 16];
        byte[] nonce = new byte[12];
        long t = System.nanoTime();
        for (int i = 0; i < mib; i++) {
            nonce[11] = (byte) i;
            nonce[10] = (byte) (i >> 8);
            cipher.init(Cipher.ENCRYPT_MODE, spec, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(nonce);
            cipher.doFinal(data, i * CHUNK, CHUNK, out, 0);
        }
        return System.nanoTime() - t;
    }

    private static void fieldOps(int n, Random seeded) {
        String[] digits = new String[n];
        String[] emails = new String[n];
        for (int i = 0; i < n; i++) {
            digits[i] = String.format("%012d", Math.floorMod(seeded.nextLong(), 1_000_000_000_000L));
            emails[i] = "customer" + seeded.nextInt(10_000_000) + "@example.com";
        }
        byte[] k32 = new byte[32];
        byte[] k64 = new byte[64];
        seeded.nextBytes(k32);
        seeded.nextBytes(k64);
        Ff1Encryption ff1 = new Ff1Encryption(k32, FpeAlphabet.DIGITS, "account".getBytes());
        AesSivEncryption siv = new AesSivEncryption(k64);
        AesGcmFieldEncryption gcm = new AesGcmFieldEncryption(k32, new SecureRandom());
        report("FF1 encrypt, 12-digit values", n, i -> ff1.encrypt(digits[i]));
        report("AES-SIV deterministic encryptText, e-mails", n, i -> siv.encryptText(emails[i], "email"));
        report("AES-GCM randomised encryptText, e-mails", n, i -> gcm.encryptText(emails[i], "email"));
    }

    private static void report(String what, int n, java.util.function.IntFunction<String> op) {
        int sink = 0;
        for (int i = 0; i < Math.min(n, 100_000); i++) {
            sink += op.apply(i).length();
        }
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += op.apply(i).length();
        }
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("%-45s %,d values in %.2f s = %,.0f ops/s (checksum %d)%n", what, n, s, n / s, sink);
    }

    @FunctionalInterface
    private interface Timed {
        long nanos() throws Exception;
    }

    /** Best of {@code runs} timings in seconds; the best run is least disturbed by the 2-core machine's neighbours. */
    private static double best(int runs, Timed timed) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            best = Math.min(best, timed.nanos());
        }
        return best / 1e9;
    }
}
