package io.safesegment.core.crypto.sign;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An {@link ExportManifest} with its detached Ed25519 signature, stored as one JSON file next to the exported files.
 *
 * @param manifest       the signed content
 * @param algorithm      "Ed25519"
 * @param keyFingerprint fingerprint of the signing key as shown by {@code safesegment keys list}
 * @param publicKey      X.509-encoded Ed25519 public key (base64 in JSON)
 * @param signature      Ed25519 signature over the canonical manifest bytes (base64 in JSON)
 */
@JsonPropertyOrder({"manifest", "algorithm", "keyFingerprint", "publicKey", "signature"})
public record SignedManifest(ExportManifest manifest, String algorithm, String keyFingerprint, byte[] publicKey,
                             byte[] signature) {
    /** The only signature algorithm written. */
    public static final String ALGORITHM = "Ed25519";

    /** Checks every part is present. */
    public SignedManifest {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signature, "signature");
    }

    /** Writes the manifest as pretty JSON, atomically; never over one of the listed files. */
    public void write(Path target) throws IOException {
        AtomicFiles.write(target, true, out -> out.write(
                ManifestCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(this)));
    }

    /** Reads a manifest file, failing with a clear message when it is not one. */
    public static SignedManifest read(Path file) throws IOException {
        try {
            return ManifestCodec.MAPPER.readValue(Files.readAllBytes(file), SignedManifest.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new TamperedDataException(Message.of("sign.signedManifest.isNotAValid", file, io.safesegment.core.PrintableText.of(e.getOriginalMessage())), e);
        } catch (IllegalArgumentException e) {
            throw new TamperedDataException(Message.of("sign.signedManifest.isNotAValid", file, io.safesegment.core.PrintableText.of(e.getMessage())), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedManifest m && m.manifest.equals(manifest)
                && java.util.Arrays.equals(m.signature, signature) && java.util.Arrays.equals(m.publicKey, publicKey);
    }

    @Override
    public int hashCode() {
        return manifest.hashCode() * 31 + java.util.Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "SignedManifest[" + manifest.files().size() + " files, key " + keyFingerprint + "]";
    }
}
