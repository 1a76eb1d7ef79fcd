package io.safesegment.core.crypto.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.TamperedDataException;
import io.safesegment.core.crypto.UnusableKeyException;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportManifestTest {
    @TempDir
    Path dir;

    VaultKey signing;
    VaultKey other;
    Path a;
    Path b;
    Path manifest;

    @BeforeEach
    void setUp() throws IOException {
        try (KeyVault vault = KeyVault.create(dir.resolve("ws"), "pw".toCharArray(), new Argon2Params(64, 1, 1))) {
            vault.create("sign", KeyPurpose.SIGNING_ED25519);
            vault.create("other", KeyPurpose.SIGNING_ED25519);
            vault.create("file", KeyPurpose.FILE);
            signing = vault.current("sign");
            other = vault.current("other");
        }
        Path export = Files.createDirectories(dir.resolve("export"));
        a = Files.writeString(export.resolve("segments.csv"), "id,segment\n1,A\n2,B\n");
        b = Files.writeString(export.resolve("profiles.csv"), "segment,size\nA,1\nB,1\n");
        manifest = export.resolve("manifest.json");
        ExportManifest.create(List.of(a, b), "policy-7", "analyst", signing, Instant.parse("2026-11-23T10:00:00Z"),
                Progress.NONE).write(manifest);
    }

    @Test
    void untouchedExportVerifies() throws IOException {
        ManifestVerifier.Report r = ManifestVerifier.verify(manifest, signing.publicMaterial(), Progress.NONE);
        assertTrue(r.valid());
        assertEquals("policy-7", r.policyId());
        assertEquals("2026-11-23T10:00:00Z", r.createdAt());
        assertEquals(2, r.files().size());
    }

    @Test
    void namesExactlyTheFileThatDiffers() throws IOException {
        Files.writeString(b, "segment,size\nA,1\nC,1\n");
        ManifestVerifier.Report r = ManifestVerifier.verify(manifest, null, Progress.NONE);
        assertFalse(r.valid());
        assertTrue(r.signatureValid());
        assertEquals(ManifestVerifier.FileStatus.OK, r.files().get(0).status());
        assertEquals(ManifestVerifier.FileStatus.CONTENT_DIFFERS, r.files().get(1).status());
        assertEquals("profiles.csv", r.files().get(1).name());
        Files.writeString(a, "shorter");
        Files.delete(b);
        ManifestVerifier.Report r2 = ManifestVerifier.verify(manifest, null, Progress.NONE);
        assertEquals(ManifestVerifier.FileStatus.SIZE_DIFFERS, r2.files().get(0).status());
        assertEquals(ManifestVerifier.FileStatus.MISSING, r2.files().get(1).status());
    }

    @Test
    void editedManifestFailsTheSignature() throws IOException {
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.replace("policy-7", "policy-8"));
        ManifestVerifier.Report r = ManifestVerifier.verify(manifest, null, Progress.NONE);
        assertFalse(r.signatureValid());
        assertFalse(r.valid());
        assertTrue(r.files().isEmpty());
    }

    @Test
    void withoutAPinnedSignerAnUntouchedExportIsNotValid() throws IOException {
        ManifestVerifier.Report r = ManifestVerifier.verify(manifest, null, Progress.NONE);
        assertTrue(r.signatureValid());
        assertFalse(r.trustedKey(), "the embedded key proves integrity, not who signed");
        assertFalse(r.valid());
        assertTrue(ManifestVerifier.verifyPinned(manifest, List.of(other.publicMaterial(), signing.publicMaterial()),
                Progress.NONE).valid(), "any one of the pinned keys will do");
    }

    @Test
    void anotherSignersKeyIsNotTrusted() throws IOException {
        ManifestVerifier.Report r = ManifestVerifier.verify(manifest, other.publicMaterial(), Progress.NONE);
        assertTrue(r.signatureValid());
        assertFalse(r.trustedKey());
        assertFalse(r.valid());
    }

    @Test
    void extraFieldsAndGarbageAreRejected() throws IOException {
        String json = Files.readString(manifest);
        Files.writeString(manifest, json.replaceFirst("\\{", "{\"note\":\"x\","));
        assertThrows(TamperedDataException.class, () -> ManifestVerifier.verify(manifest, null, Progress.NONE));
        Files.writeString(manifest, "not json");
        assertThrows(TamperedDataException.class, () -> ManifestVerifier.verify(manifest, null, Progress.NONE));
    }

    @Test
    void onlySigningKeysSign() throws IOException {
        try (KeyVault vault = KeyVault.open(dir.resolve("ws"), "pw".toCharArray())) {
            VaultKey fileKey = vault.current("file");
            assertThrows(UnusableKeyException.class,
                    () -> ExportManifest.create(List.of(a), "p", "c", fileKey));
        }
    }
}
