package io.safesegment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClvCommandTest {
    private static final Path TRANSACTIONS = Path.of("sample-datasets/transactions.csv");

    @TempDir
    Path dir;

    @Test
    void fitsTheSampleTransactionsAndWritesCustomersAndTheLapsedSegment() throws Exception {
        Path out = dir.resolve("clv.csv");
        Path lapsed = dir.resolve("lapsed.csv");
        CliTestSupport.Run run = CliTestSupport.run("clv", "--transactions", TRANSACTIONS.toString(),
                "--calibration-end", "2025-06-30", "--horizon", "90", "--out",
                out.toString(), "--lapsed-out", lapsed.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        for (String f : List.of("r", "alpha", "a", "b", "logLikelihood")) {
            assertTrue(json.path("bgnbd").path(f).isNumber(), f);
        }
        // the sample's spend follows frequency (planted segments): Gamma-Gamma refused, observed mean spend used
        assertTrue(json.path("gammaGamma").isNull());
        assertEquals("observed-mean", json.path("spendModel").asText());
        assertTrue(json.path("top").get(0).path("clv").asDouble() > 0);
        assertTrue(json.path("bgnbd").path("logLikelihood").asDouble() < 0);
        assertEquals(5000, json.path("customers").asInt());
        assertTrue(json.path("spendCorrelation").isNumber());
        assertTrue(json.path("holdout").path("bins").size() > 0);
        List<String> rows = Files.readAllLines(out);
        assertEquals(5001, rows.size());
        assertTrue(rows.get(0).startsWith("customer_id,frequency,recency,T,monetary_value,p_alive"));
        List<String> segment = Files.readAllLines(lapsed);
        assertEquals("customer_id,segment,segment_name", segment.get(0));
        assertEquals(json.path("lapsed").asLong(), segment.stream().filter(l -> l.endsWith(",1,lapsed")).count());
    }

    @Test
    void refusesGammaGammaWhenSpendFollowsFrequencyButStillFitsBgNbd() {
        CliTestSupport.Run run = CliTestSupport.run("clv", "--transactions", TRANSACTIONS.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertTrue(json.path("gammaGamma").isNull());
        assertTrue(json.path("gammaGammaRefused").asText().contains("correlated"), json.toString());
        assertTrue(json.path("bgnbd").path("r").isNumber());
    }

    @Test
    void fitsGammaGammaWhenSpendIsIndependentOfFrequency() throws Exception {
        Path summary = dir.resolve("spend.csv");
        StringBuilder csv = new StringBuilder("customer_id,frequency,recency,T,monetary_value\n");
        for (int i = 0; i < 300; i++) {
            int f = i % 5;
            csv.append("c").append(i).append(',').append(f).append(',').append(f == 0 ? 0 : 10 + i % 20)
                    .append(",40,").append(f == 0 ? 0 : 20 + (i * 37) % 17).append('\n');
        }
        Files.writeString(summary, csv);
        CliTestSupport.Run run = CliTestSupport.run("clv", "--summary", summary.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        for (String f : List.of("p", "q", "v")) {
            assertTrue(json.path("gammaGamma").path(f).isNumber(), f);
        }
        assertEquals("gamma-gamma", json.path("spendModel").asText());
        assertTrue(Math.abs(json.path("spendCorrelation").asDouble()) < 0.3);
    }

    @Test
    void readsASummaryTableByRole() throws Exception {
        Path summary = dir.resolve("summary.csv");
        StringBuilder csv = new StringBuilder("id,freq,rec,age\n");
        for (int i = 0; i < 40; i++) {
            int f = i % 4;
            csv.append("c").append(i).append(',').append(f).append(',').append(f == 0 ? 0 : 3 + i % 7)
                    .append(',').append(20).append('\n');
        }
        Files.writeString(summary, csv);
        CliTestSupport.Run run = CliTestSupport.run("clv", "--summary", summary.toString(), "--map",
                "customer_id=id,frequency=freq,recency=rec,T=age", "--unit", "week", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertTrue(json.path("bgnbd").path("a").isNumber());
        assertTrue(json.path("gammaGamma").isNull()); // no monetary column mapped
        assertEquals(40, json.path("customers").asInt());
    }

    @Test
    void refusesTooFewRepeatBuyersWithAClearMessage() throws Exception {
        Path summary = dir.resolve("few.csv");
        Files.writeString(summary, "frequency,recency,T\n0,0,10\n1,4,10\n0,0,8\n");
        CliTestSupport.Run run = CliTestSupport.run("clv", "--summary", summary.toString(), "--json");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Only 1 of 3 customers bought more than once"), run.err());
        assertFalse(run.out().contains("{"));
    }
}
