package io.safesegment.core.release;

import io.safesegment.core.crypto.KeyInfo;
import io.safesegment.core.crypto.KeyNotFoundException;
import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.sign.ExportManifest;
import io.safesegment.core.crypto.sign.SignedManifest;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ExportRecord;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.TransformKind;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.privacy.policy.OperatorFactory;
import io.safesegment.core.privacy.risk.RiskOptions;
import io.safesegment.core.privacy.risk.RiskReport;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.workspace.DatasetStore;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Release reports of governed exports and the privacy impact assessment template (decision 0026). A report is built
 * from the export ledger (file, digest, policy revision, leak scan, approval), the dataset catalogue (fingerprint,
 * lineage) and the policy (column roles and rules), with risk measured now on the source and on the export over the
 * policy's quasi-identifiers; it is written as HTML or PDF and can be covered, with the exported file, by a signed
 * manifest that references the approval ({@link #sign}).
 */
public final class ReleaseService {
    /** Report formats. */
    public enum Format {
        /** A self-contained HTML page. */
        HTML,
        /** A PDF document. */
        PDF
    }

    private ReleaseService() {
    }

    /**
     * Builds the report of export {@code exportIdOrFile} (the ledger id, or the exported file's name).
     *
     * @throws IllegalArgumentException when the workspace has no such export
     */
    public static ReleaseReport build(Workspace workspace, String exportIdOrFile, Progress progress) {
        ExportRecord e = ApprovalService.findExport(workspace, exportIdOrFile).orElseThrow(() ->
                new LocalizedArgumentException(Message.of("release.releaseService.noExport", workspace.directory(),
                        exportIdOrFile)));
        Optional<MaskingPolicy> policy = policy(workspace, e);
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        Optional<Dataset> source = catalog.find(e.sourceDataset()).filter(d -> d.name().equals(e.sourceDataset()));
        List<String> lineage = new ArrayList<>();
        source.ifPresent(d -> lineage(catalog, d, lineage));
        List<ReleaseReport.Column> columns = policy.map(ReleaseService::columns).orElse(List.of());
        List<String> qis = policy.map(p -> p.roles().entrySet().stream()
                .filter(r -> r.getValue() == ColumnRole.QUASI_IDENTIFIER).map(Map.Entry::getKey).toList())
                .orElse(List.of());
        String sensitive = policy.flatMap(p -> p.roles().entrySet().stream()
                .filter(r -> r.getValue() == ColumnRole.SENSITIVE).map(Map.Entry::getKey).findFirst()).orElse(null);
        Path exported = Path.of(e.file());
        ReleaseReport.Risk before = source.map(d -> risk(d.file(), qis, sensitive, progress.slice(0, 0.5)))
                .orElse(ReleaseReport.Risk.notMeasured("the source dataset is no longer in the workspace"));
        ReleaseReport.Risk after = Files.isRegularFile(exported) ? risk(exported, qis, sensitive,
                progress.slice(0.5, 1)) : ReleaseReport.Risk.notMeasured("the exported file is no longer there");
        Approval approval = e.approvalId() == null ? null : ApprovalService.find(workspace, e.approvalId())
                .orElse(null);
        List<ReleaseReport.FileDigest> files = List.of(new ReleaseReport.FileDigest(exported.getFileName().toString(),
                Files.isRegularFile(exported) ? size(exported) : -1, e.sha256()));
        return new ReleaseReport(e.id(), e.at().toString(), e.user(), e.policyId() + "@" + e.policyRevision(),
                e.sourceDataset(), e.sourceFingerprint(), lineage, columns, before, after, utility(source),
                e.leakScan(), e.overridden(), e.approvalId(), approval == null ? null : approval.decidedBy(),
                approval == null || approval.decidedAt() == null ? null : approval.decidedAt().toString(),
                approval == null ? null : approval.risk().summary(), files,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /**
     * The side-by-side review of approval request {@code approvalId} (record 0034): the first {@code rows} rows of its
     * dataset before and after its policy revision, next to the request's measured risk. Only a role that decides
     * requests may open it (the "before" side holds unmasked values).
     *
     * @param actor the signed-in account, or the stated actor of an ungoverned workspace
     * @throws io.safesegment.core.governance.approval.ApprovalException for an Analyst, an unknown request, or a
     *         request without a dataset still in the workspace
     */
    public static RequestReview reviewRequest(Workspace workspace, Actor actor, long approvalId, int rows,
                                              Progress progress) {
        return RequestReviews.build(workspace, actor, approvalId, rows, progress);
    }

    /** Writes {@code report} to {@code out} atomically in {@code format}, and records the report's export. */
    public static Path write(Workspace workspace, Actor actor, ReleaseReport report, Format format, Path out)
            throws IOException {
        if (format == Format.HTML) {
            AtomicFiles.writeString(out, HtmlReport.render(report), true);
        } else {
            AtomicFiles.write(out, true, s -> PdfReport.write(report, s));
        }
        AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.EXPORT, out.getFileName().toString(),
                report.sourceFingerprint(), AuditOutcome.SUCCESS, "releaseReport export=" + report.exportId()
                + " format=" + format.name().toLowerCase(Locale.ROOT)), null);
        return out;
    }

    /**
     * Writes {@code <export>.manifest.json} beside the export, signed with the vault's newest Ed25519 key, listing
     * the exported file and the report (which must sit in the same folder) and referencing the approval.
     *
     * @throws IllegalArgumentException when the report is not in the export's folder
     */
    public static SignedManifest sign(Workspace workspace, Actor actor, ReleaseReport report, Path reportFile,
                                      KeyVault vault) throws IOException {
        return signAll(workspace, actor, report, reportFile, List.of(), vault);
    }

    private static SignedManifest signAll(Workspace workspace, Actor actor, ReleaseReport report, Path reportFile,
                                          List<Path> alsoSigned, KeyVault vault) throws IOException {
        ExportRecord e = ApprovalService.findExport(workspace, Long.toString(report.exportId())).orElseThrow();
        Path exported = Path.of(e.file());
        Path folder = exported.toAbsolutePath().getParent();
        List<Path> reports = new ArrayList<>();
        reports.add(reportFile.toAbsolutePath());
        alsoSigned.forEach(p -> reports.add(p.toAbsolutePath()));
        if (reports.stream().anyMatch(r -> !r.getParent().equals(folder))) {
            throw new LocalizedArgumentException(Message.of("release.releaseService.besideExport", folder));
        }
        if (!DatasetStore.fingerprint(exported).equals(e.sha256())) {
            throw new LocalizedArgumentException(Message.of("release.releaseService.changed",
                    exported.getFileName()));
        }
        String keyName = vault.newestOf(KeyPurpose.SIGNING_ED25519).map(KeyInfo::name).orElseThrow(() ->
                new KeyNotFoundException(Message.of("release.releaseService.noSigningKey")));
        VaultKey key = vault.current(keyName);
        SignedManifest signed;
        try {
            List<Path> files = new ArrayList<>(List.of(exported));
            files.addAll(reports);
            signed = ExportManifest.create(files, report.policy(),
                    actor.user(), e.approvalId(), reportFile, key, Instant.now(), Progress.NONE);
        } finally {
            key.wipe();
        }
        Path manifest = manifestFor(exported);
        signed.write(manifest);
        AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.EXPORT, manifest.getFileName()
                .toString(), report.sourceFingerprint(), AuditOutcome.SUCCESS, "signedManifest export="
                + report.exportId() + " report=" + reportFile.getFileName() + " approval=" + e.approvalId()), null);
        return signed;
    }

    /**
     * Files an approval request for the newest saved revision of policy {@code policyId}, with the risk measured now
     * on dataset {@code datasetName} masked by it (the desktop's "Request approval…"; the CLI takes measured figures).
     *
     * @param note the purpose or recipient, or null; never personal values
     * @throws io.safesegment.core.governance.approval.ApprovalException when the dataset is not in the workspace
     */
    public static Approval requestApproval(Workspace workspace, Actor actor, String datasetName, String policyId,
                                           String note, Progress progress) {
        return ApprovalRequests.request(workspace, actor, datasetName, policyId, note, progress);
    }

    /**
     * Like {@link #sign}, with further report files (e.g. the PDF beside the HTML) listed in the manifest too, so the
     * signature covers every rendering of the report; {@code reportFile} is the one the manifest names as the report.
     */
    public static SignedManifest sign(Workspace workspace, Actor actor, ReleaseReport report, Path reportFile,
                                      List<Path> alsoSigned, KeyVault vault) throws IOException {
        return signAll(workspace, actor, report, reportFile, alsoSigned, vault);
    }

    /** Where {@link #sign} writes the manifest of {@code exported}. */
    public static Path manifestFor(Path exported) {
        return exported.resolveSibling(exported.getFileName() + ".manifest.json");
    }

    /** Writes the privacy impact assessment template of {@code workspace}: Markdown, or HTML for a .html file. */
    public static Path writePia(Workspace workspace, Actor actor, Path out) throws IOException {
        String markdown = PiaTemplate.markdown(workspace, Instant.now());
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = name.endsWith(".html") || name.endsWith(".htm") ? PiaTemplate.html(markdown) : markdown;
        AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8), true);
        AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.EXPORT, out.getFileName().toString(),
                null, AuditOutcome.SUCCESS, "privacyImpactAssessment"), null);
        return out;
    }

    private static Optional<MaskingPolicy> policy(Workspace workspace, ExportRecord e) {
        try {
            return Optional.of(PrivacyService.readPolicy(PrivacyService.findPolicy(workspace.directory(),
                    e.policyId(), e.policyRevision())));
        } catch (RuntimeException notSaved) {
            return Optional.empty();
        }
    }

    private static List<ReleaseReport.Column> columns(MaskingPolicy p) {
        List<ReleaseReport.Column> out = new ArrayList<>();
        for (Map.Entry<String, ColumnRole> c : p.roles().entrySet()) {
            Optional<MaskingRule> rule = p.ruleFor(c.getKey());
            TransformKind kind = rule.map(r -> OperatorFactory.create(r).kind()).orElse(null);
            out.add(new ReleaseReport.Column(c.getKey(), c.getValue().name(), rule.map(MaskingRule::operator)
                    .orElse("keep"), gdpr(c.getValue(), kind)));
        }
        return out;
    }

    /** The GDPR reading of a column's result (decision 0026's table). */
    static String gdpr(ColumnRole role, TransformKind kind) {
        if (kind == null) {
            return role == ColumnRole.OTHER ? "not personal data" : "personal data (kept as is)";
        }
        return switch (kind) {
            case REMOVED -> "removed";
            case PSEUDONYMISED -> "pseudonymised: still personal data (Art. 4(5))";
            case ENCRYPTED -> "encrypted: personal data for key holders (Art. 32)";
            case MASKED, GENERALISED, PERTURBED -> kind.name().toLowerCase(Locale.ROOT)
                    + (role == ColumnRole.DIRECT_IDENTIFIER ? "" : "; anonymous only if the measured risk says so");
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    private static ReleaseReport.Risk risk(Path file, List<String> qis, String sensitive, Progress progress) {
        if (qis.isEmpty()) {
            return ReleaseReport.Risk.notMeasured("the policy names no quasi-identifiers");
        }
        try {
            RiskReport r = PrivacyService.risk(file, CsvImportOptions.defaults(), RiskOptions.of(qis, sensitive),
                    progress);
            return new ReleaseReport.Risk(r.k(), r.diversity() == null ? null : r.diversity().distinctL(),
                    r.diversity() == null ? null : r.diversity().tCloseness(), r.prosecutor().highest(),
                    r.journalist().highest(), r.marketerRisk(), null);
        } catch (RuntimeException e) {
            return ReleaseReport.Risk.notMeasured("risk could not be measured: " + e.getMessage());
        }
    }

    private static String utility(Optional<Dataset> source) {
        return source.flatMap(d -> d.steps().stream().map(s -> s.parameters().get("utility"))
                .filter(java.util.Objects::nonNull).findFirst()).map(Object::toString)
                .orElse("not measured for this export (measured by 'anonymise --utility' when used)");
    }

    private static void lineage(DatasetCatalog catalog, Dataset d, List<String> out) {
        for (Long parent : d.parents()) {
            catalog.byId(parent).ifPresent(p -> lineage(catalog, p, out));
        }
        out.add(d.name() + " (" + d.kind().name().toLowerCase(Locale.ROOT) + (d.fingerprint() == null ? ""
                : ", " + d.fingerprint().substring(0, 12)) + ")");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
