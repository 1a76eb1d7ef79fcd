package io.safesegment.spark;

import io.safesegment.core.crypto.KeyPurpose;
import io.safesegment.core.crypto.VaultKey;
import io.safesegment.core.crypto.sign.ExportManifest;
import io.safesegment.core.crypto.sign.SignedManifest;
import io.safesegment.core.crypto.vault.KeyVault;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.ExportFormat;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.EngineMaskRelease;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.MaskingEngine;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.core.recipe.EngineSteps;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import tech.tablesaw.api.Table;

/** One recipe step at a time on Spark; each step's output frame is kept by step name for the later steps. */
final class SparkSteps {
    private final SparkSession spark;
    private final Recipe recipe;
    private final Path workspace;
    private final RecipeKeys keys;
    private final Map<String, SparkFrame> frames = new HashMap<>();
    private final DriverSteps driver; // encrypt, campaign, erase, backup, encrypted exports: on the driver

    SparkSteps(SparkSession spark, Recipe recipe, Path workspace, RecipeKeys keys) {
        this(spark, recipe, workspace, keys, null);
    }

    /** @param actor the signed-in account on a governed workspace (permission checks of the driver's steps), or null */
    SparkSteps(SparkSession spark, Recipe recipe, Path workspace, RecipeKeys keys,
               io.safesegment.core.governance.Actor actor) {
        this.spark = spark;
        this.recipe = recipe;
        this.workspace = workspace.toAbsolutePath().normalize();
        this.keys = keys;
        this.driver = new DriverSteps(spark, recipe, this.workspace, keys, actor, frames);
    }

    SparkFrame output(String name) {
        return frames.get(name);
    }

    /** The file an input-only step (roles) passes on, so it is not reported as the step's output. */
    Path inputFileOf(RecipeStep s) {
        SparkFrame in = s.get("input") == null ? null : frames.get(s.text("input", ""));
        return in == null ? null : in.file();
    }

    String run(RecipeStep s, Map<String, Object> details) throws IOException {
        switch (s.kind()) {
            case IMPORT -> {
                Path file = EngineSteps.input(recipe, s.text("file", ""));
                SparkFrame f = SparkImport.read(spark, file, EngineSteps.importOptions(s), EngineSteps.roles(s));
                details.put("columns", f.schema().size());
                frames.put(s.name(), f);
            }
            case ROLES -> {
                RoleMapping roles = EngineSteps.roles(s);
                details.put("roles", roles.format());
                frames.put(s.name(), in(s, "input").withRoles(roles));
            }
            case MASK -> {
                return mask(s, details);
            }
            case EXPORT -> export(s, details);
            case RFM -> {
                SparkFrame tx = in(s, "transactions");
                Path out = EngineSteps.output(workspace, s, "output", s.name() + ".csv");
                Files.createDirectories(out.getParent());
                SparkRfm.Result r = SparkRfm.run(tx, EngineSteps.date(s, "referenceDate"), out);
                details.put("customers", r.customers());
                details.put("referenceDate", r.referenceDate().toString());
                frames.put(s.name(), SparkImport.read(spark, out, io.safesegment.core.data.io.CsvImportOptions
                        .defaults(), RoleMapping.parse("customer_id=customer_id,segment=segment"))
                        .withPolicy(tx.policyId())); // scores of masked transactions count as masked, as on the desktop
            }
            case SEGMENT -> { // SparkSegment: features, MLlib k-means or the desktop's algorithm, profiles
                SparkSegment.Result r = SparkSegment.run(spark, s, in(s, "customers"),
                        s.get("transactions") == null ? null : in(s, "transactions"),
                        s.get("products") == null ? null : in(s, "products"), workspace);
                details.put("customers", r.customers());
                details.put("segments", r.segments());
                details.put("seed", r.seed());
                details.put("silhouette", r.silhouette());
                details.put("algorithm", r.algorithm());
                frames.put(s.name(), SparkImport.read(spark, r.assignments(), io.safesegment.core.data.io
                        .CsvImportOptions.defaults(), RoleMapping.empty())
                        .withPolicy(in(s, "customers").policyId())); // the customers' policy, as on the desktop
                frames.put(s.name() + ".profiles", SparkImport.read(spark, r.profiles(), io.safesegment.core.data
                        .io.CsvImportOptions.defaults(), RoleMapping.empty()));
            }
            case RECOMMEND, CLV, EVALUATE -> { // the desktop's models on aggregated tables (SparkValueSteps); MLlib ALS below
                if (SparkValueSteps.runs(s)) {
                    return new SparkValueSteps(spark, workspace, frames).run(s, details);
                }
                if (s.get("transactions") == null) {
                    throw RecipeEngine.unsupported(s, "ratings", "a recommend step on ratings", RecipeEngine.SPARK);
                }
                Path out = EngineSteps.output(workspace, s, "output", s.name() + ".csv");
                Files.createDirectories(out.getParent());
                SparkAls.Result r = SparkAls.run(s, in(s, "transactions"), out);
                details.put("model", "als (Spark MLlib)");
                details.put("seed", r.seed());
                details.put("customers", r.customers());
                frames.put(s.name(), new SparkFrame(in(s, "transactions").rows().limit(0), in(s, "transactions")
                        .schema(), RoleMapping.empty(), null, out));
            }
            case ENCRYPT, CAMPAIGN, ERASE, BACKUP -> {
                return driver.run(s, details); // DriverSteps: the desktop's step code on the driver
            }
            default -> {
                return new SparkDataSteps(spark, recipe, workspace, keys, frames).run(s, details);
            }
        }
        return "done";
    }

