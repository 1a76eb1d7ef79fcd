package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.KRange;
import io.safesegment.core.segment.SegmentNumbering;
import io.safesegment.core.segment.SegmentOptions;
import io.safesegment.core.segment.SegmentRunStore;
import io.safesegment.core.segment.Segmenter;
import io.safesegment.core.segment.cluster.KDistance;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.features.FeatureBuilder;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.segment.features.FeatureOptions;
import io.safesegment.core.segment.features.Scaling;
import io.safesegment.core.segment.features.SegmentTables;
import io.safesegment.core.segment.profile.SegmentExports;
import io.safesegment.core.segment.profile.SegmentProfile;
import io.safesegment.core.segment.profile.SegmentProfiler;
import io.safesegment.core.segment.projection.Pca2d;
import io.safesegment.core.segment.projection.Projection;
import io.safesegment.core.segment.rfm.RfmAnalyzer;
import io.safesegment.core.segment.rfm.RfmOptions;
import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.RoleSuggester;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.workspace.RunDatasets;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.DialogService;
import io.safesegment.ui.common.ExclusiveTask;
import io.safesegment.ui.common.TaskExecutor;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.common.chart.ScatterData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * State of the Segments section: the data source and feature choice, the algorithm and its parameters, the k-range
 * scores, the current run (scatter, profiles, lasso selection), RFM segments and the saved runs. This is the only
 * segment UI class that calls the core; long work goes through the {@link TaskExecutor}.
 */
public final class SegmentsViewModel {
    /** First and last k of the "Choose k" scan. */
    public static final int K_FROM = 2;
    /** Last k of the scan. */
    public static final int K_TO = 10;
    /** Axis choice meaning the first or second principal component. */
    public static final String PC1 = "PC1";
    /** Second principal component. */
    public static final String PC2 = "PC2";
    private static final int KEY_FEATURES = 4;
    private static final int SILHOUETTE_SAMPLE = 2_000;
    private static final int MINI_BATCH_ABOVE = 100_000;

    /** Where customers come from. */
    public enum SourceKind { WORKSPACE, LOADED }

    private final WorkspaceSession session;
    private final ReadOnlyObjectProperty<Table> loadedTable;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Consumer<String> status;
    private FileTargetChooser fileChooser = FileTargetChooser.fileDialog();

    private final ObjectProperty<SourceKind> source = new SimpleObjectProperty<>(this, "source", SourceKind.WORKSPACE);
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");
    private final ObservableList<String> datasetChoices = FXCollections.observableArrayList();
    private final StringProperty customersDataset = new SimpleStringProperty(this, "customersDataset");
    private final StringProperty transactionsDataset = new SimpleStringProperty(this, "transactionsDataset");
    private final ReadOnlyStringWrapper usedDatasets = new ReadOnlyStringWrapper(this, "usedDatasets", "");
    private List<RunDatasets.Used> used = List.of();
    private final java.util.Map<String, String> offered = new java.util.HashMap<>();
    private final ObservableList<FeatureRow> features = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<KRange.Result> kRange = new ReadOnlyObjectWrapper<>(this, "kRange");
    private final ReadOnlyIntegerWrapper suggestedK = new ReadOnlyIntegerWrapper(this, "suggestedK", 0);
    private final ReadOnlyObjectWrapper<KDistance.Curve> kDistance = new ReadOnlyObjectWrapper<>(this, "kDistance");
    private final ReadOnlyObjectWrapper<ClusteringRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyObjectWrapper<ScatterData> scatter = new ReadOnlyObjectWrapper<>(this, "scatter");
    private final ObservableList<String> axisChoices = FXCollections.observableArrayList(PC1, PC2);
    private final StringProperty xAxis = new SimpleStringProperty(this, "xAxis", PC1);
    private final StringProperty yAxis = new SimpleStringProperty(this, "yAxis", PC2);
    private final ObservableList<ProfileRow> profiles = FXCollections.observableArrayList();
    private final ObservableList<SelectedCustomer> selected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper runSummary = new ReadOnlyStringWrapper(this, "runSummary", "");
    private final ObservableList<RfmResult.SegmentSummary> rfmSegments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rfmSummary = new ReadOnlyStringWrapper(this, "rfmSummary", "");
    private final AlgorithmSettings settings = new AlgorithmSettings();
    private final RunHistory history;
    private final ExclusiveTask exclusive;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");

