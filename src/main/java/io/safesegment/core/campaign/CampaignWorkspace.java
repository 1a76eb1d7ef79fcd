package io.safesegment.core.campaign;

import io.safesegment.core.campaign.design.DesignResult;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.access.AccessPolicy;
import io.safesegment.core.governance.access.Permission;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A campaign designed inside a workspace: the target may be one of its datasets (whose saved roles then apply), the
 * assignment list is an export of customer ids, so a governed workspace checks who may write it and the audit trail
 * records it — the dataset's fingerprint, arm sizes and seed, never an id.
 */
final class CampaignWorkspace {
    private final Workspace workspace;
    private final Dataset dataset;

    private CampaignWorkspace(Workspace workspace, Dataset dataset) {
        this.workspace = workspace;
        this.dataset = dataset;
    }

    /** Opens {@code directory} and finds the dataset whose file is {@code target}, if any. */
    static CampaignWorkspace open(Path directory, Path target) {
        Workspace ws = Workspace.open(directory);
        Path wanted = target.toAbsolutePath().normalize();
        Dataset found = new DatasetCatalog(ws).list().stream()
                .filter(d -> d.file().toAbsolutePath().normalize().equals(wanted)).findFirst().orElse(null);
        return new CampaignWorkspace(ws, found);
    }

    /** The workspace dataset read as the target, if the target is one. */
    Optional<Dataset> dataset() {
        return Optional.ofNullable(dataset);
    }

    /** The dataset's saved roles with the user's own mapping over them. */
    RoleMapping roles(RoleMapping requested) {
        return dataset == null ? requested : dataset.roles().overriddenBy(requested);
    }

    /**
     * Refuses, before anything is written, an account that may not export unmasked data when the list would carry
     * the customer ids of an unmasked dataset whose id column is a direct identifier.
     */
    void requireMayWrite(Actor actor, RoleMapping roles, Path out) {
        if (dataset == null || dataset.isProtected()) {
            return;
        }
        String idColumn = roles.column(SemanticRole.CUSTOMER_ID).orElse(null);
        // a dataset registered without privacy roles may hold anything: as for an export, it counts as unmasked
        boolean direct = dataset.columns().isEmpty() || dataset.columns().stream().anyMatch(c ->
                c.name().equals(idColumn) && c.privacyRole() == ColumnRole.DIRECT_IDENTIFIER);
        if (direct) {
            AccessPolicy.require(workspace, actor, Permission.EXPORT_UNMASKED, Message.of(
                    "access.what.campaignList", out.getFileName().toString(), dataset.name()));
        }
    }

    /** One audit entry for a written assignment list: sizes and seed only. */
    void auditWritten(Actor actor, Path target, Path out, DesignResult result) {
        String arms = result.arms().stream().map(a -> a.arm() + "=" + a.customers())
                .collect(Collectors.joining(","));
        String source = dataset == null ? "file:" + target.getFileName() : dataset.name();
        String detail = String.format(Locale.ROOT, "kind=campaign-assignments source=%s customers=%d arms=%s seed=%d "
                + "channel=%s", source, result.targetCustomers(), arms, result.seed(), result.channel());
        AuditService.record(workspace, AccessPolicy.auditUser(actor), new AuditEvent(AuditAction.EXPORT,
                out.getFileName().toString(), dataset == null ? null : dataset.fingerprint(), AuditOutcome.SUCCESS,
                detail.length() > AuditEvent.MAX_DETAIL ? detail.substring(0, AuditEvent.MAX_DETAIL) : detail), null);
    }
}
