package io.safesegment.core.crypto.file;

import io.safesegment.core.crypto.Argon2Kdf;
import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.crypto.WrongKeyException;
import io.safesegment.core.crypto.WrongPasswordException;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedIOException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Encrypts files at rest with AES-256-GCM in independently authenticated chunks (the STREAM construction of
 * Hoang, Reyhanitabar, Rogaway and Vizár): chunk {@code i} uses nonce {@code prefix || i} and carries the whole
 * header plus a final-chunk flag as associated data. Hence a flipped bit, swapped chunks, a truncated tail or an
 * edited header each fail authentication. Bulk data goes through the JCA {@code AES/GCM/NoPadding} cipher, which the
 * JDK accelerates with AES-NI and CLMUL intrinsics.
 *
 * <p>Output is written through {@link AtomicFiles}: until every chunk has been authenticated the plaintext exists
 * only in a temporary file that is deleted on failure. Chunks are sealed in parallel on every core while the next
 * ones are read ({@link ChunkPipeline}).
 */
public final class FileCipher {
    /** AES-256. */
    public static final int KEY_BYTES = 32;
    /** Default plaintext chunk: 1 MiB, big enough for the intrinsics, small enough to stream. */
    public static final int DEFAULT_CHUNK = 1 << 20;
    private static final int TAG_BYTES = 16;
    private static final byte[] KEY_CHECK_LABEL = "SafeSegment file key check".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHUNK_KEY_LABEL = "SafeSegment file chunks".getBytes(StandardCharsets.US_ASCII);

    private final int chunkSize;
    private final SecureRandom random;

    /** Creates a cipher writing chunks of {@code chunkSize} plaintext bytes, with nonces and salts from {@code random}. */
    public FileCipher(int chunkSize, SecureRandom random) {
        if (chunkSize < 1024 || chunkSize > FileHeader.MAX_CHUNK) {
            throw new LocalizedArgumentException(Message.of("file.fileCipher.chunkSizeMustBe", chunkSize));
        }
        this.chunkSize = chunkSize;
        this.random = random;
    }

    /** A cipher with 1 MiB chunks and a fresh {@link SecureRandom}. */
    public static FileCipher withDefaults() {
        return new FileCipher(DEFAULT_CHUNK, new SecureRandom());
    }

    /**
     * Encrypts {@code in} to {@code out} under a 32-byte vault key, recording its name and version in the header.
     * The key array stays owned by the caller.
     */
    public FileCryptoResult encryptWithKey(Path in, Path out, String keyName, int keyVersion, byte[] key,
                                           Progress progress) throws IOException {
        if (key.length != KEY_BYTES) {
            throw new CryptoException(Message.of("file.fileCipher.key", keyName));
        }
        FileHeader header = new FileHeader(chunkSize, randomBytes(FileHeader.NONCE_PREFIX_BYTES), keyName,
                keyVersion, null, null);
        return encrypt(in, out, header, key, progress, "key " + keyName + " v" + keyVersion);
    }

    /** Encrypts {@code in} to {@code out} under a key derived from {@code password} with Argon2id (no vault needed). */
    public FileCryptoResult encryptWithPassword(Path in, Path out, char[] password, Argon2Params params,
                                                Progress progress) throws IOException {
        byte[] salt = randomBytes(Argon2Kdf.SALT_BYTES);
        FileHeader header = new FileHeader(chunkSize, randomBytes(FileHeader.NONCE_PREFIX_BYTES), null, 0, params,
                salt);
        byte[] key = Argon2Kdf.deriveKey(password, salt, params, KEY_BYTES);
        try {
            return encrypt(in, out, header, key, progress, "password");
        } finally {
            Secrets.wipe(key);
        }
    }

