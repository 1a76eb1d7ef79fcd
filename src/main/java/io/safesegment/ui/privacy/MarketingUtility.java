package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.anonymise.AnonymiseOptions;
import io.safesegment.core.utility.UtilityReport;
import io.safesegment.core.utility.UtilityService;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The marketing utility of the solution space's candidates (issue #16, decision 0022): for each candidate, the
 * agreement (ARI) of the same seeded k-means segmentation of the anonymised customers with that of the raw ones and,
 * when a transactions file is given, NDCG@10 of segment popularity — measured on request in the background
 * (seconds per candidate), so a privacy officer and a marketer can pick a point of risk against utility together.
 */
public final class MarketingUtility {
    /** Most candidates measured at once: the optimum, the pick and the rest spread over the loss range. */
    static final int MAX_CANDIDATES = 12;

    /**
     * One measured candidate.
     *
     * @param point  the candidate of the solution space
     * @param report what marketing keeps with it
     */
    public record Measured(SolutionSpace.Point point, UtilityReport report) {
        /** Adjusted Rand index of the segmentations, -1..1 (1 = the same segments). */
        public double ari() {
            return report.ari();
        }

        /** NDCG@10 anonymised minus original, or null without transactions. */
        public Double ndcgChange() {
            return report.ndcg10Change();
        }
    }

    private final PrivacyState state;
    private final SolutionSpace space;
    private final ExclusiveTask measuring;
    private final IntegerProperty segments = new SimpleIntegerProperty(this, "segments", 5);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 42);
    private final ObjectProperty<Path> transactions = new SimpleObjectProperty<>(this, "transactions");
    private final ObservableList<Measured> measured = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    MarketingUtility(PrivacyState state, SolutionSpace space) {
        this.state = state;
        this.space = space;
        this.measuring = new ExclusiveTask(state.tasks, state.dialogs,
                () -> message.set(i18n("privacy.anon.utility.cancelled")));
    }

    /** Measures the candidates (at most {@value #MAX_CANDIDATES}) of the last search in the background. */
    public void measure() {
        Table table = state.table.get();
        AnonymiseOptions options = space.options();
        if (table == null || options == null || space.points().isEmpty()) {
            message.set(i18n("privacy.anon.utility.nosearch"));
            return;
        }
        List<SolutionSpace.Point> chosen = chosen(space.points(), space.pickedProperty().get());
        List<int[]> levels = chosen.stream().map(p -> p.node().levelArray()).toList();
        Path tx = transactions.get();
        int k = segments.get();
        long s = seed.get();
        measured.clear();
        message.set(i18n("privacy.anon.utility.running", chosen.size()));
        measuring.start(i18n("privacy.anon.utility.task", chosen.size()), progress ->
                UtilityService.measureCandidates(table, options, levels, tx, k, s, progress), reports -> {
                    List<Measured> out = new ArrayList<>();
                    for (int i = 0; i < reports.size(); i++) {
                        out.add(new Measured(chosen.get(i), reports.get(i)));
                    }
                    measured.setAll(out);
                    UtilityReport first = reports.getFirst();
                    message.set(i18n("privacy.anon.utility.done", out.size(), space.points().size(),
                            String.join(", ", first.features()), first.k(), first.seed(), first.customers())
                            + (tx == null ? " " + i18n("privacy.anon.utility.nondcg") : ""));
                }, error -> message.set(i18n("privacy.anon.utility.failed", io.safesegment.ui.common.I18n
                        .message(error))));
    }

    /**
     * The candidates to measure: all when few; else the optimum, the pick and the others evenly spaced over the
     * loss-sorted list, so the plot spans the whole range of loss and risk.
     */
    static List<SolutionSpace.Point> chosen(List<SolutionSpace.Point> points, SolutionSpace.Point picked) {
        if (points.size() <= MAX_CANDIDATES) {
            return List.copyOf(points);
        }
        Set<SolutionSpace.Point> out = new LinkedHashSet<>();
        points.stream().filter(SolutionSpace.Point::optimum).forEach(out::add);
        if (picked != null) {
            out.add(picked);
        }
        List<SolutionSpace.Point> others = points.stream().filter(p -> !out.contains(p)).toList();
        int rest = MAX_CANDIDATES - out.size();
        for (int i = 0; i < rest; i++) { // first and last of the others included: the whole loss range
            out.add(others.get((int) Math.round(i * (others.size() - 1.0) / Math.max(1, rest - 1))));
        }
        List<SolutionSpace.Point> list = new ArrayList<>(out);
        list.sort(Comparator.comparingDouble(SolutionSpace.Point::loss).thenComparingDouble(SolutionSpace.Point::risk));
        return list;
    }

    /** Asks for a transactions file (optional): with it, NDCG@10 and the behavioural features are measured too. */
    public void chooseTransactions() {
        state.dialogs.open(i18n("privacy.anon.utility.transactions.title"), null,
                List.of(DialogService.FileFilter.of(i18n("privacy.anon.utility.transactions.filter"), "*.csv")))
                .ifPresent(transactions::set);
    }

    /** Forgets the measurements (a new search or dataset). */
    void clear() {
        measuring.cancel();
        measured.clear();
        message.set("");
    }

    /** Stops the running measurement. */
    public void cancel() {
        measuring.cancel();
    }

    /** The measured candidates, by loss. */
    public ObservableList<Measured> measured() {
        return measured;
    }

    /** Segments of the k-means runs on both sides. */
    public IntegerProperty segmentsProperty() {
        return segments;
    }

    /** Seed of the segmentation and the evaluation splits (shown, and kept with the figures). */
    public IntegerProperty seedProperty() {
        return seed;
    }

    /** The transactions file, or null (then ARI only). */
    public ObjectProperty<Path> transactionsProperty() {
        return transactions;
    }

    /** What was measured, or why not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the measurement runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return measuring.busyProperty();
    }
}
