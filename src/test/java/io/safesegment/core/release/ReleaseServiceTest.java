package io.safesegment.core.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.crypto.Argon2Params;
import io.safesegment.core.crypto.CryptoService;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.sign.ManifestVerifier;
import io.safesegment.core.crypto.sign.SignedManifest;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalRequest;
import io.safesegment.core.governance.approval.ApprovalRisk;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.DatasetStore;
import io.safesegment.core.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release report of an approved export, as PDF (text read back) and HTML, covered by the signed manifest. */
class ReleaseServiceTest {
    static final Actor OFFICER = new Actor("olga", Role.PRIVACY_OFFICER);
    static final char[] PASSWORD = "release report vault".toCharArray();

    @TempDir
    Path dir;
    Path ws;
    Workspace workspace;
    Path exports;
    Approval approval;

    @BeforeEach
    void approvedExport() throws Exception {
        ws = dir.resolve("ws");
        workspace = Workspace.open(ws);
        exports = Files.createDirectories(dir.resolve("exports"));
        StringBuilder csv = new StringBuilder("customer_id,email,city,income\n");
        String[] cities = {"Lisbon", "Porto", "Braga"};
        for (int i = 0; i < 30; i++) {
            csv.append("C").append(100 + i).append(",p").append(i).append("@example.com,").append(cities[i % 3])
                    .append(',').append(i % 2 == 0 ? "low" : "high").append('\n');
        }
        Path file = Files.writeString(dir.resolve("customers.csv"), csv, StandardCharsets.UTF_8);
        DatasetService.importIntoWorkspace(workspace, file, CsvImportOptions.defaults(), t -> Map.of(),
                Progress.NONE);
        Path policy = Files.createDirectories(ws.resolve(PrivacyService.POLICY_FOLDER)).resolve("customers.json");
        Files.writeString(policy, "{\"formatVersion\":1,\"id\":\"customers\",\"revision\":1,\"name\":\"p\","
                + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"roles\":{\"customer_id\":\"DIRECT_IDENTIFIER\","
                + "\"email\":\"DIRECT_IDENTIFIER\",\"city\":\"QUASI_IDENTIFIER\",\"income\":\"SENSITIVE\"},"
                + "\"rules\":[{\"column\":\"customer_id\",\"operator\":\"pseudonym\",\"params\":{}},"
                + "{\"column\":\"email\",\"operator\":\"redact\",\"params\":{}}]}", StandardCharsets.UTF_8);
        ApprovalService.setRequired(workspace, OFFICER, true);
        approval = ApprovalService.request(workspace, new Actor("andy", Role.ANALYST), new ApprovalRequest(
                "customers", 1, "customers.csv", new ApprovalRisk(10, 2, 0.0, 0.1, 0.1, 0.1), "newsletter partner"));
        ApprovalService.approve(workspace, OFFICER, approval.id(), "k = 10");
        var options = new PrivacyService.MaskOptions(null, null, policy, exports.resolve("masked.csv"), null, false,
                ws, null, null, "customers.csv", null, true);
        assertTrue(PrivacyService.mask(PrivacyService.plan(options), KeyMaterial.fromSeed(new byte[32]),
                Progress.NONE).written());
    }

    @Test
    void thePdfStatesEveryFieldAndTheSignedManifestCoversIt() throws Exception {
        ReleaseReport report = ReleaseService.build(workspace, "masked.csv", Progress.NONE);
        assertEquals(10, report.before().k());
        assertEquals(10, report.after().k());
        assertEquals(2, report.after().l());
        assertEquals(0.1, report.after().prosecutor(), 1e-9, "1 / smallest class of 10");
        Path pdf = ReleaseService.write(workspace, OFFICER, report, ReleaseService.Format.PDF,
                exports.resolve("masked-report.pdf"));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        String sha = DatasetStore.fingerprint(exports.resolve("masked.csv"));
        String source = DatasetService.findDataset(workspace, "customers.csv").orElseThrow().fingerprint();
        for (String expected : List.of("Export id: 1", "Policy: customers@1", "Leak scan: clean",
                "Approval id: " + approval.id(), "Approver: olga", "Source dataset: customers.csv",
                "Dataset fingerprint (SHA-256): " + source, "customer_id  |  DIRECT_IDENTIFIER  |  pseudonym  |  "
                + "pseudonymised: still personal data (Art. 4(5))", "k-anonymity  |  10  |  10",
                "prosecutor risk  |  0.1000  |  0.1000", "masked.csv", sha, "Utility loss")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("p1@example.com"));

        Path html = ReleaseService.write(workspace, OFFICER, report, ReleaseService.Format.HTML,
                exports.resolve("masked-report.html"));
        assertTrue(Files.readString(html).contains("<td>Approver</td><td>olga</td>"));

        byte[] key;
        try (KeyVault vault = KeyVault.create(ws, PASSWORD, new Argon2Params(256, 1, 1))) {
            vault.create("signing", KeyPurpose.SIGNING_ED25519);
            SignedManifest signed = ReleaseService.sign(workspace, OFFICER, report, pdf, vault);
            assertEquals(approval.id(), signed.manifest().approvalId());
            assertEquals("masked-report.pdf", signed.manifest().report());
            key = signed.publicKey();
        }
        Path manifest = ReleaseService.manifestFor(exports.resolve("masked.csv"));
        ManifestVerifier.Report verified = CryptoService.verifyPinned(manifest, List.of(key), Progress.NONE);
        assertTrue(verified.valid());
        assertEquals(approval.id(), verified.approvalId());
        assertEquals("masked-report.pdf", verified.report());
        assertEquals(2, verified.files().size());

        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F'}, java.nio.file.StandardOpenOption.APPEND);
        ManifestVerifier.Report tampered = CryptoService.verifyPinned(manifest, List.of(key), Progress.NONE);
        assertFalse(tampered.valid(), "an edited report fails verification");
    }

    @Test
    void aReportOutsideTheExportFolderCannotBeSignedWithIt() throws Exception {
        ReleaseReport report = ReleaseService.build(workspace, "1", Progress.NONE);
        Path html = ReleaseService.write(workspace, OFFICER, report, ReleaseService.Format.HTML,
                dir.resolve("elsewhere.html"));
        try (KeyVault vault = KeyVault.create(ws, PASSWORD, new Argon2Params(256, 1, 1))) {
            vault.create("signing", KeyPurpose.SIGNING_ED25519);
            assertThrows(IllegalArgumentException.class, () -> ReleaseService.sign(workspace, OFFICER, report, html,
                    vault));
        }
        assertThrows(IllegalArgumentException.class, () -> ReleaseService.build(workspace, "42", Progress.NONE));
    }

    @Test
    void thePiaTemplateIsPrefilledFromTheWorkspace() throws Exception {
        Path md = ReleaseService.writePia(workspace, OFFICER, dir.resolve("pia.md"));
        String text = Files.readString(md);
        assertTrue(text.contains("| customers.csv | imported | 30 |"), text);
        assertTrue(text.contains("newsletter partner (policy customers@1, approved)"), text);
        assertTrue(text.contains("andy, olga") || text.contains("andy"), text);
        assertTrue(text.contains("| 1 | masked.csv | customers@1 | " + approval.id() + " |"), text);
        String html = Files.readString(ReleaseService.writePia(workspace, OFFICER, dir.resolve("pia.html")));
        assertTrue(html.contains("<table>") && html.contains("<td>customers.csv</td>"), html);
    }
}
