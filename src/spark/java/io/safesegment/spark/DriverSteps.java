package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.governance.Actor;
import io.safesegment.core.recipe.EngineSteps;
import io.safesegment.core.recipe.FieldType;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.SingleStepRunner;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * The steps that are file and workspace operations, not data-parallel work: {@code encrypt}, {@code campaign},
 * {@code erase}, {@code backup} and the encryption of an encrypted {@code export}. They run on the driver with the
 * desktop's own step code ({@link SingleStepRunner}) on the files the earlier Spark steps wrote (every written
 * step's frame has its file), so permissions, audit entries, keys and passwords are handled exactly as in a desktop
 * replay. An encrypted export's plaintext is written by Spark as the plain export in its format is (CSV and TSV
 * streamed through the driver, never held in memory; XLSX and JSON by the desktop's writer on the driver,
 * {@link DriverTableExport}), then encrypted and deleted by the desktop's code; a streamed file encryption runs at
 * disk speed on any engine.
 */
final class DriverSteps {
    /** The step kinds run here. */
    static final Set<StepKind> KINDS = SingleStepRunner.KINDS;

    private final SparkSession spark;
    private final Recipe recipe;
    private final Map<String, SparkFrame> frames;
    private final SingleStepRunner runner;
    private final Path workspace;
    private final Actor actor;
    /** Outputs the runner wrote itself (its own record of them is the desktop's, so they are not provided again). */
    private final Set<String> own = new HashSet<>();

    DriverSteps(SparkSession spark, Recipe recipe, Path workspace, RecipeKeys keys, Actor actor,
                Map<String, SparkFrame> frames) {
        this.spark = spark;
        this.recipe = recipe;
        this.frames = frames;
        this.workspace = workspace;
        this.actor = actor;
        this.runner = new SingleStepRunner(recipe, workspace, keys, actor);
    }

    /**
     * Refuses, before anything runs, what would not mean the same on Spark: a table input that is an encrypted file
     * or a backup (the desktop would fail reading it; Spark would silently use the rows), a Parquet folder given to
     * {@code encrypt} (the desktop encrypts one Parquet file), an encrypted export whose plaintext format is not
     * known (a Parquet target), and an export whose file name names no format and that has no {@code format}.
     */
    static void check(Recipe recipe, Path workspace, RecipeStep s) {
        for (Map.Entry<String, FieldType> f : s.kind().fields().entrySet()) {
            if (f.getValue() != FieldType.REF || s.get(f.getKey()) == null) {
                continue;
            }
            RecipeStep source = source(recipe, s.text(f.getKey(), ""));
            if (source == null) {
                continue; // not an earlier step's name: the validator reports it
            }
            if (s.kind() == StepKind.ENCRYPT) {
                if (writesFolder(recipe, workspace, source)) {
                    throw RecipeEngine.unsupported(s, f.getKey(), "a Parquet folder as the file to encrypt (Spark "
                            + "reads and writes Parquet as a folder of part files)", RecipeEngine.SPARK);
                }
            } else if (encryptedFile(source)) {
                throw RecipeEngine.unsupported(s, f.getKey(), "the encrypted file of step '" + source.name()
                        + "' as a table", RecipeEngine.SPARK);
            }
        }
        if (s.kind() == StepKind.EXPORT && s.get("encrypt") != null
                && SingleStepRunner.plaintextFormat(workspace, s).isEmpty()) {
            throw RecipeEngine.unsupported(s, s.get("format") != null ? "format" : "output",
                    "an encrypted export in a format other than CSV, TSV, XLSX or JSON", RecipeEngine.SPARK);
        }
        if (s.kind() == StepKind.EXPORT && s.get("encrypt") == null && exportFormat(workspace, s) == null
                && !EngineSteps.output(workspace, s, "output", s.name() + ".csv").getFileName().toString()
                .toLowerCase(Locale.ROOT).endsWith(".parquet")) { // the desktop would fail writing it
            throw RecipeEngine.unsupported(s, "output", "an export whose file name names no format (.csv, .tsv, "
                    + ".xlsx, .json, .parquet) and no format field", RecipeEngine.SPARK);
        }
    }

    /** A plain export's format: its {@code format} field, else its file name's extension; null when neither says. */
    static ExportFormat exportFormat(Path workspace, RecipeStep s) {
        ExportFormat format = EngineSteps.exportFormat(s);
        return format != null ? format : ExportFormat.fromFileName(EngineSteps.output(workspace, s, "output",
                s.name() + ".csv")).orElse(null);
    }

    /** The step whose output is {@code name}, following a {@code roles} step to the file it passes on. */
    private static RecipeStep source(Recipe recipe, String name) {
        for (RecipeStep s : recipe.steps()) {
            if (s.name().equals(name)) {
                return s.kind() == StepKind.ROLES && s.get("input") != null
                        && !s.text("input", "").equals(name) ? source(recipe, s.text("input", "")) : s;
            }
        }
        return null;
    }

