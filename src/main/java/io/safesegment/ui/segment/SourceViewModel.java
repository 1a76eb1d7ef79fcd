package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.DatasetService;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.workspace.RunDatasets;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.core.workspace.WorkspaceService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
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
 * The data-source pane: where customers come from (workspace datasets or the Data section's table), which datasets
 * are read as customers and transactions, and the read itself. Reloads when the choice changes while shown.
 */
public final class SourceViewModel {
    /** Where customers come from. */
    public enum SourceKind { WORKSPACE, LOADED }

    /**
     * The files (and saved roles) the last load read, so a run can be recorded as recipe steps.
     *
     * @param customers null when the customers are the Data section's table
     */
    record SourceFiles(Path customers, RoleMapping customerRoles, Path transactions, RoleMapping transactionRoles,
                       Path products, RoleMapping productRoles) {
    }

    private static final String PRODUCTS = "products.csv";

    private final SegmentsContext context;
    private final ReadOnlyObjectProperty<Table> loadedTable;
    private final ObjectProperty<SourceKind> source = new SimpleObjectProperty<>(this, "source", SourceKind.WORKSPACE);
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");
    private final ObservableList<String> datasetChoices = FXCollections.observableArrayList();
    private final StringProperty customersDataset = new SimpleStringProperty(this, "customersDataset");
    private final StringProperty transactionsDataset = new SimpleStringProperty(this, "transactionsDataset");
    private final ReadOnlyStringWrapper usedDatasets = new ReadOnlyStringWrapper(this, "usedDatasets", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final Map<String, String> offered = new HashMap<>();
    private List<RunDatasets.Used> used = List.of();
    private SourceFiles files;
    private int customerCount = -1;
    private int transactionCount;
    private boolean stale = true;
    private Runnable afterLoad = () -> { };

    SourceViewModel(SegmentsContext context, ReadOnlyObjectProperty<Table> loadedTable) {
        this.context = context;
        this.loadedTable = loadedTable;
        context.setLoader(this::loadSource);
        context.session().workspaceProperty().addListener((obs, old, now) -> {
            refreshDatasets();
            markStale();
        });
        context.session().datasetsRevisionProperty().addListener((obs, old, now) -> refreshDatasets());
        refreshDatasets();
        customersDataset.addListener((obs, old, now) -> markStale());
        transactionsDataset.addListener((obs, old, now) -> markStale());
        loadedTable.addListener((obs, old, now) -> {
            if (source.get() == SourceKind.LOADED) {
                markStale();
            }
        });
        source.addListener((obs, old, now) -> markStale());
    }

    /** Runs after every successful load (the runs list refreshes). */
    void setAfterLoad(Runnable action) {
        this.afterLoad = action;
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
        Workspace workspace = context.session().workspace();
        if (workspace == null) {
            datasetChoices.clear();
            return;
        }
        datasetChoices.setAll(DatasetService.datasetChoices(workspace).stream().map(Dataset::name).toList());
        keepOrPrefer(workspace, customersDataset, "customer");
        keepOrPrefer(workspace, transactionsDataset, "transaction");
    }

    private void keepOrPrefer(Workspace workspace, StringProperty choice, String word) {
        Optional<Dataset> preferred = DatasetService.preferredDataset(workspace, word);
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
        Workspace workspace = context.session().workspace();
        if (workspace == null || context.exclusive().isBusy()) {
            return;
        }
        stale = false;
        Table loadedCustomers = source.get() == SourceKind.LOADED ? loadedTable.get() : null;
        String customersName = customersDataset.get() == null ? "customers.csv" : customersDataset.get();
        String transactionsName = transactionsDataset.get() == null ? "transactions.csv" : transactionsDataset.get();
        String customersShown = loadedCustomers != null ? loadedCustomers.name() : customersName;
        List<RunDatasets.Used> reading = usedDatasets(workspace, customersShown, transactionsName);
        SourceFiles chosen = new SourceFiles(loadedCustomers != null ? null : datasetFile(workspace, customersName),
                savedRoles(workspace, customersShown), datasetFile(workspace, transactionsName),
                savedRoles(workspace, transactionsName), datasetFile(workspace, PRODUCTS),
                savedRoles(workspace, PRODUCTS));
        context.start(i18n("segments.task.load"), progress -> {
            Table c = loadedCustomers != null ? loadedCustomers
                    : SegmentationService.readTable(chosen.customers(), chosen.customerRoles(), progress);
            Table t = SegmentationService.tableExists(chosen.transactions())
                    ? SegmentationService.readTable(chosen.transactions(), chosen.transactionRoles(), progress) : null;
            Table p = SegmentationService.tableExists(chosen.products())
                    ? SegmentationService.readTable(chosen.products(), chosen.productRoles(), progress) : null;
            // Each table is read with the roles confirmed in the Data section's mapping panel.
            return SegmentationService.customerData(c, chosen.customerRoles(), t, chosen.transactionRoles(), p,
                    chosen.productRoles());
        }, read -> {
            used = reading;
            files = new SourceFiles(chosen.customers(), chosen.customerRoles(),
                    read.transactions() == null ? null : chosen.transactions(), chosen.transactionRoles(),
                    read.products() == null ? null : chosen.products(), chosen.productRoles());
            usedDatasets.set(WorkspaceService.describeRunDatasets(reading).orElse(""));
            customerCount = read.customers().rowCount();
            transactionCount = read.transactions() == null ? 0 : read.transactions().rowCount();
            sourceText.set(i18n("segments.source.summary", customerCount, transactionCount));
            context.setData(read);
            loaded.set(true);
            afterLoad.run();
        });
    }

    /** The roles saved with dataset {@code name} (empty when it is not a workspace dataset or has none). */
    private static RoleMapping savedRoles(Workspace workspace, String name) {
        return name == null ? RoleMapping.empty() : DatasetService.findDataset(workspace, name)
                .map(Dataset::roles).orElse(RoleMapping.empty());
    }

    /** The datasets a load reads, as recorded with the runs made from it. */
    private static List<RunDatasets.Used> usedDatasets(Workspace workspace, String customers, String transactions) {
        List<RunDatasets.Used> list = new ArrayList<>();
        list.add(new RunDatasets.Used("customers", DatasetService.findDataset(workspace, customers)
                .map(Dataset::id).orElse(null), customers == null ? "" : customers));
        list.add(new RunDatasets.Used("transactions", DatasetService.findDataset(workspace, transactions)
                .map(Dataset::id).orElse(null), transactions));
        return list;
    }

    private static Path datasetFile(Workspace workspace, String name) {
        return workspace.datasets().stream().filter(d -> d.name().equals(name)).map(Workspace.DatasetEntry::path)
                .findFirst().orElse(workspace.dataDirectory().resolve(name));
    }

    /** The datasets the loaded data came from, kept with the runs made from it. */
    List<RunDatasets.Used> used() {
        return used;
    }

    /** The files the loaded data came from, or null before a load. */
    SourceFiles files() {
        return files;
    }

    /** True once the data source has been read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
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

    /** The summary line in the current language: the counts, and the datasets they came from once known. */
    public String summary() {
        // Formatted now, not at load time: a view rebuilt for another language shows it in that language.
        String counts = customerCount < 0 ? "" : i18n("segments.source.summary", customerCount, transactionCount);
        return usedDatasets.get().isEmpty() ? counts : i18n("segments.source.used", counts, usedDatasets.get());
    }
}
