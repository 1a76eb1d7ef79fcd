package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.rfm.RfmResult;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** Controller of {@code fxml/segment/RfmView.fxml}: the RFM button, summary and segment table. */
public final class RfmView {
    private final RfmViewModel model;

    @FXML private Button rfmButton;
    @FXML private Label rfmLabel;
    @FXML private TableView<RfmResult.SegmentSummary> rfmTable;

    private RfmView(RfmViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(RfmViewModel model) {
        return ViewLoader.load("segment/RfmView.fxml", new RfmView(model));
    }

    @FXML
    private void initialize() {
        rfmButton.disableProperty().bind(model.busyProperty());
        rfmLabel.textProperty().bind(model.summaryProperty());
        rfmTable.setItems(model.segments());
        rfmTable.getColumns().setAll(List.of(
                Columns.text(i18n("segments.col.rfmsegment"), 180, RfmResult.SegmentSummary::name),
                Columns.text(i18n("segments.col.customers"), 100, s -> Columns.count(s.customers())),
                Columns.text(i18n("segments.col.share"), 80, s -> Columns.percent(s.share())),
                Columns.text(i18n("segments.col.revenue"), 120, s -> Columns.decimal(s.revenue(), 2))));
    }

    @FXML
    private void runRfm() {
        model.runRfm();
    }
}