    /** Reads only the header of an encrypted file, e.g. to learn which key or whether a password is needed. */
    public static FileHeader readHeader(Path in) throws IOException {
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(in))) {
            return FileHeader.read(stream, in.getFileName().toString()).header();
        }
    }

    /**
     * Decrypts {@code in} to {@code out}. Throws {@link WrongPasswordException} / {@link WrongKeyException} when the
     * key does not match and {@link TamperedDataException} naming the chunk when the content was altered; in every
     * failure {@code out} is left as it was.
     */
    public FileCryptoResult decrypt(Path in, Path out, FileKeySource keys, Progress progress) throws IOException {
        AtomicFiles.requireNotSameFile(in, out);
        String source = in.getFileName().toString();
        long fileSize = Files.size(in);
        try (InputStream stream = new BufferedInputStream(Files.newInputStream(in), 1 << 16)) {
            FileHeader.Parsed parsed = FileHeader.read(stream, source);
            FileHeader header = parsed.header();
            byte[] key = keys.keyFor(header);
            try {
                if (!MessageDigest.isEqual(keyCheck(key, parsed.body()), parsed.keyCheck())) {
                    if (header.passwordMode()) {
                        throw new WrongPasswordException(source);
                    }
                    throw new WrongKeyException(Message.of("file.fileCipher.wasNotEncryptedWith", source, header.keyName(), header.keyVersion()));
                }
                long headerBytes = parsed.body().length + FileHeader.KEY_CHECK_BYTES;
                long body = fileSize - headerBytes;
                long sealedChunk = (long) header.chunkSize() + TAG_BYTES;
                long chunks = Math.max(1, (body + sealedChunk - 1) / sealedChunk);
                if (body < TAG_BYTES || body - (chunks - 1) * sealedChunk < TAG_BYTES) {
                    throw new TamperedDataException(Message.of("file.fileCipher.isTruncatedItsLast", source));
                }
                long plaintext = body - chunks * TAG_BYTES;
                String description = header.passwordMode() ? "password"
                        : "key " + header.keyName() + " v" + header.keyVersion();
                AtomicFiles.write(out, false, sink -> transform(Cipher.DECRYPT_MODE, stream, sink, header,
                        parsed.body(), key, chunks, sealedChunk, source, progress));
                return new FileCryptoResult(in, out, plaintext, chunks, description);
            } finally {
                Secrets.wipe(key);
            }
        }
    }

    private FileCryptoResult encrypt(Path in, Path out, FileHeader header, byte[] key, Progress progress,
                                     String description) throws IOException {
        AtomicFiles.requireNotSameFile(in, out);
        long size = Files.size(in);
        long chunks = Math.max(1, (size + chunkSize - 1) / chunkSize);
        if (chunks > 0xFFFF_FFFFL) {
            throw new CryptoException(Message.of("file.fileCipher.isTooLargeFor", in.getFileName()));
        }
        byte[] body = header.encodeBody();
        byte[] check = keyCheck(key, body);
        byte[] chunkKey = subkey(key, CHUNK_KEY_LABEL);
        SecretKeySpec keySpec = new SecretKeySpec(chunkKey, "AES");
        Secrets.wipe(chunkKey);
        try (FileChannel input = FileChannel.open(in, StandardOpenOption.READ)) {
            AtomicFiles.writeChannel(out, false, channel -> {
                ByteBuffer head = ByteBuffer.allocate(body.length + check.length).put(body).put(check).flip();
                while (head.hasRemaining()) {
                    channel.write(head, head.position());
                }
                PositionalEncryption.encrypt(input, size, channel, body.length + check.length, keySpec,
                        header.noncePrefix(), body, chunkSize, chunks, in.getFileName().toString(), progress);
            });
        }
        return new FileCryptoResult(in, out, size, chunks, description);
    }

    /**
     * Streams {@code chunks} chunks through AES-GCM. {@code readSize} is the input size of a non-final chunk
     * (plaintext when encrypting, ciphertext + tag when decrypting).
     */
    private static void transform(int mode, InputStream in, OutputStream out, FileHeader header, byte[] headerBody,
                                  byte[] key, long chunks, long readSize, String source, Progress progress)
            throws IOException {
        boolean encrypting = mode == Cipher.ENCRYPT_MODE;
        byte[] chunkKey = subkey(key, CHUNK_KEY_LABEL);
        SecretKeySpec keySpec = new SecretKeySpec(chunkKey, "AES");
        Secrets.wipe(chunkKey);
        try (ChunkPipeline pipeline = new ChunkPipeline(mode, keySpec, header.noncePrefix(), headerBody,
                (int) readSize, out, source, chunks)) {
            for (long i = 0; i < chunks; i++) {
                progress.checkCancelled();
                boolean last = i == chunks - 1;
                byte[] input = pipeline.nextInput();
                int n = in.readNBytes(input, 0, (int) readSize);
                if (!last && n < readSize) {
                    if (encrypting) {
                        throw new LocalizedIOException(Message.of("file.fileCipher.shrank", source));
                    }
                    throw new TamperedDataException(Message.of("file.fileCipher.isTruncatedAtChunk", source, i + 1));
                }
                if (last && in.read() >= 0) {
                    if (encrypting) {
                        throw new LocalizedIOException(Message.of("file.fileCipher.grew", source));
                    }
                    throw new TamperedDataException(Message.of("file.fileCipher.hasUnexpectedDataAfter", source));
                }
                pipeline.submit(n);
                if ((i & 15) == 15 || last) {
                    progress.report((double) (i + 1) / chunks, encrypting
                            ? Message.of("progress.file.encrypting", source) : Message.of("progress.file.decrypting", source));
                }
            }
            pipeline.finish();
        }
    }

    /**
     * Commits the header to the key, so a wrong key is told apart from corrupted data before any chunk. Uses its
     * own HKDF subkey: the AES key and the HMAC key are never the same bytes.
     */
    private static byte[] keyCheck(byte[] key, byte[] headerBody) {
        byte[] checkKey = subkey(key, KEY_CHECK_LABEL);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(checkKey, "HmacSHA256"));
            return mac.doFinal(headerBody);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("file.fileCipher.thisJavaRuntimeHas"), e);
        } finally {
            Secrets.wipe(checkKey);
        }
    }

    /** HKDF-SHA-256 (RFC 5869, BouncyCastle) expansion of the file key into a 32-byte subkey for one use. */
    private static byte[] subkey(byte[] key, byte[] label) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(key, null, label));
        byte[] out = new byte[KEY_BYTES];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
