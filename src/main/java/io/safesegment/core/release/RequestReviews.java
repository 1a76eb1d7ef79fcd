package io.safesegment.core.release;

import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.access.AccessPolicy;
import io.safesegment.core.governance.access.Permission;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalException;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** Builds a {@link RequestReview}: loads the sample, masks it with the requested revision, pairs the rows. */
final class RequestReviews {
    private RequestReviews() {
    }

    static RequestReview build(Workspace workspace, Actor actor, long approvalId, int rows, Progress progress) {
        Approval a = ApprovalService.find(workspace, approvalId).orElseThrow(() -> new ApprovalException(
                Message.of("approval.approvalService.noRequest", approvalId)));
        // the "before" side shows direct identifiers unmasked: only those who decide requests may look
        if (actor != null && !AccessPolicy.allows(actor.role(), Permission.APPROVE)) {
            throw new ApprovalException(Message.of("release.requestReviews.onlyOfficer", approvalId, actor.user(),
                    actor.role().code()));
        }
        AccessPolicy.require(workspace, actor, Permission.APPROVE, Message.of("access.what.reviewRequest",
                approvalId));
        if (a.dataset() == null) {
            throw new ApprovalException(Message.of("release.requestReviews.noDataset", approvalId));
        }
        Dataset dataset = new DatasetCatalog(workspace).find(a.dataset()).orElseThrow(() -> new ApprovalException(
                Message.of("release.requestReviews.datasetGone", approvalId, a.dataset())));
        MaskingPolicy policy = PrivacyService.readPolicy(PrivacyService.findPolicy(workspace.directory(),
                a.policyId(), a.policyRevision()));
        Table table = TableImport.load(dataset.file(), CsvImportOptions.defaults(), progress.slice(0, 0.6)).table();
        Table sample = table.first(Math.min(rows, table.rowCount()));
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed); // a throw-away key: the review never touches the vault
        Table masked = PrivacyService.review(sample, policy, PrivacyService.keysFromSeed(seed), progress.slice(0.6,
                1)).mask().masked();
        java.util.Arrays.fill(seed, (byte) 0);
        List<String> columns = sample.columnNames();
        List<List<String>> before = new ArrayList<>();
        List<List<String>> after = new ArrayList<>();
        for (int r = 0; r < sample.rowCount(); r++) {
            List<String> b = new ArrayList<>();
            List<String> m = new ArrayList<>();
            for (String c : columns) {
                b.add(sample.column(c).getString(r));
                m.add(masked.containsColumn(c) && r < masked.rowCount() ? masked.column(c).getString(r) : null);
            }
            before.add(b);
            after.add(m);
        }
        return new RequestReview(a.id(), a.policyRef(), dataset.name(), columns, before, after, a.risk());
    }
}
