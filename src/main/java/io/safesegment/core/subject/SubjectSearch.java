package io.safesegment.core.subject;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetColumn;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.privacy.policy.MaskingRule;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Finds a person's rows in every dataset of a workspace: plain values by the key's comparison, and in masked datasets
 * the value the policy's keyed deterministic rules (pseudonym, deterministic and format-preserving encryption) turn
 * the person's value into — computed with the same vault key, so no stored value is ever decrypted.
 */
final class SubjectSearch {
    /** Operators whose output is a function of the value and the key only, so the person's output can be computed. */
    static final Set<String> DETERMINISTIC = Set.of("pseudonym", "encrypt-deterministic", "encrypt-fpe");

    /** One dataset holding the person, with its table read as text (to be rewritten without type drift). */
    record Hit(Dataset dataset, Table table, SubjectMatch match) {
    }

    private SubjectSearch() {
    }

    static List<Hit> search(Workspace workspace, SubjectQuery query, KeyMaterial keys, List<String> notes,
                            Progress progress) {
        String normalised = query.key().normalise(query.value());
        return search(workspace, (d, table) -> d.isProtected() ? keyedTargets(workspace, d, table, query, keys, notes)
                : Map.of(), (cell, masked) -> query.key().matches(cell, normalised), notes, progress);
    }

    /**
     * Finds the person named by a keyed pseudonym: cells are compared by their HMAC under the same key; keyed columns
     * of masked datasets by the masked forms recorded with the pseudonym.
     */
    static List<Hit> search(Workspace workspace, SubjectPseudonym subject, byte[] hmacKey, List<String> notes,
                            Progress progress) {
        SubjectPseudonym.Matcher matcher = subject.matcher(hmacKey);
        try {
            return search(workspace, (d, table) -> Map.of(), matcher::matches, notes, progress);
        } finally {
            matcher.wipe();
        }
    }

    /** The values the person's value becomes in every masked dataset's keyed deterministic columns. */
    static Set<String> maskedForms(Workspace workspace, SubjectQuery query, KeyMaterial keys) {
        Set<String> forms = new java.util.TreeSet<>();
        if (keys == null) {
            return forms;
        }
        for (Dataset d : new DatasetCatalog(workspace).list()) {
            if (d.isProtected() && Files.isRegularFile(d.file())) {
                keyedTargets(workspace, d, loadText(d), query, keys, new ArrayList<>()).values().forEach(forms::addAll);
            }
        }
        return forms;
    }

    /** Column → values that identify the person there (a masked dataset's keyed forms). */
    private interface Targets {
        Map<String, Set<String>> of(Dataset dataset, Table table);
    }

    /** Whether a cell holds the person's value (the flag: the cell's dataset is masked). */
    private interface CellTest {
        boolean matches(String cell, boolean maskedDataset);
    }

    private static List<Hit> search(Workspace workspace, Targets keyedTargets, CellTest test, List<String> notes,
                                    Progress progress) {
        List<Dataset> datasets = new DatasetCatalog(workspace).list();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < datasets.size(); i++) {
            progress.checkCancelled();
            Dataset d = datasets.get(i);
            progress.report((double) i / datasets.size(), Message.of("progress.subject.searching", d.name()));
            if (!Files.isRegularFile(d.file())) {
                notes.add(d.name() + ": its file is missing");
                continue;
            }
            Table table = loadText(d);
            Map<String, Set<String>> keyed = keyedTargets.of(d, table);
            Set<Integer> rows = new java.util.TreeSet<>();
            Set<String> columns = new LinkedHashSet<>();
            for (Column<?> column : table.columns()) {
                Set<String> targets = keyed.getOrDefault(column.name(), Set.of());
                for (int r = 0; r < table.rowCount(); r++) {
                    String cell = column.getString(r);
                    if (test.matches(cell, d.isProtected()) || targets.contains(cell)) {
                        rows.add(r);
                        columns.add(column.name());
                    }
                }
            }
            if (!rows.isEmpty()) {
                hits.add(new Hit(d, table, new SubjectMatch(d.id(), d.name(), d.isProtected(), List.copyOf(columns),
                        List.copyOf(rows))));
            }
        }
        progress.update(1, "Searched " + datasets.size() + " datasets");
        return hits;
    }

    /** Column → the values the person's value becomes under the dataset's keyed deterministic rules. */
    private static Map<String, Set<String>> keyedTargets(Workspace workspace, Dataset d, Table table,
                                                         SubjectQuery query, KeyMaterial keys, List<String> notes) {
        if (d.kind() == DatasetKind.ANONYMISED) {
            notes.add(d.name() + ": anonymised (generalised) data cannot be searched for one person");
            return Map.of();
        }
        LineageStep mask = d.steps().stream().filter(s -> s.kind().equals("mask")).findFirst().orElse(null);
        if (mask == null || mask.parameters().get("policy") == null) {
            notes.add(d.name() + ": no masking step in its lineage; searched by plain values only");
            return Map.of();
        }
        String policyId = String.valueOf(mask.parameters().get("policy"));
        int revision = mask.parameters().get("revision") instanceof Number n ? n.intValue() : 0;
        MaskingPolicy policy;
        try {
            policy = PrivacyService.readPolicy(PrivacyService.findPolicy(workspace.directory(), policyId, revision));
        } catch (RuntimeException e) {
            notes.add(d.name() + ": its policy " + policyId + "@" + revision + " is not saved in the workspace; "
                    + "searched by plain values only");
            return Map.of();
        }
        Map<String, Set<String>> targets = new HashMap<>();
        for (MaskingRule rule : policy.rules()) {
            if (!DETERMINISTIC.contains(rule.operator()) || !table.containsColumn(rule.column())) {
                continue;
            }
            if (keys == null) {
                notes.add(d.name() + ": column " + rule.column() + " is keyed; unlock the vault to search it");
                continue;
            }
            Set<String> inputs = new LinkedHashSet<>(List.of(query.value().strip(),
                    query.key().normalise(query.value())));
            Table probe = Table.create(StringColumn.create(rule.column(), List.copyOf(inputs)));
            try {
                Set<String> out = new HashSet<>();
                PrivacyService.preview(probe, rule, policy.roles(), keys, inputs.size()).forEach(p -> out.add(p.after()));
                targets.put(rule.column(), out);
            } catch (RuntimeException e) {
                notes.add(d.name() + ": column " + rule.column() + " could not be searched (" + e.getMessage() + ")");
            }
        }
        return targets;
    }

    /** The dataset's file with every column read as text, so rewriting it changes only the rows asked for. */
    static Table loadText(Dataset d) {
        List<String> names = d.columns().isEmpty()
                ? TableImport.load(d.file(), CsvImportOptions.defaults(), Progress.NONE).table().columnNames()
                : d.columns().stream().map(DatasetColumn::name).toList();
        Map<String, ColumnType> types = new LinkedHashMap<>();
        names.forEach(n -> types.put(n, ColumnType.TEXT));
        return TableImport.load(d.file(), CsvImportOptions.defaults().withColumnTypes(types), Progress.NONE).table();
    }
}
