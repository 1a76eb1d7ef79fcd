package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The convert and profile commands: exit codes, one JSON document on stdout, one error line on stderr. */
class DataCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SafeSegmentCli.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path csv() throws IOException {
        Path in = dir.resolve("customers.csv");
        Files.writeString(in, "id;name;phone;income\n1;=HYPERLINK(\"x\");+8613800000001;1,5\n2;Bob;+15550000002;-2,25\n"
                + "3;bad;row\n");
        return in;
    }

    @Test
    void convertWritesJsonReportAndNeutralisedCsv() throws IOException {
        Path out = dir.resolve("out.csv");
        Run r = run("convert", csv().toString(), out.toString(), "--skip-bad-rows", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode report = Json.mapper().readTree(r.out());
        assertEquals(2, report.get("rows").asInt());
        assertEquals(1, report.get("skippedRows").asInt());
        assertEquals(4, report.get("issues").get(0).get("line").asInt());
        assertEquals(";", report.get("csvFormat").get("delimiter").asText());
        assertEquals(3, report.get("neutralisedCells").asInt(), "formula and both + phone numbers");
        String written = Files.readString(out);
        assertTrue(written.contains("'=HYPERLINK"), written);
        assertTrue(written.contains(",-2.25"), "negative numbers stay numbers: " + written);
    }

    @Test
    void convertFailsWithOneLineNamingTheLine() throws IOException {
        Run r = run("convert", csv().toString(), dir.resolve("o.json").toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("safesegment convert: error: "), r.err());
        assertTrue(r.err().contains("customers.csv line 4"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void convertRefusesToOverwriteInput() throws IOException {
        Path in = csv();
        Run r = run("convert", in.toString(), in.toString(), "--skip-bad-rows");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Refusing to overwrite"), r.err());
    }

    @Test
    void convertHonoursDeclaredTypesAndDelimiter() throws IOException {
        Path in = dir.resolve("p.txt");
        Files.writeString(in, "zip|n\n01234|7\n");
        Path out = dir.resolve("p.json");
        Run r = run("convert", in.toString(), out.toString(), "--delimiter", "|", "--type", "n=DECIMAL", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = Json.mapper().readTree(out.toFile());
        assertEquals("01234", rows.get(0).get("zip").asText());
        assertTrue(rows.get(0).get("n").isDouble());
    }

    @Test
    void badTypeOptionIsAUsageError() throws IOException {
        Run r = run("convert", csv().toString(), dir.resolve("o.csv").toString(), "--type", "n=MONEY");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown type"), r.err());
    }

    @Test
    void profilePrintsOneJsonDocument() throws IOException {
        Run r = run("profile", csv().toString(), "--skip-bad-rows", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = Json.mapper().readTree(r.out());
        JsonNode income = doc.get("profile").get("columns").get(3);
        assertEquals("income", income.get("name").asText());
        assertEquals(-0.375, income.get("mean").asDouble(), 1e-12);
        assertEquals(2, doc.get("profile").get("rows").asInt());
        assertEquals(20, income.get("histogram").get("counts").size());
    }

    @Test
    void profileTextOutput() throws IOException {
        Run r = run("profile", csv().toString(), "--skip-bad-rows");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 rows, 4 columns, 0 duplicate rows"), r.out());
    }
}
