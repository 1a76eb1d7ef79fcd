package io.safesegment.core.data.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.data.AmountDerivation;
import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.io.WorkspaceDatasets;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.DatasetRecord;
import io.safesegment.core.workspace.DatasetStore;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tech.tablesaw.api.Table;

/**
 * The datasets of one workspace, typed: registering (with lineage), finding by name or id, the lineage tree and the
 * default input of the downstream sections. Storage is {@link DatasetStore}; this class owns the JSON shapes of the
 * schema, roles and steps.
 */
public final class DatasetCatalog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final DatasetStore store;

    /** The catalogue of {@code workspace}. */
    public DatasetCatalog(Workspace workspace) {
        this.workspace = workspace;
        this.store = new DatasetStore(workspace);
    }

    /** The workspace this catalogue belongs to. */
    public Workspace workspace() {
        return workspace;
    }

    /** Every dataset, oldest first. */
    public List<Dataset> list() {
        return store.list().stream().map(DatasetCatalog::toDataset).toList();
    }

    /** The dataset whose name is {@code nameOrId}, else whose id is it. Names win: a dataset may be called "3". */
    public Optional<Dataset> find(String nameOrId) {
        List<Dataset> all = list();
        Optional<Dataset> byName = all.stream().filter(d -> d.name().equals(nameOrId)).findFirst();
        if (byName.isPresent() || nameOrId == null || !nameOrId.matches("\\d{1,18}")) {
            return byName;
        }
        long id = Long.parseLong(nameOrId);
        return all.stream().filter(d -> d.id() == id).findFirst();
    }

    /** The dataset with {@code id}. */
    public Optional<Dataset> byId(long id) {
        return store.byId(id).map(DatasetCatalog::toDataset);
    }

    /**
     * The dataset called (or numbered) {@code nameOrId}.
     *
     * @throws IllegalArgumentException listing the known dataset names when there is none
     */
    public Dataset require(String nameOrId) {
        return find(nameOrId).orElseThrow(() -> {
            List<String> names = list().stream().map(Dataset::name).toList();
            return new LocalizedArgumentException(Message.of("dataset.datasetCatalog.theWorkspace", workspace.directory(), nameOrId, names.isEmpty() ? Message.of("dataset.datasetCatalog.noDatasets")
                    : Message.of("dataset.datasetCatalog.datasets", String.join(", ", names))));
        });
    }

    /** Registers {@code dataset} (its name made unique: {@code name (2)} when taken) and returns it with its id. */
    public Dataset register(NewDataset dataset) {
        DatasetRecord stored = store.registerUnique(new DatasetRecord(0, dataset.name(), dataset.file(),
                dataset.kind().cliName(), write(dataset.columns().stream().map(ColumnJson::of).toList()),
                write(dataset.roles().asNamedMap()), dataset.parents(), write(dataset.steps()), null,
                dataset.rows() < 0 ? null : dataset.rows(), null));
        return toDataset(stored);
    }

    /**
     * Writes {@code table} as UTF-8 CSV into the workspace's data folder (atomically, never over an existing file)
     * and registers it.
     *
     * @param privacyRoles privacy role by column name (missing columns are {@link ColumnRole#OTHER})
     */
    public Dataset registerTable(String name, Table table, DatasetKind kind, Map<String, ColumnRole> privacyRoles,
                                 RoleMapping roles, List<Long> parents, List<LineageStep> steps, Progress progress) {
        Path file = WorkspaceDatasets.freeFile(workspace.dataDirectory(), name);
        TableExport.write(table, file, ExportOptions.defaults().withFormat(ExportFormat.CSV)
                .withNeutraliseFormulas(false), progress);
        return register(new NewDataset(name, file, kind, columns(table, privacyRoles), roles.restrictedTo(table),
                parents, steps, table.rowCount()));
    }

    /**
     * Replaces the semantic roles of {@code dataset} (after the user confirmed them in the mapping panel). When the
     * roles derive the amount from quantity × unit price, the derivation is recorded as a lineage step
     * ({@value AmountDerivation#STEP}, replacing an earlier one), so a derived amount is never silent; a mapping
     * without derivation removes that step again.
     *
     * @return the dataset as stored now
     */
    public Dataset updateRoles(Dataset dataset, RoleMapping roles) {
        List<LineageStep> steps = new ArrayList<>(byId(dataset.id()).map(Dataset::steps).orElse(dataset.steps()));
        steps.removeIf(step -> AmountDerivation.STEP.equals(step.kind()));
        AmountDerivation.of(roles).ifPresent(derivation -> {
            Map<String, Object> parameters = new LinkedHashMap<>(derivation.asStep());
            parameters.remove("step");
            steps.add(new LineageStep(AmountDerivation.STEP, parameters));
        });
        store.updateRolesAndSteps(dataset.id(), write(roles.asNamedMap()), write(steps));
        return byId(dataset.id()).orElseThrow();
    }

    /** The schema of {@code table}: each column's type and privacy role. */
    public static List<DatasetColumn> columns(Table table, Map<String, ColumnRole> privacyRoles) {
        Map<String, ColumnType> types = WorkspaceDatasets.columnTypes(table);
        List<DatasetColumn> columns = new ArrayList<>();
        types.forEach((column, type) -> columns.add(new DatasetColumn(column, type,
                privacyRoles == null ? null : privacyRoles.get(column))));
        return columns;
    }

    /**
     * The lineage forest: every dataset with its children, roots (no parent in this workspace) first, each level
     * oldest first.
     */
    public List<LineageNode> lineage() {
        List<Dataset> all = list();
        Map<Long, Dataset> byId = new LinkedHashMap<>();
        all.forEach(d -> byId.put(d.id(), d));
        List<LineageNode> roots = new ArrayList<>();
        for (Dataset d : all) {
            // A dataset hangs under its first parent; a join shows under its left input.
            if (d.parents().isEmpty() || !byId.containsKey(d.parents().getFirst())) {
                roots.add(node(d, all));
            }
        }
        return roots;
    }

    private static LineageNode node(Dataset dataset, List<Dataset> all) {
        List<LineageNode> children = all.stream()
                .filter(d -> !d.parents().isEmpty() && d.parents().getFirst() == dataset.id())
                .map(d -> node(d, all)).toList();
        return new LineageNode(dataset, children);
    }

    /**
     * What the Segments, RFM and Recommendations sections should read by default: the newest protected (masked or
     * anonymised) dataset once one exists, else the newest dataset.
     */
    public Optional<Dataset> defaultForAnalysis() {
        List<Dataset> all = list();
        Comparator<Dataset> newest = Comparator.comparing(Dataset::createdAt).thenComparingLong(Dataset::id);
        Optional<Dataset> masked = all.stream().filter(Dataset::isProtected).max(newest);
        return masked.isPresent() ? masked : all.stream().max(newest);
    }

    /** Every dataset, protected ones first (newest first within each group): the order of a dataset picker. */
    public List<Dataset> choicesForAnalysis() {
        return list().stream().sorted(Comparator.comparing((Dataset d) -> !d.isProtected())
                .thenComparing(Dataset::createdAt, Comparator.reverseOrder())
                .thenComparing(Dataset::id, Comparator.reverseOrder())).toList();
    }

    /**
     * The dataset a section should preselect for a table about {@code word} (e.g. {@code customer},
     * {@code transaction}): among datasets whose name, or an ancestor's name, contains the word (ignoring case) or
     * whose confirmed roles say so (an order id or timestamp with amount: transactions; a customer id alone: customers),
     * the newest protected one; without one, the dataset called {@code <word>s.csv} (the samples' name), else the
     * oldest raw one (the first import, not a later derived table such as {@code customer_segments.csv}). So once
     * {@code customers.csv} has a masked child, the masked child is preselected, whatever its export was called.
     */
    public Optional<Dataset> preferredFor(String word) {
        List<Dataset> all = list();
        Map<Long, Dataset> byId = new LinkedHashMap<>();
        all.forEach(d -> byId.put(d.id(), d));
        String needle = word.toLowerCase(java.util.Locale.ROOT);
        List<Dataset> about = all.stream().filter(d -> aboutWord(d, needle, byId, new java.util.HashSet<>())).toList();
        Optional<Dataset> masked = about.stream().filter(Dataset::isProtected)
                .max(Comparator.comparing(Dataset::createdAt).thenComparingLong(Dataset::id));
        if (masked.isPresent()) {
            return masked;
        }
        Optional<Dataset> sample = about.stream().filter(d -> d.name().equalsIgnoreCase(needle + "s.csv")).findFirst();
        return sample.isPresent() ? sample : about.stream().findFirst();
    }

    private static boolean aboutWord(Dataset d, String needle, Map<Long, Dataset> byId, java.util.Set<Long> seen) {
        if (!seen.add(d.id())) {
            return false;
        }
        if (d.name().toLowerCase(java.util.Locale.ROOT).contains(needle) || aboutRoles(d.roles(), needle)) {
            return true;
        }
        // Only the first parent carries the table's meaning (a join's left side); the guard stops a corrupt cycle.
        return !d.parents().isEmpty() && byId.containsKey(d.parents().getFirst())
                && aboutWord(byId.get(d.parents().getFirst()), needle, byId, seen);
    }

    /**
     * Whether confirmed semantic roles say what a table is about, whatever its file is called ("Online Retail.csv"
     * holds transactions): an order id, or a timestamp with an amount or quantity, makes a transactions table; a
     * customer id without those (and without ratings) a customers table; a rating column a ratings table.
     */
    private static boolean aboutRoles(RoleMapping roles, String needle) {
        boolean purchases = roles.has(SemanticRole.ORDER_ID) || roles.has(SemanticRole.TIMESTAMP)
                && (roles.has(SemanticRole.AMOUNT) || roles.has(SemanticRole.QUANTITY));
        return switch (needle) {
            case "transaction" -> purchases;
            case "customer" -> roles.has(SemanticRole.CUSTOMER_ID) && !purchases && !roles.has(SemanticRole.RATING);
            case "rating" -> roles.has(SemanticRole.RATING);
            default -> false;
        };
    }

    /** A dataset with the children made from it. */
    public record LineageNode(Dataset dataset, List<LineageNode> children) {
        /** Copies the children. */
        public LineageNode {
            children = List.copyOf(children);
        }
    }

    private static Dataset toDataset(DatasetRecord r) {
        List<DatasetColumn> columns = r.schemaJson() == null ? List.of()
                : read(r.schemaJson(), new TypeReference<List<ColumnJson>>() { }).stream()
                        .map(ColumnJson::toColumn).toList();
        Map<SemanticRole, String> roles = new EnumMap<>(SemanticRole.class);
        if (r.semanticRolesJson() != null) {
            read(r.semanticRolesJson(), new TypeReference<Map<String, String>>() { }).forEach((role, column) ->
                    SemanticRole.fromName(role).ifPresent(known -> roles.put(known, column)));
        }
        List<LineageStep> steps = r.stepsJson() == null ? List.of()
                : read(r.stepsJson(), new TypeReference<List<LineageStep>>() { });
        return new Dataset(r.id(), r.name(), r.file(), DatasetKind.fromStored(r.kind()), columns, RoleMapping.of(roles),
                r.parents(), steps, r.fingerprint(), r.rows() == null ? -1 : r.rows(), r.createdAt());
    }

    /** The JSON shape of a schema column (enum names, stable). */
    record ColumnJson(String name, String type, String privacyRole) {
        static ColumnJson of(DatasetColumn c) {
            return new ColumnJson(c.name(), c.type().name(), c.privacyRole().name());
        }

        DatasetColumn toColumn() {
            return new DatasetColumn(name, ColumnType.valueOf(type), ColumnRole.valueOf(privacyRole));
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new LocalizedStateException(Message.of("dataset.datasetCatalog.cannotWriteDatasetMetadata"), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException(Message.of("dataset.datasetCatalog.datasetMetadataInThe", e.getOriginalMessage()), e);
        }
    }

    /** Names of {@code datasets}, comma-separated (for messages). */
    static String names(List<Dataset> datasets) {
        return datasets.stream().map(Dataset::name).collect(Collectors.joining(", "));
    }

    /** Whether the file of {@code dataset} is still there. */
    public static boolean exists(Dataset dataset) {
        return Files.isRegularFile(dataset.file());
    }
}
