package io.safesegment.core.recipe;

import io.safesegment.core.governance.Actor;
import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEvent;
import io.safesegment.core.governance.AuditOutcome;
import io.safesegment.core.governance.AuditService;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The front ends' entry to recipes: validate a whole recipe, or validate and replay it step by step. Each step is
 * one call of a feature service, so a replay is governed like the same actions done by hand.
 */
public final class RecipeService {
    private RecipeService() {
    }

    /**
     * Validates {@code recipe} against the workspace (and, unless {@code dryRun}, runs it).
     *
     * @param workspace the workspace (policies by id, key vault, exports folder), or null
     * @param keys      opens the workspace vault when a step needs keys; may return null when none is available
     * @throws RecipeException naming step, field and reason when the recipe is invalid (nothing was written)
     */
    public static RecipeResult run(Recipe recipe, Path workspace, RecipeKeys keys, boolean dryRun, Progress progress)
            throws IOException {
        return run(recipe, workspace, keys, null, dryRun, progress);
    }

    /**
     * {@link #run(Recipe, Path, RecipeKeys, boolean, Progress)} as {@code actor}: steps that need a permission are
     * checked against the signed-in account, and the replay is audited under it (record 0034).
     *
     * @param actor the signed-in account, or null on an ungoverned workspace
     */
    public static RecipeResult run(Recipe recipe, Path workspace, RecipeKeys keys, Actor actor, boolean dryRun,
                                   Progress progress) throws IOException {
        RecipeRunner runner = new RecipeRunner(recipe, workspace, keys, actor);
        return dryRun ? runner.dryRun() : audited(recipe, workspace, actor, () -> runner.run(progress));
    }

    /**
     * Validates or replays {@code recipe}, telling {@code onStep} each step's outcome as soon as it ends (a panel's
     * per-step display).
     *
     * @throws RecipeException naming step, field and reason when the recipe is invalid (nothing was written)
     */
    public static RecipeResult run(Recipe recipe, Path workspace, RecipeKeys keys, boolean dryRun, Progress progress,
                                   java.util.function.Consumer<RecipeResult.StepResult> onStep) throws IOException {
        return run(recipe, workspace, keys, null, dryRun, progress, onStep);
    }

    /** The per-step variant of {@link #run(Recipe, Path, RecipeKeys, Actor, boolean, Progress)}. */
    public static RecipeResult run(Recipe recipe, Path workspace, RecipeKeys keys, Actor actor, boolean dryRun,
                                   Progress progress, java.util.function.Consumer<RecipeResult.StepResult> onStep)
            throws IOException {
        RecipeRunner runner = new RecipeRunner(recipe, workspace, keys, actor);
        return dryRun ? runner.dryRun() : audited(recipe, workspace, actor, () -> runner.run(progress, onStep));
    }

    /**
     * Validates and replays {@code recipe} on {@code engine}: {@code desktop} (this JVM, as
     * {@link #run(Recipe, Path, RecipeKeys, boolean, Progress)}) or {@code spark} (record 0037). Audited alike.
     *
     * @param master the Spark master URL, or null for {@code local[*]} / what spark-submit configured
     * @throws RecipeException when the recipe is invalid, a step cannot run on the engine, or the engine is not on
     *                         the class path (the message says how to get it)
     */
    public static RecipeResult run(Recipe recipe, Path workspace, RecipeKeys keys, String engine, String master,
                                   Progress progress) throws IOException {
        return run(recipe, workspace, keys, null, engine, master, progress);
    }

    /**
     * {@link #run(Recipe, Path, RecipeKeys, String, String, Progress)} as {@code actor} (null on an ungoverned
     * workspace): permission-checked and audited under the signed-in account on either engine (record 0034).
     */
    public static RecipeResult run(Recipe recipe, Path workspace, RecipeKeys keys, Actor actor, String engine,
                                   String master, Progress progress) throws IOException {
        if (engine == null || engine.equals(RecipeEngine.DESKTOP)) {
            return run(recipe, workspace, keys, actor, false, progress);
        }
        if (!engine.equals(RecipeEngine.SPARK)) {
            throw new RecipeException(0, "engine", Message.of("recipe.error.unknownEngine", engine));
        }
        RecipeEngine spark = sparkEngine();
        return audited(recipe, workspace, actor, () -> spark.run(recipe, workspace, keys, actor, master, progress));
    }

