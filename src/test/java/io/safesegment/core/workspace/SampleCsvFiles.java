package io.safesegment.core.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Small generated stand-ins for the bundled sample datasets, so tests never depend on the real files in
 * {@code sample-datasets/} (which another part of the build produces). Seeded, hence reproducible.
 */
public final class SampleCsvFiles {
    /** Columns of the generated customers.csv. */
    public static final int CUSTOMER_COLUMNS = 6;

    private SampleCsvFiles() {
    }

    /** Writes customers.csv ({@code customers} rows), transactions.csv and products.csv into {@code dir}. */
    public static Path write(Path dir, int customers) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(42);
        StringBuilder c = new StringBuilder("customer_id,name,phone,postcode,city,income\n");
        for (int i = 1; i <= customers; i++) {
            c.append(String.format("C%05d,Customer %d,+86138%08d,0%05d,%s,%d%n", i, i, random.nextInt(100_000_000),
                    random.nextInt(100_000), i % 2 == 0 ? "Shanghai" : "Berlin", 20_000 + random.nextInt(90_000)));
        }
        Files.writeString(dir.resolve("customers.csv"), c, StandardCharsets.UTF_8);
        StringBuilder t = new StringBuilder("transaction_id,customer_id,product_id,amount\n");
        for (int i = 1; i <= customers * 3; i++) {
            t.append(String.format("T%06d,C%05d,P%03d,%d.50%n", i, 1 + random.nextInt(customers), 1 + random.nextInt(20),
                    random.nextInt(300)));
        }
        Files.writeString(dir.resolve("transactions.csv"), t, StandardCharsets.UTF_8);
        StringBuilder p = new StringBuilder("product_id,name,category\n");
        for (int i = 1; i <= 20; i++) {
            p.append(String.format("P%03d,Product %d,%s%n", i, i, i % 3 == 0 ? "Books" : "Garden"));
        }
        Files.writeString(dir.resolve("products.csv"), p, StandardCharsets.UTF_8);
        return dir;
    }
}
