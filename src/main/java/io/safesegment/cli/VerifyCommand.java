package io.safesegment.cli;

import io.safesegment.core.crypto.sign.ManifestVerifier;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code safesegment verify MANIFEST}: checks the signature and every file; exit 2 when anything differs. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a signed export manifest: the signature, then each file's size and SHA-256.%n"
                + "Exit code 0 when everything matches, 2 when something differs.")
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

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    record FileView(String name, String status, String detail) {
    }

    record VerifyReport(String manifest, boolean valid, boolean signatureValid, boolean trustedKey,
                        String keyFingerprint, String policyId, String creator, String createdAt,
                        List<FileView> files) {
    }

    @Override
    public Integer call() throws IOException {
        byte[] expected = trustedKey == null ? null
                : Base64.getDecoder().decode(Files.readString(trustedKey).strip());
        ManifestVerifier.Report r = ManifestVerifier.verify(manifest, expected, Progress.NONE);
        VerifyReport report = new VerifyReport(manifest.toString(), r.valid(), r.signatureValid(), r.trustedKey(),
                r.keyFingerprint(), r.policyId(), r.creator(), r.createdAt(),
                r.files().stream().map(f -> new FileView(f.name(), f.status().name(), f.detail())).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
        } else {
            out.println("Manifest:  " + manifest);
            out.println("Signature: " + (r.signatureValid() ? "valid (Ed25519, key " + r.keyFingerprint() + ")"
                    : "INVALID — the manifest was edited or signed by another key"));
            if (!r.trustedKey()) {
                out.println("Signer:    NOT the trusted key given with --trusted-key");
            }
            out.println("Policy:    " + r.policyId() + ", created by " + r.creator() + " at " + r.createdAt());
            r.files().forEach(f -> out.printf("  %-16s %s%n", f.status(), f.detail()));
            out.println(r.valid() ? "OK: all files match" : "FAILED: see above");
            out.flush();
        }
        return r.valid() ? 0 : MISMATCH;
    }
}
