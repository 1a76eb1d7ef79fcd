package io.safesegment.core.campaign.stats;

import io.safesegment.core.campaign.CampaignException;
import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.DataImportException;
import io.safesegment.core.data.io.ColumnSpec;
import io.safesegment.core.data.io.CsvImport;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.data.io.TableImport;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Experiment results grouped by arm, in the order arms first appear. Outcomes are 0/1, true/false, yes/no (any
 * case); an empty revenue counts as 0 (no purchase), an empty outcome is an error naming the row and column.
 *
 * @param arms arm name → its rows
 * @param hasExposed whether an exposed column was present
 * @param hasClicked whether a clicked column was present
 * @param hasRevenue whether a revenue column was present
 */
public record ExperimentData(Map<String, Arm> arms, boolean hasExposed, boolean hasClicked, boolean hasRevenue) {

    /** One arm's outcomes. */
    public record Arm(String name, long exposed, long clicks, long conversions, double[] revenue) {
        /** Customers assigned to the arm. */
        public int n() {
            return revenue.length;
        }
    }

    /** Reads {@code file} with {@code columns}. */
    public static ExperimentData read(Path file, ExperimentColumns columns, Progress progress) {
        if (!Files.isRegularFile(file)) {
            throw new CampaignException(Message.of("campaign.error.fileNotFound", file.toString()));
        }
        Table table;
        try {
            List<String> header = CsvImport.preview(file, CsvImportOptions.defaults()).columns().stream()
                    .map(ColumnSpec::name).toList();
            if (!header.contains(columns.column("arm"))) {
                throw new CampaignException(Message.of("campaign.error.missingColumn", file.getFileName().toString(),
                        columns.column("arm"), "arm", String.join(", ", header)));
            }
            table = TableImport.load(file, CsvImportOptions.defaults().withColumnTypes(Map.of(
                    columns.column("arm"), ColumnType.TEXT)), progress).table();
        } catch (DataImportException e) {
            throw new CampaignException(Message.of("campaign.error.cannotRead", file.getFileName().toString(),
                    e.getMessage()));
        }
        return of(table, columns, file.getFileName().toString());
    }

    /** Groups an already loaded table; {@code source} names it in messages. */
    public static ExperimentData of(Table table, ExperimentColumns columns, String source) {
        Column<?> arm = required(table, columns, "arm", source);
        Column<?> converted = required(table, columns, "converted", source);
        Column<?> exposed = optional(table, columns, "exposed");
        Column<?> clicked = optional(table, columns, "clicked");
        Column<?> revenue = optional(table, columns, "revenue");
        Column<?> customer = optional(table, columns, "customer_id");
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, List<Double>> revenues = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int row = 0; row < table.rowCount(); row++) {
            int line = row + 2; // header is line 1
            if (arm.isMissing(row) || arm.getString(row).isBlank()) {
                throw new CampaignException(Message.of("campaign.error.emptyCell", source, line, arm.name()));
            }
            if (customer != null && !customer.isMissing(row) && !seen.add(customer.getString(row))) {
                throw new CampaignException(Message.of("campaign.error.duplicateCustomer", source, line,
                        customer.name()));
            }
            String name = arm.getString(row).trim();
            long[] c = counts.computeIfAbsent(name, k -> new long[3]);
            c[0] += exposed == null ? 0 : flag(exposed, row, source);
            c[1] += clicked == null ? 0 : flag(clicked, row, source);
            c[2] += flag(converted, row, source);
            revenues.computeIfAbsent(name, k -> new ArrayList<>()).add(revenue == null ? 0 : money(revenue, row,
                    source));
        }
        if (counts.isEmpty()) {
            throw new CampaignException(Message.of("campaign.error.noRows", source));
        }
        Map<String, Arm> arms = new LinkedHashMap<>();
        counts.forEach((name, c) -> arms.put(name, new Arm(name, c[0], c[1], c[2],
                revenues.get(name).stream().mapToDouble(Double::doubleValue).toArray())));
        return new ExperimentData(arms, exposed != null, clicked != null, revenue != null);
    }

    private static Column<?> required(Table table, ExperimentColumns columns, String role, String source) {
        String name = columns.column(role);
        if (!table.containsColumn(name)) {
            throw new CampaignException(Message.of("campaign.error.missingColumn", source, name, role,
                    String.join(", ", table.columnNames())));
        }
        return table.column(name);
    }

    private static Column<?> optional(Table table, ExperimentColumns columns, String role) {
        String name = columns.column(role);
        return table.containsColumn(name) ? table.column(name) : null;
    }

    private static int flag(Column<?> column, int row, String source) {
        String s = column.isMissing(row) ? "" : column.getString(row).trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "1", "1.0", "true", "yes", "y" -> {
                return 1;
            }
            case "0", "0.0", "false", "no", "n" -> {
                return 0;
            }
            default -> throw new CampaignException(s.isEmpty()
                    ? Message.of("campaign.error.emptyCell", source, row + 2, column.name())
                    : Message.of("campaign.error.notAFlag", source, row + 2, column.name()));
        }
    }

    private static double money(Column<?> column, int row, String source) {
        if (column.isMissing(row) || column.getString(row).isBlank()) {
            return 0;
        }
        try {
            double v = Double.parseDouble(column.getString(row).trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CampaignException(Message.of("campaign.error.notANumber", source, row + 2, column.name()));
        }
    }
}
