package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code safesegment abtest --json}: the contract fields per arm. */
class AbTestCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonHasContractFieldsPerArm() throws Exception {
        StringBuilder csv = new StringBuilder("id,group,exposed,clicked,converted,revenue\n");
        for (int i = 0; i < 2000; i++) {
            csv.append("K").append(i).append(",ctl,1,0,").append(i < 200 ? 1 : 0).append(",0\n");
            csv.append("T").append(i).append(",new,1,0,").append(i < 250 ? 1 : 0).append(",0\n");
        }
        Path file = dir.resolve("r.csv");
        Files.writeString(file, csv);
        CliTestSupport.Run r = CliTestSupport.run("abtest", "--results", file.toString(), "--map",
                "customer_id=id,arm=group", "--control", "ctl", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = r.json();
        assertEquals("ctl", json.get("control").asText());
        JsonNode arm = json.get("arms").get(1);
        assertEquals("new", arm.get("arm").asText());
        assertEquals(2000, arm.get("n").asInt());
        assertEquals(250, arm.get("conversions").asInt());
        assertEquals(0.125, arm.get("rate").asDouble(), 1e-12);
        assertEquals(2, arm.get("ci").size());
        assertEquals(0.012350947711191423, arm.get("pValue").asDouble(), 1e-9);
        assertEquals(0.25, arm.get("lift").asDouble(), 1e-12);
        assertTrue(json.get("arms").get(0).get("pValue").isNull());
        assertTrue(json.get("warnings").get(0).asText().contains("peeking"));

        CliTestSupport.Run bad = CliTestSupport.run("abtest", "--results", file.toString(), "--json");
        assertTrue(bad.exitCode() != 0);
        assertTrue(bad.err().contains("'arm'"), bad.err());
    }
}
