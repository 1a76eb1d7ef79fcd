package io.safesegment.spark;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recipe.EngineInsightSteps;
import io.safesegment.core.recipe.EngineSteps;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.recommend.RecommendInputs;
import io.safesegment.core.recommend.RecommendationService;
import io.safesegment.core.recommend.data.SkippedRows;
import io.safesegment.core.recommend.data.TransactionLoad;
import io.safesegment.core.recommend.eval.EvaluationReport;
import io.safesegment.core.task.Progress;
import io.safesegment.core.value.ClvOptions;
import io.safesegment.core.value.ClvResult;
import io.safesegment.core.value.SummaryColumns;
import io.safesegment.core.value.ValueService;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The value and recommendation steps on Spark (issue 22 item 1): {@code clv}, {@code recommend} with the desktop's
 * models and {@code evaluate}. Spark aggregates what the desktop's model consumes (one row per customer for CLV,
 * one per customer × product for recommendations), the driver runs the desktop's own fit on it and writes the
 * desktop's files, so the answers are the desktop's ({@code SparkValueStepsTest}). {@code "model": "als"} stays
 * MLlib's ALS ({@link SparkAls}), which differs from the desktop's.
 */
final class SparkValueSteps {
    private final SparkSession spark;
    private final Path workspace;
    private final Map<String, SparkFrame> frames;

    SparkValueSteps(SparkSession spark, Path workspace, Map<String, SparkFrame> frames) {
        this.spark = spark;
        this.workspace = workspace.toAbsolutePath().normalize();
        this.frames = frames;
    }

    /** Whether this class runs the step (a recommend step with MLlib ALS runs in {@link SparkAls}). */
    static boolean runs(RecipeStep s) {
        return switch (s.kind()) {
            case CLV, EVALUATE -> true;
            case RECOMMEND -> !SparkAls.isAls(s) || SparkAls.needsDesktopModel(s);
            default -> false;
        };
    }

    /** Refuses, before any job runs, what these steps cannot run on Spark; reads the options as the desktop does. */
    static void check(Recipe recipe, RecipeStep s) {
        switch (s.kind()) {
            case CLV -> {
                EngineInsightSteps.clvOptions(s);
                requireCsvImport(recipe, s, "summary");
            }
            case RECOMMEND -> {
                if (SparkAls.isAls(s) && !SparkAls.needsDesktopModel(s)) {
                    SparkAls.check(s);
                } else {
                    EngineInsightSteps.transactionOptions(s);
                    EngineInsightSteps.modelParameters(s);
                }
            }
            case EVALUATE -> {
                EngineInsightSteps.transactionOptions(s);
                EngineInsightSteps.evaluationOptions(s);
                EngineInsightSteps.modelParameters(s);
            }
            default -> { }
        }
        if (runs(s) && s.kind() != StepKind.CLV) {
            for (String field : List.of("transactions", "ratings", "products", "segments")) {
                requireCsvImport(recipe, s, field);
            }
        }
    }

