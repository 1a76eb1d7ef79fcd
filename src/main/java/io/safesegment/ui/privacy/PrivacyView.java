package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.policy.OperatorFactory;
import io.safesegment.core.privacy.review.PolicyReview;
import io.safesegment.ui.common.ViewLoader;
import java.util.AbstractList;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Controller of {@code fxml/privacy/PrivacyView.fxml}: binds the three privacy tabs to {@link PrivacyViewModel}. */
public final class PrivacyView {
    static final KeyCombination EXPORT_KEY = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DETECT_KEY = new KeyCodeCombination(KeyCode.F5);

    private final PrivacyViewModel model;

    @FXML private StackPane privacyView;
    @FXML private VBox emptyState;
    @FXML private VBox mainPane;
    @FXML private Label datasetLabel;
    @FXML private Label policyLocationLabel;
    @FXML private Label demoKeyNotice;
    @FXML private Button detectButton;
    @FXML private Button acceptButton;
    @FXML private Button exportButton;
    @FXML private TabPane tabs;
    @FXML private Tab reviewTab;
    @FXML private TableView<ColumnRow> personalTable;
    @FXML private TableView<ColumnRow> policyTable;
    @FXML private Label problemsLabel;
    @FXML private Label reviewStateLabel;
    @FXML private Label exportMessageLabel;
    @FXML private Button exportAnywayButton;
    @FXML private Label utilityLabel;
    @FXML private Label riskQisLabel;
    @FXML private TableView<Integer> comparisonTable;
    @FXML private TableView<OutcomeRow> outcomeTable;
    @FXML private TableView<RiskRow> riskTable;

    private final ChangeListener<PolicyReview> reviewListener = (obs, old, now) -> showComparison(now);
    private final ChangeListener<Object> exportStateListener = (obs, old, now) -> styleExportMessage();

    private PrivacyView(PrivacyViewModel model) {
        this.model = model;
    }

    /** Loads the view for {@code model}. */
    public static Parent create(PrivacyViewModel model) {
        return ViewLoader.load("privacy/PrivacyView.fxml", new PrivacyView(model));
    }

    @FXML
    private void initialize() {
        emptyState.visibleProperty().bind(model.hasTable().not());
        mainPane.visibleProperty().bind(model.hasTable());
        datasetLabel.textProperty().bind(model.datasetNameProperty());
        policyLocationLabel.textProperty().bind(model.policyLocationProperty());
        demoKeyNotice.visibleProperty().bind(model.demoKeyProperty());
        demoKeyNotice.managedProperty().bind(model.demoKeyProperty());
        detectButton.disableProperty().bind(model.detectingProperty());
        acceptButton.disableProperty().bind(model.acceptDisabled());
        exportButton.disableProperty().bind(model.exportDisabled());

        setUpPersonalTable();
        setUpPolicyTable();
        problemsLabel.textProperty().bind(model.policyProblemsProperty());
        problemsLabel.visibleProperty().bind(model.policyProblemsProperty().isNotEmpty());
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());

        reviewStateLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.reviewErrorProperty().get().isEmpty()) {
                return model.reviewErrorProperty().get();
            }
            return model.reviewingProperty().get() ? i18n("privacy.review.running")
                    : model.reviewProperty().get() == null ? i18n("privacy.review.none")
                    : i18n("privacy.review.current", Math.min(PrivacyViewModel.PREVIEW_ROWS,
                    model.reviewProperty().get().cost().rows()));
        }, model.reviewErrorProperty(), model.reviewingProperty(), model.reviewProperty()));
        exportMessageLabel.textProperty().bind(model.exportMessageProperty());
        exportAnywayButton.visibleProperty().bind(model.exportAnywayAvailable());
        exportAnywayButton.managedProperty().bind(exportAnywayButton.visibleProperty());
        utilityLabel.textProperty().bind(model.utilitySummaryProperty());
        riskQisLabel.textProperty().bind(model.riskColumnsTextProperty());
        setUpReviewTables();
        model.reviewProperty().addListener(new WeakChangeListener<>(reviewListener));
        model.exportStateProperty().addListener(new WeakChangeListener<>(exportStateListener));
        showComparison(model.reviewProperty().get());
        styleExportMessage();

        privacyView.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.getAccelerators().remove(EXPORT_KEY);
                old.getAccelerators().remove(DETECT_KEY);
            }
            if (now != null) {
                installShortcuts(now);
            }
            model.setActive(now != null);
        });
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(EXPORT_KEY, this::export);
        scene.getAccelerators().put(DETECT_KEY, this::detect);
    }

    private void setUpPersonalTable() {
        personalTable.setItems(model.columns());
        personalTable.getColumns().setAll(
                textColumn(i18n("privacy.col.column"), 150, row -> row.column()),
                bound(i18n("privacy.col.detected"), 300, ColumnRow::entitiesProperty),
                confidenceColumn(),
                roleColumn(i18n("privacy.col.suggested"), ColumnRow::suggestedRoleProperty),
                editableRoleColumn());
    }

    private void setUpPolicyTable() {
        policyTable.setItems(model.columns());
        TableColumn<ColumnRow, String> operator = new TableColumn<>(i18n("privacy.col.operator"));
        operator.setCellValueFactory(c -> c.getValue().operatorProperty());
        operator.setCellFactory(c -> EditorCells.combo(OperatorFactory.operatorIds(), id -> id,
                ColumnRow::operatorProperty, "operator-box"));
        operator.setPrefWidth(170);
        TableColumn<ColumnRow, String> params = new TableColumn<>(i18n("privacy.col.params"));
        params.setCellValueFactory(c -> c.getValue().paramsProperty());
        params.setCellFactory(c -> EditorCells.text(ColumnRow::paramsProperty, i18n("privacy.params.prompt")));
        params.setPrefWidth(260);
        TableColumn<ColumnRow, String> problem = bound(i18n("privacy.col.problem"), 260, ColumnRow::problemProperty);
        problem.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean bad = !empty && item != null && !item.isEmpty();
                setText(empty ? null : bad ? item : "✓");
                getStyleClass().removeAll("problem-cell", "ok-cell");
                if (!empty) {
                    getStyleClass().add(bad ? "problem-cell" : "ok-cell");
                }
            }
        });
        policyTable.getColumns().setAll(
                textColumn(i18n("privacy.col.column"), 140, row -> row.column()),
                roleColumn(i18n("privacy.col.role"), ColumnRow::roleProperty),
                operator, params,
                bound(i18n("privacy.col.suggestedrule"), 230, ColumnRow::suggestedRuleProperty),
                problem);
    }

    private void setUpReviewTables() {
        outcomeTable.setItems(model.outcomeRows());
        outcomeTable.getColumns().setAll(
                recordColumn(i18n("privacy.col.column"), 120, OutcomeRow::column),
                recordColumn(i18n("privacy.col.rule"), 220, OutcomeRow::rule),
                recordColumn(i18n("privacy.col.label"), 110, OutcomeRow::label),
                recordColumn(i18n("privacy.col.distinct"), 150, OutcomeRow::distinct),
                recordColumn(i18n("privacy.col.shift"), 120, OutcomeRow::meanShift));
        outcomeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        outcomeTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(OutcomeRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("kept"),
                        !empty && item != null && !item.changed());
            }
        });
        riskTable.setItems(model.riskRows());
        riskTable.getColumns().setAll(
                recordColumn(i18n("privacy.col.measure"), 190, RiskRow::metric),
                recordColumn(i18n("privacy.col.before"), 100, RiskRow::before),
                recordColumn(i18n("privacy.col.after"), 100, RiskRow::after));
        riskTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** Original and masked values side by side: one header per column, "original" and "masked" beneath it. */
    private void showComparison(PolicyReview review) {
        comparisonTable.getColumns().clear();
        Table original = model.tableProperty().get();
        if (review == null || original == null) {
            comparisonTable.setItems(FXCollections.observableArrayList());
            return;
        }
        Table masked = review.mask().masked();
        for (Column<?> column : original.columns()) {
            Column<?> after = masked.containsColumn(column.name()) ? masked.column(column.name()) : null;
            TableColumn<Integer, String> group = new TableColumn<>(column.name());
            TableColumn<Integer, String> before = new TableColumn<>(i18n("privacy.compare.original"));
            before.setCellValueFactory(c -> new ReadOnlyStringWrapper(column.getString(c.getValue())));
            TableColumn<Integer, String> now = new TableColumn<>(i18n("privacy.compare.masked"));
            now.setCellValueFactory(c -> new ReadOnlyStringWrapper(after == null ? i18n("privacy.compare.removed")
                    : after.getString(c.getValue())));
            now.setCellFactory(c -> new MaskedCell(column, after));
            double width = Math.max(90, Math.min(220, column.name().length() * 8 + 30));
            before.setPrefWidth(width);
            now.setPrefWidth(width);
            before.setSortable(false);
            now.setSortable(false);
            before.getStyleClass().add("original-column");
            now.getStyleClass().add("masked-column");
            group.getColumns().setAll(before, now);
            comparisonTable.getColumns().add(group);
        }
        comparisonTable.setItems(rowIndices(Math.min(PrivacyViewModel.PREVIEW_ROWS, original.rowCount())));
    }

    /** Masked value cell, tinted when masking changed the value and greyed when the column was removed. */
    private static final class MaskedCell extends TableCell<Integer, String> {
        private final Column<?> before;
        private final Column<?> after;

        MaskedCell(Column<?> before, Column<?> after) {
            this.before = before;
            this.after = after;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("changed-cell", "removed-cell");
            setText(empty ? null : item);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                return;
            }
            int row = getTableRow().getItem();
            if (after == null) {
                getStyleClass().add("removed-cell");
            } else if (!before.getString(row).equals(after.getString(row))) {
                getStyleClass().add("changed-cell");
            }
        }
    }

    private TableColumn<ColumnRow, Double> confidenceColumn() {
        TableColumn<ColumnRow, Double> c = new TableColumn<>(i18n("privacy.col.confidence"));
        c.setCellValueFactory(cell -> cell.getValue().confidenceProperty().asObject());
        c.setCellFactory(col -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            {
                bar.setMaxWidth(Double.MAX_VALUE);
                bar.getStyleClass().add("confidence-bar");
            }

            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item < 0) {
                    setGraphic(null);
                    setText(empty ? null : "—");
                    return;
                }
                bar.setProgress(item);
                bar.setPrefWidth(70);
                setGraphic(bar);
                setText(ReviewFormat.percent(item));
            }
        });
        c.setPrefWidth(150);
        return c;
    }

    private TableColumn<ColumnRow, ColumnRole> roleColumn(String title,
                                                          java.util.function.Function<ColumnRow,
                                                                  javafx.beans.property.ObjectProperty<ColumnRole>> p) {
        TableColumn<ColumnRow, ColumnRole> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> p.apply(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ColumnRole item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : ReviewFormat.role(item));
            }
        });
        c.setPrefWidth(150);
        return c;
    }

    private TableColumn<ColumnRow, ColumnRole> editableRoleColumn() {
        TableColumn<ColumnRow, ColumnRole> c = new TableColumn<>(i18n("privacy.col.role"));
        c.setCellValueFactory(cell -> cell.getValue().roleProperty());
        c.setCellFactory(col -> EditorCells.combo(PrivacyViewModel.ROLES, ReviewFormat::role,
                ColumnRow::roleProperty, "role-box"));
        c.setPrefWidth(190);
        return c;
    }

    private static TableColumn<ColumnRow, String> bound(String title, double width,
                                                        java.util.function.Function<ColumnRow,
                                                                javafx.beans.property.StringProperty> p) {
        TableColumn<ColumnRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> p.apply(cell.getValue()));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<ColumnRow, String> textColumn(String title, double width,
                                                             java.util.function.Function<ColumnRow, String> f) {
        TableColumn<ColumnRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.getStyleClass().add("name-column");
        return c;
    }

    private static <R> TableColumn<R, String> recordColumn(String title, double width,
                                                           java.util.function.Function<R, String> f) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(f.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private void styleExportMessage() {
        exportMessageLabel.getStyleClass().removeAll("export-blocked", "export-written");
        switch (model.exportStateProperty().get()) {
            case BLOCKED -> exportMessageLabel.getStyleClass().add("export-blocked");
            case WRITTEN -> exportMessageLabel.getStyleClass().add("export-written");
            default -> { }
        }
    }

    /** An observable list 0..n-1 that stores nothing but its size. */
    private static ObservableList<Integer> rowIndices(int n) {
        return FXCollections.observableList(new AbstractList<>() {
            @Override
            public Integer get(int index) {
                if (index < 0 || index >= n) {
                    throw new IndexOutOfBoundsException(index);
                }
                return index;
            }

            @Override
            public int size() {
                return n;
            }
        });
    }

    @FXML
    private void detect() {
        model.detect();
    }

    @FXML
    private void acceptSuggested() {
        model.acceptSuggestedPolicy();
    }

    @FXML
    private void export() {
        tabs.getSelectionModel().select(reviewTab);
        model.export();
    }

    @FXML
    private void exportAnyway() {
        model.exportAnyway();
    }

    @FXML
    private void showData() {
        model.showData();
    }
}
