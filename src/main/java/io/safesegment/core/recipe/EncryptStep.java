package io.safesegment.core.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.pgp.PgpRecipient;
import io.safesegment.core.crypto.sign.ExportManifest;
import io.safesegment.core.crypto.sign.SignedManifest;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code encrypt} step: a file (an earlier step's output, or a file next to the recipe) encrypted to a vault
 * FILE key or an OpenPGP recipient's public key, optionally with a manifest signed by a vault Ed25519 key, as the
 * Keys window's "encrypt for a recipient" does. Keys are named, never included; the plaintext is left as it was.
 */
final class EncryptStep {
    private EncryptStep() {
    }

    static void check(RecipeValidator v, RecipeStep s) {
        boolean byInput = s.get("input") != null;
        if (byInput == (s.get("file") != null)) {
            v.problem(s, "input", Message.of("recipe.error.inputOrFile"));
        }
        boolean vaultKey = s.get("vaultKey") != null;
        if (vaultKey == (s.get("pgpRecipient") != null)) {
            v.problem(s, "vaultKey", Message.of("recipe.error.encryptTarget"));
        } else if (vaultKey) {
            v.needKey(s.text("vaultKey", ""), KeyPurpose.FILE, s, "vaultKey");
        } else if (Files.isRegularFile(RecipePaths.input(v.recipe(), s.text("pgpRecipient", "")))) {
            try {
                PgpRecipient.load(RecipePaths.input(v.recipe(), s.text("pgpRecipient", "")), Instant.now());
            } catch (IOException | RuntimeException e) {
                v.problem(s, "pgpRecipient", LocalizedMessage.of(e));
            }
        }
        JsonNode sign = s.get("sign");
        if (sign != null) {
            if (!sign.hasNonNull("vaultKey") || !sign.get("vaultKey").isTextual()) {
                v.problem(s, "sign.vaultKey", Message.of("recipe.error.noSigningKey"));
            } else {
                v.needKey(sign.get("vaultKey").asText(), KeyPurpose.SIGNING_ED25519, s, "sign.vaultKey");
            }
            for (var it = sign.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!f.equals("vaultKey") && !f.equals("creator")) {
                    v.problem(s, "sign." + f, Message.of("recipe.error.signField"));
                }
            }
        }
        StepData in = byInput ? v.ref(s, "input") : null;
        Path source = byInput ? (in == null ? null : in.file()) : RecipePaths.input(v.recipe(), s.text("file", ""));
        Path out = v.out(s, "output", defaultOutput(s, source));
        if (sign != null) {
            v.outputs().put(s.name() + ".manifest", StepData.written(v.out(s, "manifest",
                    out.getFileName() + ".manifest.json"), RoleMapping.empty(), null, null));
        }
        v.outputs().put(s.name(), StepData.written(out, RoleMapping.empty(), null, null));
    }

    private static String defaultOutput(RecipeStep s, Path source) {
        String base = source == null || source.getFileName() == null ? s.name() : source.getFileName().toString();
        return base + (s.get("vaultKey") != null ? ".enc" : ".pgp");
    }

    static void run(RecipeRunner r, RecipeStep s, Map<String, Object> details, Progress progress) throws IOException {
        StepData in = s.get("input") != null ? r.in(s, "input") : null;
        Path source = in != null ? in.file() : RecipePaths.input(r.recipe(), s.text("file", ""));
        Path out = r.out(s, "output", defaultOutput(s, source));
        io.safesegment.core.workspace.AtomicFiles.requireNotSameFile(source, out);
        if (s.get("vaultKey") != null) {
            try (KeyVault vault = r.keys().open()) {
                if (vault == null) {
                    throw new RecipeException(s.number(), "vaultKey", Message.of("recipe.error.vaultClosed",
                            s.text("vaultKey", "")));
                }
                CryptoService.encryptWithKey(source, out, vault, s.text("vaultKey", ""), progress.slice(0, 0.8));
            }
            details.put("encryptedWith", "vault key " + s.text("vaultKey", ""));
        } else {
            PgpRecipient recipient = PgpRecipient.load(RecipePaths.input(r.recipe(), s.text("pgpRecipient", "")),
                    Instant.now());
            var result = CryptoService.pgpEncrypt(source, out, recipient, false, progress.slice(0, 0.8));
            details.put("encryptedWith", "OpenPGP key " + result.keyId());
        }
        String policyId = s.text("policyId", in == null || in.policyId() == null ? "none" : in.policyId());
        JsonNode sign = s.get("sign");
        if (sign != null) {
            Path manifest = r.out(s, "manifest", out.getFileName() + ".manifest.json");
            SignedManifest signed;
            try (KeyVault vault = r.keys().open()) {
                if (vault == null) {
                    throw new RecipeException(s.number(), "sign.vaultKey", Message.of("recipe.error.vaultClosed",
                            sign.get("vaultKey").asText()));
                }
                VaultKey key = vault.current(sign.get("vaultKey").asText()).requirePurpose(KeyPurpose.SIGNING_ED25519);
                try {
                    signed = ExportManifest.create(List.of(out), policyId, sign.hasNonNull("creator")
                            ? sign.get("creator").asText() : "recipe " + r.recipe().name(), key);
                } finally {
                    key.wipe();
                }
            }
            signed.write(manifest);
            details.put("manifest", manifest.toString());
            details.put("keyFingerprint", signed.keyFingerprint());
            r.put(s.name() + ".manifest", StepData.written(manifest, RoleMapping.empty(), null, null));
        }
        r.put(s.name(), StepData.written(out, RoleMapping.empty(), null, policyId));
    }
}
