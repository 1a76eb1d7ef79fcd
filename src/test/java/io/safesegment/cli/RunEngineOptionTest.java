package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.recipe.RecipeEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --engine}: an unknown engine is refused by name; without the Spark engine on the class path (the
 * desktop build) {@code --engine spark} says how to get it and writes nothing. The Spark run itself is tested in
 * src/spark/test ({@code RunSparkEngineCommandTest}).
 */
class RunEngineOptionTest {
    @TempDir
    Path dir;

    private Path recipe() throws Exception {
        Files.writeString(dir.resolve("t.csv"), "customer_id,timestamp,amount\nA,2025-01-02,5\nB,2025-01-03,7\n");
        Path r = dir.resolve("r.json");
        Files.writeString(r, """
                {"recipeVersion": 1, "name": "engine", "steps": [
                  {"kind": "import", "name": "tx", "file": "t.csv"},
                  {"kind": "rfm", "name": "rfm", "transactions": "tx"}]}""");
        return r;
    }

    @Test
    void unknownEngineIsRefusedByName() throws Exception {
        var run = CliTestSupport.run("run", recipe().toString(), "--workspace", dir.resolve("ws").toString(),
                "--engine", "flink");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("unknown engine 'flink'"), run.err());
        assertFalse(Files.exists(dir.resolve("ws/exports/rfm.csv")));
    }

    @Test
    void sparkWithoutTheEngineSaysHowToGetIt() throws Exception {
        boolean present;
        try {
            Class.forName(RecipeEngine.SPARK_CLASS);
            Class.forName("org.apache.spark.sql.SparkSession");
            present = true;
        } catch (ClassNotFoundException e) {
            present = false;
        }
        var run = CliTestSupport.run("run", recipe().toString(), "--workspace", dir.resolve("ws").toString(),
                "--engine", "spark", "--master", "local[1]", "--json");
        if (present) { // a -Pspark build: the engine runs (the Spark tests check its answers)
            assertEquals(0, run.exitCode(), run.err());
        } else {
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("mvn -Pspark package"), run.err());
            assertTrue(run.json().get("problems").get(0).get("field").asText().equals("engine"), run.out());
            assertFalse(Files.exists(dir.resolve("ws/exports/rfm.csv")));
        }
    }
}
