package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.anonymise.Hierarchy;
import io.safesegment.ui.common.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The generalisation hierarchy of each quasi-identifier (and of the sensitive column, for hierarchical
 * t-closeness): built from the column's values unless the user imported an ARX hierarchy file for it. An imported
 * file that misses values of the column is kept out of the search and its uncovered values are listed, because the
 * user has to add exactly those lines. Any hierarchy can be exported as an ARX file to edit it elsewhere.
 */
public final class HierarchyChoices {
    /** Most uncovered values a row lists; the rest is counted. */
    static final int LISTED = 10;

    /**
     * One column's hierarchy as the table shows it.
     *
     * @param column    the column
     * @param source    "built from the values" or the imported file's name
     * @param levels    generalisation levels above the values
     * @param uncovered the uncovered values of the last import of this column ("" when none)
     */
    public record Row(String column, String source, int levels, String uncovered) {
    }

    private final PrivacyState state;
    private final Supplier<List<String>> columns;
    private final Map<String, Hierarchy> imported = new HashMap<>();
    private final Map<String, String> importedFrom = new HashMap<>();
    private final Map<String, String> uncovered = new HashMap<>();
    /** Hierarchies built from the values of {@link #builtFor}: building reads every value, so once per table. */
    private final Map<String, Hierarchy> built = new HashMap<>();
    private Table builtFor;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");

    HierarchyChoices(PrivacyState state, Supplier<List<String>> columns) {
        this.state = state;
        this.columns = columns;
    }

    /** The hierarchy the search uses for {@code column}: the imported one, else one built from the values. */
    Hierarchy hierarchy(Table table, String column) {
        Hierarchy h = imported.get(column);
        if (h != null) {
            return h;
        }
        if (builtFor != table) {
            built.clear();
            builtFor = table;
        }
        return built.computeIfAbsent(column, c -> PrivacyService.suggestHierarchy(table, c));
    }

    /** Rebuilds the rows for the current columns (after a search, a policy change or an import). */
    void refresh() {
        Table table = state.table.get();
        String keep = selected.get() == null ? null : selected.get().column();
        rows.setAll(table == null ? List.of() : columns.get().stream().filter(table::containsColumn)
                .map(c -> new Row(c, importedFrom.getOrDefault(c, i18n("privacy.anon.hierarchy.built")),
                        PrivacyService.hierarchyTop(hierarchy(table, c)), uncovered.getOrDefault(c, ""))).toList());
        rows.stream().filter(r -> r.column().equals(keep)).findFirst().ifPresent(selected::set);
    }

    /** Forgets imported hierarchies (another dataset). */
    void clear() {
        imported.clear();
        importedFrom.clear();
        uncovered.clear();
        built.clear();
        builtFor = null;
        rows.clear();
        selected.set(null);
    }

    /** Asks for an ARX hierarchy file for the selected column and uses it when it covers every value. */
    public void importSelected() {
        Row row = selected.get();
        Table table = state.table.get();
        if (row == null || table == null) {
            return;
        }
        state.dialogs.open(i18n("privacy.anon.hierarchy.import.title", row.column()), null, filters())
                .ifPresent(file -> importFile(table, row.column(), file));
    }

    void importFile(Table table, String column, Path file) {
        Hierarchy h;
        try {
            h = PrivacyService.readHierarchy(file);
        } catch (RuntimeException e) {
            state.dialogs.showError(i18n("privacy.anon.hierarchy.import.error", file.getFileName()), e);
            return;
        }
        List<String> missing = PrivacyService.uncoveredValues(table, column, h);
        if (missing.isEmpty()) {
            imported.put(column, h);
            importedFrom.put(column, file.getFileName().toString());
            uncovered.remove(column);
        } else {
            // Not used: the search would refuse it. The row says which lines to add.
            List<String> shown = missing.subList(0, Math.min(LISTED, missing.size())).stream()
                    .map(v -> v.isEmpty() ? i18n("privacy.anon.hierarchy.empty") : v).toList();
            uncovered.put(column, i18n("privacy.anon.hierarchy.uncovered", file.getFileName(), missing.size(),
                    String.join(", ", shown)) + (missing.size() > LISTED
                    ? " " + i18n("privacy.anon.hierarchy.more", missing.size() - LISTED) : ""));
        }
        refresh();
    }

    /** A stored hierarchical t target's hierarchy file becomes the sensitive column's hierarchy again. */
    void useStoredTHierarchy(io.safesegment.core.privacy.policy.RiskTargets targets, String sensitive) {
        Table table = state.table.get();
        if (targets.hierarchicalT() && sensitive != null && table != null
                && java.nio.file.Files.isRegularFile(Path.of(targets.tHierarchy()))) {
            importFile(table, sensitive, Path.of(targets.tHierarchy()));
        }
    }

    /** Asks where to write the selected column's hierarchy and writes it as an ARX file. */
    public void exportSelected() {
        Row row = selected.get();
        Table table = state.table.get();
        if (row == null || table == null) {
            return;
        }
        state.dialogs.save(i18n("privacy.anon.hierarchy.export.title", row.column()), row.column() + ".csv", null,
                filters()).ifPresent(file -> {
                    try {
                        PrivacyService.writeHierarchy(hierarchy(table, row.column()), file);
                        state.status.accept(i18n("privacy.anon.hierarchy.exported", row.column(), file));
                    } catch (IOException | RuntimeException e) {
                        state.dialogs.showError(i18n("privacy.anon.hierarchy.export.error", file.getFileName()), e);
                    }
                });
    }

    /**
     * Where "Apply to policy" (and a hierarchical t target) keeps each column's hierarchy:
     * {@code policies/hierarchies/<dataset>/<column>.csv}.
     */
    Map<String, Path> savedFiles(java.util.Collection<String> columns) {
        Path policyFile = state.policyFile();
        String base = policyFile == null ? "dataset"
                : policyFile.getFileName().toString().replaceFirst("\\.policy\\.json$", "");
        Path folder = (policyFile == null ? Path.of(PrivacyService.POLICY_FOLDER) : policyFile.getParent())
                .resolve("hierarchies").resolve(base);
        Map<String, Path> files = new java.util.LinkedHashMap<>();
        columns.forEach(c -> files.put(c, folder.resolve(c.replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".csv")));
        return files;
    }

    /**
     * Saves the sensitive column's hierarchy where {@link #savedFiles} keeps it, for a hierarchical t target (the
     * export measures t over that file), and returns the file.
     */
    Path saveForT(Table table, String sensitive) throws IOException {
        Path file = savedFiles(List.of(sensitive)).get(sensitive);
        save(hierarchy(table, sensitive), file);
        return file;
    }

    /** Writes {@code hierarchy} to {@code file} (folders created). */
    static void save(Hierarchy hierarchy, Path file) throws IOException {
        java.nio.file.Files.createDirectories(file.getParent());
        PrivacyService.writeHierarchy(hierarchy, file);
    }

    private static List<DialogService.FileFilter> filters() {
        return List.of(DialogService.FileFilter.of(i18n("privacy.anon.hierarchy.filter"), "*.csv", "*.txt"));
    }

    /** One row per column with a hierarchy. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** The row the import and export buttons act on. */
    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }
}
