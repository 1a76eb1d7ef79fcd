package io.safesegment.ui.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The first customers of the bundled samples (customer ids are sorted, so their transactions come first). */
final class ValueSamples {
    static final int CUSTOMERS = 800;

    private ValueSamples() {
    }

    /** Writes customers.csv, transactions.csv (and all products.csv) of the first {@value #CUSTOMERS} customers into {@code dir}. */
    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<String> lines = Files.lines(Path.of("sample-datasets/customers.csv"))) {
            Files.write(dir.resolve("customers.csv"), lines.limit(CUSTOMERS + 1L).toList());
        }
        String last = String.format("C%07d", CUSTOMERS);
        try (Stream<String> lines = Files.lines(Path.of("sample-datasets/transactions.csv"))) {
            Files.write(dir.resolve("transactions.csv"), lines.filter(l -> l.startsWith("transaction_id")
                    || l.split(",", 3)[1].compareTo(last) <= 0).toList());
        }
        Files.copy(Path.of("sample-datasets/products.csv"), dir.resolve("products.csv"));
        return dir;
    }
}
