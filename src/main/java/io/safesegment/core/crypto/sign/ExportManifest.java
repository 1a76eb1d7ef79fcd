package io.safesegment.core.crypto.sign;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.safesegment.core.crypto.CryptoException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an export contains: file names (relative to the manifest's folder), sizes and SHA-256 digests, the masking
 * policy that produced them, who made them and when. Signed with the workspace Ed25519 key as a
 * {@link SignedManifest}, so a recipient can check that nothing was swapped or edited.
 *
 * @param format    manifest format version (1)
 * @param policyId  id of the masking policy applied to the exported data
 * @param creator   who made the export (a user name, never personal data of data subjects)
 * @param createdAt ISO-8601 instant, second precision
 * @param files     one entry per exported file
 * @param approvalId the approval the export was released under (governed workspaces, decision 0026), or null; left
 *                   out of the JSON when null, so manifests written before it existed verify unchanged
 * @param report    file name of the release report, which must be one of {@code files} (so the signature covers
 *                  it), or null; left out of the JSON when null
 */
@JsonPropertyOrder({"format", "policyId", "creator", "createdAt", "files", "approvalId", "report"})
public record ExportManifest(int format, String policyId, String creator, String createdAt, List<FileEntry> files,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Long approvalId,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String report) {
    /** The only format written and read. */
    public static final int FORMAT = 1;

    /** Validates presence of every field and uniqueness of names. */
    public ExportManifest {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(createdAt, "createdAt");
        files = List.copyOf(files);
        Set<String> names = new HashSet<>();
        for (FileEntry f : files) {
            if (!names.add(f.name())) {
                throw new LocalizedArgumentException(Message.of("sign.exportManifest.twoExportedFilesAre", f.name()));
            }
        }
        if (report != null && !names.contains(report)) {
            throw new LocalizedArgumentException(Message.of("sign.exportManifest.reportNotSigned", report));
        }
    }

    /** A manifest without approval and report (ungoverned exports, the {@code sign} command). */
    public ExportManifest(int format, String policyId, String creator, String createdAt, List<FileEntry> files) {
        this(format, policyId, creator, createdAt, files, null, null);
    }

    /**
     * One exported file.
     *
     * @param name   file name, resolved against the manifest's folder
     * @param size   bytes
     * @param sha256 lower-case hex SHA-256
     */
    @JsonPropertyOrder({"name", "size", "sha256"})
    public record FileEntry(String name, long size, String sha256) {
        /** Rejects names that could point outside the manifest's folder. */
        public FileEntry {
            if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.equals("..")
                    || name.equals(".")) {
                throw new LocalizedArgumentException(Message.of("sign.exportManifest.manifestFileName", name));
            }
        }
    }

    /**
     * Hashes {@code files} and signs the manifest with a SIGNING_ED25519 key. The files must sit in the folder
     * where the manifest will be written, since they are recorded by file name.
     */
    public static SignedManifest create(List<Path> files, String policyId, String creator, VaultKey signingKey)
            throws IOException {
        return create(files, policyId, creator, signingKey, Instant.now(), Progress.NONE);
    }

    /** As {@link #create(List, String, String, VaultKey)} with an explicit clock reading and progress. */
    public static SignedManifest create(List<Path> files, String policyId, String creator, VaultKey signingKey,
                                        Instant now, Progress progress) throws IOException {
        return create(files, policyId, creator, null, null, signingKey, now, progress);
    }

    /**
     * As {@link #create(List, String, String, VaultKey, Instant, Progress)}, referencing the approval the export was
     * released under and naming its release report (one of {@code files}).
     *
     * @param approvalId the approval id, or null
     * @param report     the release report among {@code files}, or null
     */
    public static SignedManifest create(List<Path> files, String policyId, String creator, Long approvalId,
                                        Path report, VaultKey signingKey, Instant now, Progress progress)
            throws IOException {
        signingKey.requirePurpose(KeyPurpose.SIGNING_ED25519);
        if (files.isEmpty()) {
            throw new CryptoException(Message.of("sign.error.emptyManifest"));
        }
        List<FileEntry> entries = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (!Files.isRegularFile(file)) {
                throw new CryptoException(Message.of("sign.error.unreadable", String.valueOf(file)));
            }
            progress.report((double) i / files.size(), Message.of("progress.manifest.hashing", file.getFileName().toString()));
            entries.add(new FileEntry(file.getFileName().toString(), Files.size(file),
                    FileDigests.sha256(file, progress)));
        }
        ExportManifest manifest = new ExportManifest(FORMAT, policyId, creator,
                now.truncatedTo(ChronoUnit.SECONDS).toString(), entries, approvalId,
                report == null ? null : report.getFileName().toString());
        byte[] signature = Ed25519Keys.sign(signingKey, ManifestCodec.canonical(manifest));
        progress.report(1, Message.of("progress.manifest.signed"));
        return new SignedManifest(manifest, SignedManifest.ALGORITHM, signingKey.info().fingerprint(),
                signingKey.publicMaterial(), signature);
    }
}
