package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22 item 1: {@code safesegment run RECIPE --engine spark --master local[2] --json} through the CLI. */
class RunSparkEngineCommandTest {
    @TempDir
    Path dir;

    @Test
    void theCliRunsARecipeOnSparkAndGetsTheDesktopsFile() throws Exception {
        Files.writeString(dir.resolve("t.csv"), """
                order,customer_id,timestamp,amount
                O1,A,2025-01-02T10:00:00,5.5
                O1,A,2025-01-02T10:00:00,2
                O2,A,2025-02-02T10:00:00,-1
                O3,B,2025-03-02T10:00:00,7
                O4,C,2025-03-05T10:00:00,9
                """);
        String recipe = """
                {"recipeVersion": 1, "name": "engine", "steps": [
                  {"kind": "import", "name": "tx", "file": "t.csv", "roles": "order_id=order"},
                  {"kind": "rfm", "name": "rfm", "transactions": "tx", "output": "%s.csv"}]}""";
        Files.writeString(dir.resolve("spark.json"), recipe.formatted("spark"));
        Files.writeString(dir.resolve("desktop.json"), recipe.formatted("desktop"));
        Path ws = dir.resolve("ws");
        var spark = CliTestSupport.run("run", dir.resolve("spark.json").toString(), "--workspace", ws.toString(),
                "--engine", "spark", "--master", "local[2]", "--json");
        assertEquals(0, spark.exitCode(), spark.err());
        JsonNode step = spark.json().get("steps").get(1);
        assertEquals("done", step.get("status").asText());
        assertEquals(3, step.get("details").get("customers").asInt());
        var desktop = CliTestSupport.run("run", dir.resolve("desktop.json").toString(), "--workspace", ws.toString(),
                "--json");
        assertEquals(0, desktop.exitCode(), desktop.err());
        assertArrayEquals(Files.readAllBytes(ws.resolve("exports/desktop.csv")),
                Files.readAllBytes(ws.resolve("exports/spark.csv")));
        assertTrue(Files.readString(ws.resolve("exports/spark.csv")).startsWith("customer_id,recency_days"));
    }
}
