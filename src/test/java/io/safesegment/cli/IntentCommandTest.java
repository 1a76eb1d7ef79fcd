package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentCommandTest {
    private static final String CUSTOMERS = "sample-datasets/customers.csv";
    private static final String TRANSACTIONS = "sample-datasets/transactions.csv";

    @TempDir
    Path dir;

    @Test
    void horizonTargetReportsTheContractFieldsPerModel() throws Exception {
        Path out = dir.resolve("intent.csv");
        CliTestSupport.Run run = CliTestSupport.run("intent", "--in", CUSTOMERS, "--transactions", TRANSACTIONS,
                "--horizon", "90", "--model", "logistic,tree", "--folds", "3", "--seed", "5", "--out", out.toString(),
                "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(2, json.path("models").size());
        for (JsonNode m : json.path("models")) {
            for (String f : List.of("auc", "prAuc", "accuracy", "precision", "recall", "f1")) {
                double v = m.path(f).asDouble(-1);
                assertTrue(v >= 0 && v <= 1, f + " = " + v);
            }
            JsonNode c = m.path("confusion");
            assertEquals(5000, c.path("tp").asInt() + c.path("fp").asInt() + c.path("tn").asInt()
                    + c.path("fn").asInt());
            assertTrue(m.path("importance").size() > 0);
            assertTrue(m.path("auc").asDouble() > 0.7, "recency predicts a purchase: " + m);
        }
        assertEquals(5001, Files.readAllLines(out).size());
        assertTrue(json.path("features").toString().contains("recency_days"));
        // ids, names and e-mails are never features
        assertTrue(!json.path("features").toString().contains("email"), json.path("features").toString());
    }

    @Test
    void columnTargetDefaultsToTheRarerValueAndIsSeeded() {
        String[] args = {"intent", "--in", CUSTOMERS, "--target", "marketing_opt_in", "--model", "logistic",
            "--folds", "3", "--seed", "9", "--calibration", "platt", "--no-importance", "--json"};
        CliTestSupport.Run first = CliTestSupport.run(args);
        assertEquals(0, first.exitCode(), first.err());
        JsonNode json = first.json();
        assertTrue(json.path("positives").asInt() * 2 <= json.path("customers").asInt());
        assertEquals(first.out(), CliTestSupport.run(args).out().replaceAll("\"trainMillis\" : \\d+",
                "\"trainMillis\" : " + json.path("models").get(0).path("trainMillis").asLong()));
    }

    @Test
    void refusesAManyValuedTargetWithoutPositive() {
        CliTestSupport.Run run = CliTestSupport.run("intent", "--in", CUSTOMERS, "--target", "city", "--model",
                "logistic", "--json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("distinct values; name the positive one with --positive"), run.err());
    }
}
