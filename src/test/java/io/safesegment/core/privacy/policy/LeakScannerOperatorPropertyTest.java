package io.safesegment.core.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.task.Progress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every operator of {@link OperatorFactory}, with extreme parameters, feeds the leak scan; the scan must report
 * exactly the output cells that still carry the original identifier — the whole value, or a run of
 * {@link LeakScanner#RUN_LENGTH} consecutive letters or digits of it (punctuation between them riding along, see
 * {@link IdentifierStrength#runs}) — and no other cell.
 *
 * <p>Why 6 (see {@link LeakScanner#RUN_LENGTH}): shorter runs are what accepted partial masks keep (first 3 + last 2
 * of a phone, last 4 of a card number); a 6-character run of a random identifier leaves ~2·10^9 candidates. The
 * generated identifiers share no 6-character run with one another, so "carries a run of the original" is decidable
 * from the value alone and the oracle below is exact. For realistic values (emails sharing a domain, phones sharing
 * a country code) a shared run is not a leak, so there the oracle is a range: at least the cells holding the whole
 * original, at most those holding any run of it.
 */
class LeakScannerOperatorPropertyTest {
    private static final KeyMaterial KEYS = KeyMaterial.fromSeed(new byte[] {9, 9, 9});
    private static final int ROWS = 120;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    /** Parameter sets pushed to their extremes; each is tried with every operator (irrelevant ones are ignored). */
    private static List<Map<String, Object>> extremes() {
        List<Map<String, Object>> p = new ArrayList<>();
        p.add(Map.of());
        // keepFirst or keepLast alone at Integer.MAX_VALUE makes today's char-mask count down 2^31 times per value;
        // its range validation belongs to the operator, so 1,000 stands in for "huge" here
        p.add(Map.of("keepFirst", 1000));
        p.add(Map.of("keepLast", 1000));
        p.add(Map.of("keepFirst", Integer.MAX_VALUE, "keepLast", Integer.MAX_VALUE)); // overflows to "keep all"
        p.add(Map.of("keepFirst", 100, "lettersAndDigitsOnly", false));
        p.add(Map.of("keepFirst", 6));
        p.add(Map.of("keepFirst", 5, "keepLast", 0));
        p.add(Map.of("keepFirst", 3, "keepLast", 3));
        p.add(Map.of("keepFirst", 0, "keepLast", 0, "maskChar", ""));
        p.add(Map.of("keepEmailDomain", true, "keepFirst", 1));
        p.add(Map.of("length", 0));
        p.add(Map.of("length", 1));
        p.add(Map.of("length", 6));
        p.add(Map.of("length", Integer.MAX_VALUE));
        p.add(Map.of("keep", 0));
        p.add(Map.of("keep", 5));
        p.add(Map.of("keep", 1000));
        p.add(Map.of("keep", 1000, "padToLength", false));
        p.add(Map.of("width", 1e-300));
        p.add(Map.of("width", 1e300, "origin", -1e300));
        p.add(Map.of("edges", List.of(-1e300, 0, 1e300)));
        p.add(Map.of("lower", -1e300, "upper", 1e300));
        p.add(Map.of("lower", 1e300));
        p.add(Map.of("prefix", ""));
        p.add(Map.of("value", ""));
        p.add(Map.of("salt", "s"));
        p.add(Map.of("kind", "NAME"));
        p.add(Map.of("kind", "EMAIL"));
        p.add(Map.of("kind", "PHONE"));
        p.add(Map.of("subjectColumn", "id", "maxDays", Integer.MAX_VALUE));
        p.add(Map.of("sigma", 1e-300, "seed", 1));
        p.add(Map.of("mechanism", "laplace", "epsilon", 1e300, "sensitivity", 1e-300));
        p.add(Map.of("k", 1));
        p.add(Map.of("k", 1_000_000));
        p.add(Map.of("alphabet", "ALPHANUMERIC"));
        p.add(Map.of("level", "DAY"));
        return p;
    }

    @Test
    void exactOracleOnIdentifiersThatShareNoRun() {
        Random random = new Random(20261205);
        Table text = Table.create("ids", StringColumn.create("id", uniqueRunIds(random, false)));
        Table numbers = Table.create("accounts", LongColumn.create("id",
                uniqueRunIds(random, true).stream().mapToLong(Long::parseLong).toArray()));
        int ran = 0;
        int leaking = 0;
        int clean = 0;
        for (Table table : List.of(text, numbers)) {
            List<String> originals = values(table.column("id"));
            for (String op : OperatorFactory.operatorIds()) {
                for (Map<String, Object> params : extremes()) {
                    Column<?> out = mask(table, op, params);
                    if (out == null) {
                        continue;
                    }
                    ran++;
                    int expected = 0;
                    for (int i = 0; i < out.size(); i++) {
                        expected += carriesOriginal(cell(out, i), originals, i, true) ? 1 : 0;
                    }
                    int reported = reportedOriginals(table, out);
                    assertEquals(expected, reported, op + " " + params + " on " + table.name());
                    if (expected > 0) {
                        leaking++;
                    } else {
                        clean++;
                    }
                }
            }
        }
        assertTrue(ran >= 100, "operator/parameter cases run: " + ran);
        assertTrue(leaking >= 10 && clean >= 10, "both kinds of cases occur: " + leaking + " leaking, " + clean + " clean");
    }

    @Test
    void rangeOracleOnRealisticIdentifiers() {
        Table samples = LeakScannerTest.samples != null ? LeakScannerTest.samples
                : io.safesegment.core.data.io.TableImport.load(java.nio.file.Path.of("sample-datasets/customers.csv"),
                io.safesegment.core.data.io.CsvImportOptions.defaults(), Progress.NONE).table();
        for (String column : List.of("email", "phone", "full_name", "national_id")) {
            Table table = Table.create(column, samples.column(column).first(ROWS).copy().setName("id"));
            List<String> originals = values(table.column("id"));
            for (String op : OperatorFactory.operatorIds()) {
                for (Map<String, Object> params : extremes()) {
                    Column<?> out = mask(table, op, params);
                    if (out == null) {
                        continue;
                    }
                    int whole = 0;
                    int anyRun = 0;
                    for (int i = 0; i < out.size(); i++) {
                        String s = cell(out, i);
                        whole += s != null && originals.get(i) != null && s.contains(originals.get(i)) ? 1 : 0;
                        anyRun += carriesOriginal(s, originals, i, false) ? 1 : 0;
                    }
                    int reported = reportedOriginals(table, out);
                    String what = op + " " + params + " on " + column + ": " + reported + " reported, " + whole
                            + " whole, " + anyRun + " with a run";
                    assertTrue(whole <= reported && reported <= anyRun, what);
                }
            }
        }
    }

    /** Masks column "id" (a direct identifier) with one rule; null when the operator refuses the parameters. */
    private static Column<?> mask(Table table, String op, Map<String, Object> params) {
        MaskingPolicy policy = new MaskingPolicy(1, "prop", 1, "prop", Instant.EPOCH,
                Map.of("id", ColumnRole.DIRECT_IDENTIFIER), List.of(new MaskingRule("id", op, params)));
        try {
            MaskResult result = MaskingEngine.apply(table, policy, KEYS, Progress.NONE);
            return result.masked().containsColumn("id") ? result.masked().column("id") : null;
        } catch (RuntimeException refused) { // an operator may reject an extreme parameter or a column type
            return null;
        }
    }

    private static int reportedOriginals(Table original, Column<?> out) {
        Table masked = Table.create("masked", out);
        LeakReport report = LeakScanner.scan(original, masked, Map.of("id", ColumnRole.DIRECT_IDENTIFIER), Progress.NONE);
        return report.leaks().stream().mapToInt(LeakReport.ColumnLeak::originalValues).sum();
    }

    /**
     * The oracle: the cell holds its own original whole or a run of {@link LeakScanner#RUN_LENGTH} characters of it,
     * or (when {@code othersToo}) another record's whole identifier.
     */
    private static boolean carriesOriginal(String s, List<String> originals, int row, boolean othersToo) {
        String v = originals.get(row);
        if (s == null || v == null) {
            return false;
        }
        if (s.contains(v)) {
            return true;
        }
        if (IdentifierStrength.runs(v).stream().anyMatch(r -> s.contains(r.text()))) {
            return true;
        }
        return othersToo && originals.stream().anyMatch(o -> o != null && s.contains(o));
    }

    private static String cell(Column<?> c, int row) {
        return c.isMissing(row) ? null : IdentifierStrength.normalise(c.getString(row));
    }

    private static List<String> values(Column<?> c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            out.add(cell(c, i));
        }
        return out;
    }

    /** Random identifiers (8–20 letters/digits, or 9–12 digits) no two of which share a run of 6 characters. */
    private static List<String> uniqueRunIds(Random random, boolean digitsOnly) {
        Set<String> runs = new HashSet<>();
        Map<String, Boolean> ids = new LinkedHashMap<>();
        while (ids.size() < ROWS) {
            StringBuilder sb = new StringBuilder();
            int length = digitsOnly ? 9 + random.nextInt(4) : 8 + random.nextInt(13);
            sb.append(digitsOnly ? (char) ('1' + random.nextInt(9)) : ALPHABET.charAt(random.nextInt(26)));
            while (sb.length() < length) {
                sb.append(ALPHABET.charAt(digitsOnly ? 26 + random.nextInt(10) : random.nextInt(ALPHABET.length())));
            }
            String id = sb.toString();
            List<String> own = new ArrayList<>();
            for (int i = 0; i + LeakScanner.RUN_LENGTH <= id.length(); i++) {
                own.add(id.substring(i, i + LeakScanner.RUN_LENGTH));
            }
            if (own.stream().noneMatch(runs::contains) && new HashSet<>(own).size() == own.size()) {
                runs.addAll(own);
                ids.put(id, true);
            }
        }
        return new ArrayList<>(ids.keySet());
    }
}
