package io.safesegment.core.release;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.core.governance.AuditFilter;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ExportRecord;
import io.safesegment.core.governance.retention.RetentionService;
import io.safesegment.core.governance.retention.RetentionStatus;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A privacy impact assessment (GDPR Art. 35) template pre-filled from the workspace: its datasets and the personal
 * data they hold, the purposes stated in approval requests, the people and roles acting in the audit trail, the
 * retention periods and the recipients (exports). The assessor completes the fields marked "filled in by the assessor".
 */
final class PiaTemplate {
    private static final String ASSESSOR_FIELD = "_filled in by the assessor_";

    private PiaTemplate() {
    }

    static String markdown(Workspace workspace, Instant now) {
        StringBuilder md = new StringBuilder("# Privacy impact assessment\n\n")
                .append("Workspace: `").append(workspace.directory().getFileName()).append("`  \n")
                .append("Prepared: ").append(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append("  \n")
                .append("Assessor: ").append(ASSESSOR_FIELD).append("\n\n");
        md.append("## 1. Processing and datasets\n\n| Dataset | Kind | Rows | Direct identifiers | Quasi-identifiers "
                + "| Sensitive |\n|---|---|---|---|---|---|\n");
        List<Dataset> datasets = new DatasetCatalog(workspace).list();
        for (Dataset d : datasets) {
            md.append("| ").append(cell(d.name())).append(" | ").append(d.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(d.rows() < 0 ? "?" : Long.toString(d.rows())).append(" | ")
                    .append(cols(d, ColumnRole.DIRECT_IDENTIFIER)).append(" | ")
                    .append(cols(d, ColumnRole.QUASI_IDENTIFIER)).append(" | ")
                    .append(cols(d, ColumnRole.SENSITIVE)).append(" |\n");
        }
        if (datasets.isEmpty()) {
            md.append("| (no datasets yet) | | | | | |\n");
        }
        md.append("\n## 2. Purposes and legal basis\n\n");
        Set<String> purposes = new LinkedHashSet<>();
        for (Approval a : ApprovalService.list(workspace, null)) {
            if (a.note() != null) {
                purposes.add(a.note() + " (policy " + a.policyRef() + ", " + a.status().code() + ")");
            }
        }
        purposes.forEach(p -> md.append("- ").append(p).append('\n'));
        md.append("- Legal basis (Art. 6): ").append(ASSESSOR_FIELD).append("\n- Necessity and proportionality: ").append(ASSESSOR_FIELD)
                .append("\n\n## 3. Roles and people\n\n");
        for (Role r : Role.values()) {
            md.append("- ").append(r.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)).append('\n');
        }
        Set<String> users = new TreeSet<>();
        for (AuditEntry e : AuditService.list(workspace, AuditFilter.ALL)) {
            users.add(e.user());
        }
        md.append("\nPeople who acted on this workspace (audit trail): ")
                .append(users.isEmpty() ? "none yet" : String.join(", ", users)).append("\n\n## 4. Retention\n\n"
                + "| Dataset | Period (days) | Expires | Exceeded |\n|---|---|---|---|\n");
        for (RetentionStatus s : RetentionService.check(workspace, Instant.now())) {
            md.append("| ").append(cell(s.dataset())).append(" | ").append(s.days() == null ? "not set" : s.days())
                    .append(" | ").append(s.expiresAt() == null ? "" : s.expiresAt()).append(" | ")
                    .append(s.exceeded() ? "**yes**" : "no").append(" |\n");
        }
        md.append("\n## 5. Recipients (exports)\n\n| Export | File | Policy | Approval | When |\n|---|---|---|---|---|\n");
        for (ExportRecord e : ApprovalService.exports(workspace)) {
            md.append("| ").append(e.id()).append(" | ").append(cell(Path.of(e.file()).getFileName().toString()))
                    .append(" | ").append(cell(e.policyId())).append('@').append(e.policyRevision()).append(" | ")
                    .append(e.approvalId() == null ? "none" : e.approvalId()).append(" | ").append(e.at())
                    .append(" |\n");
        }
        md.append("\nRecipient organisations and transfers outside the EEA: ").append(ASSESSOR_FIELD)
                .append("\n\n## 6. Risks to data subjects and measures\n\n")
                .append("- Re-identification: see the release report of each export (k, l, t, prosecutor, journalist,"
                        + " marketer risk).\n- Security: AES-256-GCM encryption, Ed25519-signed manifests, "
                        + "hash-chained audit trail, encrypted backups.\n- Further risks and measures: ")
                .append(ASSESSOR_FIELD).append("\n\n## 7. Sign-off\n\nData protection officer: ").append(ASSESSOR_FIELD)
                .append("  \nDecision: ").append(ASSESSOR_FIELD).append('\n');
        return md.toString();
    }

    static String html(String markdown) {
        var tables = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
        String body = HtmlRenderer.builder().extensions(tables).escapeHtml(true).build().render(Parser.builder()
                .extensions(tables).build().parse(markdown));
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Privacy impact assessment"
                + "</title></head><body>\n" + body + "</body></html>\n";
    }

    private static String cols(Dataset d, ColumnRole role) {
        List<String> names = d.columns().stream().filter(c -> c.privacyRole() == role).map(c -> cell(c.name()))
                .toList();
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