    private CustomerData data;
    private FeatureMatrix matrix;
    private FeatureOptions matrixOptions;
    private Projection projection;
    private boolean stale = true;

    /**
     * @param session     the open workspace (sample datasets, saved runs)
     * @param loadedTable the table loaded in the Data section (an alternative customers table)
     * @param status      receives short status-bar messages
     */
    public SegmentsViewModel(WorkspaceSession session, ReadOnlyObjectProperty<Table> loadedTable, TaskExecutor tasks,
                             DialogService dialogs, Consumer<String> status) {
        this.session = session;
        this.loadedTable = loadedTable;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.history = new RunHistory(session, tasks, dialogs);
        this.exclusive = new ExclusiveTask(tasks, dialogs, () -> status.accept(i18n("segments.cancelled")));
        session.workspaceProperty().addListener((obs, old, now) -> {
            refreshDatasets();
            markStale();
        });
        session.datasetsRevisionProperty().addListener((obs, old, now) -> refreshDatasets());
        refreshDatasets();
        customersDataset.addListener((obs, old, now) -> markStale());
        transactionsDataset.addListener((obs, old, now) -> markStale());
        loadedTable.addListener((obs, old, now) -> {
            if (source.get() == SourceKind.LOADED) {
                markStale();
            }
        });
        source.addListener((obs, old, now) -> markStale());
        xAxis.addListener((obs, old, now) -> updateScatter());
        yAxis.addListener((obs, old, now) -> updateScatter());
    }

    /** Tests replace the save dialog. */
    public void setFileChooser(FileTargetChooser chooser) {
        this.fileChooser = chooser;
    }

    /** Called when the section is shown or hidden; loads the data source the first time it is shown. */
    public void setActive(boolean shown) {
        active.set(shown);
        if (shown && stale) {
            loadSource();
        }
    }

    private void markStale() {
        stale = true;
        if (active.get()) {
            loadSource();
        }
    }

    /**
     * Lists the workspace's datasets for the customers and transactions pickers, protected (masked) ones first, and
     * keeps the choices or preselects: a masked dataset made from the customers (transactions) once one exists,
     * else the raw one.
     */
    void refreshDatasets() {
        Workspace workspace = session.workspace();
        if (workspace == null) {
            datasetChoices.clear();
            return;
        }
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        datasetChoices.setAll(catalog.choicesForAnalysis().stream().map(Dataset::name).toList());
        keepOrPrefer(catalog, customersDataset, "customer");
        keepOrPrefer(catalog, transactionsDataset, "transaction");
    }

    private void keepOrPrefer(DatasetCatalog catalog, StringProperty choice, String word) {
        Optional<Dataset> preferred = catalog.preferredFor(word);
        // A protected dataset appearing is preselected once: downstream work is on protected data by default, but
        // a user who then picks another dataset keeps that choice.
        boolean newProtected = preferred.isPresent() && preferred.get().isProtected()
                && !preferred.get().name().equals(offered.get(word));
        if (newProtected) {
            offered.put(word, preferred.get().name());
        }
        if (choice.get() == null || !datasetChoices.contains(choice.get()) || newProtected) {
            choice.set(preferred.map(Dataset::name).orElse(null));
        }
    }

