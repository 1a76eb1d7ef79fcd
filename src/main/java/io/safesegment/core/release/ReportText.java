package io.safesegment.core.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report as sections of labelled lines, so the HTML and the PDF state exactly the same fields (a test reads the
 * PDF's text back and finds them).
 */
final class ReportText {
    /** A heading and its lines ({@code label: value}, or a table row of cells). */
    record Section(String heading, List<List<String>> rows) {
    }

    private ReportText() {
    }

    static List<Section> sections(ReleaseReport r) {
        List<Section> s = new ArrayList<>();
        s.add(new Section("Export", List.of(
                List.of("Export id", Long.toString(r.exportId())),
                List.of("Exported at", r.exportedAt()),
                List.of("Exported by", r.exportedBy()),
                List.of("Policy", r.policy()),
                List.of("Leak scan", r.leakScan() + (r.overridden() ? " (overridden with a recorded reason)" : "")),
                List.of("Report generated", r.generatedAt()))));
        s.add(new Section("Approval", r.approvalId() == null
                ? List.of(List.of("Approval", "none (this workspace does not require approvals)"))
                : List.of(List.of("Approval id", Long.toString(r.approvalId())),
                        List.of("Approver", String.valueOf(r.approver())),
                        List.of("Approved at", String.valueOf(r.approvedAt())),
                        List.of("Risk shown to the approver", String.valueOf(r.approvedRisk())))));
        List<List<String>> dataset = new ArrayList<>();
        dataset.add(List.of("Source dataset", r.sourceDataset()));
        dataset.add(List.of("Dataset fingerprint (SHA-256)", r.sourceFingerprint() == null ? "unknown"
                : r.sourceFingerprint()));
        for (int i = 0; i < r.lineage().size(); i++) {
            dataset.add(List.of(i == 0 ? "Lineage" : "", r.lineage().get(i)));
        }
        s.add(new Section("Dataset and lineage", dataset));
        List<List<String>> columns = new ArrayList<>();
        columns.add(List.of("Column", "Role", "Rule", "GDPR"));
        r.columns().forEach(c -> columns.add(List.of(c.name(), c.role(), c.rule(), c.gdpr())));
        s.add(new Section("Columns", columns));
        List<List<String>> risk = new ArrayList<>();
        risk.add(List.of("Measure", "Before", "After"));
        risk.add(List.of("k-anonymity", num(r.before().k()), num(r.after().k())));
        risk.add(List.of("l-diversity", num(r.before().l()), num(r.after().l())));
        risk.add(List.of("t-closeness", num(r.before().t()), num(r.after().t())));
        risk.add(List.of("prosecutor risk", num(r.before().prosecutor()), num(r.after().prosecutor())));
        risk.add(List.of("journalist risk", num(r.before().journalist()), num(r.after().journalist())));
        risk.add(List.of("marketer risk", num(r.before().marketer()), num(r.after().marketer())));
        if (r.after().note() != null) {
            risk.add(List.of("Note", r.after().note(), ""));
        }
        s.add(new Section("Re-identification risk", risk));
        s.add(new Section("Utility", List.of(List.of("Utility loss", r.utility()))));
        List<List<String>> files = new ArrayList<>();
        files.add(List.of("File", "Bytes", "SHA-256"));
        r.files().forEach(f -> files.add(List.of(f.name(), Long.toString(f.size()), f.sha256())));
        s.add(new Section("Exported files", files));
        return s;
    }

    static String title(ReleaseReport r) {
        return "SafeSegment release report — export " + r.exportId();
    }

    private static String num(Number n) {
        if (n == null) {
            return "not measured";
        }
        return n instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : n.toString();
    }
}
