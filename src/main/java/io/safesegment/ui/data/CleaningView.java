package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** Controller of {@code fxml/data/CleaningView.fxml}: the cleaning pane, its steps, add, undo and keep. */
public final class CleaningView {
    private final DataViewModel data;

    @FXML private VBox cleaningPane;
    @FXML private MenuButton addStepButton;
    @FXML private Button undoButton;
    @FXML private Button keepCleanedButton;
    @FXML private ListView<CleaningModel.StepRow> stepList;

    private CleaningView(DataViewModel data) {
        this.data = data;
    }

    /** Loads the pane for the section's cleaning steps. */
    static Parent create(DataViewModel data) {
        return ViewLoader.load("data/CleaningView.fxml", new CleaningView(data));
    }

    @FXML
    private void initialize() {
        CleaningModel model = data.cleaning();
        stepList.setItems(model.steps());
        stepList.setCellFactory(list -> new StepCell());
        undoButton.disableProperty().bind(model.undoDisabled());
        keepCleanedButton.disableProperty().bind(model.undoDisabled());
        addStepButton.disableProperty().bind(data.tableProperty().isNull().or(model.runningProperty()));
    }

    @FXML
    private void undo() {
        data.cleaning().undo();
    }

    @FXML
    private void keepCleaned() {
        data.keepCleaned();
    }

    private void add(StepDialog.Kind kind) {
        StepDialog.show(kind, data, cleaningPane.getScene());
    }

    @FXML
    private void addDropDuplicates() {
        add(StepDialog.Kind.DROP_DUPLICATES);
    }

    @FXML
    private void addFillMissing() {
        add(StepDialog.Kind.FILL_MISSING);
    }

    @FXML
    private void addDropMissing() {
        add(StepDialog.Kind.DROP_MISSING);
    }

    @FXML
    private void addOutliers() {
        add(StepDialog.Kind.OUTLIERS);
    }

    @FXML
    private void addNormalise() {
        add(StepDialog.Kind.NORMALISE_TEXT);
    }

    @FXML
    private void addParse() {
        add(StepDialog.Kind.PARSE);
    }

    @FXML
    private void addScale() {
        add(StepDialog.Kind.SCALE);
    }

    @FXML
    private void addOneHot() {
        add(StepDialog.Kind.ONE_HOT);
    }

    @FXML
    private void addDerive() {
        add(StepDialog.Kind.DERIVE);
    }

    /** A cleaning step: its number, what it does and what it changed (in full in the tooltip). */
    private static final class StepCell extends ListCell<CleaningModel.StepRow> {
        @Override
        protected void updateItem(CleaningModel.StepRow item, boolean empty) {
            super.updateItem(item, empty);
            String text = empty || item == null ? null
                    : i18n("data.clean.row", getIndex() + 1, item.description(), item.outcome());
            setText(text);
            setTooltip(text == null ? null : new Tooltip(text));
        }
    }
}