    /** Reads customers, transactions and products of the chosen source in the background. */
    public void loadSource() {
        Workspace workspace = session.workspace();
        if (workspace == null || exclusive.isBusy()) {
            return;
        }
        stale = false;
        SourceKind kind = source.get();
        Table loadedCustomers = loadedTable.get();
        String customersName = customersDataset.get() == null ? "customers.csv" : customersDataset.get();
        String transactionsName = transactionsDataset.get() == null ? "transactions.csv" : transactionsDataset.get();
        List<RunDatasets.Used> reading = usedDatasets(workspace, kind == SourceKind.LOADED && loadedCustomers != null
                ? loadedCustomers.name() : customersName, transactionsName);
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        RoleMapping customerRoles = savedRoles(catalog, kind == SourceKind.LOADED && loadedCustomers != null
                ? loadedCustomers.name() : customersName);
        RoleMapping transactionRoles = savedRoles(catalog, transactionsName);
        RoleMapping productRoles = savedRoles(catalog, "products.csv");
        start(i18n("segments.task.load"), progress -> {
            Path customers = datasetFile(workspace, customersName);
            Path transactions = datasetFile(workspace, transactionsName);
            Path products = datasetFile(workspace, "products.csv");
            Table c = kind == SourceKind.LOADED && loadedCustomers != null ? loadedCustomers
                    : SegmentTables.read(customers, customerRoles, progress);
            Table t = SegmentTables.exists(transactions) ? SegmentTables.read(transactions, transactionRoles, progress)
                    : null;
            Table p = SegmentTables.exists(products) ? SegmentTables.read(products, productRoles, progress) : null;
            // Each table is read with the roles confirmed in the Data section's mapping panel; roles it leaves
            // unmapped are suggested, the same rule as --map on the command line.
            return new CustomerData(c, t, p, RoleSuggester.resolve(c, customerRoles.restrictedTo(c)),
                    t == null ? null : RoleSuggester.resolve(t, transactionRoles.restrictedTo(t)),
                    p == null ? null : RoleSuggester.resolve(p, productRoles.restrictedTo(p)));
        }, read -> {
            data = read;
            used = reading;
            usedDatasets.set(RunDatasets.describe(reading).orElse(""));
            matrix = null;
            features.setAll(FeatureCatalog.rows(read));
            sourceText.set(i18n("segments.source.summary", read.customers().rowCount(),
                    read.transactions() == null ? 0 : read.transactions().rowCount()));
            loaded.set(true);
            history.refresh();
        });
    }

    /** The roles saved with dataset {@code name} (empty when it is not a workspace dataset or has none). */
    private static RoleMapping savedRoles(DatasetCatalog catalog, String name) {
        return name == null ? RoleMapping.empty() : catalog.find(name).filter(d -> d.name().equals(name))
                .map(Dataset::roles).orElse(RoleMapping.empty());
    }

    /** The datasets a load reads, as recorded with the runs made from it. */
    private static List<RunDatasets.Used> usedDatasets(Workspace workspace, String customers, String transactions) {
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        List<RunDatasets.Used> list = new ArrayList<>();
        list.add(new RunDatasets.Used("customers", catalog.find(customers).filter(d -> d.name().equals(customers))
                .map(Dataset::id).orElse(null), customers == null ? "" : customers));
        list.add(new RunDatasets.Used("transactions", catalog.find(transactions)
                .filter(d -> d.name().equals(transactions)).map(Dataset::id).orElse(null), transactions));
        return list;
    }

    private static Path datasetFile(Workspace workspace, String name) {
        return workspace.datasets().stream().filter(d -> d.name().equals(name)).map(Workspace.DatasetEntry::path)
                .findFirst().orElse(workspace.dataDirectory().resolve(name));
    }

