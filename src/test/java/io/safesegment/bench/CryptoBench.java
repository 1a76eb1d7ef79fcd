package io.safesegment.bench;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.field.AesGcmFieldEncryption;
import io.safesegment.core.crypto.field.AesSivEncryption;
import io.safesegment.core.crypto.field.Ff1Encryption;
import io.safesegment.core.crypto.field.FpeAlphabet;
import io.safesegment.core.crypto.file.FileCipher;
import io.safesegment.core.crypto.vault.KeyVault;
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
 * Throughput of the crypto package (a benchmark, not a test): chunked AES-256-GCM file encryption of a temporary
 * file against the raw JCA cipher on the same bytes in memory, a plain copy through the same streams, FF1 / AES-SIV /
 * AES-GCM field operations, and unlocking a key vault with the default Argon2id cost (what the GUI's unlock dialog
 * waits for). Run with {@code bench/run crypto}; arguments are the repository root and {@code bench/out}, temporary
 * files go to {@code bench/out/crypto-tmp}. Sizes: {@code -Dcrypto.mib=1024} (file size) and
 * {@code -Dcrypto.values=1000000} (field values), e.g. {@code BENCH_JAVA_OPTS=-Dcrypto.mib=256 bench/run crypto}.
 */
public final class CryptoBench {
    private static final int CHUNK = FileCipher.DEFAULT_CHUNK;

    private CryptoBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 1 ? args[1] : "bench/out");
        int mib = Integer.getInteger("crypto.mib", 1024);
        int values = Integer.getInteger("crypto.values", 1_000_000);
        Random seeded = new Random(20261123L);
        byte[] key = new byte[32];
        seeded.nextBytes(key);
        BenchReport r = new BenchReport("crypto");
        r.put("file_mib", mib, "file size (MiB)");
        r.put("field_values", values, "field values");

        Path work = Files.createDirectories(out.resolve("crypto-tmp"));
        Path plain = work.resolve("plain.bin");
        Path enc = work.resolve("plain.enc");
        Path dec = work.resolve("plain.dec");
        Path copy = work.resolve("plain.copy");
        try {
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
            double io = best(3, () -> {
                long t = System.nanoTime();
                plainCopy(plain, copy);
                return System.nanoTime() - t;
            });
            double decrypt = best(3, () -> {
                long t = System.nanoTime();
                cipher.decrypt(enc, dec, h -> key.clone(), Progress.NONE);
                return System.nanoTime() - t;
            });
            // CPU seconds of all threads (one run each): on the shared machine wall time mostly measures the
            // neighbours; CPU time shows what encryption adds to the same I/O.
            double fileCpu = cpuSeconds(() -> cipher.encryptWithKey(plain, enc, "bench", 1, key, Progress.NONE));
            double copyCpu = cpuSeconds(() -> plainCopy(plain, copy));
            double mb = mib * 1024.0 * 1024.0 / 1e6;
            r.put("file_encrypt_cpu_s", round(fileCpu), "FileCipher.encryptWithKey, CPU time of all threads (s)");
            r.put("plain_copy_cpu_s", round(copyCpu), "plain copy, CPU time of all threads (s)");
            r.put("raw_gcm_mb_s", round(mb / raw), "raw JCA AES/GCM, 1 MiB chunks in memory (MB/s, best of 3)");
            r.put("file_encrypt_mb_s", round(mb / file), "FileCipher.encryptWithKey file to file (MB/s, best of 3)");
            r.put("file_decrypt_mb_s", round(mb / decrypt), "FileCipher.decrypt file to file (MB/s, best of 3)");
            r.put("plain_copy_mb_s", round(mb / io), "plain copy, same streams, no crypto (MB/s, best of 3)");
            r.put("ratio_file_vs_raw", round(raw / file), "ratio file encryption / raw cipher (aim >= 0.8)");
            r.put("ratio_file_vs_copy", round(io / file), "ratio file encryption / plain copy");
        } finally {
            for (Path p : new Path[] {plain, enc, dec, copy}) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(work);
        }
        fieldOps(values, seeded, r);
        vaultUnlock(out, r);
        r.finish(out);
    }

    /** Seconds to open a vault protected with the default Argon2id cost (m=64 MiB, t=3), best of 3. */
    private static void vaultUnlock(Path out, BenchReport r) throws Exception {
        Path ws = Files.createTempDirectory(Files.createDirectories(out), "crypto-vault");
        char[] password = "benchmark password".toCharArray();
        try {
            KeyVault.create(ws, password, Argon2Params.DEFAULT).close();
            double open = best(3, () -> {
                long t = System.nanoTime();
                KeyVault.open(ws, password).close();
                return System.nanoTime() - t;
            });
            r.put("vault_unlock_seconds", round(open), "vault unlock, Argon2id m=64 MiB t=3 (s, best of 3)");
        } finally {
            // the vault folder also holds its lock file (and whatever the vault keeps beside it): remove the tree
            try (var tree = Files.walk(ws)) {
                for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
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

    private static void fieldOps(int n, Random seeded, BenchReport r) {
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
        r.put("ff1_seconds", report(n, i -> ff1.encrypt(digits[i])), "FF1 encrypt, 12-digit values (s)");
        r.put("aes_siv_seconds", report(n, i -> siv.encryptText(emails[i], "email")),
                "AES-SIV deterministic encryptText, e-mails (s)");
        r.put("aes_gcm_field_seconds", report(n, i -> gcm.encryptText(emails[i], "email")),
                "AES-GCM randomised encryptText, e-mails (s)");
    }

    /** Seconds for {@code n} operations after a warm-up; the checksum keeps the JIT from dropping the work. */
    private static double report(int n, java.util.function.IntFunction<String> op) {
        int sink = 0;
        for (int i = 0; i < Math.min(n, 100_000); i++) {
            sink += op.apply(i).length();
        }
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += op.apply(i).length();
        }
        double s = (System.nanoTime() - t) / 1e9;
        if (sink == 42) {
            System.out.println("checksum " + sink);
        }
        return round(s);
    }

    @FunctionalInterface
    private interface Timed {
        long nanos() throws Exception;
    }

    /** Best of {@code runs} timings in seconds; the best run is least disturbed by the 2-core machine's neighbours. */
    /** A piece of work measured in CPU time. */
    private interface Work {
        void run() throws Exception;
    }

    private static double cpuSeconds(Work work) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long t0 = os.getProcessCpuTime();
        work.run();
        return (os.getProcessCpuTime() - t0) / 1e9;
    }

    private static double best(int runs, Timed timed) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            best = Math.min(best, timed.nanos());
        }
        return best / 1e9;
    }
}
