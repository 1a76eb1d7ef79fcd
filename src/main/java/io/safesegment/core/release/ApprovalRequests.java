package io.safesegment.core.release;

import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalException;
import io.safesegment.core.governance.approval.ApprovalRequest;
import io.safesegment.core.governance.approval.ApprovalRisk;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.risk.RiskReport;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.security.SecureRandom;
import java.util.Arrays;
import tech.tablesaw.api.Table;

/**
 * Files an approval request the way the desktop form asks for it: the newest saved revision of a policy, measured on
 * the whole dataset it will release (masked with a throw-away key, as the side-by-side review does), so the approver
 * sees the risk of exactly what would be exported.
 */
final class ApprovalRequests {
    private ApprovalRequests() {
    }

    static Approval request(Workspace workspace, Actor actor, String datasetName, String policyId, String note,
                            Progress progress) {
        Dataset dataset = new DatasetCatalog(workspace).find(datasetName).orElseThrow(() -> new ApprovalException(
                Message.of("release.approvalRequests.noDataset", datasetName, workspace.directory().toString())));
        MaskingPolicy policy = PrivacyService.readPolicy(PrivacyService.findPolicy(workspace.directory(), policyId,
                0));
        Table table = TableImport.load(dataset.file(), CsvImportOptions.defaults(), progress.slice(0, 0.5)).table();
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed); // the risk of masked output does not depend on the key
        RiskReport after;
        try {
            after = PrivacyService.review(table, policy, PrivacyService.keysFromSeed(seed), progress.slice(0.5, 1))
                    .riskAfter().orElse(null);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
        ApprovalRisk risk = after == null ? ApprovalRisk.NONE : new ApprovalRisk(after.k(),
                after.diversity() == null ? null : after.diversity().distinctL(),
                after.diversity() == null ? null : after.diversity().tCloseness(), after.prosecutor().highest(),
                after.journalist().highest(), after.marketerRisk());
        return ApprovalService.request(workspace, actor, new ApprovalRequest(policy.id(), policy.revision(),
                dataset.name(), risk, note == null || note.isBlank() ? null : note.strip()));
    }
}
