package io.safesegment.core.crypto.sign;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Checks a signed manifest: the signature first, then the size and SHA-256 of every listed file. */
public final class ManifestVerifier {
    private ManifestVerifier() {
    }

    /** What was found for one listed file. */
    public enum FileStatus {
        /** Size and digest match. */
        OK,
        /** The file is not next to the manifest. */
        MISSING,
        /** The size differs from the manifest. */
        SIZE_DIFFERS,
        /** Same size, different SHA-256. */
        CONTENT_DIFFERS
    }

    /**
     * The check of one listed file.
     *
     * @param name   file name from the manifest
     * @param status outcome
     * @param detail human-readable explanation
     */
    public record FileCheck(String name, FileStatus status, String detail) {
    }

    /**
     * The outcome of a verification.
     *
     * @param manifest       the manifest file
     * @param signatureValid whether the Ed25519 signature matches the manifest and its public key
     * @param trustedKey     whether the signing key is one of the pinned signers (false when none was pinned)
     * @param keyFingerprint fingerprint recorded in the manifest
     * @param policyId       policy recorded in the manifest
     * @param creator        creator recorded in the manifest
     * @param createdAt      time recorded in the manifest
     * @param files          one check per listed file (empty when the signature is invalid)
     * @param approvalId     the approval recorded in the manifest, or null
     * @param report         the release report listed in the manifest (its digest is one of {@code files}), or null
     */
    public record Report(Path manifest, boolean signatureValid, boolean trustedKey, String keyFingerprint,
                         String policyId, String creator, String createdAt, List<FileCheck> files, Long approvalId,
                         String report) {
        /** Whether everything checks out. */
        public boolean valid() {
            return signatureValid && trustedKey && files.stream().allMatch(f -> f.status() == FileStatus.OK);
        }
    }

    /**
     * Verifies {@code manifestFile} against the files in its folder, pinned to one signer (X.509 Ed25519 public
     * key). A {@code null} key pins nothing: the report then checks integrity only and is never {@link Report#valid()},
     * because anyone can re-sign an edited export with a key of their own and embed that key.
     */
    public static Report verify(Path manifestFile, byte[] expectedPublicKey, Progress progress) throws IOException {
        return verifyPinned(manifestFile, expectedPublicKey == null ? List.of() : List.of(expectedPublicKey), progress);
    }

    /**
     * Verifies {@code manifestFile} against the files in its folder; it is valid only when signed by one of
     * {@code trustedPublicKeys} (X.509 Ed25519; e.g. every signing key of the workspace, retired ones included).
     */
    public static Report verifyPinned(Path manifestFile, List<byte[]> trustedPublicKeys, Progress progress)
            throws IOException {
        SignedManifest signed = SignedManifest.read(manifestFile);
        ExportManifest m = signed.manifest();
        boolean signatureValid = SignedManifest.ALGORITHM.equals(signed.algorithm())
                && Ed25519Keys.verify(signed.publicKey(), ManifestCodec.canonical(m), signed.signature());
        boolean trusted = trustedPublicKeys.stream().anyMatch(k -> Arrays.equals(k, signed.publicKey()));
        List<FileCheck> checks = new ArrayList<>();
        if (signatureValid) {
            Path dir = manifestFile.toAbsolutePath().getParent();
            for (int i = 0; i < m.files().size(); i++) {
                progress.report((double) i / m.files().size(), Message.of("progress.manifest.checking", m.files().get(i).name()));
                checks.add(check(dir, m.files().get(i), progress));
            }
        }
        progress.report(1, Message.of("progress.manifest.checked"));
        return new Report(manifestFile, signatureValid, trusted, signed.keyFingerprint(), m.policyId(), m.creator(),
                m.createdAt(), checks, m.approvalId(), m.report());
    }

    private static FileCheck check(Path dir, ExportManifest.FileEntry entry, Progress progress) throws IOException {
        Path file = dir.resolve(entry.name());
        if (!Files.isRegularFile(file)) {
            return new FileCheck(entry.name(), FileStatus.MISSING, entry.name() + " is missing from " + dir);
        }
        long size = Files.size(file);
        if (size != entry.size()) {
            return new FileCheck(entry.name(), FileStatus.SIZE_DIFFERS, entry.name() + " has " + size
                    + " bytes; the manifest says " + entry.size());
        }
        String sha = FileDigests.sha256(file, progress);
        if (!sha.equals(entry.sha256())) {
            return new FileCheck(entry.name(), FileStatus.CONTENT_DIFFERS, entry.name()
                    + " has the right size but different content (SHA-256 " + sha + ", manifest " + entry.sha256()
                    + ")");
        }
        return new FileCheck(entry.name(), FileStatus.OK, "matches");
    }
}
