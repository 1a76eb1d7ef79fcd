package io.safesegment.core.privacy.policy;

import io.safesegment.core.i18n.LocalizedMessage;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.privacy.mask.KeepOperator;
import io.safesegment.core.privacy.mask.MaskingContext;
import io.safesegment.core.privacy.mask.MaskingException;
import io.safesegment.core.privacy.mask.MaskingOperator;
import io.safesegment.core.privacy.mask.KeyMaterial;
import io.safesegment.core.privacy.mask.TransformKind;
import io.safesegment.core.task.Futures;
import io.safesegment.core.task.Progress;
import io.safesegment.core.task.WorkerPool;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Applies a {@link MaskingPolicy} to a table. The input table is never modified; every operator reads the original
 * values (so per-subject operators see real subject ids even when the id column is itself pseudonymised). Columns
 * are independent, so they are masked in parallel on the {@link WorkerPool}; the calling thread reports progress and
 * checks cancellation while it waits.
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
                throw new PolicyException(Message.of("policy.maskingEngine.policy", policy.id(), rule.column(), table.name()));
            }
        }
        // Columns are masked in parallel on the worker pool; key look-ups are serialised because key stores need
        // not be thread-safe (they are asked once per keyed column, so this costs nothing).
        Object keyLock = new Object();
        KeyMaterial serialKeys = (name, purpose) -> {
            synchronized (keyLock) {
                return keys.secretKey(name, purpose);
            }
        };
        MaskingContext context = new MaskingContext(table, serialKeys, datasetId);
        int n = table.columnCount();
        List<MaskingOperator> operators = new ArrayList<>(n);
        List<Future<Column<?>>> futures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Column<?> column = table.column(i);
            MaskingOperator op = policy.ruleFor(column.name()).map(OperatorFactory::create).orElseGet(KeepOperator::new);
            operators.add(op);
            futures.add(WorkerPool.executor().submit(() -> op.apply(column, context)));
        }
        Table out = Table.create(table.name() + " (masked)");
        List<ColumnOutcome> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Column<?> column = table.column(i);
                MaskingOperator op = operators.get(i);
                Column<?> masked;
                try {
                    masked = Futures.await(futures.get(i), progress, (double) i / n,
                            Message.of("progress.mask.column", column.name()));
                } catch (MaskingException e) {
                    throw new PolicyException(Message.of("policy.maskingEngine.ruleForColumn", column.name(), LocalizedMessage.of(e)), e);
                }
                if (masked != null) {
                    out.addColumns(masked);
                }
                outcomes.add(new ColumnOutcome(column.name(), op.id(),
                        masked == null ? TransformKind.REMOVED : op.kind()));
            }
        } finally {
            futures.forEach(f -> f.cancel(false));
        }
        progress.report(1, Message.of("progress.mask.done"));
        return new MaskResult(out, outcomes);
    }

}
