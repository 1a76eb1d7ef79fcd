package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code campaign design|sample-size}, {@code rules} and {@code anomalies} on generated sample data. */
class CampaignCommandsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        CliTestSupport.Run r = CliTestSupport.run("generate-samples", "--out", dir.toString(), "--customers", "300",
                "--seed", "3");
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void sampleSizeJson() {
        CliTestSupport.Run r = CliTestSupport.run("campaign", "sample-size", "--baseline", "0.05", "--mde", "0.05",
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(435, r.json().get("perArm").asInt());
    }

    @Test
    void designWritesAnAssignmentListThatAbtestReadsBack() throws Exception {
        Path out = dir.resolve("assign.csv");
        CliTestSupport.Run r = CliTestSupport.run("campaign", "design", "--target",
                dir.resolve("customer_segments.csv").toString(), "--offers", "coupon,shipping", "--seed", "5",
                "--out", out.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = r.json();
        assertEquals(300, json.get("targetCustomers").asInt());
        assertEquals(60, json.get("arms").get(0).get("customers").asInt());
        assertEquals(5, json.get("seed").asInt());
        // Pretend the campaign ran: everyone in 'coupon' converted, nobody else.
        StringBuilder results = new StringBuilder("customer_id,arm,converted\n");
        Files.readAllLines(out).stream().skip(1).forEach(l -> {
            String[] f = l.split(",");
            results.append(f[0]).append(',').append(f[1]).append(',').append(f[1].equals("coupon") ? 1 : 0)
                    .append('\n');
        });
        Path res = dir.resolve("results.csv");
        Files.writeString(res, results);
        CliTestSupport.Run ab = CliTestSupport.run("abtest", "--results", res.toString(), "--json");
        assertEquals(0, ab.exitCode(), ab.err());
        assertEquals("control", ab.json().get("control").asText());
        assertEquals(120, ab.json().get("arms").get(1).get("conversions").asInt());
    }

    @Test
    void rulesJsonListsContractFields() {
        CliTestSupport.Run r = CliTestSupport.run("rules", "--transactions", dir.resolve("transactions.csv")
                .toString(), "--min-support", "0.002", "--min-confidence", "0.05", "--top", "10", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = r.json();
        assertEquals("customer_id+day", json.get("basketKey").asText());
        assertTrue(json.get("baskets").asInt() > 100);
        for (JsonNode rule : json.get("rules")) {
            for (String field : new String[] {"antecedent", "consequent", "support", "confidence", "lift"}) {
                assertTrue(rule.has(field), field);
            }
            assertTrue(rule.get("support").asDouble() >= 0.002 - 1e-12);
            assertTrue(rule.get("confidence").asDouble() >= 0.05 - 1e-12);
        }
    }

    @Test
    void rulesOnWholeCustomerHistoriesFindThePlantedBundles() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("rules", "--transactions", dir.resolve("transactions.csv")
                .toString(), "--basket", "CUSTOMER", "--min-support", "0.02", "--min-confidence", "0.1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("customer_id", r.json().get("basketKey").asText());
        assertEquals(300, r.json().get("baskets").asInt());
        assertTrue(r.json().get("rules").size() > 0);
        assertTrue(r.json().get("rules").get(0).get("lift").asDouble() > 1);
        // Something true: the strongest pair rules join products of the same planted bundle (ground truth, read
        // here only to check, never by the miner).
        java.util.Map<String, String> bundle = new java.util.HashMap<>();
        Files.readAllLines(dir.resolve("product_bundles.csv")).stream().skip(1).map(l -> l.split(","))
                .forEach(f -> bundle.put(f[0], f[1]));
        int pairs = 0;
        int same = 0;
        for (JsonNode rule : r.json().get("rules")) {
            if (rule.get("antecedent").size() == 1 && rule.get("consequent").size() == 1 && pairs < 20) {
                pairs++;
                same += bundle.get(rule.get("antecedent").get(0).asText())
                        .equals(bundle.get(rule.get("consequent").get(0).asText())) ? 1 : 0;
            }
        }
        assertTrue(pairs > 0 && same >= pairs * 0.8, same + " of " + pairs + " top pair rules within a bundle");
    }

    @Test
    void anomaliesJsonListsReasons() {
        CliTestSupport.Run r = CliTestSupport.run("anomalies", "--transactions", dir.resolve("transactions.csv")
                .toString(), "--top", "5", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = r.json();
        assertTrue(json.get("rows").asInt() > 1000);
        assertTrue(json.get("top").size() <= 5);
        json.get("top").forEach(t -> assertTrue(t.get("reasons").size() >= 1));
    }

    @Test
    void offersSimulateWritesALogThatEvaluateReads() {
        Path log = dir.resolve("offers-log.csv");
        CliTestSupport.Run sim = CliTestSupport.run("offers", "simulate", "--transactions",
                dir.resolve("transactions.csv").toString(), "--episodes", "300", "--steps", "4", "--points", "5",
                "--seed", "2", "--log-out", log.toString(), "--log-rows", "2000", "--json");
        assertEquals(0, sim.exitCode(), sim.err());
        JsonNode json = sim.json();
        assertEquals(7, json.get("policies").size());
        assertEquals(5, json.get("policies").get(0).get("curve").size());
        assertTrue(json.get("calibration").get("customers").asInt() > 100);
        assertEquals(2, json.get("options").get("seed").asInt());
        CliTestSupport.Run eval = CliTestSupport.run("offers", "evaluate", "--log", log.toString(), "--policy",
                "coupon-10", "--json");
        assertEquals(0, eval.exitCode(), eval.err());
        JsonNode estimate = eval.json().get("estimate");
        assertEquals(2000, estimate.get("rows").asInt());
        assertTrue(estimate.get("ipsCi").get("low").asDouble() <= estimate.get("ips").asDouble());
        assertTrue(estimate.has("doublyRobust"));
    }
}