    /** The mask step's policy (every option runs on Spark since 2026-12-06). */
    static MaskingPolicy policyFor(Recipe recipe, Path workspace, RecipeStep s) {
        Path policyFile = s.get("policy") != null ? EngineSteps.input(recipe, s.text("policy", ""))
                : PrivacyService.findPolicy(workspace, s.text("policyId", ""), (int) s.integer("policyRevision", 0));
        // noise, microaggregation and allowResidual (WholeColumnMasks, EngineMaskRelease); risk targets and
        // overrideRiskTargets: measured on the unreleased output before release (MaskRelease, SparkRiskTargets)
        return PrivacyService.readPolicy(policyFile);
    }

    private String mask(RecipeStep s, Map<String, Object> details) throws IOException {
        SparkFrame in = in(s, "input");
        MaskingPolicy policy = policyFor(recipe, workspace, s);
        details.put("policyId", policy.id()); // first, as the desktop's step: a blocked step reports them too
        details.put("policyRevision", policy.revision());
        String datasetId = s.text("datasetId", in.file() == null ? "dataset" : in.file().getFileName().toString());
        Path out = EngineSteps.output(workspace, s, "output", s.name() + ".csv");
        // as the desktop's mask: the approval gate and the privacy budget before anything is read
        EngineMaskRelease release = EngineMaskRelease.before(workspace, keys.actor(), out,
                in.file() == null ? datasetId : in.file().getFileName().toString(), datasetId, policy,
                s.text("overrideRiskTargets", null));
        var required = PrivacyService.requiredKeys(policy);
        PartitionKeys partitionKeys = PartitionKeys.none();
        if (!required.isEmpty()) {
            requireProtectedTransport(s);
            try (KeyVault vault = keys.open()) {
                if (vault == null) {
                    throw new RecipeException(s.number(), "policy", Message.of("recipe.error.policyNeedsVault"));
                }
                if (s.bool("createMissingKeys", false)) {
                    PrivacyService.ensureKeys(vault, required);
                }
                partitionKeys = PartitionKeys.of(required, PrivacyService.keysFrom(vault));
            }
        }
        // the whole input's identifiers (keyed hashes) for the per-chunk leak scan, when the policy names any
        try (SparkLeakScope.Gathered scope = SparkLeakScope.gather(spark, in, policy.roles())) {
            details.put("leakScan", "per chunk of " + PartitionMasker.CHUNK_ROWS + " rows" + (scope.identifierValues()
                    < 0 ? "" : ", against the " + scope.identifierValues()
                    + " distinctive identifier values of the whole input (keyed hashes)"));
            // The output's columns and types: the same policy applied to an empty chunk on the driver.
            Table shape = MaskingEngine.apply(ChunkTables.build(in.schema(), List.of(), datasetId), policy,
                    partitionKeys.material(), datasetId, Progress.NONE).masked();
            ColumnsSchema outSchema = ColumnsSchema.of(shape);
            StructField[] fields = new StructField[outSchema.size()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = DataTypes.createStructField(outSchema.names()[i], DataTypes.StringType, true);
            }
            CollectionAccumulator<String> leaks = spark.sparkContext().collectionAccumulator("leak scan");
            LongAccumulator rows = spark.sparkContext().longAccumulator("masked rows");
            WholeColumnMasks whole = SparkWholeColumns.prepare(spark, in, policy, partitionKeys.material(), datasetId);
            Dataset<Row> masked = in.rows().mapPartitions(new PartitionMasker(in.schema(), policy, partitionKeys,
                    datasetId, leaks, scope.broadcast(), whole, rows),
                    org.apache.spark.sql.Encoders.row(DataTypes.createStructType(fields)));
            Files.createDirectories(out.getParent());
            SparkFrame result = new SparkFrame(masked, outSchema, in.roles(), policy.id(), out);
            // Like the desktop: a leak the scan finds blocks the export (nothing written, later steps do not run)
            // unless allowResidual and the permission to release it; a release is charged to the privacy budget.
            boolean allowResidual = s.bool("allowResidual", false);
            long bytes;
            java.util.function.BooleanSupplier released = () -> release.release(!leaks.value().isEmpty(),
                    allowResidual, String.join("; ", new java.util.LinkedHashSet<>(leaks.value())));
            try {
                bytes = policy.riskTargets() == null ? SparkExport.csv(result, out, released)
                        : MaskRelease.measuredThenMoved(spark, result, out, policy, release, released);
            } finally {
                if (whole != null) {
                    whole.destroy(); // the microaggregation groups' broadcasts
                }
            }
            boolean leakFound = !leaks.value().isEmpty();
            release.record(leakFound, bytes >= 0, rows.value());
            details.put("rows", rows.value());
            if (release.risk() != null) { // as the desktop's step: whether the policy's risk targets were met
                details.put("riskTargetsMet", release.risk().met());
            }
            if (bytes < 0) {
                details.put("leakFound", leakFound);
                details.put("leaks", leakFound ? String.join("; ", new java.util.LinkedHashSet<>(leaks.value()))
                        : MaskRelease.NO_LEAK);
                if (release.blockedByRisk()) { // the measures only, never a value
                    details.put("riskTargetsMissed", release.risk().summary().english());
                }
                return "blocked";
            }
            details.put("leakFound", leakFound);
            // Later steps read the written file, as on the desktop: the masking runs once.
            SparkFrame written = SparkImport.read(spark, out, io.safesegment.core.data.io.CsvImportOptions.defaults()
                    .withColumnTypes(typesOf(outSchema)), in.roles());
            frames.put(s.name(), new SparkFrame(written.rows(), written.schema(), in.roles(), policy.id(), out));
            List<String> qis = policy.roles().entrySet().stream()
                    .filter(e -> e.getValue() == io.safesegment.core.data.ColumnRole.QUASI_IDENTIFIER
                            && outSchema.indexOf(e.getKey()) >= 0).map(Map.Entry::getKey).sorted().toList();
            if (!qis.isEmpty()) { // measured on the written output, as the desktop's risk check does
                String sensitive = policy.roles().entrySet().stream()
                        .filter(e -> e.getValue() == io.safesegment.core.data.ColumnRole.SENSITIVE
                                && outSchema.indexOf(e.getKey()) >= 0).map(Map.Entry::getKey).sorted()
                        .findFirst().orElse(null);
                var risk = SparkRisk.analyze(frames.get(s.name()),
                        io.safesegment.core.privacy.risk.RiskOptions.of(qis, sensitive));
                details.put("k", risk.k());
                details.put("prosecutorRisk", risk.prosecutor().highest());
                details.put("marketerRisk", risk.marketerRisk());
                if (risk.diversity() != null) {
                    details.put("distinctL", risk.diversity().distinctL());
                    details.put("tCloseness", risk.diversity().tCloseness());
                }
            }
            details.put("keysHandedToExecutors", partitionKeys.size());
            return "done";
        } finally {
            partitionKeys.wipe();
        }
    }

