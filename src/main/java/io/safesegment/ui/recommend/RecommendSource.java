package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.data.TransactionOptions;
import io.safesegment.core.recommend.data.Weighting;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.workspace.RunDatasets;
import io.safesegment.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The input choice of the Recommendations section: which workspace datasets hold the transactions (or ratings),
 * products and segments, and how purchases become feedback. Defaults follow the bundled sample datasets.
 */
public final class RecommendSource {
    private final ObservableList<String> datasets = FXCollections.observableArrayList();
    private final ObjectProperty<InputKind> kind = new SimpleObjectProperty<>(this, "kind", InputKind.TRANSACTIONS);
    private final StringProperty transactions = new SimpleStringProperty(this, "transactions");
    private final StringProperty ratings = new SimpleStringProperty(this, "ratings");
    private final StringProperty products = new SimpleStringProperty(this, "products");
    private final ObjectProperty<Weighting> weighting = new SimpleObjectProperty<>(this, "weighting", Weighting.COUNT);
    private final DoubleProperty halfLifeDays = new SimpleDoubleProperty(this, "halfLifeDays", 180);
    private final ObjectProperty<SegmentSource> segmentSource =
            new SimpleObjectProperty<>(this, "segmentSource", SegmentSource.RFM);
    private final StringProperty segmentsDataset = new SimpleStringProperty(this, "segmentsDataset");
    private final StringProperty segmentColumn = new SimpleStringProperty(this, "segmentColumn", "");
    /** The protected dataset last preselected per table word, so a user's later choice is not overridden. */
    private final java.util.Map<String, String> offered = new java.util.HashMap<>();

    /**
     * Lists the datasets of {@code workspace} and picks defaults: for transactions a masked dataset made from them
     * once one exists (downstream work is on protected data by default), else the sample files' names or
     * look-alikes.
     */
    public void refresh(Workspace workspace) {
        List<String> names = workspace == null ? List.of()
                : workspace.datasets().stream().map(Workspace.DatasetEntry::name).sorted().toList();
        datasets.setAll(names);
        if (workspace != null) {
            preferProtected(workspace, transactions, "transaction");
            preferProtected(workspace, ratings, "rating");
        }
        keepOrGuess(transactions, "transaction");
        keepOrGuess(products, "product");
        keepOrGuess(ratings, "rating");
        if (workspace != null) {
            // No name says "transaction" (e.g. "Online Retail.csv"): the roles confirmed in the mapping panel may.
            byRoles(workspace, transactions, "transaction");
            byRoles(workspace, ratings, "rating");
        }
        keepOrGuess(segmentsDataset, "segment");
        if (segmentsDataset.get() != null && segmentSource.get() == SegmentSource.RFM
                && segmentsDataset.get().toLowerCase(Locale.ROOT).contains("segment")) {
            segmentSource.set(SegmentSource.DATASET);
        }
    }

    /**
     * Switches {@code choice} to the newest protected dataset about {@code word} when one appeared since the last
     * refresh; a user who then picks another dataset keeps it (each protected dataset is offered once).
     */
    private void preferProtected(Workspace workspace, StringProperty choice, String word) {
        Optional<Dataset> preferred = DatasetService.preferredDataset(workspace, word).filter(Dataset::isProtected);
        if (preferred.isPresent() && !preferred.get().name().equals(offered.get(word))) {
            offered.put(word, preferred.get().name());
            choice.set(preferred.get().name());
        }
    }

    private static void byRoles(Workspace workspace, StringProperty choice, String word) {
        if (choice.get() == null) {
            DatasetService.preferredDataset(workspace, word).ifPresent(d -> choice.set(d.name()));
        }
    }

    /** The workspace datasets the current choice reads, by role, to record with evaluation runs. */
    public List<RunDatasets.Used> usedDatasets(Workspace workspace) {
        if (workspace == null) {
            return List.of();
        }
        List<RunDatasets.Used> used = new java.util.ArrayList<>();
        boolean rated = kind.get() == InputKind.RATINGS;
        addUsed(workspace, used, rated ? "ratings" : "transactions", rated ? ratings.get() : transactions.get());
        addUsed(workspace, used, "products", products.get());
        if (segmentSource.get() == SegmentSource.DATASET) {
            addUsed(workspace, used, "segments", segmentsDataset.get());
        }
        return used;
    }

    private static void addUsed(Workspace workspace, List<RunDatasets.Used> used, String role, String name) {
        if (name != null && !name.isBlank()) {
            used.add(new RunDatasets.Used(role, DatasetService.findDataset(workspace, name)
                    .map(Dataset::id).orElse(null), name));
        }
    }

