package io.safesegment.spark;

import io.safesegment.core.data.ColumnType;
import io.safesegment.core.data.io.CsvImportOptions;
import io.safesegment.core.privacy.EngineMaskRelease;
import io.safesegment.core.privacy.policy.LeakReport;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.spark.sql.SparkSession;

/**
 * The release of a mask step whose policy has risk targets: the desktop measures the masked table before anything
 * is written, so Spark writes the masked output once into a hidden folder beside the target, measures that file
 * ({@link SparkRiskTargets}), lets {@link EngineMaskRelease} decide (missed targets, the override and its
 * permission, the leak scan, the budget charge) and only then moves the file into place; on a block or an error the
 * folder is deleted and no output is left.
 */
final class MaskRelease {
    /** The desktop's leak summary of a clean scan (the step's {@code leaks} detail when only risk blocked it). */
    static final String NO_LEAK = new LeakReport(List.of()).summary();

    private MaskRelease() {
    }

    /**
     * @param released the leak-scan and budget decision ({@link EngineMaskRelease#release}), asked after the measure
     * @return the bytes written, or -1 when nothing was released
     */
    static long measuredThenMoved(SparkSession spark, SparkFrame masked, Path out, MaskingPolicy policy,
                                  EngineMaskRelease release, BooleanSupplier released) throws IOException {
        Path hidden = out.resolveSibling("." + out.getFileName() + ".unreleased-" + UUID.randomUUID());
        Path unreleased = hidden.resolve(out.getFileName());
        try {
            Files.createDirectories(hidden);
            long bytes = SparkExport.csv(masked, unreleased); // the masking runs once, into the hidden folder
            SparkFrame written = SparkImport.read(spark, unreleased, CsvImportOptions.defaults()
                    .withColumnTypes(typesOf(masked.schema())), masked.roles());
            release.measured(SparkRiskTargets.measure(written, policy.roles(), policy.riskTargets()));
            if (!released.getAsBoolean()) {
                return -1;
            }
            Files.move(unreleased, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return bytes;
        } finally {
            SparkExport.deleteTree(hidden);
        }
    }

    private static Map<String, ColumnType> typesOf(ColumnsSchema schema) {
        Map<String, ColumnType> m = new HashMap<>();
        for (int i = 0; i < schema.size(); i++) {
            m.put(schema.names()[i], schema.types()[i]);
        }
        return m;
    }
}