    private static boolean encryptedFile(RecipeStep s) {
        return s.kind() == StepKind.ENCRYPT || s.kind() == StepKind.BACKUP
                || s.kind() == StepKind.EXPORT && s.get("encrypt") != null;
    }

    private static boolean writesFolder(Recipe recipe, Path workspace, RecipeStep s) {
        if (s.kind() == StepKind.IMPORT) {
            return Files.isDirectory(EngineSteps.input(recipe, s.text("file", "")));
        }
        return s.kind() == StepKind.EXPORT && s.get("encrypt") == null && EngineSteps.output(workspace, s, "output",
                s.name() + ".csv").getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /** Runs an {@code encrypt}, {@code campaign}, {@code erase} or {@code backup} step on the driver. */
    String run(RecipeStep s, Map<String, Object> details) throws IOException {
        provideSparkOutputs();
        RecipeResult.StepResult r = runner.run(s, Progress.NONE);
        details.putAll(r.details());
        keep(s);
        return r.status();
    }

    /**
     * Runs an export step with {@code encrypt}: the desktop's permission check, the plaintext written next to the
     * target exactly as the plain export in its format, then the desktop's encryption (and signature), plaintext
     * deleted.
     */
    void encryptedExport(RecipeStep s, SparkFrame in, Map<String, Object> details) throws IOException {
        provideSparkOutputs();
        ExportFormat format = SingleStepRunner.plaintextFormat(workspace, s).orElseThrow(); // check() refused none
        RecipeResult.StepResult r = runner.runEncryptedExport(s, (plain, d) -> {
            switch (format) {
                case CSV -> SparkExport.csv(in, plain);
                case TSV -> SparkExport.tsv(in, plain);
                default -> d.put("rows", tableExport(s, in, plain, format).rows());
            }
            d.put("format", format.name());
        }, Progress.NONE);
        details.putAll(r.details());
        keep(s);
    }

    /**
     * Writes an XLSX or JSON export with the desktop's writer on the driver ({@link DriverTableExport}), reading the
     * input's file with the options the desktop's runner reads it with.
     */
    io.safesegment.core.data.io.ExportResult tableExport(RecipeStep s, SparkFrame in, Path out, ExportFormat format)
            throws IOException {
        RecipeStep source = source(recipe, s.text("input", ""));
        CsvImportOptions read = CsvImportOptions.defaults();
        if (source != null && source.kind() == StepKind.IMPORT) {
            read = EngineSteps.importOptions(source);
        } else if (source != null && source.kind() == StepKind.POSTGRES) { // read back with the fetched types
            read = read.withColumnTypes(DriverTableExport.types(in.schema()));
        }
        return DriverTableExport.write(in, read, out, format);
    }

    /**
     * A plain export releases data no masking step produced only to a role that may export unmasked data, as the
     * desktop runner's export does (record 0034).
     */
    void requireExportAllowed(RecipeStep s, SparkFrame in) {
        io.safesegment.core.data.DatasetService.requireRecipeExport(workspace, s.text("input", ""),
                in.policyId() != null, actor);
    }

    /** Every file an earlier Spark step wrote (or imported), for the desktop's step code. */
    private void provideSparkOutputs() {
        for (Map.Entry<String, SparkFrame> e : frames.entrySet()) {
            SparkFrame f = e.getValue();
            if (!own.contains(e.getKey()) && f.file() != null) {
                runner.provide(e.getKey(), new SingleStepRunner.StepFile(f.file(), f.roles(),
                        List.of(f.schema().names()), f.policyId()));
            }
        }
    }

    /**
     * The step's outputs as frames for the later steps: a campaign list is read as a table (a CSV Spark can split),
     * an encrypted file or a backup is a file only (no rows; {@link #check} refuses it as a table input).
     */
    private void keep(RecipeStep s) {
        for (String name : List.of(s.name(), s.name() + ".manifest")) {
            var out = runner.output(name);
            if (out.isEmpty()) {
                continue;
            }
            SingleStepRunner.StepFile file = out.get();
            own.add(name);
            if (s.kind() == StepKind.CAMPAIGN && name.equals(s.name())) {
                SparkFrame read = SparkImport.read(spark, file.file(), CsvImportOptions.defaults(), file.roles());
                frames.put(name, new SparkFrame(read.rows(), read.schema(), file.roles(), file.policyId(),
                        file.file()));
            } else {
                frames.put(name, new SparkFrame(spark.emptyDataFrame(), new ColumnsSchema(new String[0],
                        new ColumnType[0], new String[0], Set.of()), RoleMapping.empty(), file.policyId(),
                        file.file()));
            }
        }
    }
}
