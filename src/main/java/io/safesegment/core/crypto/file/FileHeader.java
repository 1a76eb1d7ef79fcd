package io.safesegment.core.crypto.file;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The clear-text header of an encrypted file. Every byte of it is authenticated as associated data of every chunk,
 * so editing the key name, the chunk size or the Argon2 parameters makes decryption fail.
 *
 * <pre>
 * "SSENC" | version 1 | mode (1 vault key, 2 password) | chunk size (int) | nonce prefix (8 bytes)
 * mode 1: key name (short length + UTF-8) | key version (int)
 * mode 2: Argon2 memory KiB, iterations, parallelism (3 ints) | salt (16 bytes)
 * key check (32 bytes): HMAC-SHA-256(HKDF(file key, "SafeSegment file key check"), all bytes above)
 * </pre>
 *
 * @param chunkSize   plaintext bytes per chunk
 * @param noncePrefix random per file; a chunk's 96-bit nonce is this prefix plus the 32-bit chunk counter
 * @param keyName     vault key name (mode 1), or null in password mode
 * @param keyVersion  vault key version (mode 1), or 0
 * @param argon2      Argon2id parameters (mode 2), or null
 * @param salt        Argon2id salt (mode 2), or null
 */
public record FileHeader(int chunkSize, byte[] noncePrefix, String keyName, int keyVersion, Argon2Params argon2,
                         byte[] salt) {
    static final byte[] MAGIC = "SSENC".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 1;
    static final int NONCE_PREFIX_BYTES = 8;
    static final int KEY_CHECK_BYTES = 32;
    /** Largest chunk accepted from a header: bounds the memory a crafted file can make us allocate. */
    static final int MAX_CHUNK = 64 << 20;
    private static final int MODE_KEY = 1;
    private static final int MAX_KEY_NAME_BYTES = 64;
    /** Same rule as the vault's key names. */
    private static final java.util.regex.Pattern KEY_NAME = java.util.regex.Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int MODE_PASSWORD = 2;

    /** Validates that exactly one of the two modes is described. */
    public FileHeader {
        if (chunkSize < 1024 || chunkSize > MAX_CHUNK) {
            throw new LocalizedArgumentException(Message.of("file.fileHeader.chunkSizeMustBe", chunkSize));
        }
        if (noncePrefix == null || noncePrefix.length != NONCE_PREFIX_BYTES) {
            throw new LocalizedArgumentException(Message.of("file.fileHeader.noncePrefixMustBe", NONCE_PREFIX_BYTES));
        }
        boolean keyMode = keyName != null;
        if (keyMode == (argon2 != null) || keyMode == (salt != null)) {
            throw new LocalizedArgumentException(Message.of("file.fileHeader.aHeaderNamesEither"));
        }
        noncePrefix = noncePrefix.clone();
        salt = salt == null ? null : salt.clone();
    }

    /** Whether the file key is derived from a password rather than taken from a vault. */
    public boolean passwordMode() {
        return keyName == null;
    }

    /** A copy of the nonce prefix. */
    @Override
    public byte[] noncePrefix() {
        return noncePrefix.clone();
    }

    /** A copy of the Argon2id salt, or null in key mode. */
    @Override
    public byte[] salt() {
        return salt == null ? null : salt.clone();
    }

    /** The header bytes without the key check value. */
    byte[] encodeBody() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeByte(FORMAT_VERSION);
            out.writeByte(passwordMode() ? MODE_PASSWORD : MODE_KEY);
            out.writeInt(chunkSize);
            out.write(noncePrefix);
            if (passwordMode()) {
                out.writeInt(argon2.memoryKiB());
                out.writeInt(argon2.iterations());
                out.writeInt(argon2.parallelism());
                out.write(salt);
            } else {
                byte[] name = keyName.getBytes(StandardCharsets.UTF_8);
                out.writeShort(name.length);
                out.write(name);
                out.writeInt(keyVersion);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new LocalizedStateException(Message.of("file.fileHeader.inMemoryWriteFailed"), e);
        }
    }

    /** A parsed header, the exact bytes it was read from (for the AAD) and the stored key check. */
    record Parsed(FileHeader header, byte[] body, byte[] keyCheck) {
    }

    /** Reads and validates a header from the start of {@code in}; {@code source} names the file in errors. */
    static Parsed read(InputStream in, String source) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        DataInputStream data = new DataInputStream(new TeeInputStream(in, copy));
        try {
            byte[] magic = data.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new TamperedDataException(Message.of("file.fileHeader.isNotASafesegment", source));
            }
            int version = data.readUnsignedByte();
            if (version != FORMAT_VERSION) {
                throw new TamperedDataException(Message.of("file.fileHeader.usesEncryptedFileFormat", source, version, FORMAT_VERSION));
            }
            int mode = data.readUnsignedByte();
            int chunk = data.readInt();
            byte[] prefix = data.readNBytes(NONCE_PREFIX_BYTES);
            FileHeader header;
            if (mode == MODE_PASSWORD) {
                Argon2Params params = new Argon2Params(data.readInt(), data.readInt(), data.readInt());
                byte[] salt = new byte[io.safesegment.core.crypto.Argon2Kdf.SALT_BYTES];
                data.readFully(salt);
                header = new FileHeader(chunk, prefix, null, 0, params, salt);
            } else if (mode == MODE_KEY) {
                int nameLength = data.readUnsignedShort();
                // Vault key names are 1-64 ASCII characters: a longer field is damage or an attack, and is never
                // read into memory or echoed (it once printed 118 KB of binary to the terminal).
                if (nameLength < 1 || nameLength > MAX_KEY_NAME_BYTES) {
                    throw new TamperedDataException(Message.of("file.fileHeader.hasACorruptedHeader", source, nameLength, MAX_KEY_NAME_BYTES));
                }
                byte[] name = new byte[nameLength];
                data.readFully(name);
                String keyName = new String(name, StandardCharsets.US_ASCII);
                if (!KEY_NAME.matcher(keyName).matches()) {
                    // Never echo a name that a vault could not have produced: it may carry terminal escapes.
                    throw new TamperedDataException(Message.of("file.fileHeader.hasACorruptedHeader2", source));
                }
                header = new FileHeader(chunk, prefix, keyName, data.readInt(), null, null);
            } else {
                throw new TamperedDataException(Message.of("file.fileHeader.hasAnUnknownKey", source, mode));
            }
            byte[] body = copy.toByteArray();
            byte[] check = new byte[KEY_CHECK_BYTES];
            data.readFully(check);
            return new Parsed(header, body, check);
        } catch (EOFException e) {
            throw new TamperedDataException(Message.of("file.fileHeader.isTruncatedItsHeader", source), e);
        } catch (IllegalArgumentException e) {
            throw new TamperedDataException(Message.of("file.fileHeader.hasACorruptedHeader3", source, LocalizedMessage.of(e)), e);
        }
    }

    /** Copies what is read into a buffer so the exact header bytes can be authenticated. */
    private static final class TeeInputStream extends java.io.FilterInputStream {
        private final ByteArrayOutputStream copy;

        TeeInputStream(InputStream in, ByteArrayOutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                copy.write(b, off, n);
            }
            return n;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileHeader h && Arrays.equals(h.encodeBody(), encodeBody());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encodeBody());
    }

    @Override
    public String toString() {
        return passwordMode() ? "FileHeader[password, " + argon2 + "]"
                : "FileHeader[key " + keyName + " v" + keyVersion + "]";
    }
}
