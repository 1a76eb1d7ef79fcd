package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.SegmentRunStore;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;

/** Controller of {@code fxml/segment/RunsView.fxml}: saved runs, and two selected runs compared. */
public final class RunsView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final RunHistory model;
    private final ReadOnlyBooleanProperty busy;

    @FXML private TableView<SegmentRunStore.Summary> runsTable;
    @FXML private Button compareButton;
    @FXML private Label comparisonLabel;
    @FXML private TableView<SizeRow> comparisonTable;

    private RunsView(RunHistory model, ReadOnlyBooleanProperty busy) {
        this.model = model;
        this.busy = busy;
    }

    /** Loads the pane for {@code model}; {@code busy} disables comparing while a segment task runs. */
    public static Parent create(RunHistory model, ReadOnlyBooleanProperty busy) {
        return ViewLoader.load("segment/RunsView.fxml", new RunsView(model, busy));
    }

    @FXML
    private void initialize() {
        runsTable.setItems(model.runs());
        runsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runsTable.getColumns().setAll(List.of(
                Columns.text(i18n("segments.col.date"), 130, s -> WHEN.format(s.createdAt())),
                Columns.text(i18n("segments.col.datasets"), 200, s -> model.datasetsOf(s.id())),
                Columns.text(i18n("segments.col.algorithm"), 120, s -> SegmentText.algorithm(s.algorithm())),
                Columns.text(i18n("segments.col.k"), 40, s -> Integer.toString(s.k())),
                Columns.text(i18n("segments.col.seed"), 60, s -> Long.toString(s.seed())),
                Columns.text(i18n("segments.col.silhouette"), 80, s -> s.silhouette() == null ? "–"
                        : String.format(Locale.ROOT, "%.3f", s.silhouette())),
                Columns.text(i18n("segments.col.params"), 240, s -> SegmentText.parameters(s.parameters())),
                Columns.text(i18n("segments.col.features"), 240, s -> String.join(", ", s.features()))));
        compareButton.disableProperty().bind(Bindings.size(runsTable.getSelectionModel().getSelectedItems())
                .isNotEqualTo(2).or(busy));
        comparisonTable.setItems(model.comparisonRows());
        comparisonTable.getColumns().setAll(List.of(
                Columns.text(i18n("segments.col.segment"), 90, SizeRow::segment),
                Columns.text(i18n("segments.col.runa"), 110, SizeRow::sizeA),
                Columns.text(i18n("segments.col.runb"), 110, SizeRow::sizeB)));
        comparisonLabel.textProperty().bind(model.comparisonTextProperty());
    }

    @FXML
    private void compare() {
        var chosen = runsTable.getSelectionModel().getSelectedItems();
        if (chosen.size() == 2) {
            model.compare(chosen.get(0), chosen.get(1));
        }
    }
}
