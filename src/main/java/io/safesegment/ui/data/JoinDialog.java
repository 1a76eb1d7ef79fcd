package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.join.JoinReport;
import io.safesegment.core.data.join.JoinType;
import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;

/** Controller of {@code fxml/data/JoinView.fxml}: other dataset, key columns, join type and the match report. */
final class JoinDialog {
    private final JoinModel model;

    @FXML private ComboBox<DatasetItem> otherBox;
    @FXML private ComboBox<String> leftKeyBox;
    @FXML private ComboBox<String> rightKeyBox;
    @FXML private ComboBox<JoinType> typeBox;
    @FXML private ProgressIndicator joinProgress;
    @FXML private Button runJoinButton;
    @FXML private Label reportLabel;

    private JoinDialog(JoinModel model) {
        this.model = model;
    }

    static void show(JoinModel model, Scene owner) {
        model.prepare();
        Dialogs.create(i18n("data.join.title"), i18n("data.join.header"),
                ViewLoader.load("data/JoinView.fxml", new JoinDialog(model)), owner, ButtonType.CLOSE).show();
    }

    @FXML
    private void initialize() {
        otherBox.setItems(model.others());
        otherBox.setButtonCell(new NameCell());
        otherBox.setCellFactory(list -> new NameCell());
        otherBox.valueProperty().bindBidirectional(model.rightProperty());
        leftKeyBox.setItems(model.leftColumns());
        leftKeyBox.valueProperty().bindBidirectional(model.leftKeyProperty());
        rightKeyBox.setItems(model.rightColumns());
        rightKeyBox.valueProperty().bindBidirectional(model.rightKeyProperty());
        typeBox.getItems().setAll(JoinType.values());
        typeBox.valueProperty().bindBidirectional(model.typeProperty());
        joinProgress.visibleProperty().bind(model.runningProperty());
        runJoinButton.disableProperty().bind(model.joinDisabled());
        model.reportProperty().addListener((obs, old, now) -> reportLabel.setText(report(now)));
        reportLabel.setText(report(model.reportProperty().get()));
    }

    @FXML
    private void join() {
        model.join();
    }

    static String report(JoinReport report) {
        return report == null ? "" : i18n("data.join.report", report.leftRows(), report.rightRows(),
                report.matchedLeftRows(), report.unmatchedLeftRows(), report.unmatchedRightRows(),
                report.duplicateLeftKeys(), report.duplicateRightKeys(), report.resultRows());
    }

    private static final class NameCell extends ListCell<DatasetItem> {
        @Override
        protected void updateItem(DatasetItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
