package io.safesegment.spark;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.recipe.EngineSteps;
import io.safesegment.core.recipe.Recipe;
import io.safesegment.core.recipe.RecipeEngine;
import io.safesegment.core.recipe.RecipeException;
import io.safesegment.core.recipe.RecipeKeys;
import io.safesegment.core.recipe.RecipeProblem;
import io.safesegment.core.recipe.RecipeResult;
import io.safesegment.core.recipe.RecipeService;
import io.safesegment.core.recipe.RecipeStep;
import io.safesegment.core.recipe.StepKind;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * Runs a recipe as Spark jobs (record 0037, docs/spark.md): the same validation as the desktop runner, then each
 * step on the cluster. Steps whose kind Spark does not run yet are refused before anything runs. Outputs go where
 * the desktop runner puts them (the workspace's exports/ folder unless a step names an absolute path).
 */
public final class SparkRecipeEngine implements RecipeEngine {
    /** The step kinds this engine runs. */
    public static final Set<StepKind> KINDS = EnumSet.of(StepKind.IMPORT, StepKind.ROLES, StepKind.MASK,
            StepKind.ENCRYPT, StepKind.CAMPAIGN, StepKind.ERASE, StepKind.BACKUP, // DriverSteps (on the driver)
            StepKind.EXPORT, StepKind.RFM, StepKind.SEGMENT, StepKind.RECOMMEND,
            StepKind.CLEAN, StepKind.DERIVE, StepKind.JOIN, StepKind.POSTGRES, StepKind.ANONYMISE, // SparkDataSteps
            StepKind.CLV, StepKind.EVALUATE); // SparkValueSteps

    /** Used by {@code RecipeService} through reflection. */
    public SparkRecipeEngine() {
    }

    @Override
    public RecipeResult run(Recipe recipe, Path workspace, RecipeKeys keys, String master, Progress progress)
            throws IOException {
        return run(recipe, workspace, keys, null, master, progress);
    }

    @Override
    public RecipeResult run(Recipe recipe, Path workspace, RecipeKeys keys,
                            io.safesegment.core.governance.Actor actor, String master, Progress progress)
            throws IOException {
        // the inputs may be far larger than this JVM: validate from each file's start, never by loading it
        List<RecipeProblem> problems = RecipeService.validateFromHeaders(recipe, workspace, keys);
        if (!problems.isEmpty()) {
            throw new RecipeException(problems);
        }
        for (RecipeStep s : recipe.steps()) {
            if (!KINDS.contains(s.kind())) {
                throw RecipeEngine.unsupported(s, SPARK);
            }
            SparkDataSteps.check(recipe, workspace, s); // the data steps' refusals (clean, join, anonymise, ...)
            if (s.kind() == StepKind.MASK) {
                SparkSteps.policyFor(recipe, workspace.toAbsolutePath().normalize(), s);
            }
            DriverSteps.check(recipe, workspace.toAbsolutePath().normalize(), s); // encrypted files, exports
        }
        Files.createDirectories(workspace.resolve(EngineSteps.EXPORTS));
        SparkSession spark = SparkSessions.get(master);
        SparkSteps steps = new SparkSteps(spark, recipe, workspace, keys, actor);
        List<RecipeResult.StepResult> results = new ArrayList<>();
        int n = recipe.steps().size();
        for (RecipeStep s : recipe.steps()) {
            progress.checkCancelled();
            progress.report((s.number() - 1) / (double) n, Message.literal("Spark: " + s.kind().id() + " " + s.name()));
            Map<String, Object> details = new LinkedHashMap<>();
            String status = steps.run(s, details); // a mask step gathers its own leak scope (SparkSteps.mask)
            Map<String, String> outputs = new LinkedHashMap<>();
            SparkFrame out = steps.output(s.name());
            if (out != null && out.file() != null && !out.file().equals(steps.inputFileOf(s))) {
                outputs.put(s.name(), out.file().toString());
            }
            results.add(new RecipeResult.StepResult(s.number(), s.kind().id(), s.name(), status, outputs, details));
            if (!status.equals("done")) {
                break;
            }
        }
        progress.report(1, Message.literal("Spark: done"));
        return new RecipeResult(recipe.name(), false, results);
    }

    static RoleMapping noRoles() {
        return RoleMapping.empty();
    }
}
