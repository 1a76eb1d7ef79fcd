package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCommandsTest {
    private static final String RETAIL = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
            + "536365,85123A,=HYPERLINK(\"x\"),6,2010-12-01 08:26,2.55,17850,United Kingdom\n"
            + "536366,22633,茶杯,-2,2010-12-01 08:28,1.85,NA,中国\n";

    @Test
    void importListAndExportRoundTrip(@TempDir Path tmp) throws Exception {
        Path original = Files.writeString(tmp.resolve("Online Retail.csv"), RETAIL);
        byte[] before = Files.readAllBytes(original);
        String ws = tmp.resolve("ws").toString();

        CliTestSupport.Run imported = CliTestSupport.run("import", original.toString(), "--workspace", ws,
                "--name", "零售", "--map", "customer_id=CustomerID,order_id=InvoiceNo,quantity=Quantity,"
                        + "unit_price=UnitPrice,timestamp=InvoiceDate", "--type", "CustomerID=TEXT", "--json");
        assertEquals(0, imported.exitCode(), imported.err());
        JsonNode d = imported.json();
        assertEquals("零售", d.get("name").asText());
        assertEquals("imported", d.get("kind").asText());
        assertEquals(2, d.get("rows").asLong());
        assertEquals("CustomerID", d.get("roles").get("semantic").get("customer_id").asText());
        assertEquals("TEXT", d.get("columns").get(6).get("type").asText());
        assertEquals(64, d.get("fingerprint").asText().length());
        assertTrue(Path.of(d.get("file").asText()).startsWith(tmp.resolve("ws").resolve("data")));
        assertArrayEquals(before, Files.readAllBytes(original), "the original is only read");

        CliTestSupport.Run listed = CliTestSupport.run("datasets", "--workspace", ws, "--json");
        assertEquals(0, listed.exitCode(), listed.err());
        JsonNode first = listed.json().get("datasets").get(0);
        for (String field : new String[] {"id", "name", "kind", "file", "rows", "columns", "roles", "parents",
                "steps", "fingerprint", "createdAt"}) {
            assertTrue(first.has(field), "datasets --json has " + field + ": " + first);
        }
        assertTrue(first.get("roles").has("privacy"), first.toString());
        assertEquals("import", first.get("steps").get(0).get("kind").asText());
        assertFalse(first.toString().contains("17850"), "lineage never holds personal values");

        Path out = tmp.resolve("out.csv");
        CliTestSupport.Run exported = CliTestSupport.run("export", "--workspace", ws, "--dataset", "零售",
                "--out", out.toString(), "--json");
        assertEquals(0, exported.exitCode(), exported.err());
        assertEquals(1, exported.json().get("neutralisedCells").asLong());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.contains("'=HYPERLINK"), written);
        assertTrue(written.contains("茶杯"), written);

        CliTestSupport.Run byId = CliTestSupport.run("export", "--workspace", ws, "--dataset",
                first.get("id").asText(), "--out", tmp.resolve("out.json").toString());
        assertEquals(0, byId.exitCode(), byId.err());
        assertTrue(Files.readString(tmp.resolve("out.json")).startsWith("["));

        CliTestSupport.Run text = CliTestSupport.run("datasets", "--workspace", ws);
        assertTrue(text.out().contains("零售") && text.out().contains("imported"), text.out());
    }

    @Test
    void badInputFailsClearly(@TempDir Path tmp) throws Exception {
        Path original = Files.writeString(tmp.resolve("retail.csv"), RETAIL);
        String ws = tmp.resolve("ws").toString();
        assertEquals(0, CliTestSupport.run("import", original.toString(), "--workspace", ws).exitCode());

        CliTestSupport.Run unknown = CliTestSupport.run("export", "--workspace", ws, "--dataset", "customers",
                "--out", tmp.resolve("x.csv").toString());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("no dataset 'customers'") && unknown.err().contains("retail.csv"),
                unknown.err());

        Path existing = Files.writeString(tmp.resolve("keep.csv"), "precious\n");
        CliTestSupport.Run refused = CliTestSupport.run("export", "--workspace", ws, "--dataset", "retail.csv",
                "--out", existing.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("already exists"), refused.err());
        assertEquals("precious\n", Files.readString(existing));
        assertEquals(0, CliTestSupport.run("export", "--workspace", ws, "--dataset", "retail.csv",
                "--out", existing.toString(), "--force").exitCode());
        assertTrue(Files.readString(existing).startsWith("InvoiceNo"));

        Path ownFile = tmp.resolve("ws").resolve("data").resolve("retail.csv");
        byte[] own = Files.readAllBytes(ownFile);
        CliTestSupport.Run overOwn = CliTestSupport.run("export", "--workspace", ws, "--dataset", "retail.csv",
                "--out", ownFile.toString(), "--force", "--format", "tsv");
        assertEquals(1, overOwn.exitCode());
        assertTrue(overOwn.err().contains("file of dataset 'retail.csv'"), overOwn.err());
        assertArrayEquals(own, Files.readAllBytes(ownFile));

        CliTestSupport.Run missing = CliTestSupport.run("import", tmp.resolve("nope.csv").toString(), "--workspace", ws);
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nope.csv"), missing.err());

        CliTestSupport.Run badMap = CliTestSupport.run("import", original.toString(), "--workspace", ws,
                "--map", "customer=CustomerID");
        assertEquals(2, badMap.exitCode());
        assertTrue(badMap.err().contains("Unknown role 'customer'"), badMap.err());

        CliTestSupport.Run badColumn = CliTestSupport.run("import", original.toString(), "--workspace", ws,
                "--map", "customer_id=customer_id");
        assertEquals(1, badColumn.exitCode());
        assertTrue(badColumn.err().contains("no column 'customer_id'"), badColumn.err());
        assertEquals(1, CliTestSupport.run("datasets", "--workspace", ws, "--json").json().get("datasets").size(),
                "failed imports register nothing");
    }
}
