package io.safesegment.core.value;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.SemanticRole;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.DerivedDatasets;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.i18n.Message;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Customer value: CLV (BG/NBD + Gamma-Gamma), churn / lapse, and purchase-intent classifiers. The CLI commands
 * {@code clv} and {@code intent} and the GUI's Value section call it; it reads columns by role and works on masked
 * datasets as well as raw ones (ids are carried through as they are).
 */
public final class ValueService {
    private ValueService() {
    }

    /**
     * A CLV request: exactly one of {@code transactions} and {@code summary}.
     *
     * @param transactions   transactions file (customer id, timestamp, optional amount roles), or null
     * @param summary        summary file (frequency, recency, T, optional monetary), or null
     * @param roles          role → column overrides for the transactions
     * @param summaryColumns role → column overrides for the summary
     * @param options        model settings
     * @param out            per-customer CSV, or null
     * @param lapsedOut      lapsed-customer segment assignment CSV, or null
     * @param workspace      workspace to keep the lapsed segment in as a derived dataset, or null
     */
    public record ClvRequest(Path transactions, Path summary, RoleMapping roles, SummaryColumns summaryColumns,
                             ClvOptions options, Path out, Path lapsedOut, Path workspace) {
        /** Validates. */
        public ClvRequest {
            if ((transactions == null) == (summary == null)) {
                throw new io.safesegment.core.i18n.LocalizedArgumentException(Message.of("value.error.oneInput"));
            }
            roles = roles == null ? RoleMapping.empty() : roles;
            summaryColumns = summaryColumns == null ? SummaryColumns.parse(null) : summaryColumns;
            options = options == null ? ClvOptions.defaults() : options;
        }

        Path input() {
            return transactions != null ? transactions : summary;
        }
    }

    /** Reads the input, fits, scores, writes the requested files and keeps the lapsed segment when asked. */
    public static ClvResult clv(ClvRequest request, Progress progress) throws IOException {
        for (Path target : new Path[] {request.out(), request.lapsedOut()}) {
            if (target != null) {
                AtomicFiles.requireNotSameFile(request.input(), target);
            }
        }
        ClvResult result;
        if (request.transactions() != null) {
            Table t = SegmentTables.read(request.transactions(), request.roles(), progress.slice(0, 0.2));
            result = clv(t, request.roles(), request.options(), progress.slice(0.2, 1));
        } else {
            Table t = SegmentTables.read(request.summary(), progress.slice(0, 0.1));
            result = clvFromSummary(t, request.summaryColumns(), request.options(), progress.slice(0.1, 1));
        }
        if (request.out() != null) {
            ValueFiles.writeCustomers(request.out(), result);
        }
        if (request.lapsedOut() != null) {
            ValueFiles.writeSegment(request.lapsedOut(), result);
        }
        if (request.workspace() != null) {
            keepLapsedSegment(Workspace.open(request.workspace()), result, List.of(request.input()));
        }
        return result;
    }

    /** CLV of a transactions table the caller holds. */
    public static ClvResult clv(Table transactions, RoleMapping roles, ClvOptions options, Progress progress) {
        PurchaseLog log = PurchaseLog.read(transactions, roles, progress.slice(0, 0.2));
        return ClvAnalysis.run(log, options, progress.slice(0.2, 1));
    }

    /**
     * CLV of transactions grouped per customer elsewhere ({@link ClvCustomers}, e.g. by the Spark engine): the same
     * fits, scores and hold-out check as {@link #clv(Table, RoleMapping, ClvOptions, Progress)} on the transactions.
     */
    public static ClvResult clv(ClvCustomers customers, ClvOptions options, Progress progress) {
        return ClvAnalysis.run(customers, options, progress);
    }

    /** CLV of a summary table the caller holds. */
    public static ClvResult clvFromSummary(Table summary, SummaryColumns columns, ClvOptions options,
                                           Progress progress) {
        return ClvAnalysis.run(SummaryTable.read(summary, columns), options, progress);
    }

    /** Writes the per-customer figures as CSV. */
    public static void writeCustomers(Path file, ClvResult result) throws IOException {
        ValueFiles.writeCustomers(file, result);
    }

    /** Writes the lapsed segment as {@code customer_id,segment,segment_name} (1 = lapsed, 2 = active). */
    public static void writeLapsedSegment(Path file, ClvResult result) throws IOException {
        ValueFiles.writeSegment(file, result);
    }

