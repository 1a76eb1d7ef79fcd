package io.safesegment.core.crypto.vault;

import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.safesegment.core.PrintableText;
import io.safesegment.core.crypto.Argon2Kdf;
import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyNotFoundException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.Secrets;
import io.safesegment.core.crypto.VaultCheckpointSigner;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.WrongPasswordException;
import io.safesegment.core.crypto.pgp.PgpKeyGenerator;
import io.safesegment.core.crypto.sign.Ed25519Keys;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.workspace.ExclusiveFileLock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The workspace key vault: file {@code keys.vault} in the workspace directory, holding named, versioned keys.
 *
 * <p>File layout: {@code "SSVAULT" | format 1 | header length (int) | header JSON | AES-256-GCM(body JSON)}. The
 * header holds the Argon2id parameters, salt and nonce and is authenticated as associated data; the body holds the
 * keys. The vault key is derived from the master password with Argon2id and kept only while the vault is open;
 * {@link #close()} wipes it and all key material. Every change is written atomically with fsync.
 *
 * <p>Several processes may use one vault at once (two {@code keys create} runs, two {@code mask --workspace} runs
 * on a new workspace). Every change therefore holds an {@link ExclusiveFileLock} on {@code keys.vault.lock} while it
 * re-reads the file, applies the change to what is on disk now and writes it back, so no process's keys are lost;
 * see {@code docs/decisions/0007-vault-and-workspace-concurrency.md}.
 *
 * <p>Rotation adds a new version of a key and marks the older ones retired: retired versions still decrypt what
 * they encrypted, new work uses the current version.
 */
public final class KeyVault implements AutoCloseable {
    /** Name of the vault file inside the workspace directory. */
    public static final String FILE_NAME = "keys.vault";

    private static final byte[] MAGIC = "SSVAULT".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT_VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final Argon2Params params;
    private byte[] salt;
    private byte[] vaultKey;
    private final List<Entry> entries;
    private final SecureRandom random;
    private final Clock clock;
    private boolean closed;

    private KeyVault(Path file, Argon2Params params, byte[] salt, byte[] vaultKey, List<Entry> entries,
                     SecureRandom random, Clock clock) {
        this.file = file;
        this.params = params;
        this.salt = salt;
        this.vaultKey = vaultKey;
        this.entries = entries;
        this.random = random;
        this.clock = clock;
    }

    /** The vault file of a workspace directory. */
    public static Path fileIn(Path workspaceDir) {
        return workspaceDir.resolve(FILE_NAME);
    }

    /** Whether the workspace already has a vault. */
    public static boolean exists(Path workspaceDir) {
        return Files.isRegularFile(fileIn(workspaceDir));
    }

    /**
     * Creates an empty vault protected by {@code password} (which stays owned by the caller).
     *
     * @throws CryptoException when the workspace already has a vault
     */
    public static KeyVault create(Path workspaceDir, char[] password, Argon2Params params) throws IOException {
        Path file = fileIn(workspaceDir);
        if (password.length == 0) {
            throw new CryptoException(Message.of("vault.error.emptyPassword"));
        }
        try (ExclusiveFileLock lock = ExclusiveFileLock.acquire(file)) {
            return createLocked(file, password, params);
        }
    }

    private static KeyVault createLocked(Path file, char[] password, Argon2Params params) throws IOException {
        if (Files.exists(file)) {
            throw new CryptoException(Message.of("vault.error.exists", file.toString()));
        }
        if (password.length == 0) {
            throw new CryptoException(Message.of("vault.error.emptyPassword"));
        }
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[Argon2Kdf.SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = Argon2Kdf.deriveKey(password, salt, params, 32);
        KeyVault vault = new KeyVault(file, params, salt, key, new ArrayList<>(), random, Clock.systemUTC());
        vault.save();
        return vault;
    }

    /**
     * Opens an existing vault.
     *
     * @throws WrongPasswordException when the password does not open it (nothing else is revealed)
     * @throws VaultFormatException   when the file is not a readable vault
     */
    public static KeyVault open(Path workspaceDir, char[] password) throws IOException {
        Path file = fileIn(workspaceDir);
        if (!Files.isRegularFile(file)) {
            throw new KeyNotFoundException(Message.of("vault.error.noVault", workspaceDir.toString()));
        }
        byte[] bytes = Files.readAllBytes(file);
        Sealed sealed = Sealed.parse(file, bytes);
        byte[] key = Argon2Kdf.deriveKey(password, sealed.salt(), sealed.params(), 32);
        try {
            List<Entry> entries = sealed.unseal(key, true);
            return new KeyVault(file, sealed.params(), sealed.salt(), key, entries, new SecureRandom(),
                    Clock.systemUTC());
        } catch (RuntimeException e) {
            Secrets.wipe(key);
            throw e;
        }
    }

    /** The parsed, still encrypted vault file. */
    private record Sealed(Path file, byte[] bytes, Argon2Params params, byte[] salt, byte[] nonce, int aadLength) {
        static Sealed parse(Path file, byte[] bytes) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            byte[] magic = new byte[MAGIC.length];
            if (bytes.length < MAGIC.length + 5) {
                throw new VaultFormatException(Message.of("vault.error.tooShort", file.toString()));
            }
            buf.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new VaultFormatException(Message.of("vault.error.notVault", file.toString()));
            }
            int version = buf.get() & 0xFF;
            if (version != FORMAT_VERSION) {
                throw new VaultFormatException(Message.of("vault.error.version", file.toString(), version));
            }
            int headerLength = buf.getInt();
            if (headerLength < 2 || headerLength > buf.remaining()) {
                throw new VaultFormatException(Message.of("vault.error.damagedHeader", file.toString()));
            }
            int aadLength = buf.position() + headerLength;
            try {
                JsonNode header = MAPPER.readTree(bytes, buf.position(), headerLength);
                Argon2Params params = new Argon2Params(header.path("memoryKiB").asInt(),
                        header.path("iterations").asInt(), header.path("parallelism").asInt());
                byte[] salt = Base64.getDecoder().decode(header.path("salt").asText());
                byte[] nonce = Base64.getDecoder().decode(header.path("nonce").asText());
                return new Sealed(file, bytes, params, salt, nonce, aadLength);
            } catch (IOException | IllegalArgumentException e) {
                throw new VaultFormatException(Message.of("vault.error.damagedHeader", file.toString()));
            }
        }

        /** Decrypts the keys with the vault key; a failed tag means a wrong password when opening. */
        List<Entry> unseal(byte[] key, boolean opening) {
            byte[] body = null;
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
                cipher.updateAAD(bytes, 0, aadLength);
                body = cipher.doFinal(bytes, aadLength, bytes.length - aadLength);
                return readEntries(body);
            } catch (AEADBadTagException e) {
                if (opening) {
                    throw new WrongPasswordException(Message.of("vault.named", file.toString()));
                }
                throw new VaultFormatException(Message.of("vault.error.changed", file.toString()));
            } catch (GeneralSecurityException | IOException | RuntimeException e) {
                throw new VaultFormatException(Message.of("vault.error.unreadable",
                        file.toString()));
            } finally {
                Secrets.wipe(body);
            }
        }
    }

    /** Opens the workspace vault, or creates an empty one with {@code password} and default parameters. */
    public static KeyVault openOrCreate(Path workspaceDir, char[] password) throws IOException {
        if (exists(workspaceDir)) {
            return open(workspaceDir, password);
        }
        if (password.length == 0) {
            throw new CryptoException(Message.of("vault.error.emptyPassword"));
        }
        // Two processes may both find no vault: the lock makes the second one open what the first created.
        try (ExclusiveFileLock lock = ExclusiveFileLock.acquire(fileIn(workspaceDir))) {
            return exists(workspaceDir) ? open(workspaceDir, password)
                    : createLocked(fileIn(workspaceDir), password, Argon2Params.DEFAULT);
        }
    }

    /**
     * Refuses a key name that is not 1-64 letters, digits, '.', '_' or '-' (starting with a letter or digit), so
     * callers can check a name before they create a vault or anything else.
     *
     * @throws CryptoException naming the rule
     */
    public static void requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new CryptoException(Message.of("vault.error.keyName", PrintableText.of(name, 64)));
        }
    }

    /** The vault file. */
    public Path file() {
        return file;
    }

    /** The Argon2id parameters protecting this vault. */
    public Argon2Params argon2Params() {
        return params;
    }

    /** Every version of every key, sorted by name then version; no key material. */
    public List<KeyInfo> list() {
        requireOpen();
        return entries.stream().map(Entry::info)
                .sorted(Comparator.comparing(KeyInfo::name).thenComparingInt(KeyInfo::version)).toList();
    }

    /**
     * Creates version 1 of a new key with fresh random material (or a fresh key pair) and saves the vault.
     *
     * @throws CryptoException when the name is taken or invalid
     */
    public KeyInfo create(String name, KeyPurpose purpose) throws IOException {
        requireOpen();
        requireValidName(name);
        KeyInfo created = change(() -> {
            if (entries.stream().anyMatch(e -> e.info.name().equals(name))) {
                throw new CryptoException(Message.of("vault.error.keyExists", name));
            }
            return addVersion(name, purpose, 1);
        });
        audit(AuditAction.KEY_CREATE, created);
        return created;
    }

    /**
     * The current version of {@code name}, created (version 1, {@code purpose}) when the vault has no key of that
     * name yet, also not one another process added since this vault was opened. Two processes asking for the same
     * missing key at once end up with the same key.
     *
     * @return the key and whether this call created it
     */
    public Ensured ensure(String name, KeyPurpose purpose) throws IOException {
        requireOpen();
        requireValidName(name);
        Ensured ensured = change(() -> {
            Optional<Entry> existing = entries.stream().filter(e -> e.info.name().equals(name) && !e.info.retired())
                    .max(Comparator.comparingInt(e -> e.info.version()));
            return existing.map(e -> new Ensured(e.info, false))
                    .orElseGet(() -> new Ensured(addVersion(name, purpose, 1), true));
        });
        if (ensured.created()) {
            audit(AuditAction.KEY_CREATE, ensured.key());
        }
        return ensured;
    }

    /**
     * Outcome of {@link #ensure}.
     *
     * @param key     the current version of the key
     * @param created whether it was created by this call
     */
    public record Ensured(KeyInfo key, boolean created) {
    }

    /**
     * Adds a new version of {@code name} and retires the older ones; data encrypted under old versions stays
     * decryptable.
     */
    public KeyInfo rotate(String name) throws IOException {
        requireOpen();
        KeyInfo rotated = change(() -> {
            Entry current = currentEntry(name);
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (e.info.name().equals(name) && !e.info.retired()) {
                    entries.set(i, e.retire());
                }
            }
            return addVersion(name, current.info.purpose(), current.info.version() + 1);
        });
        audit(AuditAction.KEY_ROTATE, rotated);
        return rotated;
    }

    /** One audit entry per key change, in the workspace that holds this vault (names and versions, never material). */
    private void audit(AuditAction action, KeyInfo key) {
        AuditService.recordIfWorkspace(file.toAbsolutePath().getParent(), new AuditEvent(action,
                key.name() + " v" + key.version(), null, AuditOutcome.SUCCESS, "purpose=" + key.purpose()),
                VaultCheckpointSigner.existing(this).orElse(null));
    }

    /** A copy of the current (newest, not retired) version of {@code name}; wipe it after use. */
    public VaultKey current(String name) {
        requireOpen();
        return currentEntry(name).copy();
    }

    /** A copy of a specific version of {@code name}, retired or not (for decrypting old data); wipe it after use. */
    public VaultKey version(String name, int version) {
        requireOpen();
        return entries.stream().filter(e -> e.info.name().equals(name) && e.info.version() == version).findFirst()
                .orElseThrow(() -> new KeyNotFoundException(Message.of("vault.error.noVersion", version,
                        PrintableText.of(name, 64))))
                .copy();
    }

    /** The current key of {@code purpose} if exactly the newest such key should be used by default. */
    public Optional<KeyInfo> newestOf(KeyPurpose purpose) {
        requireOpen();
        return entries.stream().map(Entry::info).filter(i -> i.purpose() == purpose && !i.retired())
                .max(Comparator.comparing(KeyInfo::created).thenComparing(KeyInfo::name));
    }

    /**
     * Re-encrypts the vault under a key derived from {@code newPassword} with a fresh salt (same Argon2id
     * parameters), written atomically with fsync. The old vault key is wiped; on a failed write the vault stays
     * protected by the old password, on disk and in memory. {@code newPassword} stays owned by the caller, who wipes
     * it.
     *
     * @throws CryptoException when the new password is empty
     */
    public void changePassword(char[] newPassword) throws IOException {
        requireOpen();
        if (newPassword == null || newPassword.length == 0) {
            throw new CryptoException(Message.of("vault.error.emptyNewPassword"));
        }
        byte[] newSalt = new byte[Argon2Kdf.SALT_BYTES];
        random.nextBytes(newSalt);
        byte[] newKey = Argon2Kdf.deriveKey(newPassword, newSalt, params, 32);
        try (ExclusiveFileLock lock = ExclusiveFileLock.acquire(file)) {
            // keys other processes added since this vault was opened are re-encrypted too, not dropped
            reload();
            byte[] oldSalt = salt;
            byte[] oldKey = vaultKey;
            salt = newSalt;
            vaultKey = newKey;
            try {
                save();
            } catch (IOException | RuntimeException e) {
                salt = oldSalt;
                vaultKey = oldKey;
                Secrets.wipe(newKey);
                throw e;
            }
            Secrets.wipe(oldKey);
        } catch (IOException | RuntimeException e) {
            if (vaultKey != newKey) {
                Secrets.wipe(newKey);
            }
            throw e;
        }
    }

    /** A change to the key list, applied to what is on disk now. */
    @FunctionalInterface
    private interface Change<T> {
        T apply() throws IOException;
    }

    /**
     * Holds the vault's lock while it re-reads the file (picking up keys other processes added), applies {@code
     * change} and writes the result; on failure the in-memory keys are re-read so they match the file again.
     */
    private <T> T change(Change<T> change) throws IOException {
        try (ExclusiveFileLock lock = ExclusiveFileLock.acquire(file)) {
            reload();
            try {
                T result = change.apply();
                save();
                return result;
            } catch (IOException | RuntimeException e) {
                try {
                    reload(); // drop the half-applied change from memory
                } catch (IOException | RuntimeException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
        }
    }

    /** Replaces the in-memory keys with the file's (call with the lock held). */
    private void reload() throws IOException {
        if (!Files.isRegularFile(file)) {
            return; // deleted behind our back: the next save writes what this process knows
        }
        Sealed sealed = Sealed.parse(file, Files.readAllBytes(file));
        if (!Arrays.equals(sealed.salt(), salt) || !sealed.params().equals(params)) {
            throw new CryptoException(Message.of("vault.error.passwordChanged", file.toString()));
        }
        List<Entry> fresh = sealed.unseal(vaultKey, false);
        entries.forEach(e -> Secrets.wipe(e.material));
        entries.clear();
        entries.addAll(fresh);
    }

    /**
     * A second, independent handle on this vault, unlocked with the key this one holds (no password needed): a
     * caller that closes what it opens (a recipe replay) gets its own copy, and closing it wipes only that copy while
     * this vault stays unlocked. The copy reads the file as it is now, so it sees keys other processes added.
     *
     * @throws CryptoException when this vault is closed
     */
    public KeyVault reopen() throws IOException {
        if (closed) {
            throw new CryptoException(Message.of("vault.keyVault.theKeyVault", file));
        }
        Sealed sealed = Sealed.parse(file, Files.readAllBytes(file));
        byte[] key = vaultKey.clone();
        try {
            List<Entry> fresh = sealed.unseal(key, false);
            return new KeyVault(file, params, salt.clone(), key, fresh, new SecureRandom(), clock);
        } catch (RuntimeException e) {
            Secrets.wipe(key);
            throw e;
        }
    }

    /** Wipes the vault key and all key material held in memory. */
    @Override
    public void close() {
        if (!closed) {
            Secrets.wipe(vaultKey);
            entries.forEach(e -> Secrets.wipe(e.material));
            entries.clear();
            closed = true;
        }
    }

    private KeyInfo addVersion(String name, KeyPurpose purpose, int version) {
        byte[] material;
        byte[] publicMaterial;
        switch (purpose) {
            case SIGNING_ED25519 -> {
                Ed25519Keys.Pair pair = Ed25519Keys.generate(random);
                material = pair.privateKeyPkcs8();
                publicMaterial = pair.publicKeyX509();
            }
            case OPENPGP -> {
                PgpKeyGenerator.Generated generated = PgpKeyGenerator.generate(
                        "SafeSegment workspace key " + name + " <" + name + "@safesegment.invalid>",
                        Instant.now(clock), random);
                material = generated.secretKeyRing();
                publicMaterial = generated.publicKeyRing();
            }
            default -> {
                material = new byte[purpose.symmetricKeyBytes()];
                random.nextBytes(material);
                publicMaterial = new byte[0];
            }
        }
        KeyInfo info = new KeyInfo(name, purpose, version, Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                false, fingerprint(purpose, material, publicMaterial));
        entries.add(new Entry(info, material, publicMaterial));
        return info;
    }

    private Entry currentEntry(String name) {
        return entries.stream().filter(e -> e.info.name().equals(name) && !e.info.retired())
                .max(Comparator.comparingInt(e -> e.info.version()))
                .orElseThrow(() -> new KeyNotFoundException(Message.of("vault.error.noKey",
                        PrintableText.of(name, 64))));
    }

    private void requireOpen() {
        if (closed) {
            throw new LocalizedStateException(Message.of("vault.keyVault.theKeyVaultWas"));
        }
    }

    private void save() throws IOException {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        ObjectNode header = MAPPER.createObjectNode()
                .put("kdf", "argon2id")
                .put("memoryKiB", params.memoryKiB())
                .put("iterations", params.iterations())
                .put("parallelism", params.parallelism())
                .put("salt", Base64.getEncoder().encodeToString(salt))
                .put("nonce", Base64.getEncoder().encodeToString(nonce))
                .put("cipher", "AES-256-GCM");
        byte[] headerBytes = MAPPER.writeValueAsBytes(header);
        ByteArrayOutputStream aad = new ByteArrayOutputStream();
        aad.write(MAGIC);
        aad.write(FORMAT_VERSION);
        aad.write(ByteBuffer.allocate(4).putInt(headerBytes.length).array());
        aad.write(headerBytes);
        byte[] prefix = aad.toByteArray();
        byte[] body = writeEntries();
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(vaultKey, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(prefix);
            sealed = cipher.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("vault.error.encrypt", e.getMessage()), e);
        } finally {
            Secrets.wipe(body);
        }
        AtomicFiles.write(file, true, out -> {
            out.write(prefix);
            out.write(sealed);
        });
    }

    private byte[] writeEntries() throws IOException {
        ArrayNode keys = MAPPER.createArrayNode();
        for (Entry e : entries) {
            keys.addObject()
                    .put("name", e.info.name())
                    .put("purpose", e.info.purpose().name())
                    .put("version", e.info.version())
                    .put("created", e.info.created().toString())
                    .put("retired", e.info.retired())
                    .put("fingerprint", e.info.fingerprint())
                    .put("material", e.material)
                    .put("publicMaterial", e.publicMaterial);
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.set("keys", keys);
        return MAPPER.writeValueAsBytes(root);
    }

    private static List<Entry> readEntries(byte[] body) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode k : MAPPER.readTree(body).path("keys")) {
            KeyInfo info = new KeyInfo(k.path("name").asText(), KeyPurpose.valueOf(k.path("purpose").asText()),
                    k.path("version").asInt(), Instant.parse(k.path("created").asText()),
                    k.path("retired").asBoolean(), k.path("fingerprint").asText());
            entries.add(new Entry(info, k.path("material").binaryValue(), k.path("publicMaterial").binaryValue()));
        }
        return entries;
    }

    /**
     * A short identifier safe to show: the OpenPGP v4 fingerprint, the SHA-256 of an Ed25519 public key, or for
     * symmetric keys a domain-separated SHA-256 of the key (a key check value, which reveals nothing usable about a
     * 256-bit key).
     */
    private static String fingerprint(KeyPurpose purpose, byte[] material, byte[] publicMaterial) {
        if (purpose == KeyPurpose.OPENPGP) {
            return PgpKeyGenerator.fingerprintOf(publicMaterial);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (publicMaterial.length > 0) {
                sha.update(publicMaterial);
            } else {
                sha.update("SafeSegment key check value".getBytes(StandardCharsets.US_ASCII));
                sha.update(material);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new CryptoException(Message.of("crypto.error.noSha256"), e);
        }
    }

    /** One stored key version. */
    private record Entry(KeyInfo info, byte[] material, byte[] publicMaterial) {
        Entry retire() {
            return new Entry(new KeyInfo(info.name(), info.purpose(), info.version(), info.created(), true,
                    info.fingerprint()), material, publicMaterial);
        }

        VaultKey copy() {
            return new VaultKey(info, material.clone(), publicMaterial.clone());
        }
    }
}
