package io.safesegment.core.subject;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.io.WorkspaceDatasets;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.governance.Role;
import io.safesegment.core.governance.approval.ApprovalService;
import io.safesegment.core.governance.approval.ExportRecord;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.workspace.DatasetStore;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Data subject requests (GDPR Art. 15–17, 20): {@link #find}, {@link #access} (the person's records as JSON),
 * {@link #rectify} and {@link #erase} across every dataset of a workspace. Each request is tracked with its 30-day
 * deadline; pass the id of a request opened by {@code find} to complete it, or null to open and complete one.
 * Only a Privacy Officer handles them. The audit trail and the request table name the request id, the key kind and
 * counts — never the person's value. Rewritten datasets are written to new files atomically and re-pointed; past
 * exports that contained the person are listed, since they are beyond the workspace's reach.
 */
public final class SubjectRequestService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SubjectRequestService() {
    }

    /**
     * Searches every dataset and opens (or updates) a tracked request.
     *
     * @param keys       the vault's key material to search masked datasets through their keyed rules, or null
     *                   (those columns are then listed in the notes)
     * @param requestId  an open request to attach the search to, or null to open one
     */
    public static SubjectResults.Found find(Workspace workspace, Actor actor, SubjectQuery query, KeyMaterial keys,
                                            Long requestId, Progress progress) {
        SubjectRequest request = begin(workspace, actor, query, requestId, "find");
        List<String> notes = new ArrayList<>();
        List<SubjectSearch.Hit> hits = SubjectSearch.search(workspace, query, keys, notes, progress);
        List<SubjectMatch> matches = hits.stream().map(SubjectSearch.Hit::match).toList();
        int records = matches.stream().mapToInt(m -> m.rows().size()).sum();
        request = finish(workspace, actor, request, "find", "open", "datasets=" + matches.size() + " records="
                + records);
        return new SubjectResults.Found(request, matches, notes);
    }

    /** Writes the person's records from every dataset to {@code out} as one JSON document and completes the request. */
    public static SubjectResults.Accessed access(Workspace workspace, Actor actor, SubjectQuery query,
                                                 KeyMaterial keys, Long requestId, Path out, Progress progress)
            throws IOException {
        SubjectRequest request = begin(workspace, actor, query, requestId, "access");
        List<SubjectSearch.Hit> hits = SubjectSearch.search(workspace, query, keys, new ArrayList<>(), progress);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("request", request.id());
        doc.put("generatedAt", Instant.now().toString());
        List<Map<String, Object>> datasets = new ArrayList<>();
        int records = 0;
        for (SubjectSearch.Hit hit : hits) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r : hit.match().rows()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (Column<?> c : hit.table().columns()) {
                    row.put(c.name(), c.isMissing(r) ? null : c.getString(r));
                }
                rows.add(row);
            }
            records += rows.size();
            Map<String, Object> ds = new LinkedHashMap<>();
            ds.put("dataset", hit.dataset().name());
            ds.put("masked", hit.match().masked());
            ds.put("records", rows);
            datasets.add(ds);
        }
        doc.put("datasets", datasets);
        AtomicFiles.write(out, true, s -> s.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc)));
        request = finish(workspace, actor, request, "access", "completed", "datasets=" + hits.size() + " records="
                + records + " out=" + out.getFileName());
        return new SubjectResults.Accessed(request, out, records);
    }

    /**
     * Sets {@code column} to {@code value} in the person's rows of every unmasked dataset that has the column; masked
     * datasets holding the person are listed (their value is a pseudonym: make a new masked export).
     *
     * @throws SubjectRequestException when no dataset holding the person has {@code column}
     */
    public static SubjectResults.Rectified rectify(Workspace workspace, Actor actor, SubjectQuery query,
                                                   KeyMaterial keys, Long requestId, String column, String value,
                                                   Progress progress) throws IOException {
        SubjectRequest request = begin(workspace, actor, query, requestId, "rectify");
        List<SubjectSearch.Hit> hits = SubjectSearch.search(workspace, query, keys, new ArrayList<>(), progress);
        int changed = 0;
        List<String> rewritten = new ArrayList<>();
        List<String> notChanged = new ArrayList<>();
        for (SubjectSearch.Hit hit : hits) {
            if (hit.match().masked()) {
                notChanged.add(hit.dataset().name());
                continue;
            }
            if (!hit.table().containsColumn(column)) {
                continue;
            }
            var target = hit.table().stringColumn(column);
            for (int r : hit.match().rows()) {
                target.set(r, value);
                changed++;
            }
            rewrite(workspace, hit.dataset(), hit.table());
            rewritten.add(hit.dataset().name());
        }
        if (rewritten.isEmpty() && !hits.isEmpty()) {
            throw new SubjectRequestException(Message.of("subject.subjectRequestService.noColumn", request.id(),
                    column));
        }
        request = finish(workspace, actor, request, "rectify", "completed", "column=" + column + " rows=" + changed
                + " datasets=" + rewritten.size());
        return new SubjectResults.Rectified(request, changed, rewritten, notChanged);
    }

    /**
     * Removes the person's rows from every dataset (masked ones included) and lists the past exports made from those
     * datasets.
     */
    public static SubjectResults.Erased erase(Workspace workspace, Actor actor, SubjectQuery query, KeyMaterial keys,
                                              Long requestId, Progress progress) throws IOException {
        SubjectRequest request = begin(workspace, actor, query, requestId, "erase");
        return erase(workspace, actor, request, SubjectSearch.search(workspace, query, keys, new ArrayList<>(),
                progress));
    }

    /**
     * Erases the person named by a keyed pseudonym (a recorded erasure replayed from a recipe): the same permission,
     * request tracking, rewrite and audit as {@link #erase(Workspace, Actor, SubjectQuery, KeyMaterial, Long,
     * Progress)}; cells are compared by their HMAC under {@code hmacKey}.
     *
     * @param hmacKey the vault key the pseudonym was made with; owned and wiped by the caller
     */
    public static SubjectResults.Erased erase(Workspace workspace, Actor actor, SubjectPseudonym subject,
                                              byte[] hmacKey, Long requestId, Progress progress) throws IOException {
        SubjectRequest request = begin(workspace, actor, subject.key(), requestId, "erase");
        return erase(workspace, actor, request, SubjectSearch.search(workspace, subject, hmacKey, new ArrayList<>(),
                progress));
    }

    /**
     * The keyed pseudonym of {@code query} for a recipe: its HMAC under {@code hmacKey} and, with the vault's
     * {@code keys}, what the value became in the workspace's masked datasets (so a replay finds those rows too).
     * Nothing is recorded or audited: the erasure that follows is.
     */
    public static SubjectPseudonym pseudonymise(Workspace workspace, SubjectQuery query, KeyMaterial keys,
                                                byte[] hmacKey) {
        return SubjectPseudonym.of(query, hmacKey, List.copyOf(SubjectSearch.maskedForms(workspace, query, keys)));
    }

    private static SubjectResults.Erased erase(Workspace workspace, Actor actor, SubjectRequest request,
                                               List<SubjectSearch.Hit> hits) throws IOException {
        int removed = 0;
        List<String> rewritten = new ArrayList<>();
        Set<ExportRecord> exports = new LinkedHashSet<>();
        List<ExportRecord> ledger = ApprovalService.exports(workspace);
        for (SubjectSearch.Hit hit : hits) {
            Dataset d = hit.dataset();
            exports.addAll(ledger.stream().filter(e -> madeFrom(e, d)).toList());
            Table kept = hit.table().dropRows(hit.match().rows().stream().mapToInt(Integer::intValue).toArray());
            removed += hit.match().rows().size();
            rewrite(workspace, d, kept);
            rewritten.add(d.name());
        }
        request = finish(workspace, actor, request, "erase", "completed", "rows=" + removed + " datasets="
                + rewritten.size() + " pastExports=" + exports.size());
        return new SubjectResults.Erased(request, removed, rewritten, List.copyOf(exports));
    }

    /** Every tracked request, oldest first. */
    public static List<SubjectRequest> list(Workspace workspace) {
        return new SubjectRequestStore(workspace).list("");
    }

    private static boolean madeFrom(ExportRecord e, Dataset d) {
        Object exportedTo = d.steps().stream().filter(s -> s.kind().equals("mask")).findFirst()
                .map(s -> s.parameters().get("exportedTo")).orElse(null);
        return d.name().equals(e.sourceDataset())
                || d.fingerprint() != null && d.fingerprint().equals(e.sourceFingerprint())
                || exportedTo != null && Path.of(e.file()).getFileName().toString().equals(exportedTo);
    }

    /** Writes {@code table} to a new file in the data folder, re-points the dataset, then removes the old file. */
    private static void rewrite(Workspace workspace, Dataset d, Table table) throws IOException {
        Path file = WorkspaceDatasets.freeFile(workspace.dataDirectory(), d.name());
        TableExport.write(table, file, ExportOptions.defaults().withFormat(ExportFormat.CSV)
                .withNeutraliseFormulas(false), Progress.NONE);
        new DatasetStore(workspace).replaceFile(d.id(), file, table.rowCount());
        Path old = d.file().toAbsolutePath().normalize();
        if (old.startsWith(workspace.dataDirectory()) && !old.equals(file.toAbsolutePath().normalize())) {
            Files.deleteIfExists(old); // the old file still holds the person
        }
    }

    private static SubjectRequest begin(Workspace workspace, Actor actor, SubjectQuery query, Long requestId,
                                        String type) {
        return begin(workspace, actor, query.key(), requestId, type);
    }

    private static SubjectRequest begin(Workspace workspace, Actor actor, SubjectKey key, Long requestId,
                                        String type) {
        if (actor.role() != Role.PRIVACY_OFFICER) {
            AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.PERMISSION_DENIED,
                    "subject request", null, AuditOutcome.BLOCKED, "type=" + type + " role=" + actor.role().code()),
                    null);
            throw new SubjectRequestException(Message.of("subject.subjectRequestService.onlyOfficer", actor.user(),
                    actor.role().code()));
        }
        SubjectRequestStore store = new SubjectRequestStore(workspace);
        if (requestId == null) {
            return store.open(type, key, actor.user(), Instant.now());
        }
        SubjectRequest request = store.find(requestId).orElseThrow(() -> new SubjectRequestException(
                Message.of("subject.subjectRequestService.noRequest", requestId)));
        if (!"open".equals(request.status())) {
            throw new SubjectRequestException(Message.of("subject.subjectRequestService.alreadyDone", requestId,
                    String.valueOf(request.status())));
        }
        if (request.key() != key) {
            throw new SubjectRequestException(Message.of("subject.subjectRequestService.otherKey", requestId,
                    request.key().code(), key.code()));
        }
        return request;
    }

    private static SubjectRequest finish(Workspace workspace, Actor actor, SubjectRequest request, String type,
                                         String status, String outcome) {
        SubjectRequest updated = new SubjectRequestStore(workspace).update(request.id(), type, status, actor.user(),
                outcome, Instant.now());
        AuditService.record(workspace, actor.user(), new AuditEvent(AuditAction.SUBJECT_REQUEST, "request "
                + request.id(), null, AuditOutcome.SUCCESS, "type=" + type + " key=" + request.key().code() + " "
                + outcome), null);
        return updated;
    }
}