    private void keepOrGuess(StringProperty choice, String word) {
        if (choice.get() != null && datasets.contains(choice.get())) {
            return;
        }
        choice.set(datasets.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(word)).findFirst().orElse(null));
    }

    /** The transaction options for the chosen weighting. */
    public TransactionOptions transactionOptions() {
        return new TransactionOptions(weighting.get(), halfLifeDays.get(), 0);
    }

    /**
     * A snapshot of the choice with files resolved in {@code workspace} (read on the JavaFX thread, used by the
     * background build).
     *
     * @throws IllegalArgumentException with a translated message when a required dataset is not chosen
     */
    public SourceChoice choice(Workspace workspace) {
        if (workspace == null) {
            throw new IllegalArgumentException(i18n("recommend.error.noworkspace"));
        }
        boolean rated = kind.get() == InputKind.RATINGS;
        Optional<Path> main = file(workspace, rated ? ratings.get() : transactions.get());
        if (main.isEmpty()) {
            throw new IllegalArgumentException(rated ? i18n("recommend.error.noratings")
                    : i18n("recommend.error.notransactions"));
        }
        SegmentSource seg = segmentSource.get();
        if (rated && seg == SegmentSource.RFM) {
            seg = SegmentSource.NONE; // RFM needs purchases with amounts
        }
        Path segFile = seg == SegmentSource.DATASET ? file(workspace, segmentsDataset.get()).orElseThrow(
                () -> new IllegalArgumentException(i18n("recommend.error.nosegments"))) : null;
        String column = segmentColumn.get() == null || segmentColumn.get().isBlank() ? null
                : segmentColumn.get().trim();
        return new SourceChoice(kind.get(), rated ? null : main.get(), rated ? main.get() : null,
                file(workspace, products.get()).orElse(null), transactionOptions(), seg, segFile, column, describe(),
                savedRoles(workspace, rated ? ratings.get() : transactions.get()));
    }

    /** The roles saved with dataset {@code name} in the mapping panel (empty for none or an unknown name). */
    static io.safesegment.core.data.RoleMapping savedRoles(Workspace workspace, String name) {
        return DatasetService.findDataset(workspace, name).map(Dataset::roles)
                .orElse(io.safesegment.core.data.RoleMapping.empty());
    }

    /** The file of dataset {@code name} in {@code workspace}, or empty for no choice. */
    static Optional<Path> file(Workspace workspace, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(workspace.datasets().stream().filter(d -> d.name().equals(name))
                .map(Workspace.DatasetEntry::path).findFirst().orElse(workspace.dataDirectory().resolve(name)));
    }

    /** A short description of the input for the run list, e.g. "transactions.csv · spend". */
    public String describe() {
        return kind.get() == InputKind.RATINGS ? ratings.get() + " · " + i18n("recommend.kind.ratings")
                : transactions.get() + " · " + weightingName(weighting.get());
    }

    /** Translated name of a weighting. */
    public static String weightingName(Weighting w) {
        return switch (w) {
            case COUNT -> i18n("recommend.weighting.count");
            case SPEND -> i18n("recommend.weighting.spend");
            case RECENCY -> i18n("recommend.weighting.recency");
        };
    }

    /** Translated name of a segment source. */
    public static String segmentSourceName(SegmentSource s) {
        return switch (s) {
            case NONE -> i18n("recommend.segments.none");
            case RFM -> i18n("recommend.segments.rfm");
            case DATASET -> i18n("recommend.segments.dataset");
        };
    }

    /** Translated name of an input kind. */
    public static String kindName(InputKind k) {
        return switch (k) {
            case TRANSACTIONS -> i18n("recommend.kind.transactions");
            case RATINGS -> i18n("recommend.kind.ratings");
        };
    }

    public ObservableList<String> datasets() {
        return datasets;
    }

    public ObjectProperty<InputKind> kindProperty() {
        return kind;
    }

    public StringProperty transactionsProperty() {
        return transactions;
    }

    public StringProperty ratingsProperty() {
        return ratings;
    }

    public StringProperty productsProperty() {
        return products;
    }

    public ObjectProperty<Weighting> weightingProperty() {
        return weighting;
    }

    public DoubleProperty halfLifeDaysProperty() {
        return halfLifeDays;
    }

    public ObjectProperty<SegmentSource> segmentSourceProperty() {
        return segmentSource;
    }

    public StringProperty segmentsDatasetProperty() {
        return segmentsDataset;
    }

    public StringProperty segmentColumnProperty() {
        return segmentColumn;
    }
}
