package io.safesegment.core.governance.access;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Account password hashes: Argon2id (RFC 9106, version 0x13) through BouncyCastle, stored in the PHC string form
 * {@code $argon2id$v=19$m=65536,t=3,p=1$salt$hash} so the parameters travel with each hash and can be raised later.
 * Written here rather than calling {@code core.crypto.Argon2Kdf}: governance must not depend on crypto, which records
 * into governance (record 0024).
 */
final class PasswordHash {
    /** Memory (KiB), iterations and lanes: the vault's defaults (64 MiB, t=3, p=1; ~0.3 s here). */
    static final int MEMORY_KIB = 64 * 1024;
    static final int ITERATIONS = 3;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /** A new salted hash of {@code password} (the caller still owns and wipes the array). */
    static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code encoded}; a malformed stored hash never matches. */
    static boolean verify(char[] password, String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            return false;
        }
        int m;
        int t;
        int p;
        try {
            String[] params = parts[3].split(",");
            m = Integer.parseInt(params[0].substring(2));
            t = Integer.parseInt(params[1].substring(2));
            p = Integer.parseInt(params[2].substring(2));
        } catch (RuntimeException e) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[4]);
        byte[] expected = Base64.getDecoder().decode(parts[5]);
        byte[] actual = argon2(password, salt, m, t, p, expected.length);
        try {
            return MessageDigest.isEqual(expected, actual); // constant time
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    /** A key of {@code length} bytes from {@code password} with the account hash's Argon2id parameters. */
    static byte[] derive(char[] password, byte[] salt, int length) {
        return argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, length);
    }

    private static byte[] argon2(char[] password, byte[] salt, int memoryKiB, int iterations, int parallelism,
                                 int length) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] pw = new byte[encoded.remaining()];
        encoded.get(pw);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKiB)
                    .withIterations(iterations).withParallelism(parallelism).withSalt(salt).build());
            byte[] out = new byte[length];
            generator.generateBytes(pw, out);
            return out;
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
    }
}
