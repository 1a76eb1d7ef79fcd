package io.safesegment.spark;

import io.safesegment.core.recipe.RecipeStep;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** k-means on Spark. */
final class SparkKMeans {
    private SparkKMeans() {
    }

    record Result(long customers, int k, long seed) {
    }

    static Result run(SparkSession spark, RecipeStep s, SparkFrame customers, Path out) {
        throw new UnsupportedOperationException("not yet");
    }
}
