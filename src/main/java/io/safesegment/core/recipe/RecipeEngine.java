package io.safesegment.core.recipe;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Something other than this JVM that replays a recipe: the Apache Spark engine ({@code io.safesegment.spark}, built
 * by the Maven profile {@code spark}, record 0037). The desktop artifact does not contain it, so it is found by class
 * name at run time ({@link RecipeService#run(Recipe, Path, RecipeKeys, String, String, Progress)}); when Spark is not
 * on the class path the front end gets a message saying how to get it, not a {@code ClassNotFoundException}.
 */
public interface RecipeEngine {
    /** The engine id of the Spark engine ({@code --engine spark}). */
    String SPARK = "spark";
    /** The engine id of this JVM's own runner (the default). */
    String DESKTOP = "desktop";
    /** The class implementing the Spark engine; it has a public no-argument constructor. */
    String SPARK_CLASS = "io.safesegment.spark.SparkRecipeEngine";

    /**
     * Validates the recipe like the desktop runner does (nothing is written when a problem is found), then runs it.
     *
     * @param master the Spark master URL (e.g. {@code local[2]}, {@code spark://host:7077}, {@code yarn}), or null
     *               to use the one {@code spark-submit} configured
     * @throws RecipeException when the recipe is invalid or a step cannot run on this engine
     */
    RecipeResult run(Recipe recipe, Path workspace, RecipeKeys keys, String master, Progress progress)
            throws IOException;

    /**
     * {@link #run(Recipe, Path, RecipeKeys, String, Progress)} as {@code actor}, the signed-in account on a governed
     * workspace (null otherwise): the steps that need a permission are checked against it as in a desktop replay
     * (record 0034). An engine that runs no such step may ignore it.
     */
    default RecipeResult run(Recipe recipe, Path workspace, RecipeKeys keys,
                             io.safesegment.core.governance.Actor actor, String master, Progress progress)
            throws IOException {
        return run(recipe, workspace, keys, master, progress);
    }

    /** A step whose kind this engine does not run (the desktop engine runs it). */
    static RecipeException unsupported(RecipeStep step, String engine) {
        return new RecipeException(step.number(), "kind",
                Message.of("recipe.error.engineUnsupportedStep", step.kind().id(), engine));
    }

    /** A step field whose value this engine does not run (e.g. a masking operator that needs the whole column). */
    static RecipeException unsupported(RecipeStep step, String field, String what, String engine) {
        return new RecipeException(step.number(), field,
                Message.of("recipe.error.engineUnsupportedValue", what, engine));
    }
}
