package io.safesegment.core.data;

import io.safesegment.core.data.clean.CleaningStep;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.access.AccessPolicy;
import io.safesegment.core.governance.access.Alerts;
import io.safesegment.core.governance.access.Permission;
import io.safesegment.core.i18n.LocalizedUncheckedIOException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetExport;
import io.safesegment.core.data.dataset.DatasetImport;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.DerivedDatasets;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.data.profile.DataProfiler;
import io.safesegment.core.data.profile.DatasetProfile;
import io.safesegment.core.data.profile.ProfileOptions;
import io.safesegment.core.data.samples.SampleDataGenerator;
import io.safesegment.core.data.samples.SampleDataOptions;
import io.safesegment.core.data.samples.SampleDataResult;
import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.LocalizedStateException;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.workspace.Workspace;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.safesegment.core.data.clean.CleaningException;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetImport;
import io.safesegment.core.data.dataset.DatasetImportOptions;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.data.io.CsvImport;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.CsvPreview;
import io.safesegment.core.data.io.ExcelImport;
import io.safesegment.core.data.io.JsonImport;
import io.safesegment.core.data.io.RowsPreview;
import io.safesegment.core.data.profile.DataProfiler;
import io.safesegment.core.data.profile.DatasetProfile;
import io.safesegment.core.data.profile.ProfileOptions;
import io.safesegment.core.data.io.ExportOptions;
import io.safesegment.core.data.io.ExportResult;
import io.safesegment.core.data.io.ImportResult;
import io.safesegment.core.data.io.TableExport;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.data.join.JoinOptions;
import io.safesegment.core.data.join.JoinResult;
import io.safesegment.core.data.join.TableJoin;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The one place the file-to-file data flows are orchestrated: import with options, clean with recorded steps,
 * join, derive amount = quantity × unit price, and export. The CLI {@code clean} / {@code join} commands and recipe
 * replay call it. It also owns what a workspace keeps per dataset (the import column types and the cleaning steps,
 * as JSON), so headless code reads what the Data section saved, in the format a recipe's {@code clean} step uses.
 */
public final class DatasetService {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(DatasetService.class);

    private DatasetService() {
    }

    /** Imports a file (CSV/TSV/JSON/XLSX) with the given options. */
    public static ImportResult importFile(Path file, CsvImportOptions options, Progress progress) {
        return TableImport.load(file, options == null ? CsvImportOptions.defaults() : options, progress);
    }

    /**
     * The head of a delimited text file read with {@code options} (detected where an option is null): format,
     * columns with detected types, first rows. Only the head is read, so it is quick enough for an import dialog.
     */
    public static CsvPreview previewDelimited(Path file, CsvImportOptions options) {
        return CsvImport.preview(file, options);
    }

    /** The first rows of an Excel ({@code .xlsx}) or JSON file with the detected column types. */
    public static RowsPreview previewRows(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? ExcelImport.preview(file) : JsonImport.preview(file);
    }

    // ---- the Data section's calls on a loaded table and a PostgreSQL server (front ends call no engine) ----------

    /** The user and semantic roles suggested for {@code table}'s columns, from names and values. */
    public static RoleSuggestion suggestRoleMapping(Table table) {
        return RoleSuggester.suggest(table);
    }

    /** The column types a workspace keeps for {@code table} (restored when the dataset is loaded again). */
    public static Map<String, ColumnType> columnTypes(Table table) {
        return io.safesegment.core.data.io.WorkspaceDatasets.columnTypes(table);
    }

    /** Applies one cleaning step to a copy of {@code table}. */
    public static io.safesegment.core.data.clean.StepOutcome applyStep(Table table, CleaningStep step) {
        return step.apply(table);
    }

    /** The step's short user-facing description, e.g. {@code Fill missing income with the median}. */
    public static String describe(CleaningStep step) {
        return step.describe();
    }

    /** The type name of each step, in order: what a lineage records (never the user's parameters). */
    public static List<String> stepTypes(CleaningPipeline steps) {
        return steps.steps().stream().map(step -> step.getClass().getSimpleName()).toList();
    }

