package io.safesegment.core.privacy;

import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetExport;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.access.AccessPolicy;
import io.safesegment.core.governance.access.Alerts;
import io.safesegment.core.governance.access.Permission;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.PolicyException;
import io.safesegment.core.privacy.review.RiskOverride;
import io.safesegment.core.privacy.review.StoredRiskTargets;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * {@code safesegment export} of a workspace dataset as it is, checked against its stored risk targets (decision
 * 0033): the same measure the masked export applies to a policy's output, so data that leaves without a masking
 * step — an anonymised dataset, or raw data whose policy sets targets — cannot miss them unnoticed.
 */
final class CheckedDatasetExport {
    private CheckedDatasetExport() {
    }

    static PrivacyService.DatasetExportOutcome export(Path workspace, String dataset, Path output,
                                                      ExportFormat format, boolean force, Actor actor,
                                                      String riskOverrideReason, Progress progress) {
        String reason = riskOverrideReason == null ? null : RiskOverride.requireReason(riskOverrideReason);
        Workspace ws = Workspace.open(workspace);
        DatasetCatalog catalog = new DatasetCatalog(ws);
        Dataset chosen = catalog.require(dataset);
        List<StoredRiskTargets.Stored> stored = StoredRiskTargets.find(catalog, chosen,
                name -> PrivacyService.policyFileFor(workspace, name), (id, revision) -> lookup(workspace, id,
                        revision));
        List<StoredRiskTargets.Checked> checks = List.of();
        if (!stored.isEmpty()) {
            Table table = DatasetExport.load(chosen, progress.slice(0, 0.3));
            checks = StoredRiskTargets.check(table, stored);
        }
        List<String> misses = checks.stream().filter(c -> !c.check().met())
                .map(c -> c.source() + ": " + c.check().summary().english()).toList();
        if (!misses.isEmpty() && reason == null) {
            audit(ws, actor, chosen, output, AuditOutcome.BLOCKED, misses, null);
            return new PrivacyService.DatasetExportOutcome(chosen, null, checks, null);
        }
        if (!misses.isEmpty()) { // overriding missed risk targets is a privacy officer's call
            AccessPolicy.require(ws, actor, Permission.APPROVE, Message.of("access.what.override",
                    output.getFileName().toString()));
        }
        var written = DatasetService.exportDataset(workspace, dataset, output, format, force, actor,
                progress.slice(stored.isEmpty() ? 0 : 0.3, 1)).written();
        if (!stored.isEmpty()) {
            audit(ws, actor, chosen, output, misses.isEmpty() ? AuditOutcome.SUCCESS : AuditOutcome.OVERRIDDEN,
                    misses, reason);
        }
        return new PrivacyService.DatasetExportOutcome(chosen, written, checks, misses.isEmpty() ? null : reason);
    }

    /**
     * The Data section's export of the table it holds for workspace dataset {@code dataset}: refused when the table
     * misses a risk target stored for the dataset or up its lineage (the same measure as {@link #export}), naming
     * each target and the measured value; the refusal is audited. A table of no workspace dataset has no stored
     * targets. There is no override here: an officer overrides with {@code export --override-risk-targets}.
     *
     * @throws PolicyException when a stored target is missed
     */
    static void requireTargetsMet(Path workspace, String dataset, Table table, Path output, Actor actor) {
        Workspace ws = Workspace.open(workspace);
        DatasetCatalog catalog = new DatasetCatalog(ws);
        Optional<Dataset> chosen = catalog.find(dataset);
        if (chosen.isEmpty()) {
            return;
        }
        List<StoredRiskTargets.Stored> stored = StoredRiskTargets.find(catalog, chosen.get(),
                name -> PrivacyService.policyFileFor(workspace, name), (id, revision) -> lookup(workspace, id,
                        revision));
        List<StoredRiskTargets.Checked> missed = stored.isEmpty() ? List.of()
                : StoredRiskTargets.check(table, stored).stream().filter(c -> !c.check().met()).toList();
        if (missed.isEmpty()) {
            return;
        }
        audit(ws, actor, chosen.get(), output, AuditOutcome.BLOCKED,
                missed.stream().map(c -> c.source() + ": " + c.check().summary().english()).toList(), null);
        throw new PolicyException(Message.of("privacy.export.storedTargetsMissed", Message.join("; ",
                missed.stream().map(c -> Message.of("privacy.export.storedTargetMiss", c.source(),
                        c.check().summary())).toList())));
    }

    private static Optional<MaskingPolicy> lookup(Path workspace, String id, int revision) {
        try {
            return Optional.of(PrivacyService.readPolicy(PrivacyService.findPolicy(workspace, id, revision)));
        } catch (RuntimeException e) { // the store no longer has it: the saved policy up the lineage still counts
            return Optional.empty();
        }
    }

    /** The measures and the officer's reason only: never a value of the data. */
    private static void audit(Workspace ws, Actor actor, Dataset chosen, Path output, AuditOutcome outcome,
                              List<String> misses, String reason) {
        String user = AccessPolicy.auditUser(actor);
        AuditService.record(ws, user, new AuditEvent(AuditAction.EXPORT, output.getFileName().toString(),
                chosen.fingerprint(), outcome, "source=" + chosen.name() + " riskTargets="
                + (misses.isEmpty() ? "met" : "missed(" + abbreviate(String.join("; ", misses)) + ")")
                + (reason == null ? "" : " riskOverrideReason=" + abbreviate(reason))), null);
        if (outcome == AuditOutcome.OVERRIDDEN) {
            Alerts.blockedExportOverride(ws, user, output.getFileName().toString());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** "policy customers@3: k-anonymity: …" per missed set, for a message. */
    static String describe(List<StoredRiskTargets.Checked> checks) {
        return checks.stream().filter(c -> !c.check().met())
                .map(c -> c.source() + ": " + c.check().summary().english()).collect(Collectors.joining("; "));
    }
}
