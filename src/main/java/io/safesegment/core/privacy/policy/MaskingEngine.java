package io.safesegment.core.privacy.policy;

import io.safesegment.core.privacy.mask.KeepOperator;
import io.safesegment.core.privacy.mask.MaskingContext;
import io.safesegment.core.privacy.mask.MaskingException;
import io.safesegment.core.privacy.mask.MaskingOperator;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.TransformKind;
import io.safesegment.core.task.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Applies a {@link MaskingPolicy} to a table. The input table is never modified; every operator reads the original
 * values (so per-subject operators see real subject ids even when the id column is itself pseudonymised).
 */
public final class MaskingEngine {
    private MaskingEngine() {
    }

    /**
     * Masks {@code table} with {@code policy}.
     *
     * @throws PolicyException naming the column when a rule refers to a missing column or cannot be applied
     */
    public static MaskResult apply(Table table, MaskingPolicy policy, KeyMaterial keys, Progress progress) {
        return apply(table, policy, keys, table.name(), progress);
    }

    /**
     * Masks {@code table} with {@code policy}; {@code datasetId} keys the protective randomness (noise) of this
     * dataset and names its privacy budget.
     *
     * @throws PolicyException naming the column when a rule refers to a missing column or cannot be applied
     */
    public static MaskResult apply(Table table, MaskingPolicy policy, KeyMaterial keys, String datasetId,
                                   Progress progress) {
        for (MaskingRule rule : policy.rules()) {
            if (!table.columnNames().contains(rule.column())) {
                throw new PolicyException("Policy '" + policy.id() + "' has a rule for column '" + rule.column()
                        + "', which is not in dataset '" + table.name() + "'");
            }
        }
        MaskingContext context = new MaskingContext(table, keys, datasetId);
        Table out = Table.create(table.name() + " (masked)");
        List<ColumnOutcome> outcomes = new ArrayList<>();
        int n = table.columnCount();
        for (int i = 0; i < n; i++) {
            progress.checkCancelled();
            Column<?> column = table.column(i);
            progress.update((double) i / n, "Masking column " + column.name());
            Optional<MaskingRule> rule = policy.ruleFor(column.name());
            MaskingOperator op = rule.map(OperatorFactory::create).orElseGet(KeepOperator::new);
            Column<?> masked;
            try {
                masked = op.apply(column, context);
            } catch (MaskingException e) {
                throw new PolicyException("Rule for column '" + column.name() + "': " + e.getMessage(), e);
            }
            if (masked != null) {
                out.addColumns(masked);
            }
            outcomes.add(new ColumnOutcome(column.name(), op.id(), masked == null ? TransformKind.REMOVED : op.kind()));
        }
        progress.update(1, "Masking complete");
        return new MaskResult(out, outcomes);
    }
}
