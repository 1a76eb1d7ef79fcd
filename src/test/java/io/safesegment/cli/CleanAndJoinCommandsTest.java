package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.safesegment.core.data.clean.CleaningPipeline;
import io.safesegment.core.data.clean.DropDuplicates;
import io.safesegment.core.data.clean.NormaliseText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headless parity with the Data section: clean with a saved step list, join with a match report. */
class CleanAndJoinCommandsTest {
    @TempDir
    Path dir;

    private Path customers() throws IOException {
        return Files.writeString(dir.resolve("customers.csv"), """
                customer_id,name,city
                C1,Ann,  berlin
                C2,Bo,Berlin
                C3,Cy,shanghai
                C3,Cy,shanghai
                C4,Di,
                """);
    }

    private Path orders() throws IOException {
        return Files.writeString(dir.resolve("orders.csv"), """
                order_id,cust,amount
                O1,C1,10.5
                O2,C1,3
                O3,C3,7
                O4,C9,1
                """);
    }

    private Path steps(CleaningPipeline pipeline) throws IOException {
        return Files.writeString(dir.resolve("steps.json"), pipeline.toJson());
    }

    @Test
    void cleanAppliesTheStepsTheUiSavesAndReportsEachStep() throws IOException {
        CleaningPipeline pipeline = CleaningPipeline.empty()
                .then(new NormaliseText("city", true, true, NormaliseText.TextCase.UPPER))
                .then(new DropDuplicates(List.of()));
        Path out = dir.resolve("clean.csv");
        CliRun r = CliRun.of("clean", customers().toString(), out.toString(), "--steps", steps(pipeline).toString(),
                "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode report = Json.mapper().readTree(r.out());
        assertEquals(5, report.get("rowsBefore").asInt());
        assertEquals(4, report.get("rows").asInt(), "the exact duplicate C3 row is dropped");
        assertEquals(2, report.get("steps").size());
        assertEquals(2, report.get("steps").get(1).get("number").asInt());
        assertEquals(4, report.get("steps").get(0).get("changedCells").asInt(), "every non-empty city changes");
        List<String> lines = Files.readAllLines(out);
        assertEquals("C1,Ann,BERLIN", lines.get(1));
        assertEquals(5, lines.size(), "header and four rows");
    }

    @Test
    void cleanWithAMissingColumnNamesItExitsOneAndWritesNothing() throws IOException {
        Path out = dir.resolve("never.csv");
        Path recipe = steps(CleaningPipeline.empty().then(new DropDuplicates(List.of("citty"))));
        CliRun r = CliRun.of("clean", customers().toString(), out.toString(), "--steps", recipe.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("safesegment clean: error: "), r.err());
        assertTrue(r.err().contains("citty") && r.err().contains("steps.json"), r.err());
        assertEquals(1, r.err().strip().lines().count());
        assertFalse(Files.exists(out));
    }

    @Test
    void cleanWithABrokenStepsFileNamesTheFile() throws IOException {
        Path recipe = Files.writeString(dir.resolve("broken-steps.json"), "[{\"type\": \"nonsense\"}");
        Path out = dir.resolve("never.csv");
        CliRun r = CliRun.of("clean", customers().toString(), out.toString(), "--steps", recipe.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("broken-steps.json"), r.err());
        assertFalse(Files.exists(out));

        CliRun missing = CliRun.of("clean", customers().toString(), out.toString(), "--steps",
                dir.resolve("nope.json").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nope.json") && missing.err().contains("not found"), missing.err());
    }

    @Test
    void cleanWithANullStepNamesTheStepInsteadOfANullPointerException() throws IOException {
        Path recipe = Files.writeString(dir.resolve("null-step.json"), "[null]");
        Path out = dir.resolve("never.csv");
        CliRun r = CliRun.of("clean", customers().toString(), out.toString(), "--steps", recipe.toString());
        assertEquals(1, r.exit());
        assertFalse(r.err().contains("NullPointerException"), r.err());
        assertTrue(r.err().contains("null-step.json: Step 1 is null"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void joinPrintsTheMatchReportForInnerAndLeftJoins() throws IOException {
        Path out = dir.resolve("joined.csv");
        CliRun inner = CliRun.of("join", orders().toString(), customers().toString(), out.toString(),
                "--on", "cust=customer_id", "--json");
        assertEquals(0, inner.exit(), inner.err());
        JsonNode report = Json.mapper().readTree(inner.out()).get("report");
        assertEquals(4, report.get("leftRows").asInt());
        assertEquals(5, report.get("rightRows").asInt());
        assertEquals(3, report.get("matchedLeftRows").asInt());
        assertEquals(1, report.get("unmatchedLeftRows").asInt(), "C9 has no customer");
        assertEquals(2, report.get("unmatchedRightRows").asInt(), "C2 and C4 ordered nothing");
        assertEquals(1, report.get("duplicateRightKeys").asInt(), "C3 twice");
        assertEquals(1, report.get("duplicateLeftKeys").asInt(), "C1 ordered twice");
        assertEquals(4, report.get("resultRows").asInt(), "O3 matches both C3 rows");
        assertEquals(5, Files.readAllLines(out).size());

        Path leftOut = dir.resolve("left.csv");
        CliRun left = CliRun.of("join", orders().toString(), customers().toString(), leftOut.toString(),
                "--on", "cust=customer_id", "--how", "left");
        assertEquals(0, left.exit(), left.err());
        assertTrue(left.out().contains("unmatched left: 1"), left.out());
        assertEquals(6, Files.readAllLines(leftOut).size(), "the unmatched order is kept");
    }

    @Test
    void joinOnAMissingColumnNamesItExitsOneAndWritesNothing() throws IOException {
        Path out = dir.resolve("never.csv");
        CliRun r = CliRun.of("join", orders().toString(), customers().toString(), out.toString(), "--on",
                "customer_id", "--json");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("safesegment join: error: "), r.err());
        assertTrue(r.err().contains("\"customer_id\"") && r.err().contains("orders"), r.err());
        assertFalse(Files.exists(out));

        CliRun badHow = CliRun.of("join", orders().toString(), customers().toString(), out.toString(), "--on",
                "cust=customer_id", "--how", "outer");
        assertTrue(badHow.exit() != 0);
        assertTrue(badHow.err().contains("--how takes inner or left"), badHow.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void joinNeverOverwritesAnInput() throws IOException {
        Path customers = customers();
        String before = Files.readString(customers);
        CliRun r = CliRun.of("join", orders().toString(), customers.toString(), customers.toString(), "--on",
                "cust=customer_id");
        assertEquals(1, r.exit());
        assertEquals(before, Files.readString(customers));
    }
}
