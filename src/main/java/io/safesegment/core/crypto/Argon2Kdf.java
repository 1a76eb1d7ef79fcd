package io.safesegment.core.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Derives symmetric keys from passwords with Argon2id (RFC 9106, version 0x13) through BouncyCastle. */
public final class Argon2Kdf {
    /** Salt length used for new vaults and password-encrypted files. */
    public static final int SALT_BYTES = 16;

    private Argon2Kdf() {
    }

    /**
     * Derives {@code length} key bytes from {@code password}; the password array is left untouched (the caller
     * owns and wipes it).
     */
    public static byte[] deriveKey(char[] password, byte[] salt, Argon2Params params, int length) {
        byte[] pw = utf8(password);
        try {
            return derive(pw, salt, null, null, params, length);
        } finally {
            Secrets.wipe(pw);
        }
    }

    /** Raw Argon2id with optional secret and associated data: exposed to the package so RFC 9106 vectors test it. */
    static byte[] derive(byte[] password, byte[] salt, byte[] secret, byte[] associated, Argon2Params params,
                         int length) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt);
        if (secret != null) {
            builder.withSecret(secret);
        }
        if (associated != null) {
            builder.withAdditional(associated);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(builder.build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    /** UTF-8 bytes of a password without going through an immutable String. */
    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            java.util.Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
