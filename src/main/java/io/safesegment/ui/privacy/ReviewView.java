package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.review.PolicyReview;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.TooltipCell;
import io.safesegment.ui.common.ViewLoader;
import java.util.AbstractList;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Controller of {@code fxml/privacy/ReviewView.fxml}: original beside masked values, the per-column summary and the
 * risk before and after, for the applied policy; the export bar sits on top.
 */
public final class ReviewView {
    private final ReviewViewModel model;
    private final ExportViewModel export;
    private final ChangeListener<PolicyReview> reviewListener = (obs, old, now) -> showComparison(now);

    @FXML private Label reviewStateLabel;
    @FXML private Label blockedLabel;
    @FXML private StackPane exportHost;
    @FXML private Label utilityLabel;
    @FXML private Label riskQisLabel;
    @FXML private TableView<Integer> comparisonTable;
    @FXML private TableView<OutcomeRow> outcomeTable;
    @FXML private TableView<RiskRow> riskTable;

    private ReviewView(ReviewViewModel model, ExportViewModel export) {
        this.model = model;
        this.export = export;
    }

    /** Loads the pane for {@code model}, with the export bar of {@code export}. */
    public static Parent create(ReviewViewModel model, ExportViewModel export) {
        return ViewLoader.load("privacy/ReviewView.fxml", new ReviewView(model, export));
    }

    @FXML
    private void initialize() {
        reviewStateLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.reviewErrorProperty().get().isEmpty()) {
                return model.reviewErrorProperty().get();
            }
            return model.reviewingProperty().get() ? i18n("privacy.review.running")
                    : model.reviewProperty().get() == null ? i18n("privacy.review.none")
                    : i18n("privacy.review.current", Math.min(ReviewViewModel.PREVIEW_ROWS,
                    model.reviewProperty().get().cost().rows()));
        }, model.reviewErrorProperty(), model.reviewingProperty(), model.reviewProperty()));
        blockedLabel.textProperty().bind(model.blockedReason());
        blockedLabel.visibleProperty().bind(model.blockedReason().isNotEmpty());
        blockedLabel.managedProperty().bind(blockedLabel.visibleProperty());
        exportHost.getChildren().setAll(ExportView.create(export));
        utilityLabel.textProperty().bind(model.utilitySummaryProperty());
        riskQisLabel.textProperty().bind(model.riskColumnsTextProperty());
        outcomeTable.setItems(model.outcomeRows());
        outcomeTable.getColumns().setAll(
                Columns.unsorted(i18n("privacy.col.column"), 120, OutcomeRow::column),
                Columns.unsorted(i18n("privacy.col.rule"), 220, OutcomeRow::rule),
                Columns.unsorted(i18n("privacy.col.label"), 110, OutcomeRow::label),
                Columns.unsorted(i18n("privacy.col.distinct"), 150, OutcomeRow::distinct),
                Columns.unsorted(i18n("privacy.col.shift"), 120, OutcomeRow::meanShift));
        outcomeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        outcomeTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(OutcomeRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(PseudoClass.getPseudoClass("kept"), !empty && item != null && !item.changed());
            }
        });
        riskTable.setItems(model.riskRows());
        riskTable.getColumns().setAll(
                Columns.unsorted(i18n("privacy.col.measure"), 190, RiskRow::metric),
                Columns.unsorted(i18n("privacy.col.before"), 100, RiskRow::before),
                Columns.unsorted(i18n("privacy.col.after"), 100, RiskRow::after));
        riskTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.reviewProperty().addListener(new WeakChangeListener<>(reviewListener));
        showComparison(model.reviewProperty().get());
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
            TooltipCell.install(before);
            TableColumn<Integer, String> now = new TableColumn<>(i18n("privacy.compare.masked"));
            now.setCellValueFactory(c -> new ReadOnlyStringWrapper(after == null ? i18n("privacy.compare.removed")
                    : after.getString(c.getValue())));
            now.setCellFactory(c -> new MaskedCell(column, after));
            double width = Math.max(90, Math.min(220, column.name().length() * 8 + 30));
            for (TableColumn<Integer, String> c : java.util.List.of(before, now)) {
                c.setPrefWidth(width);
                c.setSortable(false);
            }
            before.getStyleClass().add("original-column");
            now.getStyleClass().add("masked-column");
            group.getColumns().setAll(before, now);
            comparisonTable.getColumns().add(group);
        }
        comparisonTable.setItems(rowIndices(Math.min(ReviewViewModel.PREVIEW_ROWS, original.rowCount())));
    }

    /** Masked value cell, tinted when masking changed the value and greyed when the column was removed. */
    private static final class MaskedCell extends TooltipCell<Integer> {
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
}