    /** The feature options for the checked rows; throws with a message the user can act on when none is checked. */
    FeatureOptions featureOptions() {
        List<String> columns = features.stream().filter(r -> r.selectedProperty().get()).map(FeatureRow::name).toList();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(i18n("segments.error.nofeatures"));
        }
        Map<String, Scaling> overrides = new HashMap<>();
        for (FeatureRow row : features) {
            if (row.scalable() && row.scalingProperty().get() != Scaling.ZSCORE) {
                overrides.put(row.name(), row.scalingProperty().get());
            }
        }
        FeatureOptions base = FeatureOptions.of(columns);
        return new FeatureOptions(base.columns(), base.logColumns(), base.scaling(), overrides, base.missing(),
                base.referenceDate());
    }

    /** Builds the feature matrix (reusing the last one when the options did not change). */
    private FeatureMatrix features(CustomerData source, FeatureOptions options, FeatureMatrix cached,
                                   FeatureOptions cachedOptions, Progress progress) {
        if (cached != null && options.equals(cachedOptions)) {
            return cached;
        }
        return FeatureBuilder.build(source, options, progress);
    }

    /** Scores k = 2..10 in the background (inertia, silhouette, Davies–Bouldin) and proposes a k. */
    public void chooseK() {
        if (!ready()) {
            return;
        }
        FeatureOptions options = withUserInput(this::featureOptions);
        if (options == null) {
            return;
        }
        CustomerData source = data;
        FeatureMatrix cached = matrix;
        FeatureOptions cachedOptions = matrixOptions;
        long s = settings.seedProperty().get();
        start(i18n("segments.task.krange"), progress -> {
            FeatureMatrix m = features(source, options, cached, cachedOptions, progress.slice(0, 0.1));
            KRange.Options o = new KRange.Options(K_FROM, Math.min(K_TO, Math.max(K_FROM, m.rows() - 1)),
                    m.rows() > MINI_BATCH_ABOVE, SILHOUETTE_SAMPLE, s);
            return new WithMatrix<>(m, KRange.run(m.points(), o, progress.slice(0.1, 1)));
        }, result -> {
            keepMatrix(result.matrix(), options);
            KRange.Result r = result.value();
            kRange.set(r);
            // Only a suggestion: k changes when the user says so (useSuggestedK), never behind the plot's back.
            suggestedK.set(r.suggestedK());
            status.accept(i18n("segments.krange.done", r.suggestedK()));
        });
    }

    /** Computes the k-distance curve for DBSCAN and sets ε to its knee. */
    public void computeKDistance() {
        if (!ready()) {
            return;
        }
        FeatureOptions options = withUserInput(this::featureOptions);
        if (options == null) {
            return;
        }
        CustomerData source = data;
        FeatureMatrix cached = matrix;
        FeatureOptions cachedOptions = matrixOptions;
        int neighbour = Math.max(1, settings.minPointsProperty().get() - 1);
        long s = settings.seedProperty().get();
        start(i18n("segments.task.kdistance"), progress -> {
            FeatureMatrix m = features(source, options, cached, cachedOptions, progress.slice(0, 0.3));
            progress.update(0.4, null);
            return new WithMatrix<>(m, KDistance.compute(m.points(), neighbour, Segmenter.KDISTANCE_SAMPLE, s));
        }, result -> {
            keepMatrix(result.matrix(), options);
            KDistance.Curve curve = result.value();
            kDistance.set(curve);
            settings.epsilonProperty().set(curve.suggestedEpsilon());
        });
    }

    /** Runs the chosen algorithm in the background, profiles and projects the result and saves it as a run. */
    public void run() {
        if (!ready()) {
            return;
        }
        FeatureOptions options = withUserInput(this::featureOptions);
        SegmentOptions segmentOptions = options == null ? null : withUserInput(settings::segmentOptions);
        if (segmentOptions == null) {
            return;
        }
        CustomerData source = data;
        FeatureMatrix cached = matrix;
        FeatureOptions cachedOptions = matrixOptions;
        Workspace workspace = session.workspace();
        List<RunDatasets.Used> runInputs = used;
        ClusteringRun previous = run.get();
        start(i18n("segments.task.run", SegmentText.algorithm(segmentOptions.algorithm())), progress -> {
            FeatureMatrix m = features(source, options, cached, cachedOptions, progress.slice(0, 0.15));
            // Segments keep the numbers (and colours) of the run on screen when the customers or features match.
            ClusteringRun r = SegmentNumbering.matchedTo(Segmenter.run(m, segmentOptions, progress.slice(0.15, 0.85)),
                    previous);
            Projection p = Pca2d.project(m.scaled(), progress.slice(0.85, 0.9));
            List<SegmentProfile> ps = SegmentProfiler.profile(m, r.labels(), r.segmentNames());
            progress.update(0.95, null);
            new SegmentRunStore(workspace).save(r);
            new RunDatasets(workspace).record(RunDatasets.SEGMENT, r.id(), runInputs);
            return new RunOutcome(m, r, p, ps);
        }, outcome -> {
            keepMatrix(outcome.matrix(), options);
            show(outcome);
            status.accept(i18n("segments.run.done", outcome.run().k(),
                    SegmentText.algorithm(outcome.run().algorithm())));
            history.refresh();
        });
    }

    /** A background result together with the feature matrix it was computed on (kept for the next run). */
    private record WithMatrix<T>(FeatureMatrix matrix, T value) {
    }

    private record RunOutcome(FeatureMatrix matrix, ClusteringRun run, Projection projection,
                              List<SegmentProfile> profiles) {
    }

    private void keepMatrix(FeatureMatrix m, FeatureOptions options) {
        if (m != matrix) {
            matrix = m;
            matrixOptions = options;
            projection = null;
        }
    }

    private void show(RunOutcome outcome) {
        projection = outcome.projection();
        run.set(outcome.run());
        List<String> choices = new ArrayList<>(List.of(PC1, PC2));
        choices.addAll(outcome.matrix().featureNames());
        axisChoices.setAll(choices);
        List<String> names = outcome.matrix().featureNames();
        if (names.size() == 2) {
            // Two features: the plane itself, in the features' own units (PCA would only rotate it into z-scores).
            xAxis.set(names.get(0));
            yAxis.set(names.get(1));
        } else if (!axisChoices.contains(xAxis.get()) || !axisChoices.contains(yAxis.get())) {
            xAxis.set(PC1);
            yAxis.set(PC2);
        }
        List<ProfileRow> rows = new ArrayList<>();
        for (SegmentProfile p : outcome.profiles()) {
            if (p.segment() >= 0) {
                ProfileRow row = new ProfileRow(p);
                row.nameProperty().addListener((obs, old, now) -> rename(p.segment(), now));
                rows.add(row);
            }
        }
        profiles.setAll(rows);
        selected.clear();
        ClusteringRun r = outcome.run();
        runSummary.set(i18n("segments.run.summary", SegmentText.algorithm(r.algorithm()), r.k(), r.seed(),
                r.silhouette() == null ? "–" : String.format(Locale.ROOT, "%.3f", r.silhouette()), r.noise(),
                r.durationMillis()) + "\n" + FeatureText.report(outcome.matrix().report()));
        updateScatter();
    }

    /** Rebuilds the scatter data for the current run and axis choice. */
    private void updateScatter() {
        ClusteringRun r = run.get();
        FeatureMatrix m = matrix;
        if (r == null || m == null || projection == null || r.labels().length != m.rows()) {
            scatter.set(null);
            return;
        }
        float[] xs = axis(xAxis.get(), m);
        float[] ys = axis(yAxis.get(), m);
        int k = r.k();
        double[] cx = new double[k];
        double[] cy = new double[k];
        int[] counts = new int[k];
        int[] labels = r.labels();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                cx[labels[i]] += xs[i];
                cy[labels[i]] += ys[i];
                counts[labels[i]]++;
            }
        }
        for (int c = 0; c < k; c++) {
            // Projections are linear, so the mean of the projected points is the projected centroid.
            cx[c] = counts[c] == 0 ? Double.NaN : cx[c] / counts[c];
            cy[c] = counts[c] == 0 ? Double.NaN : cy[c] / counts[c];
        }
        scatter.set(new ScatterData(xs, ys, labels, r.segmentNames(), cx, cy, axisTitle(xAxis.get()),
                axisTitle(yAxis.get()), this::describe));
    }

    private float[] axis(String choice, FeatureMatrix m) {
        if (PC1.equals(choice)) {
            return projection.x();
        }
        if (PC2.equals(choice)) {
            return projection.y();
        }
        // Original units (days, money, counts), not the z-scores the algorithm saw: ticks then read as real values.
        double[] column = m.raw()[Math.max(0, m.featureNames().indexOf(choice))];
        float[] out = new float[column.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) column[i];
        }
        return out;
    }

    private String axisTitle(String choice) {
        if (PC1.equals(choice) || PC2.equals(choice)) {
            int axis = PC1.equals(choice) ? 0 : 1;
            return i18n("segments.axis.pc", axis + 1, Math.round(projection.explainedVariance()[axis] * 100));
        }
        return FeatureText.title(choice, matrix == null ? null : matrix.report());
    }

    /** Profile column title of a feature of the current run: its name and original unit. */
    public String featureTitle(String feature) {
        return FeatureText.title(feature, matrix == null ? null : matrix.report());
    }

    /** Tooltip and selection text: customer id, segment and the first few features. */
    String describe(int row) {
        ClusteringRun r = run.get();
        FeatureMatrix m = matrix;
        if (r == null || m == null || row < 0 || row >= m.rows()) {
            return "";
        }
        return m.customerIds().get(row) + " · " + segmentName(r, r.labels()[row]) + "\n" + keyFeatures(m, row);
    }

    private static String keyFeatures(FeatureMatrix m, int row) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < Math.min(KEY_FEATURES, m.columns()); j++) {
            if (j > 0) {
                text.append(", ");
            }
            text.append(m.featureNames().get(j)).append(" = ").append(SegmentText.number(m.raw()[j][row]));
        }
        return text.toString();
    }

    private static String segmentName(ClusteringRun r, int label) {
        return label < 0 ? i18n("segments.noise") : r.segmentNames().get(label);
    }

    /** Lists the customers whose points a lasso selected. */
    public void selectPoints(int[] rows) {
        ClusteringRun r = run.get();
        FeatureMatrix m = matrix;
        if (r == null || m == null) {
            selected.clear();
            return;
        }
        List<SelectedCustomer> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            out.add(new SelectedCustomer(m.customerIds().get(row), segmentName(r, r.labels()[row]),
                    keyFeatures(m, row)));
        }
        selected.setAll(out);
        status.accept(i18n("segments.selection.status", rows.length));
    }

    /** Renames a segment of the current run and saves the run again. */
    void rename(int segment, String newName) {
        ClusteringRun r = run.get();
        String name = newName == null ? "" : newName.strip();
        if (r == null || segment < 0 || segment >= r.k() || name.isEmpty() || name.equals(r.segmentNames().get(segment))) {
            return;
        }
        List<String> names = new ArrayList<>(r.segmentNames());
        names.set(segment, name);
        ClusteringRun renamed = new ClusteringRun(r.id(), r.createdAt(), r.algorithm(), r.parameters(), r.seed(),
                r.featureNames(), r.datasetFingerprint(), r.rowFingerprint(), r.durationMillis(), r.labels(),
                r.sizes(), r.noise(), r.centroids(), names, r.silhouette());
        run.set(renamed);
        updateScatter();
        Workspace workspace = session.workspace();
        tasks.run(i18n("segments.task.rename"), progress -> {
            new SegmentRunStore(workspace).save(renamed);
            return renamed;
        }, saved -> history.refresh(), error -> dialogs.showError(i18n("segments.error.rename"), error));
    }

    /** Writes customer → segment for every customer to a CSV file the user picks. */
    public void exportAssignments() {
        ClusteringRun r = run.get();
        FeatureMatrix m = matrix;
        if (r == null || m == null) {
            return;
        }
        Optional<Path> target = fileChooser.choose(i18n("segments.export.assignments.title"),
                "segment-assignments.csv", i18n("segments.export.csv"), "*.csv", exportFolder());
        target.ifPresent(file -> write(file, () -> SegmentExports.writeAssignments(file, m.customerIds(),
                r.labels(), r.segmentNames())));
    }

    /** Writes the profile statistics to a CSV file the user picks. */
    public void exportProfiles() {
        if (profiles.isEmpty()) {
            return;
        }
        List<SegmentProfile> named = profiles.stream().map(row -> {
            SegmentProfile p = row.profile();
            return new SegmentProfile(p.segment(), row.nameProperty().get(), p.size(), p.share(), p.features(),
                    p.topCategories(), p.description());
        }).toList();
        fileChooser.choose(i18n("segments.export.profiles.title"), "segment-profiles.csv",
                i18n("segments.export.csv"), "*.csv", exportFolder())
                .ifPresent(file -> write(file, () -> SegmentExports.writeProfiles(file, named)));
    }

    /** Saves an image of the scatter plot ({@code png} = the encoded picture). */
    public void exportPlot(byte[] png) {
        fileChooser.choose(i18n("segments.export.plot.title"), "segments-scatter.png", i18n("segments.export.png"),
                "*.png", exportFolder()).ifPresent(file -> write(file, () -> AtomicFiles.write(file, png, false)));
    }

    private interface FileWrite {
        void write() throws Exception;
    }

    private void write(Path file, FileWrite action) {
        tasks.run(i18n("segments.task.export", file.getFileName()), progress -> {
            action.write();
            return file;
        }, written -> status.accept(i18n("segments.export.done", written)),
                error -> dialogs.showError(i18n("segments.error.export", file), error));
    }

    private Path exportFolder() {
        Workspace w = session.workspace();
        return w == null ? null : w.directory();
    }

    /** Scores every customer of the transactions by recency, frequency and monetary value. */
    public void runRfm() {
        if (!ready()) {
            return;
        }
        if (data.transactions() == null) {
            dialogs.showInformation(i18n("segments.rfm.title"), i18n("segments.error.notransactions"));
            return;
        }
        Table transactions = data.transactions();
        RoleMapping roles = data.transactionRoles();
        start(i18n("segments.task.rfm"), progress -> RfmAnalyzer.analyze(transactions,
                RfmOptions.defaults().withRoles(roles), progress), result -> {
            rfmSegments.setAll(result.segments());
            rfmSummary.set(i18n("segments.rfm.summary", result.customers().size(), result.referenceDate()) + "\n"
                    + FeatureText.report(result));
        });
    }

    /** Cancels the running segment task, if any. */
    public void cancel() {
        exclusive.cancel();
    }

    private boolean ready() {
        if (exclusive.isBusy()) {
            return false;
        }
        if (data == null) {
            loadSource();
            return false;
        }
        return true;
    }

    private <T> T withUserInput(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            dialogs.showError(i18n("segments.error.input"), e);
            return null;
        }
    }

    private <T> void start(String title, io.safesegment.ui.common.ProgressWork<T> work, Consumer<T> onSuccess) {
        exclusive.start(title, work, onSuccess);
    }

    /** True while a segment task runs (buttons are disabled). */
    public ReadOnlyBooleanProperty busyProperty() {
        return exclusive.busyProperty();
    }

    /** True once the data source has been read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Run and export need a finished run. */
    public BooleanBinding noRun() {
        return run.isNull();
    }

    /** Names of the workspace datasets the pickers offer, protected (masked) ones first. */
    public ObservableList<String> datasetChoices() {
        return datasetChoices;
    }

    /** The dataset read as the customers table. */
    public StringProperty customersDatasetProperty() {
        return customersDataset;
    }

    /** The dataset read as the transactions table. */
    public StringProperty transactionsDatasetProperty() {
        return transactionsDataset;
    }

    /** The names of the datasets the loaded data came from ("a + b"), shown with the source and kept with runs. */
    public ReadOnlyStringProperty usedDatasetsProperty() {
        return usedDatasets.getReadOnlyProperty();
    }

    /** Data source choice. */
    public ObjectProperty<SourceKind> sourceProperty() {
        return source;
    }

    /** Whether a table is loaded in the Data section. */
    public BooleanBinding hasLoadedTable() {
        return Bindings.isNotNull(loadedTable);
    }

    /** "5,000 customers · 97,000 transactions". */
    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    /** Candidate features. */
    public ObservableList<FeatureRow> features() {
        return features;
    }

    /** The algorithm panel's values. */
    public AlgorithmSettings settings() {
        return settings;
    }

    /** Saved runs and their comparison. */
    public RunHistory history() {
        return history;
    }

    /** Text columns that rule-based grouping can use. */
    public List<String> groupableColumns() {
        return features.stream().filter(r -> !r.scalable() && !r.name().endsWith("_shares")).map(FeatureRow::name)
                .toList();
    }

    /** Result of the last k scan. */
    public ReadOnlyObjectProperty<KRange.Result> kRangeProperty() {
        return kRange.getReadOnlyProperty();
    }

    /** The k the last scan suggests, or 0 before a scan; k itself changes only through {@link #useSuggestedK}. */
    public ReadOnlyIntegerProperty suggestedKProperty() {
        return suggestedK.getReadOnlyProperty();
    }

    /** Takes the suggested k (the user clicked "Use k = N"). */
    public void useSuggestedK() {
        if (suggestedK.get() > 0) {
            settings.kProperty().set(suggestedK.get());
        }
    }

    /** Last k-distance curve. */
    public ReadOnlyObjectProperty<KDistance.Curve> kDistanceProperty() {
        return kDistance.getReadOnlyProperty();
    }

    /** Current run. */
    public ReadOnlyObjectProperty<ClusteringRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** What the scatter plot shows. */
    public ReadOnlyObjectProperty<ScatterData> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    /** Axis choices: PC1, PC2, then the features. */
    public ObservableList<String> axisChoices() {
        return axisChoices;
    }

    /** Horizontal axis. */
    public StringProperty xAxisProperty() {
        return xAxis;
    }

    /** Vertical axis. */
    public StringProperty yAxisProperty() {
        return yAxis;
    }

    /** One row per segment. */
    public ObservableList<ProfileRow> profiles() {
        return profiles;
    }

    /** Customers picked with the lasso. */
    public ObservableList<SelectedCustomer> selected() {
        return selected;
    }

    /** One line about the current run. */
    public ReadOnlyStringProperty runSummaryProperty() {
        return runSummary.getReadOnlyProperty();
    }

    /** RFM segments. */
    public ObservableList<RfmResult.SegmentSummary> rfmSegments() {
        return rfmSegments;
    }

    /** One line about the RFM scoring. */
    public ReadOnlyStringProperty rfmSummaryProperty() {
        return rfmSummary.getReadOnlyProperty();
    }

    /** The feature matrix of the current run (tests). */
    FeatureMatrix matrix() {
        return matrix;
    }
}
