package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code safesegment run}: dry run, JSON step outcomes, --set overrides, rejection naming step/field/reason. */
class RunCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void noPassword() {
        PasswordOption.environment = Map.of();
    }

    @AfterEach
    void restore() {
        PasswordOption.environment = System.getenv();
    }

    private Path recipe(String steps) throws Exception {
        // Chinese column names and no column called customer_id: roles map them.
        Files.writeString(dir.resolve("交易.csv"), """
                顾客,时间,商品,金额
                A1,2025-01-02T10:00:00,P1,5.5
                A1,2025-02-02T10:00:00,P2,7
                B2,2025-03-02T10:00:00,P1,3
                C3,2025-03-05T10:00:00,P3,9
                """, StandardCharsets.UTF_8);
        Path r = dir.resolve("r.json");
        Files.writeString(r, "{\"recipeVersion\":1,\"name\":\"cli\",\"steps\":["
                + "{\"kind\":\"import\",\"name\":\"tx\",\"file\":\"交易.csv\","
                + "\"roles\":\"customer_id=顾客,timestamp=时间,product_id=商品,amount=金额\"}," + steps + "]}",
                StandardCharsets.UTF_8);
        return r;
    }

    @Test
    void dryRunValidatesAndWritesNothing() throws Exception {
        Path ws = dir.resolve("ws");
        var run = CliTestSupport.run("run", recipe("{\"kind\":\"rfm\",\"name\":\"rfm\",\"transactions\":\"tx\"}")
                .toString(), "--workspace", ws.toString(), "--dry-run", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = run.json();
        assertTrue(doc.get("dryRun").asBoolean());
        assertEquals("valid", doc.get("steps").get(1).get("status").asText());
        assertEquals("rfm", doc.get("steps").get(1).get("kind").asText());
        assertEquals(2, doc.get("steps").get(1).get("index").asInt());
        assertTrue(doc.get("steps").get(1).get("outputs").get("rfm").asText().endsWith("rfm.csv"));
        assertFalse(Files.exists(ws.resolve("exports")));
    }

    @Test
    void runPrintsEachStepAndWritesToExports() throws Exception {
        Path ws = dir.resolve("ws");
        var run = CliTestSupport.run("run", recipe("{\"kind\":\"rfm\",\"name\":\"rfm\",\"transactions\":\"tx\","
                + "\"referenceDate\":\"2025-01-01\"}").toString(), "--workspace", ws.toString(), "--json",
                "--set", "rfm.referenceDate=2025-12-31");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode step = run.json().get("steps").get(1);
        assertEquals("done", step.get("status").asText());
        assertEquals("2025-12-31", step.get("details").get("referenceDate").asText(), "--set overrides the recipe");
        assertEquals(4, Files.readAllLines(ws.resolve("exports/rfm.csv")).size());
        var audit = CliTestSupport.run("audit", "list", "--workspace", ws.toString(), "--action", "recipe-run",
                "--json");
        assertEquals(1, audit.json().get("entries").size(), "one audit entry per replay (issue 17 item 2)");
        assertTrue(audit.json().get("entries").get(0).get("detail").asText().contains("rfm:done"), audit.out());
    }

    @Test
    void rejectionNamesStepFieldAndReasonAndExitsOne() throws Exception {
        Path ws = dir.resolve("ws");
        var run = CliTestSupport.run("run", recipe("{\"kind\":\"recommend\",\"transactions\":\"tx\",\"seed\":1,"
                + "\"n\":\"ten\"}").toString(), "--workspace", ws.toString(), "--json");
        assertEquals(1, run.exitCode());
        JsonNode problem = run.json().get("problems").get(0);
        assertEquals(2, problem.get("step").asInt());
        assertEquals("n", problem.get("field").asText());
        assertTrue(run.err().contains("step 2 (n): wrong type"), run.err());
        assertFalse(Files.exists(ws.resolve("exports")));
    }

    @Test
    void aKeyNeededWithoutPasswordIsRejectedBeforeAnythingRuns() throws Exception {
        Path ws = dir.resolve("ws");
        var run = CliTestSupport.run("run", recipe("{\"kind\":\"export\",\"input\":\"tx\",\"output\":\"t.csv\","
                + "\"sign\":{\"vaultKey\":\"signing\"}}").toString(), "--workspace", ws.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("step 2 (sign.vaultKey): needs key 'signing'"), run.err());
    }

    @Test
    void aRefusedReplayIsAuditedAsAFailureWithoutCreatingAWorkspace() throws Exception {
        Path ws = dir.resolve("ws-audited");
        String recipe = recipe("{\"kind\":\"recommend\",\"transactions\":\"tx\",\"seed\":1,\"n\":\"ten\"}")
                .toString();
        Path absent = dir.resolve("ws-absent");
        assertEquals(1, CliTestSupport.run("run", recipe, "--workspace", absent.toString()).exitCode());
        assertFalse(Files.exists(absent.resolve("workspace.db")), "a refused run creates no workspace to audit in");

        assertEquals(0, CliTestSupport.run("workspace", "--workspace", ws.toString()).exitCode());
        assertEquals(1, CliTestSupport.run("run", recipe, "--workspace", ws.toString()).exitCode());
        var audit = CliTestSupport.run("audit", "list", "--workspace", ws.toString(), "--action", "recipe-run",
                "--json");
        JsonNode entry = audit.json().get("entries").get(0);
        assertEquals("failure", entry.get("outcome").asText());
        assertEquals("error=RecipeException", entry.get("detail").asText());
    }
}
