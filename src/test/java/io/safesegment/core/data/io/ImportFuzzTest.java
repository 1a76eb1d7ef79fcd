package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.safesegment.core.data.DataImportException;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Seeded random mutations of valid CSV and JSON files: every outcome must be a table or a
 * {@link DataImportException}; any other exception is a bug.
 */
class ImportFuzzTest {
    private static final int ITERATIONS = 2500;
    private static final byte[] SPECIAL = ",;\t|\"'\n\r\u0000{}[]:\\-+=.0 ".getBytes(StandardCharsets.ISO_8859_1);

    private static final String CSV = """
            customer_id,full_name,email,phone,birth_date,income,opt_in,city
            1,Ann Lee,ann@example.com,+8613800000001,1990-01-02,1200.5,true,北京
            2,"Smith, Bob",bob@example.com,+15550000002,1985-12-31,,false,"New
            York"
            3,Zoë,zoe@example.com,013800000003,2001-06-15,980,yes,Zürich
            4,"Quote ""Q""\",q@example.com,+8613800000004,1970-01-01,1000,no,上海
            """;
    private static final String JSON = """
            [{"id":1,"name":"Ann","tags":["a","b"],"income":1200.5,"born":"1990-01-02","ok":true},
             {"id":2,"name":"Bob","nested":{"x":1},"income":null,"born":"1985-12-31","ok":false},
             {"id":3,"name":"Zoë","income":980,"born":"2001-06-15"}]
            """;

    @TempDir
    Path dir;

    @Test
    void mutatedCsvGivesTableOrDataImportException() throws IOException {
        int[] outcomes = fuzz(CSV.getBytes(StandardCharsets.UTF_8), "f.csv", 11L, p -> {
            boolean skip = p.hashCode() % 2 == 0;
            return CsvImport.load(p, CsvImportOptions.defaults().withSkipBadRows(skip), Progress.NONE).table();
        });
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "both outcomes should occur: " + outcomes[0] + "/" + outcomes[1]);
    }

    @Test
    void mutatedJsonGivesTableOrDataImportException() throws IOException {
        int[] outcomes = fuzz(JSON.getBytes(StandardCharsets.UTF_8), "f.json", 23L,
                p -> JsonImport.load(p, Map.of(), Progress.NONE).table());
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "both outcomes should occur: " + outcomes[0] + "/" + outcomes[1]);
    }

    @Test
    void mutatedJsonLinesGivesTableOrDataImportException() throws IOException {
        String lines = "{\"a\":1,\"b\":\"x\"}\n{\"a\":2,\"c\":\"2024-01-01\"}\n{\"a\":3,\"b\":null}\n";
        int[] outcomes = fuzz(lines.getBytes(StandardCharsets.UTF_8), "f.jsonl", 37L,
                p -> JsonImport.load(p, Map.of(), Progress.NONE).table());
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "both outcomes should occur: " + outcomes[0] + "/" + outcomes[1]);
    }

    /** Returns {tables, import exceptions}. */
    private int[] fuzz(byte[] valid, String name, long seed, Function<Path, Table> load) throws IOException {
        Random random = new Random(seed);
        int[] outcomes = new int[2];
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] mutated = mutate(valid, random);
            Path p = dir.resolve(i + "-" + name);
            Files.write(p, mutated);
            try {
                assertNotNull(load.apply(p));
                outcomes[0]++;
            } catch (DataImportException e) {
                assertNotNull(e.getMessage());
                outcomes[1]++;
            } catch (RuntimeException | Error e) {
                fail("iteration " + i + " (seed " + seed + ") threw " + e, e);
            }
            Files.delete(p);
        }
        return outcomes;
    }

    static byte[] mutate(byte[] valid, Random random) {
        byte[] b = valid.clone();
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations; m++) {
            int len = b.length;
            int at = len == 0 ? 0 : random.nextInt(len);
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (len > 0) {
                        b[at] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> b = insert(b, at, new byte[] {SPECIAL[random.nextInt(SPECIAL.length)]});
                case 2 -> {
                    if (len > 0) {
                        int n = Math.min(len - at, 1 + random.nextInt(8));
                        byte[] c = new byte[len - n];
                        System.arraycopy(b, 0, c, 0, at);
                        System.arraycopy(b, at + n, c, at, len - at - n);
                        b = c;
                    }
                }
                case 3 -> b = java.util.Arrays.copyOf(b, len == 0 ? 0 : random.nextInt(len + 1));
                case 4 -> {
                    if (len > 0) {
                        int from = random.nextInt(len);
                        int n = Math.min(len - from, 1 + random.nextInt(40));
                        b = insert(b, at, java.util.Arrays.copyOfRange(b, from, from + n));
                    }
                }
                default -> {
                    byte[] noise = new byte[1 + random.nextInt(4)];
                    random.nextBytes(noise);
                    b = insert(b, at, noise);
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }
}