    /**
     * The desktop's loaders read these inputs as files on the driver: an input imported from Parquet is refused
     * here, before anything runs (outputs of earlier steps are CSV files, as on the desktop).
     */
    private static void requireCsvImport(Recipe recipe, RecipeStep s, String field) {
        String ref = s.text(field, null);
        for (RecipeStep earlier : recipe.steps()) {
            if (ref != null && earlier.name().equals(ref) && earlier.kind() == StepKind.IMPORT) {
                Path file = EngineSteps.input(recipe, earlier.text("file", ""));
                if (Files.isDirectory(file) || file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".parquet")) {
                    throw RecipeEngine.unsupported(s, field, "a " + s.kind().id() + " step on a Parquet input "
                            + "(export it as CSV first)", RecipeEngine.SPARK);
                }
            }
        }
    }

    String run(RecipeStep s, Map<String, Object> details) throws IOException {
        switch (s.kind()) {
            case CLV -> clv(s, details);
            case RECOMMEND -> recommend(s, details);
            case EVALUATE -> evaluate(s, details);
            default -> throw RecipeEngine.unsupported(s, RecipeEngine.SPARK);
        }
        return "done";
    }

    private void clv(RecipeStep s, Map<String, Object> details) throws IOException {
        boolean fromTransactions = s.get("transactions") != null;
        SparkFrame in = in(s, fromTransactions ? "transactions" : "summary");
        Path out = output(s, "output", s.name() + ".csv");
        Path lapsed = output(s, "lapsed", s.name() + "-lapsed.csv");
        Path keepIn = s.bool("keepLapsed", false) ? workspace : null;
        ClvOptions options = EngineInsightSteps.clvOptions(s);
        ClvResult result;
        if (fromTransactions) {
            for (Path target : List.of(out, lapsed)) {
                AtomicFiles.requireNotSameFile(in.file(), target);
            }
            result = ValueService.clv(SparkClv.customers(in, options), options, Progress.NONE);
            ValueService.writeCustomers(out, result);
            ValueService.writeLapsedSegment(lapsed, result);
            if (keepIn != null) {
                ValueService.keepLapsedSegment(Workspace.open(keepIn), result, List.of(in.file()));
            }
            details.put("summary", "one row per customer aggregated on Spark; fits on the driver");
        } else { // a summary has one row per customer already: the desktop's own call on the driver
            result = ValueService.clv(new ValueService.ClvRequest(null, requireFile(s, "summary", in),
                    RoleMapping.empty(), SummaryColumns.parse(null), options, out, lapsed, keepIn), Progress.NONE);
        }
        details.put("customers", result.bgnbd().customers());
        details.put("repeatBuyers", result.bgnbd().repeatBuyers());
        details.put("lapsed", result.lapsedCount());
        details.put("spendModel", String.valueOf(result.spendModel()));
        details.put("lapsedOutput", lapsed.toString());
        frames.put(s.name(), SparkImport.read(spark, out, CsvImportOptions.defaults(),
                RoleMapping.parse("customer_id=customer_id")));
        frames.put(s.name() + ".lapsed", SparkImport.read(spark, lapsed, CsvImportOptions.defaults(),
                RoleMapping.parse("customer_id=customer_id,segment=segment_name")));
    }

    private void recommend(RecipeStep s, Map<String, Object> details) throws IOException {
        RecommendInputs inputs = inputs(s);
        RecommendInputs.Loaded loaded = load(s, inputs);
        long seed = s.integer("seed", 42);
        var fitted = RecommendationService.fit(loaded, new RecommendationService.ModelChoice(
                s.text("model", "hybrid"), seed, s.number("longTail", 0)), EngineInsightSteps.modelParameters(s),
                Progress.NONE);
        Path out = output(s, "output", s.name() + ".csv");
        int customers = RecommendationService.writeCampaignList(fitted, s.text("segment", null),
                (int) s.integer("n", 10), out);
        details.put("model", fitted.choice().model());
        details.put("seed", fitted.choice().seed());
        details.put("customers", customers);
        details.put("pairs", loaded.matrix().nnz());
        details.put("fit", "on the driver from customer × product pairs aggregated on Spark");
        frames.put(s.name(), SparkImport.read(spark, out, CsvImportOptions.defaults(), RoleMapping.empty()));
    }

    private void evaluate(RecipeStep s, Map<String, Object> details) throws IOException {
        RecommendInputs inputs = inputs(s);
        var request = new RecommendationService.EvaluateRequest(inputs, EngineInsightSteps.models(s),
                EngineInsightSteps.evaluationOptions(s), s.number("longTail", 0));
        EvaluationReport report = RecommendationService.evaluate(request, load(s, inputs),
                EngineInsightSteps.modelParameters(s), Progress.NONE);
        Path out = output(s, "output", s.name() + ".json");
        EngineInsightSteps.writeEvaluation(out, report);
        details.put("models", report.models().size());
        details.put("users", report.users());
        SparkFrame any = in(s, s.get("transactions") != null ? "transactions" : "ratings");
        frames.put(s.name(), new SparkFrame(any.rows().limit(0), any.schema(), RoleMapping.empty(), null, out));
    }

    /** The step's files as the desktop runner names them (the inputs' files: catalogue and segments are small). */
    private RecommendInputs inputs(RecipeStep s) {
        SparkFrame tx = s.get("transactions") == null ? null : in(s, "transactions");
        SparkFrame ratings = s.get("ratings") == null ? null : in(s, "ratings");
        Path products = s.get("products") == null ? null : requireFile(s, "products", in(s, "products"));
        Path segments = s.get("segments") == null ? null : requireFile(s, "segments", in(s, "segments"));
        return new RecommendInputs(tx == null ? null : requireFile(s, "transactions", tx), products,
                ratings == null ? null : requireFile(s, "ratings", ratings), EngineInsightSteps.transactionOptions(s),
                segments, s.text("segmentColumn", null), (tx != null ? tx : ratings).roles());
    }

    /** The catalogue and segments read on the driver as the desktop does; the interactions aggregated on Spark. */
    private RecommendInputs.Loaded load(RecipeStep s, RecommendInputs inputs) {
        return inputs.load(known -> {
            if (inputs.transactions() != null) {
                return SparkInteractions.transactions(spark, s, in(s, "transactions"),
                        inputs.rolesFor(inputs.transactions()), inputs.transactionOptions(), known);
            }
            try {
                return new TransactionLoad(SparkInteractions.ratings(spark, s, inputs.ratings(),
                        inputs.rolesFor(inputs.ratings())), SkippedRows.NONE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, Progress.NONE);
    }

    /** The CSV file behind a frame, which the desktop's loaders read (a Parquet folder is refused). */
    private static Path requireFile(RecipeStep s, String field, SparkFrame frame) {
        Path file = frame.file();
        if (file == null || !Files.isRegularFile(file) || file.getFileName().toString().toLowerCase(
                java.util.Locale.ROOT).endsWith(".parquet")) {
            throw RecipeEngine.unsupported(s, field, "a " + s.kind().id() + " step on a Parquet or unwritten input",
                    RecipeEngine.SPARK);
        }
        return file;
    }

    private Path output(RecipeStep s, String field, String fallback) throws IOException {
        Path out = EngineSteps.output(workspace, s, field, fallback);
        Files.createDirectories(out.getParent());
        return out;
    }

    private SparkFrame in(RecipeStep s, String field) {
        SparkFrame f = frames.get(s.text(field, ""));
        if (f == null) {
            throw new RecipeException(s.number(), field, Message.of("recipe.error.noOutput", s.text(field, "")));
        }
        return f;
    }
}
