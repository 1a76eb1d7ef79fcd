package io.safesegment.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.privacy.policy.IdentifierStrength;
import io.safesegment.core.privacy.policy.LeakScope;
import io.safesegment.core.task.Progress;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The hashed scope gathered over Spark partitions answers as the desktop's scope of the whole table: the same
 * distinctive values are found inside text (with the same source column), and every run of every identifier value
 * has the same count of other sampled values (the desktop's deterministic sample, rebuilt from per-partition
 * ordinals). The 5,007 sample customers are read in 64 kB partitions so that the ordinals cross partitions.
 */
class SparkLeakScopeTest {
    private static final Path CUSTOMERS = Path.of("sample-datasets/customers.csv");
    private static final Map<String, ColumnRole> ROLES = Map.of("customer_id", ColumnRole.DIRECT_IDENTIFIER,
            "full_name", ColumnRole.DIRECT_IDENTIFIER, "email", ColumnRole.DIRECT_IDENTIFIER,
            "phone", ColumnRole.DIRECT_IDENTIFIER, "national_id", ColumnRole.DIRECT_IDENTIFIER);

    @Test
    void keyedHashIsSipHash24() {
        // the reference vectors (key 00..0f) for the empty message and for the 8 bytes 00..07, which are the
        // UTF-16LE code units 0x0100 0x0302 0x0504 0x0706
        KeyedHash h = new KeyedHash(0x0706050403020100L, 0x0f0e0d0c0b0a0908L);
        assertEquals(0x726fdb47dd0e0e31L, h.of(""));
        assertEquals(0x93f5f5799a932462L, h.of("\u0100\u0302\u0504\u0706"));
        assertEquals(h.of("abc"), h.of("xabcx", 1, 4));
        assertNotEquals(h.of("abc"), KeyedHash.random().of("abc"));
    }

    @Test
    void theHashedScopeOfAllPartitionsAnswersAsTheWholeTable() {
        SparkSession spark = SparkSessions.get("local[2]");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "65536");
        HashedLeakScope hashed;
        try {
            SparkFrame frame = SparkImport.read(spark, CUSTOMERS, CsvImportOptions.defaults(), RoleMapping.empty());
            assertTrue(frame.rows().javaRDD().getNumPartitions() >= 8);
            hashed = SparkLeakScope.build(frame, ROLES);
        } finally {
            spark.conf().unset("spark.sql.files.maxPartitionBytes");
        }
        Table table = DatasetService.importFile(CUSTOMERS, CsvImportOptions.defaults(), Progress.NONE).table();
        LeakScope desktop = LeakScope.of(table, ROLES);
        int found = 0;
        int runs = 0;
        int shared = 0;
        for (Column<?> c : table.columns()) {
            for (int i = 0; i < c.size(); i++) {
                String v = c.isMissing(i) ? null : IdentifierStrength.normalise(c.getString(i));
                if (v == null) {
                    continue;
                }
                String text = "note: " + v + " (copied)";
                String expected = desktop.distinctiveSource(text);
                assertEquals(expected, hashed.distinctiveSource(text), c.name() + " row " + (i + 1));
                assertEquals(desktop.distinctiveSource(v), hashed.distinctiveSource(v), c.name() + " row " + (i + 1));
                found += expected == null ? 0 : 1;
                if (ROLES.containsKey(c.name())) {
                    for (IdentifierStrength.Run r : IdentifierStrength.runs(v)) {
                        int others = desktop.othersWith(c.name(), r.text(), v);
                        assertEquals(others, hashed.othersWith(c.name(), r.text(), v), c.name() + " row " + (i + 1));
                        runs++;
                        shared += others > 0 ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(found > 10_000, "distinctive identifiers found inside text: " + found);
        assertTrue(runs > 50_000 && shared > 1_000, runs + " runs compared, " + shared + " shared with others");
    }
}
