package io.safesegment.core.segment.features;

import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads the customer, transaction and product CSV files the segment studio works on. Identifier columns are declared
 * as text so that leading zeros and {@code +} signs survive; everything else is inferred by Tablesaw.
 *
 * <p>This is the one place that knows how files are read, so that it can be replaced by the project's general
 * importer without touching the feature code.
 */
public final class SegmentTables {
    private static final Map<String, ColumnType> TEXT_COLUMNS = Map.ofEntries(
            Map.entry("customer_id", ColumnType.STRING), Map.entry("transaction_id", ColumnType.STRING),
            Map.entry("product_id", ColumnType.STRING), Map.entry("phone", ColumnType.STRING),
            Map.entry("national_id", ColumnType.STRING), Map.entry("postcode", ColumnType.STRING),
            Map.entry("email", ColumnType.STRING), Map.entry("full_name", ColumnType.STRING),
            Map.entry("gender", ColumnType.STRING), Map.entry("channel", ColumnType.STRING),
            Map.entry("category", ColumnType.STRING), Map.entry("city", ColumnType.STRING),
            Map.entry("loyalty_tier", ColumnType.STRING), Map.entry("marketing_opt_in", ColumnType.STRING),
            Map.entry("timestamp", ColumnType.LOCAL_DATE_TIME));

    private SegmentTables() {
    }

    /** Reads one CSV file. */
    public static Table read(Path file, Progress progress) {
        if (!Files.isRegularFile(file)) {
            throw new FeatureException("File not found: " + file + "; check the path");
        }
        progress.update(-1, "Reading " + file.getFileName());
        try {
            return Table.read().usingOptions(CsvReadOptions.builder(file.toFile())
                    .columnTypesPartial(TEXT_COLUMNS)
                    .missingValueIndicator("")
                    .build());
        } catch (UncheckedIOException e) {
            throw new FeatureException("Cannot read " + file + ": " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            throw new FeatureException("Cannot read " + file + " as CSV: " + e.getMessage()
                    + "; check that it is a comma-separated file with a header row");
        }
    }

    /** Reads customers and, when given (non-null), transactions and products. */
    public static CustomerData read(Path customers, Path transactions, Path products, Progress progress) {
        Table c = read(customers, progress);
        Table t = transactions == null ? null : read(transactions, progress);
        Table p = products == null ? null : read(products, progress);
        return new CustomerData(c, t, p);
    }

    /** Whether a path exists, for callers deciding on optional inputs. */
    public static boolean exists(Path path) {
        return path != null && Files.isRegularFile(path);
    }

    /** Wraps an {@link IOException} with the file name. */
    static FeatureException wrap(Path file, IOException e) {
        return new FeatureException("Cannot read " + file + ": " + e.getMessage());
    }
}
