package io.safesegment.core.segment.features;

import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.data.io.CsvImport;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import tech.tablesaw.api.Table;

/**
 * Reads the customer, transaction and product CSV files the segment studio works on. Identifier columns are declared
 * as text so that leading zeros and {@code +} signs survive; everything else is inferred by Tablesaw.
 *
 * <p>This is the one place that knows how files are read, so that it can be replaced by the project's general
 * importer without touching the feature code.
 */
public final class SegmentTables {
    private static final io.safesegment.core.data.ColumnType TEXT = io.safesegment.core.data.ColumnType.TEXT;
    private static final Map<String, io.safesegment.core.data.ColumnType> TEXT_COLUMNS = Map.ofEntries(
            Map.entry("customer_id", TEXT), Map.entry("transaction_id", TEXT), Map.entry("product_id", TEXT),
            Map.entry("phone", TEXT), Map.entry("national_id", TEXT), Map.entry("postcode", TEXT),
            Map.entry("email", TEXT), Map.entry("full_name", TEXT), Map.entry("gender", TEXT),
            Map.entry("channel", TEXT), Map.entry("category", TEXT), Map.entry("city", TEXT),
            Map.entry("loyalty_tier", TEXT), Map.entry("marketing_opt_in", TEXT),
            Map.entry("timestamp", io.safesegment.core.data.ColumnType.DATE_TIME));

    private SegmentTables() {
    }

    /** Reads one CSV file through the project's importer, declaring the identifier and category columns as text. */
    public static Table read(Path file, Progress progress) {
        if (!Files.isRegularFile(file)) {
            throw new FeatureException("File not found: " + file + "; check the path");
        }
        progress.update(-1, "Reading " + file.getFileName());
        try {
            CsvImportOptions options = CsvImportOptions.defaults();
            Map<String, io.safesegment.core.data.ColumnType> declared = new java.util.LinkedHashMap<>();
            for (var column : CsvImport.preview(file, options).columns()) {
                if (TEXT_COLUMNS.containsKey(column.name())) {
                    declared.put(column.name(), TEXT_COLUMNS.get(column.name()));
                }
            }
            return TableImport.load(file, options.withColumnTypes(declared), progress).table();
        } catch (DataImportException e) {
            throw new FeatureException(e.getMessage());
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
