package io.safesegment.cli;

import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.PrintableText;
import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyNotFoundException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.sign.ManifestVerifier;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code safesegment verify MANIFEST}: checks the signer, the signature and every file; exit 2 when anything differs.
 * The signer must be pinned ({@code --trusted-key} or {@code --workspace}): a signature by whatever key the manifest
 * embeds proves nothing, since whoever edits an export can re-sign it with a key of their own.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a signed export manifest: the signer, the signature, then each file's size and SHA-256.%n"
                + "The signer must be pinned with --trusted-key FILE or --workspace DIR.%n"
                + "Exit code 0 when everything matches, 2 when something differs or no signer is pinned.")
final class VerifyCommand implements Callable<Integer> {
    /** Exit code when the manifest or a file does not match. */
    static final int MISMATCH = 2;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MANIFEST", description = "Manifest written by 'safesegment sign'.")
    Path manifest;

    @Option(names = "--trusted-key", paramLabel = "FILE",
            description = "Base64 X.509 Ed25519 public key the manifest must be signed with.")
    Path trustedKey;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Trust the signing keys of this workspace's vault (password from --password-file or "
                    + PasswordOption.ENV + ").")
    Path workspace;

    @Mixin
    PasswordOption password;


    @Mixin

    AccountOption account;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    record FileView(String name, String status, String detail) {
    }

    record VerifyReport(String manifest, boolean valid, boolean signatureValid, boolean trustedKey,
                        String keyFingerprint, String policyId, String creator, String createdAt,
                        List<FileView> files, Long approvalId, String report) {
    }

    @Override
    public Integer call() throws IOException {
        List<byte[]> trusted = trustedSigners();
        ManifestVerifier.Report r = CryptoService.verifyPinned(manifest, trusted, Progress.NONE);
        // everything below comes from the manifest file: escaped and capped before it reaches a terminal
        VerifyReport report = new VerifyReport(manifest.toString(), r.valid(), r.signatureValid(), r.trustedKey(),
                PrintableText.of(r.keyFingerprint()), PrintableText.of(r.policyId()), PrintableText.of(r.creator()),
                PrintableText.of(r.createdAt()),
                r.files().stream().map(f -> new FileView(PrintableText.of(f.name()), f.status().name(),
                        PrintableText.of(f.detail(), 400))).toList(), r.approvalId(),
                r.report() == null ? null : PrintableText.of(r.report()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
        } else {
            out.println("Manifest:  " + manifest);
            out.println("Signature: " + (r.signatureValid() ? "valid (Ed25519, key " + report.keyFingerprint() + ")"
                    : "INVALID — the manifest was edited or signed by another key"));
            if (!r.trustedKey()) {
                out.println("Signer:    NOT " + (trustedKey != null ? "the trusted key given with --trusted-key"
                        : "a signing key of the workspace " + workspace));
            }
            out.println("Policy:    " + report.policyId() + ", created by " + report.creator() + " at "
                    + report.createdAt());
            if (report.approvalId() != null || report.report() != null) {
                out.println("Release:   approval " + report.approvalId() + ", report " + report.report()
                        + " (its SHA-256 is covered by the signature)");
            }
            report.files().forEach(f -> out.printf("  %-16s %s%n", f.status(), f.detail()));
            out.println(r.valid() ? "OK: all files match" : "FAILED: see above");
            out.flush();
        }
        return r.valid() ? 0 : MISMATCH;
    }

    /** The pinned signers: the --trusted-key file and/or every signing key (all versions) of the workspace vault. */
    private List<byte[]> trustedSigners() throws IOException {
        if (trustedKey == null && workspace == null) {
            throw new ParameterException(spec.commandLine(), "verify needs a pinned signer: give --trusted-key FILE "
                    + "(the signer's public key, from 'safesegment keys export-public') or --workspace DIR (that "
                    + "workspace's signing keys). Without one, anyone who edits the export can re-sign it with "
                    + "their own key.");
        }
        List<byte[]> keys = new ArrayList<>();
        if (trustedKey != null) {
            try {
                keys.add(Base64.getDecoder().decode(Files.readString(trustedKey).strip()));
            } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
                throw new ParameterException(spec.commandLine(), trustedKey
                        + " is not a base64 Ed25519 public key; export one with 'safesegment keys export-public'");
            }
        }
        if (workspace != null) {
            try (KeyVault vault = VaultAccess.open(workspace, password, account, spec.commandLine(), false)) {
                for (KeyInfo info : vault.list()) {
                    if (info.purpose() == KeyPurpose.SIGNING_ED25519) {
                        VaultKey key = vault.version(info.name(), info.version());
                        keys.add(key.publicMaterial().clone());
                        key.wipe();
                    }
                }
            }
            if (keys.isEmpty()) {
                throw new KeyNotFoundException("The vault of " + workspace + " has no signing key, so nothing it "
                        + "signed can be verified against it");
            }
        }
        return keys;
    }
}