    private static Map<String, io.safesegment.core.data.ColumnType> typesOf(ColumnsSchema schema) {
        Map<String, io.safesegment.core.data.ColumnType> m = new HashMap<>();
        for (int i = 0; i < schema.size(); i++) {
            m.put(schema.names()[i], schema.types()[i]);
        }
        return m;
    }

    /**
     * Keys leave the driver only over an authenticated, encrypted channel and are never spilled in clear: a
     * non-local master needs {@code spark.authenticate}, {@code spark.network.crypto.enabled} and
     * {@code spark.io.encryption.enabled}.
     */
    private void requireProtectedTransport(RecipeStep s) {
        if (!SparkSessions.isDistributed(spark)) {
            return;
        }
        var conf = spark.sparkContext().getConf();
        for (String key : List.of("spark.authenticate", "spark.network.crypto.enabled", "spark.io.encryption.enabled")) {
            if (!conf.getBoolean(key, false)) {
                throw RecipeEngine.unsupported(s, "policy", "keyed masking rules without " + key + "=true (keys "
                        + "would travel to the executors unprotected; docs/spark.md)", RecipeEngine.SPARK);
            }
        }
    }

    private void export(RecipeStep s, Map<String, Object> details) throws IOException {
        SparkFrame in = in(s, "input");
        driver.requireExportAllowed(s, in); // unmasked data needs the permission, as on the desktop
        if (s.get("encrypt") != null) { // Spark writes the plaintext, the desktop's code encrypts it (DriverSteps)
            driver.encryptedExport(s, in, details);
            return;
        }
        Path out = EngineSteps.output(workspace, s, "output", s.name() + ".csv");
        Files.createDirectories(out.getParent());
        ExportFormat format = DriverSteps.exportFormat(workspace, s); // the format field, else the name's
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean parquet = name.endsWith(".parquet");
        if (!parquet && format == null) { // DriverSteps.check refuses it before anything runs
            throw RecipeEngine.unsupported(s, "output", "an export without a format", RecipeEngine.SPARK);
        }
        if (in.file() != null && Files.exists(out) && Files.isSameFile(in.file(), out)) {
            throw new RecipeException(s.number(), "output", "must not be the input file");
        }
        if (parquet) {
            SparkExport.parquet(in, out);
            details.put("format", "PARQUET");
        } else if (DriverTableExport.runs(format)) { // XLSX, JSON: the desktop's writer on the driver
            details.put("rows", driver.tableExport(s, in, out, format).rows());
            details.put("format", format.name());
        } else { // CSV, TSV: formatted by the executors (SparkExport)
            if (format == ExportFormat.TSV) {
                SparkExport.tsv(in, out);
            } else {
                SparkExport.csv(in, out);
            }
            details.put("format", format.name());
        }
        if (s.get("sign") != null) {
            Path manifest = out.resolveSibling(out.getFileName() + ".manifest.json");
            List<Path> files = parquet ? parquetParts(out) : List.of(out);
            SignedManifest signed;
            try (KeyVault vault = keys.open()) {
                if (vault == null) {
                    throw new RecipeException(s.number(), "sign", Message.of("recipe.error.policyNeedsVault"));
                }
                VaultKey key = vault.current(s.get("sign").get("vaultKey").asText())
                        .requirePurpose(KeyPurpose.SIGNING_ED25519);
                try {
                    signed = ExportManifest.create(files, in.policyId() == null ? "none" : in.policyId(),
                            s.get("sign").hasNonNull("creator") ? s.get("sign").get("creator").asText()
                                    : "recipe " + recipe.name() + " (spark)", key);
                } finally {
                    key.wipe();
                }
            }
            signed.write(manifest);
            details.put("manifest", manifest.toString());
            details.put("keyFingerprint", signed.keyFingerprint());
        }
        frames.put(s.name(), new SparkFrame(in.rows(), in.schema(), in.roles(), in.policyId(), out));
    }

    private static List<Path> parquetParts(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
    }

    private SparkFrame in(RecipeStep s, String field) {
        SparkFrame f = frames.get(s.text(field, ""));
        if (f == null) {
            throw new RecipeException(s.number(), field, Message.of("recipe.error.noOutput", s.text(field, "")));
        }
        return f;
    }
}