    /**
     * Keeps the lapsed segment as a {@link DatasetKind#DERIVED} dataset with the customer id and segment roles, so the
     * Segments and Recommendations sections can pick it like a segmentation's assignments; its lineage step records
     * the churn rule and the model parameters, never a customer's values.
     */
    public static Dataset keepLapsedSegment(Workspace workspace, ClvResult result, List<Path> inputs) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("inactiveDays", result.options().churn().inactiveDays());
        parameters.put("aliveBelow", result.options().churn().aliveBelow());
        parameters.put("unit", result.options().unit().cliName());
        parameters.put("r", result.bgnbd().r());
        parameters.put("alpha", result.bgnbd().alpha());
        parameters.put("a", result.bgnbd().a());
        parameters.put("b", result.bgnbd().b());
        parameters.put("lapsed", result.lapsedCount());
        RoleMapping roles = RoleMapping.of(Map.of(SemanticRole.CUSTOMER_ID, "customer_id",
                SemanticRole.SEGMENT, "segment_name"));
        return DerivedDatasets.keep(workspace, "lapsed customers", ValueFiles.lapsedSegment(result),
                DatasetKind.DERIVED, Map.of(), roles, new ArrayList<>(inputs), new LineageStep("lapse", parameters));
    }

    /**
     * A purchase-intent request.
     *
     * @param customers    customers file (one row per customer; the target column when predicting a column)
     * @param transactions transactions file, or null (needed for the horizon target and RFM features)
     * @param products     products file for category shares, or null
     * @param roles        role → column overrides (applied to each file where the column exists)
     * @param target       what to predict
     * @param features     feature names, or empty for the automatic choice
     * @param options      models, folds, seed, calibration
     * @param out          per-customer out-of-fold probabilities CSV, or null
     */
    public record IntentRequest(Path customers, Path transactions, Path products, RoleMapping roles,
                                IntentTarget target, List<String> features, IntentOptions options, Path out) {
        /** Validates. */
        public IntentRequest {
            java.util.Objects.requireNonNull(customers, "customers");
            java.util.Objects.requireNonNull(target, "target");
            java.util.Objects.requireNonNull(options, "options");
            roles = roles == null ? RoleMapping.empty() : roles;
            features = features == null ? List.of() : List.copyOf(features);
        }
    }

    /** Reads the files, builds features and target, and compares the classifiers by stratified k-fold. */
    public static IntentResult intent(IntentRequest request, Progress progress) throws IOException {
        if (request.out() != null) {
            for (Path in : new Path[] {request.customers(), request.transactions(), request.products()}) {
                if (in != null) {
                    AtomicFiles.requireNotSameFile(in, request.out());
                }
            }
        }
        Table customers = SegmentTables.read(request.customers(), request.roles(), progress.slice(0, 0.05));
        Table transactions = request.transactions() == null ? null
                : SegmentTables.read(request.transactions(), request.roles(), progress.slice(0.05, 0.15));
        Table products = request.products() == null ? null
                : SegmentTables.read(request.products(), request.roles(), progress.slice(0.15, 0.2));
        IntentResult result = intent(customers, request.roles(), transactions, request.roles(), products,
                request.target(), request.features(), request.options(), progress.slice(0.2, 1));
        if (request.out() != null) {
            writeIntentScores(request.out(), result);
        }
        return result;
    }

    /** Purchase intent on tables the caller holds. */
    public static IntentResult intent(Table customers, RoleMapping customerRoles, Table transactions,
                                      RoleMapping transactionRoles, Table products, IntentTarget target,
                                      List<String> features, IntentOptions options, Progress progress) {
        IntentData data = IntentDataBuilder.build(customers, customerRoles, transactions, transactionRoles, products,
                target.column(), target.positive(), target.horizonDays(), features, progress.slice(0, 0.2));
        return IntentEvaluation.run(data, options, progress.slice(0.2, 1));
    }

    /** Writes {@code customer_id,<model>…}: each model's out-of-fold probability of the positive class. */
    public static void writeIntentScores(Path file, IntentResult result) throws IOException {
        AtomicFiles.write(file, false, os -> {
            java.io.BufferedWriter w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os,
                    java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            w.write("customer_id");
            for (IntentModelResult m : result.models()) {
                w.write("," + m.model().cliName());
            }
            w.write("\n");
            for (int i = 0; i < result.customerIds().size(); i++) {
                w.write(ValueFiles.csv(result.customerIds().get(i)));
                for (IntentModelResult m : result.models()) {
                    w.write(String.format(java.util.Locale.ROOT, ",%.6f", m.probabilities()[i]));
                }
                w.write("\n");
            }
            w.flush();
        });
    }

    /** The customers ordered by CLV (or expected purchases without spend), highest first, at most {@code n}. */
    public static List<CustomerValue> topCustomers(ClvResult result, int n) {
        boolean spend = result.spendModel() != SpendModel.NONE;
        return result.customers().stream().sorted((a, b) -> spend ? Double.compare(b.clv(), a.clv())
                : Double.compare(b.expectedPurchases(), a.expectedPurchases())).limit(n).toList();
    }
}