    /** The user tables and views of a PostgreSQL server, system schemas excluded, sorted. */
    public static List<io.safesegment.core.data.pg.TableRef> postgresTables(
            io.safesegment.core.data.pg.PostgresConnectionOptions server) {
        return new io.safesegment.core.data.pg.PostgresSource(server).listTables();
    }

    /** The number of rows of a PostgreSQL table. */
    public static long countPostgresRows(io.safesegment.core.data.pg.PostgresConnectionOptions server,
                                         io.safesegment.core.data.pg.TableRef table) {
        return new io.safesegment.core.data.pg.PostgresSource(server).countRows(table);
    }

    /** The number of rows a read-only PostgreSQL query returns. */
    public static long countPostgresQueryRows(io.safesegment.core.data.pg.PostgresConnectionOptions server,
                                              String sql) {
        return new io.safesegment.core.data.pg.PostgresSource(server).countQueryRows(sql);
    }

    /** Loads a whole PostgreSQL table. */
    public static ImportResult loadPostgresTable(io.safesegment.core.data.pg.PostgresConnectionOptions server,
                                                 io.safesegment.core.data.pg.TableRef table, Progress progress) {
        return new io.safesegment.core.data.pg.PostgresSource(server).loadTable(table, progress);
    }

    /** Loads the result of a read-only PostgreSQL query as table {@code tableName}. */
    public static ImportResult loadPostgresQuery(io.safesegment.core.data.pg.PostgresConnectionOptions server,
                                                 String sql, String tableName, Progress progress) {
        return new io.safesegment.core.data.pg.PostgresSource(server).loadQuery(sql, tableName, progress);
    }

    /** Statistics per column of {@code table} (counts, missing, distinct, min/max, histogram, top values). */
    public static DatasetProfile profile(Table table, Progress progress) {
        return DataProfiler.profile(table, ProfileOptions.defaults(), progress);
    }

    /**
     * A clean request.
     *
     * @param input          the file to clean
     * @param importOptions  how to read it
     * @param steps          the recorded cleaning steps
     * @param output         the output file (format from the extension); never the input
     * @param keepFormulas   do not neutralise spreadsheet formulas
     */
    public record CleanRequest(Path input, CsvImportOptions importOptions, CleaningPipeline steps, Path output,
                               boolean keepFormulas) {
        public CleanRequest {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(steps, "steps");
            Objects.requireNonNull(output, "output");
            importOptions = importOptions == null ? CsvImportOptions.defaults() : importOptions;
        }
    }

    /**
     * What cleaning did.
     *
     * @param imported  the table as read
     * @param cleaned   the cleaned table and one outcome per step
     * @param written   the written file
     */
    public record CleanResult(ImportResult imported, CleaningPipeline.Result cleaned, ExportResult written) {
    }