    /** The Spark engine, when its classes and Spark's are on the class path. */
    private static RecipeEngine sparkEngine() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession"); // the engine's classes alone are not enough
            return (RecipeEngine) Class.forName(RecipeEngine.SPARK_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new RecipeException(0, "engine", Message.of("recipe.error.sparkMissing"));
        }
    }

    private interface Replay {
        RecipeResult run() throws IOException;
    }

    /**
     * One audit entry per replay in a workspace: the recipe's name and each step's kind and status, or the failure's
     * exception type (its message may name a file; the type is enough to find the log line).
     */
    private static RecipeResult audited(Recipe recipe, Path workspace, Actor actor, Replay replay)
            throws IOException {
        RecipeResult result;
        try {
            result = replay.run();
        } catch (IOException | RuntimeException e) {
            // a refused recipe may name a workspace that does not exist yet: recording must not create it
            if (workspace != null && java.nio.file.Files.isRegularFile(workspace.resolve(Workspace.DATABASE_FILE))) {
                record(workspace, actor, new AuditEvent(AuditAction.RECIPE_RUN, objectName(recipe.name()), null,
                        AuditOutcome.FAILURE, "error=" + e.getClass().getSimpleName()));
            }
            throw e;
        }
        if (workspace != null) {
            String steps = String.join(" ", result.steps().stream().map(s -> s.kind() + ":" + s.status()).toList());
            record(workspace, actor, new AuditEvent(AuditAction.RECIPE_RUN, objectName(result.name()), null,
                    AuditOutcome.SUCCESS, steps.length() > 900 ? steps.substring(0, 900) + "…" : steps));
        }
        return result;
    }

    /** Under the replaying account when there is one, else the acting user (record 0034). */
    private static void record(Path workspace, Actor actor, AuditEvent event) {
        if (actor == null) {
            AuditService.record(Workspace.open(workspace), event);
        } else {
            AuditService.record(Workspace.open(workspace), actor.user(), event, null);
        }
    }

    private static String objectName(String recipeName) {
        return recipeName == null || recipeName.isBlank() ? "recipe" : recipeName;
    }

    /** Every problem of {@code recipe} against {@code workspace} (empty when it can run), nothing written. */
    public static java.util.List<RecipeProblem> validate(Recipe recipe, Path workspace, RecipeKeys keys) {
        return new RecipeValidator(recipe, workspace, keys).validate();
    }

    /**
     * As {@link #validate}, but each imported delimited-text file is read only at its start (columns and types as
     * detected there), never loaded: for engines whose inputs do not fit in this JVM.
     */
    public static java.util.List<RecipeProblem> validateFromHeaders(Recipe recipe, Path workspace, RecipeKeys keys) {
        return new RecipeValidator(recipe, workspace, keys, true).validate();
    }

    /**
     * {@code vault}'s keys plus the password of the recipe's {@code postgres} steps, read by {@code password} as a
     * fresh array each time a step connects (the runner wipes it after use).
     */
    public static RecipeKeys withDatabasePassword(RecipeKeys vault, java.util.function.Supplier<char[]> password) {
        return RecipeKeys.withDatabasePassword(vault, password);
    }

    /**
     * {@code keys} replayed by {@code actor} (whose role the {@code erase} and {@code backup} steps require), with
     * backup passwords read by {@code backupPassword} (a fresh array each call; null: the environment).
     */
    public static RecipeKeys withActor(RecipeKeys keys, io.safesegment.core.governance.Actor actor,
                                       java.util.function.Supplier<char[]> backupPassword) {
        return RecipeKeys.withActor(keys, actor, backupPassword);
    }

    /**
     * The {@code parameters} field of a {@code recommend} or {@code evaluate} step for {@code parameters}: what
     * differs from {@code ModelParameters.defaults(seed)} (empty when nothing does), so a replay fits the same models.
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode modelParameterFields(
            io.safesegment.core.recommend.ModelParameters parameters, long seed) {
        return ModelParameterFields.toJson(parameters, seed);
    }

    /**
     * The {@code tuning} field of a {@code recommend} or {@code evaluate} step whose {@code parameters} a Tune chose:
     * the search (metric, default and tuned value, grid points, chosen values, seed). Replays never re-tune.
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode tuningField(
            io.safesegment.core.recommend.RecommendationService.TuneReport report) {
        return TuningField.toJson(report);
    }

    /**
     * Appends steps to the recipe file {@code file} (created when missing), as a front end without a session
     * records an action (the CLI's {@code --record}): {@code record} receives the file's steps as a session recipe
     * and appends its own, naming inputs through {@link SessionRecipe#stepFor}. Written atomically.
     */
    public static void appendTo(Path file, java.util.function.Consumer<SessionRecipe> record) throws IOException {
        SessionRecipe session = new SessionRecipe();
        String title = "recorded";
        if (java.nio.file.Files.isRegularFile(file)) {
            Recipe existing = Recipe.read(file).withAbsoluteInputs();
            session.replaceWith(existing);
            title = existing.name();
        }
        record.accept(session);
        session.save(title, file);
    }

    /** The hyper-parameters a step's {@code parameters} field stands for (the inverse of the method above). */
    public static io.safesegment.core.recommend.ModelParameters modelParameters(
            com.fasterxml.jackson.databind.JsonNode fields, long seed) {
        return ModelParameterFields.fromJson(fields, seed);
    }
}
