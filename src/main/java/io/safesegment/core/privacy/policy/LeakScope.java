package io.safesegment.core.privacy.policy;

import io.safesegment.core.data.ColumnRole;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * What the {@link LeakScanner} compares an output cell with beyond its own record: the distinctive identifier values
 * of the whole input (minus those that are also values of a non-identifier column) and, per identifier column, a
 * deterministic sample of its values to tell a run kept from one person's value from a run many values share. The
 * desktop builds it from the whole table ({@link #of}); an engine that scans its output in chunks (Spark) gathers
 * the same scope over all chunks first, so that a leak crossing a chunk is found exactly as on the desktop.
 */
public interface LeakScope {
    /** Values per identifier column in the sample behind {@link #othersWith}. */
    int SAMPLE = GramSample.SAMPLE;

    /**
     * The identifier column whose distinctive value (of any record) occurs inside {@code text}, or null.
     *
     * @param text a normalised cell ({@link IdentifierStrength#normalise})
     */
    String distinctiveSource(String text);

    /** How many sampled values of identifier column {@code column}, other than {@code owner}, contain {@code run}. */
    int othersWith(String column, String run, String owner);

    /**
     * Every {@code step}-th present value of a column (in row order) is offered to the sample, until it holds
     * {@link #SAMPLE} distinct values.
     *
     * @param present the column's present (non-missing) values
     */
    static long sampleStep(long present) {
        return Math.max(1, present / SAMPLE);
    }

    /** The scope of a whole table, as the desktop scan uses it. */
    static LeakScope of(Table original, Map<String, ColumnRole> roles) {
        return TableLeakScope.of(original, roles);
    }
}
