package io.safesegment.core.segment.features;

import io.safesegment.core.i18n.Message;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.io.ColumnSpec;
import io.safesegment.core.data.io.CsvImport;
import io.safesegment.core.task.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import tech.tablesaw.api.Table;

/**
 * Reads the customer, transaction and product CSV files the segment studio works on. Columns that play an identifier
 * role ({@code customer_id}, {@code order_id}, {@code product_id}, suggested from the header or given by the user's
 * mapping) are declared as text so that leading zeros survive and ids of two files compare equal; text-like columns
 * stay text; numbers and dates are inferred by the importer.
 *
 * <p>This is the one place that knows how files are read, so that it can be replaced by the project's general
 * importer without touching the feature code.
 */
public final class SegmentTables {
    private static final Set<SemanticRole> ID_ROLES = Set.of(SemanticRole.CUSTOMER_ID, SemanticRole.ORDER_ID,
            SemanticRole.PRODUCT_ID);

    private SegmentTables() {
    }

    /** Reads one CSV file with the suggested roles. */
    public static Table read(Path file, Progress progress) {
        return read(file, RoleMapping.empty(), progress);
    }

    /** Reads one CSV file through the project's importer, declaring identifier and text-like columns as text. */
    public static Table read(Path file, RoleMapping overrides, Progress progress) {
        if (!Files.isRegularFile(file)) {
            throw new FeatureException(Message.of("segment.error.fileNotFound", file.toString()));
        }
        progress.report(-1, Message.of("progress.segment.reading", file.getFileName().toString()));
        try {
            CsvImportOptions options = CsvImportOptions.defaults();
            List<ColumnSpec> columns = CsvImport.preview(file, options).columns();
            RoleMapping roles = RoleSuggester.resolve(columns.stream().map(ColumnSpec::name).toList(),
                    overrides);
            Set<String> ids = new HashSet<>();
            roles.asMap().forEach((role, column) -> {
                if (ID_ROLES.contains(role)) {
                    ids.add(column);
                }
            });
            Map<String, ColumnType> declared = new LinkedHashMap<>();
            for (ColumnSpec column : columns) {
                ColumnType type = column.type();
                if (ids.contains(column.name()) || type == ColumnType.CATEGORY || type == ColumnType.BOOLEAN) {
                    declared.put(column.name(), ColumnType.TEXT);
                }
            }
            return TableImport.load(file, options.withColumnTypes(declared), progress).table();
        } catch (DataImportException e) {
            throw FeatureException.from(e);
        }
    }

    /** Reads customers and, when given (non-null), transactions and products, with the suggested roles. */
    public static CustomerData read(Path customers, Path transactions, Path products, Progress progress) {
        return read(customers, transactions, products, RoleMapping.empty(), progress);
    }

    /**
     * Reads customers and, when given (non-null), transactions and products; {@code overrides} (the user's
     * {@code --map}) replace the suggested roles in every file that has the column.
     */
    public static CustomerData read(Path customers, Path transactions, Path products, RoleMapping overrides,
                                    Progress progress) {
        Table c = read(customers, overrides, progress);
        Table t = transactions == null ? null : read(transactions, overrides, progress);
        Table p = products == null ? null : read(products, overrides, progress);
        return CustomerData.withRoles(c, t, p, overrides);
    }

    /** Whether a path exists, for callers deciding on optional inputs. */
    public static boolean exists(Path path) {
        return path != null && Files.isRegularFile(path);
    }

    /** Wraps an {@link IOException} with the file name. */
    static FeatureException wrap(Path file, IOException e) {
        return new FeatureException(Message.of("segment.error.cannotRead", file.toString(), e.getMessage()));
    }
}
