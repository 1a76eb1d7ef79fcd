package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.file.FileCipher;
import io.safesegment.core.crypto.pgp.PgpFiles;
import io.safesegment.core.crypto.pgp.PgpRecipient;
import io.safesegment.core.crypto.sign.ExportManifest;
import io.safesegment.core.crypto.sign.SignedManifest;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The {@code export} step: a table written in a format, optionally encrypted (a vault FILE key or an OpenPGP
 * recipient) and signed. The encryption and the signature take a plaintext file however it was written, so another
 * engine that writes the table's bytes itself reuses them ({@link SingleStepRunner#runEncryptedExport}).
 */
final class ExportStep {
    /** Writes the table's plaintext bytes to the given temp file. */
    interface Plaintext {
        void write(Path plaintext) throws IOException;
    }

    private ExportStep() {
    }

    static void run(RecipeRunner r, RecipeStep s, Map<String, Object> details, Progress progress) throws IOException {
        StepData in = r.in(s, "input");
        Path out = r.out(s, "output", s.name() + ".csv");
        ExportFormat format = StepOptions.exportFormat(s);
        requireAllowed(r, s, in);
        Table table = DatasetService.importFile(in.file(), in.options(), progress.slice(0, 0.4)).table();
        AtomicFiles.requireNotSameFile(in.file(), out);
        ExportOptions options = ExportOptions.defaults().withInput(in.file());
        if (format != null) {
            options = options.withFormat(format);
        }
        ExportOptions chosen = options;
        if (s.get("encrypt") == null) {
            ExportResult written = TableExport.write(table, out, chosen, progress.slice(0.4, 0.8));
            details.put("rows", written.rows());
            details.put("format", written.format().name());
        } else {
            encrypted(r, s, out, format, plain -> {
                ExportResult written = TableExport.write(table, plain, chosen, progress.slice(0.4, 0.7));
                details.put("rows", written.rows());
                details.put("format", written.format().name());
            }, details, progress.slice(0.7, 0.9));
        }
        sign(r, s, in, out, details);
        r.put(s.name(), StepData.written(out, in.roles(), null, in.policyId()));
    }

    /** Data that no masking step produced is released only by a role that may export unmasked data (record 0034). */
    static void requireAllowed(RecipeRunner r, RecipeStep s, StepData in) {
        DatasetService.requireRecipeExport(r.workspace(), s.text("input", ""), in.policyId() != null, r.actor());
    }

    /**
     * Writes the plaintext with {@code writer} to a temp file next to {@code out}, encrypts it into {@code out} as
     * the step's {@code encrypt} field says, and deletes the plaintext whatever happens.
     */
    static void encrypted(RecipeRunner r, RecipeStep s, Path out, ExportFormat format, Plaintext writer,
                          Map<String, Object> details, Progress progress) throws IOException {
        JsonNode enc = s.get("encrypt");
        Path plain = plaintextFile(out, format);
        try {
            writer.write(plain);
            if (enc.hasNonNull("vaultKey")) {
                String keyName = enc.get("vaultKey").asText();
                try (KeyVault vault = r.keys().open()) {
                    VaultKey key = vault.current(keyName).requirePurpose(KeyPurpose.FILE);
                    try {
                        FileCipher.withDefaults().encryptWithKey(plain, out, keyName, key.info().version(),
                                key.material(), progress);
                    } finally {
                        key.wipe();
                    }
                }
                details.put("encryptedWith", "vault key " + keyName);
            } else {
                PgpRecipient recipient = PgpRecipient.load(RecipePaths.input(r.recipe(),
                        enc.get("pgpRecipient").asText()), Instant.now());
                PgpFiles.Result result = PgpFiles.encrypt(plain, out, recipient, false, new SecureRandom(), progress);
                details.put("encryptedWith", "OpenPGP key " + result.keyId());
            }
        } finally {
            Files.deleteIfExists(plain);
        }
    }

    /** The step's signed manifest of {@code out}, when it has a {@code sign} field. */
    static void sign(RecipeRunner r, RecipeStep s, StepData in, Path out, Map<String, Object> details)
            throws IOException {
        JsonNode sign = s.get("sign");
        if (sign == null) {
            return;
        }
        Path manifest = out.resolveSibling(out.getFileName() + ".manifest.json");
        SignedManifest signed;
        try (KeyVault vault = r.keys().open()) {
            VaultKey key = vault.current(sign.get("vaultKey").asText()).requirePurpose(KeyPurpose.SIGNING_ED25519);
            try {
                signed = ExportManifest.create(List.of(out), in.policyId() == null ? "none" : in.policyId(),
                        sign.hasNonNull("creator") ? sign.get("creator").asText() : "recipe " + r.recipe().name(),
                        key);
            } finally {
                key.wipe();
            }
        }
        signed.write(manifest);
        details.put("manifest", manifest.toString());
        details.put("keyFingerprint", signed.keyFingerprint());
    }

    /**
     * Where an encrypted export's plaintext lives while it is encrypted: a temp file next to the target whose
     * extension says the table's format (an encrypted target's .enc / .pgp / .gpg hides it: CSV by default).
     */
    static Path plaintextFile(Path out, ExportFormat format) {
        return out.resolveSibling(out.getFileName() + ".plain.tmp" + extension(format, out));
    }

    private static String extension(ExportFormat format, Path out) {
        if (format != null) {
            return "." + format.name().toLowerCase(java.util.Locale.ROOT);
        }
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return ext.equals(".enc") || ext.equals(".pgp") || ext.equals(".gpg") || ext.isEmpty() ? ".csv" : ext;
    }
}