    /** Reads a steps file (the JSON array the Data section saves), naming the file on any problem. */
    public static CleaningPipeline readSteps(Path stepsFile) {
        String text;
        try {
            text = Files.readString(stepsFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LocalizedUncheckedIOException(Message.of("data.datasetService.stepsNotFound", stepsFile), e);
        } catch (IOException e) {
            throw new LocalizedUncheckedIOException(Message.of("data.datasetService.cannotReadSteps", stepsFile,
                    LocalizedMessage.of(e)), e);
        }
        try {
            return CleaningPipeline.fromJson(text);
        } catch (CleaningException e) {
            throw new CleaningException(Message.of("data.datasetService.x", stepsFile.getFileName(), LocalizedMessage.of(e)));
        }
    }

    /**
     * Loads, cleans and writes.
     *
     * @param stepsName how to name the steps in an error (e.g. the steps file name)
     */
    public static CleanResult clean(CleanRequest request, String stepsName, Progress progress) {
        ImportResult imported = importFile(request.input(), request.importOptions(), progress);
        CleaningPipeline.Result cleaned;
        try {
            cleaned = request.steps().apply(imported.table(), progress);
        } catch (CleaningException e) {
            throw new CleaningException(Message.of("data.datasetService.cannotApply", stepsName, request.input().getFileName(), LocalizedMessage.of(e)));
        }
        ExportResult written = TableExport.write(cleaned.table(), request.output(), ExportOptions.defaults()
                .withInput(request.input()).withNeutraliseFormulas(!request.keepFormulas()), progress);
        return new CleanResult(imported, cleaned, written);
    }

    /**
     * A join request.
     *
     * @param left          left file (all rows kept by a left join)
     * @param right         right file
     * @param options       keys, type and suffix
     * @param output        output file; never one of the inputs
     * @param keepFormulas  do not neutralise spreadsheet formulas
     */
    public record JoinRequest(Path left, Path right, JoinOptions options, Path output, boolean keepFormulas) {
        public JoinRequest {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(output, "output");
        }
    }

    /** What a join did: the joined table with its match report, and the written file. */
    public record JoinOutcome(JoinResult joined, ExportResult written) {
    }

    /** Loads both files, joins them and writes the result. */
    public static JoinOutcome join(JoinRequest request, Progress progress) {
        Table leftTable = importFile(request.left(), CsvImportOptions.defaults(), progress).table();
        Table rightTable = importFile(request.right(), CsvImportOptions.defaults(), progress).table();
        JoinResult joined = TableJoin.join(leftTable, rightTable, request.options(), progress);
        if (request.right().toAbsolutePath().normalize().equals(request.output().toAbsolutePath().normalize())) {
            throw new LocalizedArgumentException(Message.of("data.datasetService.refusingToOverwriteThe", request.right()));
        }
        ExportResult written = TableExport.write(joined.table(), request.output(), ExportOptions.defaults()
                .withInput(request.left()).withNeutraliseFormulas(!request.keepFormulas()), progress);
        return new JoinOutcome(joined, written);
    }

    /**
     * Joins two tables already in memory (the Data section's current table with another dataset); the file-to-file
     * {@link #join(JoinRequest, Progress)} reads both first and then does the same.
     */
    public static JoinResult joinTables(Table left, Table right, JoinOptions options, Progress progress) {
        return TableJoin.join(left, right, options, progress);
    }

    /**
     * Adds {@code target} = quantity × unit price (missing when either is missing). Refuses when a column is
     * missing or not numeric, or when the target already exists, naming the column.
     */
    public static Table deriveAmount(Table table, AmountDerivation derivation, String target) {
        NumericColumn<?> q = numeric(table, derivation.quantityColumn());
        NumericColumn<?> p = numeric(table, derivation.unitPriceColumn());
        if (table.columnNames().contains(target)) {
            throw new LocalizedArgumentException(Message.of("data.datasetService.column", target));
        }
        DoubleColumn amount = DoubleColumn.create(target, table.rowCount());
        for (int r = 0; r < table.rowCount(); r++) {
            if (q.isMissing(r) || p.isMissing(r)) {
                amount.setMissing(r);
            } else {
                amount.set(r, derivation.apply(q.getDouble(r), p.getDouble(r)));
            }
        }
        Table copy = table.copy();
        copy.addColumns(amount);
        return copy;
    }

    /** Writes a table (format from the extension, formulas neutralised); never over {@code input}. */
    public static ExportResult export(Table table, Path output, Path input, Progress progress) {
        return TableExport.write(table, output, ExportOptions.defaults().withInput(input), progress);
    }

    /**
     * Writes a table with explicit options (format, byte-order mark, formula neutralisation); {@code options}' input
     * file is never overwritten.
     */
    public static ExportResult export(Table table, Path output, ExportOptions options, Progress progress) {
        return TableExport.write(table, output, options, progress);
    }

    /** Column types saved with a dataset, from their JSON; empty when null. */
    public static Map<String, ColumnType> columnTypesFromJson(String json) throws JsonProcessingException {
        if (json == null) {
            return Map.of();
        }
        return MAPPER.readValue(json, new TypeReference<Map<String, ColumnType>>() { });
    }

    /** The JSON a dataset's column types are saved as. */
    public static String columnTypesToJson(Map<String, ColumnType> types) {
        try {
            return MAPPER.writeValueAsString(types);
        } catch (JsonProcessingException e) {
            throw new LocalizedStateException(Message.of("data.datasetService.columnTypesCouldNot"), e);
        }
    }

    /**
     * The import column types saved with {@code dataset} in {@code workspace}; empty without a workspace or saved
     * types. Types that no longer parse are logged and ignored rather than blocking the load.
     */
    public static Map<String, ColumnType> savedColumnTypes(Workspace workspace, String dataset) {
        Optional<Workspace.DatasetRecipe> saved = savedRecipe(workspace, dataset);
        if (saved.isEmpty() || saved.get().columnTypesJson() == null) {
            return Map.of();
        }
        try {
            return columnTypesFromJson(saved.get().columnTypesJson());
        } catch (JsonProcessingException e) {
            LOG.warn("Ignoring unreadable column types saved for dataset {}", dataset);
            return Map.of();
        }
    }

    /**
     * The cleaning steps saved with {@code dataset} (the JSON of a recipe's {@code clean} step); empty without a
     * workspace or saved steps. Steps that no longer parse are logged and ignored rather than blocking the load.
     */
    public static CleaningPipeline savedSteps(Workspace workspace, String dataset) {
        Optional<Workspace.DatasetRecipe> saved = savedRecipe(workspace, dataset);
        if (saved.isEmpty() || saved.get().cleaningStepsJson() == null) {
            return CleaningPipeline.empty();
        }
        try {
            return CleaningPipeline.fromJson(saved.get().cleaningStepsJson());
        } catch (CleaningException e) {
            LOG.warn("Ignoring unreadable cleaning steps saved for dataset {}: {}", dataset, e.getMessage());
            return CleaningPipeline.empty();
        }
    }

    /** Saves {@code dataset}'s column types and cleaning steps in {@code workspace} (nothing without one). */
    public static void saveDatasetSettings(Workspace workspace, String dataset, Map<String, ColumnType> types,
                                           CleaningPipeline steps) {
        if (workspace != null) {
            workspace.saveDatasetRecipe(dataset, columnTypesToJson(types), steps.toJson());
        }
    }

    /** Replaces {@code dataset}'s saved cleaning steps and keeps its saved column types. */
    public static void saveSteps(Workspace workspace, String dataset, CleaningPipeline steps) {
        if (workspace != null) {
            saveDatasetSettings(workspace, dataset, savedColumnTypes(workspace, dataset), steps);
        }
    }

    /**
     * Copies {@code file} into the workspace's data folder, reads it with {@code options} and registers it as an
     * imported dataset; the original is never touched.
     *
     * @param privacyRoles suggests each column's privacy role from the read table (the caller's detector: core.data
     *                     does not depend on core.privacy)
     */
    public static DatasetImport.Imported importIntoWorkspace(Workspace workspace, Path file, CsvImportOptions options,
                                                             Function<Table, Map<String, ColumnRole>> privacyRoles,
                                                             Progress progress) {
        return DatasetImport.importFile(new DatasetCatalog(workspace), file, DatasetImportOptions.defaults()
                .withRead(options).withPrivacyRoles(privacyRoles), progress);
    }

    /** The workspace's datasets as lineage trees (roots are datasets made from no other). */
    public static List<DatasetCatalog.LineageNode> lineage(Workspace workspace) {
        return new DatasetCatalog(workspace).lineage();
    }

    /** The workspace dataset named exactly {@code name}, if any. */
    public static Optional<Dataset> findDataset(Workspace workspace, String name) {
        return new DatasetCatalog(workspace).find(name).filter(d -> d.name().equals(name));
    }

    /** Every dataset of {@code workspace}, protected ones first: the order of a dataset picker. */
    public static List<Dataset> datasetChoices(Workspace workspace) {
        return new DatasetCatalog(workspace).choicesForAnalysis();
    }

    /** The dataset a section preselects for a table about {@code word} (see {@link DatasetCatalog#preferredFor}). */
    public static Optional<Dataset> preferredDataset(Workspace workspace, String word) {
        return new DatasetCatalog(workspace).preferredFor(word);
    }

    /**
     * Writes a table made in memory (a join, a PostgreSQL read, a cleaned copy) to the workspace's data folder and
     * registers it with its lineage.
     *
     * @param parents ids of the datasets it was made from
     * @param steps   how it was made (settings only, never values or passwords)
     */
    public static Dataset keepTable(Workspace workspace, String name, Table table, DatasetKind kind,
                                    Map<String, ColumnRole> privacyRoles, List<Long> parents, List<LineageStep> steps,
                                    Progress progress) {
        return new DatasetCatalog(workspace).registerTable(name, table, kind, privacyRoles, RoleMapping.empty(),
                parents, steps, progress);
    }

    /** Saves the roles the user confirmed for {@code dataset} (see {@link DatasetCatalog#updateRoles}). */
    public static Dataset updateRoles(Workspace workspace, Dataset dataset, RoleMapping roles) {
        return new DatasetCatalog(workspace).updateRoles(dataset, roles);
    }

    private static Optional<Workspace.DatasetRecipe> savedRecipe(Workspace workspace, String dataset) {
        return workspace == null || dataset == null ? Optional.empty() : workspace.datasetRecipe(dataset);
    }

    private static NumericColumn<?> numeric(Table table, String name) {
        if (!table.columnNames().contains(name)) {
            throw new LocalizedArgumentException(Message.of("data.datasetService.column2", name, table.columnNames()));
        }
        Column<?> c = table.column(name);
        if (!(c instanceof NumericColumn<?> n)) {
            throw new LocalizedArgumentException(Message.of("data.datasetService.column3", name, c.type().name()));
        }
        return n;
    }

    /**
     * What {@link #convert} read and wrote.
     *
     * @param imported the file as read (skipped rows, detected format and column types)
     * @param written  the file written
     */
    public record Converted(ImportResult imported, ExportResult written) {
    }

    /** Reads {@code input} and writes it as {@code output} (format from the extension); never over the input. */
    public static Converted convert(Path input, CsvImportOptions read, Path output, ExportOptions export,
                                    Progress progress) {
        ImportResult imported = importFile(input, read, progress);
        ExportResult written = TableExport.write(imported.table(), output, export.withInput(input), progress);
        return new Converted(imported, written);
    }

    /**
     * A profiled file.
     *
     * @param imported the file as read
     * @param profile  its per-column profile
     */
    public record Profiled(ImportResult imported, DatasetProfile profile) {
    }

    /** Reads {@code file} and profiles every column. */
    public static Profiled profile(Path file, CsvImportOptions read, ProfileOptions options, Progress progress) {
        ImportResult imported = importFile(file, read, progress.slice(0, 0.7));
        return new Profiled(imported, DataProfiler.profile(imported.table(), options, progress.slice(0.7, 1)));
    }

    /** Writes the seeded sample datasets. */
    public static SampleDataResult generateSamples(SampleDataOptions options, Progress progress) throws IOException {
        return SampleDataGenerator.generate(options, progress);
    }

    /** Imports {@code file} into the workspace at {@code workspace} as a dataset (copy, fingerprint, roles). */
    public static DatasetImport.Imported importDataset(Path workspace, Path file, DatasetImportOptions options,
                                                       Progress progress) {
        return DatasetImport.importFile(catalog(workspace), file, options, progress);
    }

    /** Exports the workspace dataset named (or numbered) {@code dataset} (ungoverned workspaces; record 0025). */
    public static DatasetExported exportDataset(Path workspace, String dataset, Path output, ExportFormat format,
                                                boolean force, Progress progress) {
        return exportDataset(workspace, dataset, output, format, force, null, progress);
    }

    /**
     * Exports the workspace dataset named (or numbered) {@code dataset} as {@code actor}: on a governed workspace a
     * dataset that still holds unmasked direct identifiers needs the {@code export-unmasked} permission (an Analyst
     * exports its masked child instead), and such an export raises the direct-identifier alert.
     *
     * @param actor the signed-in account, or null on an ungoverned workspace
     */
    public static DatasetExported exportDataset(Path workspace, String dataset, Path output, ExportFormat format,
                                                boolean force, Actor actor, Progress progress) {
        DatasetCatalog catalog = catalog(workspace);
        Dataset chosen = catalog.require(dataset);
        List<String> direct = requireExportAllowed(workspace, chosen, actor);
        DatasetExported exported = new DatasetExported(chosen,
                DatasetExport.export(catalog, chosen, output, format, force, progress));
        Alerts.directIdentifierExport(Workspace.open(workspace), AccessPolicy.auditUser(actor), chosen.name(),
                direct);
        return exported;
    }

    /**
     * Writes {@code table}, loaded from the workspace dataset named {@code dataset}, as {@code actor} (the Data
     * section's export): on a governed workspace a table that is not a masked or anonymised dataset with known
     * privacy roles needs the {@code export-unmasked} permission (record 0025).
     *
     * @param workspace the open workspace directory, or null without one
     * @param actor     the signed-in account, or null on an ungoverned workspace
     */
    public static ExportResult exportTable(Path workspace, String dataset, Table table, Path output,
                                           ExportOptions options, Actor actor, Progress progress) {
        if (workspace != null && AccessPolicy.governed(workspace)) {
            Optional<Dataset> known = catalog(workspace).find(dataset).filter(d -> d.name().equals(dataset));
            if (known.isEmpty()) {
                AccessPolicy.require(workspace, actor, Permission.EXPORT_UNMASKED,
                        Message.of("access.what.exportUnclassified", String.valueOf(dataset)));
            } else {
                requireExportAllowed(workspace, known.get(), actor);
            }
        }
        return export(table, output, options, progress);
    }

    /**
     * The check of a recipe's export step (record 0034): on a governed workspace, output that no masking step produced
     * ({@code masked} false) needs the {@code export-unmasked} permission, as the Data section's export of an
     * unmasked dataset does. Refusals are audited.
     *
     * @param input the step's input name, for the message
     * @param actor the account replaying the recipe, or null
     */
    public static void requireRecipeExport(Path workspace, String input, boolean masked, Actor actor) {
        if (!masked && workspace != null && AccessPolicy.governed(workspace)) {
            AccessPolicy.require(workspace, actor, Permission.EXPORT_UNMASKED,
                    Message.of("access.what.exportRecipeStep", input));
        }
    }

    /** Refuses an export of unmasked or unclassified data the actor may not release; returns its direct ids. */
    private static List<String> requireExportAllowed(Path workspace, Dataset chosen, Actor actor) {
        List<String> direct = chosen.isProtected() ? List.of() : chosen.columns().stream()
                .filter(c -> c.privacyRole() == ColumnRole.DIRECT_IDENTIFIER).map(c -> c.name()).toList();
        // never classified (no privacy role known): it may hold direct identifiers, so it counts as unmasked
        boolean unclassified = !chosen.isProtected() && chosen.columns().stream()
                .allMatch(c -> c.privacyRole() == null || c.privacyRole() == ColumnRole.OTHER);
        if (!direct.isEmpty()) {
            AccessPolicy.require(workspace, actor, Permission.EXPORT_UNMASKED,
                    Message.of("access.what.exportUnmasked", chosen.name(), String.join(", ", direct)));
        } else if (unclassified) {
            AccessPolicy.require(workspace, actor, Permission.EXPORT_UNMASKED,
                    Message.of("access.what.exportUnclassified", chosen.name()));
        }
        return direct;
    }

    /**
     * The outcome of {@link #exportDataset}.
     *
     * @param dataset the dataset exported
     * @param written the file written
     */
    public record DatasetExported(Dataset dataset, ExportResult written) {
    }

    /** The workspace's datasets, oldest first. */
    public static List<Dataset> datasets(Path workspace) {
        return catalog(workspace).list();
    }

    /**
     * Keeps a table computed from workspace files (recommendations, anonymised data) as a dataset of the workspace,
     * child of the datasets whose files are among {@code inputs}.
     */
    public static Dataset keepDerived(Path workspace, String name, Table table, DatasetKind kind,
                                      Map<String, ColumnRole> privacyRoles, RoleMapping roles, List<Path> inputs,
                                      LineageStep step) {
        return DerivedDatasets.keep(Workspace.open(workspace), name, table, kind, privacyRoles, roles, inputs, step);
    }

    /** One readable line per cleaning step, in order (for reports). */
    public static List<String> describe(CleaningPipeline steps) {
        return steps.steps().stream().map(CleaningStep::describe).toList();
    }

    private static DatasetCatalog catalog(Path workspace) {
        return new DatasetCatalog(Workspace.open(workspace));
    }
}
