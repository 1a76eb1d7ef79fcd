package io.safesegment.spark;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recipe.EngineSteps;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import tech.tablesaw.api.Table;

/**
 * The data steps that came to Spark after the first engine (issue 22 item 1): {@code clean}, {@code derive},
 * {@code join}, {@code postgres} and {@code anonymise} with given levels. Each writes its output file as the
 * desktop runner does and hands later steps that file read back with default options, as the desktop's
 * {@code StepData.written} does, so both engines see the same columns and types downstream.
 */
final class SparkDataSteps {
    private final SparkSession spark;
    private final Recipe recipe;
    private final Path workspace;
    private final RecipeKeys keys;
    private final Map<String, SparkFrame> frames;

    SparkDataSteps(SparkSession spark, Recipe recipe, Path workspace, RecipeKeys keys, Map<String, SparkFrame> frames) {
        this.spark = spark;
        this.recipe = recipe;
        this.workspace = workspace.toAbsolutePath().normalize();
        this.keys = keys;
        this.frames = frames;
    }

    /**
     * Refuses, before any job runs, a step of these kinds whose fields ask for something this engine does not run.
     */
    static void check(Recipe recipe, Path workspace, RecipeStep s) {
        switch (s.kind()) {
            case CLEAN -> SparkClean.check(s, EngineSteps.cleaningSteps(s));
            case JOIN -> EngineSteps.joinOptions(s);
            case POSTGRES -> SparkJdbc.check(s);
            case ANONYMISE -> SparkAnonymise.check(recipe, s);
            case SEGMENT -> SparkSegment.check(s);
            case CLV, RECOMMEND, EVALUATE -> SparkValueSteps.check(recipe, s); // value and recommendation steps
            default -> { }
        }
    }

    String run(RecipeStep s, Map<String, Object> details) throws IOException {
        switch (s.kind()) {
            case CLEAN -> clean(s, details);
            case DERIVE -> derive(s, details);
            case JOIN -> join(s, details);
            case POSTGRES -> {
                Path out = out(s);
                SparkJdbc.Fetched f = SparkJdbc.fetch(spark, s, keys, out);
                details.put("database", f.database());
                details.put("rows", f.rows());
                details.put("columns", f.columns());
                details.put("partitions", f.partitions());
                frames.put(s.name(), new SparkFrame(f.frame().rows(), f.frame().schema(), EngineSteps.roles(s),
                        null, out));
            }
            case ANONYMISE -> {
                SparkFrame in = in(s, "input");
                Path out = out(s);
                SparkAnonymise.Result r = SparkAnonymise.run(recipe, s, in, out);
                details.put("found", true);
                details.put("rows", r.rows());
                details.put("levels", r.levels());
                details.put("suppressedRows", r.suppressedRows());
                details.put("smallestClass", r.smallestClass());
                if (r.loss() != null) { // the search chose the levels (SparkAnonymiseSearch)
                    details.put("loss", r.loss());
                }
                if (r.combinations() != null) { // what the search or check brought to the driver
                    details.put("combinations", r.combinations());
                }
                details.put("k", r.risk().k());
                details.put("prosecutorRisk", r.risk().prosecutor().highest());
                details.put("journalistRisk", r.risk().journalist().highest());
                details.put("marketerRisk", r.risk().marketerRisk());
                if (r.risk().diversity() != null) {
                    details.put("distinctL", r.risk().diversity().distinctL());
                    details.put("tCloseness", r.risk().diversity().tCloseness());
                }
                written(s, out, in.roles(), in.policyId());
            }
            default -> throw RecipeEngine.unsupported(s, RecipeEngine.SPARK);
        }
        return "done";
    }

    private void clean(RecipeStep s, Map<String, Object> details) throws IOException {
        SparkFrame in = in(s, "input");
        CleaningPipeline steps = SparkClean.check(s, EngineSteps.cleaningSteps(s));
        Path out = out(s);
        requireNotInput(s, in, out);
        SparkClean.Cleaned cleaned = SparkClean.clean(in, steps, "step " + s.number()); // desktop's wording
        SparkExport.csv(new SparkFrame(cleaned.rows(), cleaned.schema(), in.roles(), in.policyId(), out), out);
        details.put("rows", cleaned.rowsOut().value());
        written(s, out, in.roles(), in.policyId());
    }

    private void derive(RecipeStep s, Map<String, Object> details) throws IOException {
        SparkFrame in = in(s, "input");
        String q = s.text("quantity", in.roles().column(SemanticRole.QUANTITY).orElse(null));
        String p = s.text("unitPrice", in.roles().column(SemanticRole.UNIT_PRICE).orElse(null));
        String target = s.text("target", "amount");
        String[] derive = {q, p, target};
        Path out = out(s);
        requireNotInput(s, in, out);
        // the desktop's checks (columns exist and are numbers, the target is new) on an empty chunk, before any job
        Table shape = ChunkTransform.apply(ChunkTables.build(in.schema(), List.of(), "shape"),
                CleaningPipeline.empty(), derive);
        ColumnsSchema schema = ColumnsSchema.of(shape);
        var count = spark.sparkContext().longAccumulator("derive rows");
        Dataset<Row> rows = in.rows().mapPartitions(new ChunkTransform(in.schema(), CleaningPipeline.empty().toJson(),
                derive, count), Encoders.row(SparkClean.textSchema(schema)));
        SparkExport.csv(new SparkFrame(rows, schema, in.roles(), in.policyId(), out), out);
        details.put("derived", new io.safesegment.core.data.AmountDerivation(q, p).describe());
        details.put("rows", count.value());
        written(s, out, in.roles().with(SemanticRole.AMOUNT, target), in.policyId());
    }

    private void join(RecipeStep s, Map<String, Object> details) throws IOException {
        SparkFrame left = in(s, "left");
        SparkFrame right = in(s, "right");
        Path out = out(s);
        requireNotInput(s, left, out);
        requireNotInput(s, right, out);
        // as the desktop: both files read with default options
        SparkFrame l = SparkImport.read(spark, left.file(), CsvImportOptions.defaults(), left.roles());
        SparkFrame r = SparkImport.read(spark, right.file(), CsvImportOptions.defaults(), right.roles());
        SparkJoin.Joined joined = SparkJoin.join(l, r, EngineSteps.joinOptions(s));
        SparkExport.csv(new SparkFrame(joined.rows(), joined.schema(), left.roles(), null, out), out);
        details.put("rows", joined.resultRows());
        details.put("matchedLeftRows", joined.matchedLeftRows());
        details.put("unmatchedLeftRows", joined.leftRows() - joined.matchedLeftRows());
        written(s, out, left.roles().overriddenBy(right.roles().without(SemanticRole.CUSTOMER_ID)), null);
    }

    private void written(RecipeStep s, Path out, RoleMapping roles, String policyId) {
        SparkFrame f = SparkImport.read(spark, out, CsvImportOptions.defaults(), roles);
        frames.put(s.name(), new SparkFrame(f.rows(), f.schema(), roles, policyId, out));
    }

    private Path out(RecipeStep s) throws IOException {
        Path out = EngineSteps.output(workspace, s, "output", s.name() + ".csv");
        Files.createDirectories(out.getParent());
        return out;
    }

    private static void requireNotInput(RecipeStep s, SparkFrame in, Path out) {
        if (in.file() != null && in.file().toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new RecipeException(s.number(), "output", "must not be the input file");
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
