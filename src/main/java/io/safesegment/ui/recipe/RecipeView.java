package io.safesegment.ui.recipe;

import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Controller of {@code fxml/recipe/RecipeView.fxml}: binds the step list, buttons and status to the
 * {@link RecipeViewModel} and forwards the user's actions (Delete removes a step, Alt+Up / Alt+Down move it).
 */
public final class RecipeView {
    private final RecipeViewModel model;

    @FXML private Button newButton;
    @FXML private Button saveButton;
    @FXML private Button openButton;
    @FXML private Button dryRunButton;
    @FXML private Button replayButton;
    @FXML private Button cancelButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button removeButton;
    @FXML private Label titleLabel;
    @FXML private TableView<StepRow> stepsTable;
    @FXML private TableColumn<StepRow, String> numberColumn;
    @FXML private TableColumn<StepRow, String> kindColumn;
    @FXML private TableColumn<StepRow, String> nameColumn;
    @FXML private TableColumn<StepRow, String> summaryColumn;
    @FXML private TableColumn<StepRow, String> outcomeColumn;
    @FXML private Label problemsHeading;
    @FXML private ListView<String> problemsList;
    @FXML private Label statusLabel;
    @FXML private ProgressBar progressBar;

    private RecipeView(RecipeViewModel model) {
        this.model = model;
    }

    /** Loads the panel for {@code model}. */
    public static Parent create(RecipeViewModel model) {
        return ViewLoader.load("recipe/RecipeView.fxml", new RecipeView(model));
    }

    @FXML
    private void initialize() {
        model.relocalise(); // rows and status were rendered in the language in use when they were made
        Columns.textWithDetail(numberColumn, r -> String.valueOf(r.number()), StepRow::json);
        Columns.textWithDetail(kindColumn, StepRow::kind, StepRow::json);
        Columns.textWithDetail(nameColumn, StepRow::name, StepRow::json);
        Columns.textWithDetail(summaryColumn, StepRow::summary, StepRow::json);
        Columns.textWithDetail(outcomeColumn, StepRow::outcome, StepRow::outcome);
        stepsTable.setItems(model.steps());
        stepsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        stepsTable.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        Columns.wrapping(problemsList);
        problemsList.setItems(model.problems());
        problemsList.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problemsList.managedProperty().bind(problemsList.visibleProperty());
        problemsHeading.visibleProperty().bind(problemsList.visibleProperty());
        problemsHeading.managedProperty().bind(problemsList.visibleProperty());
        titleLabel.textProperty().bind(model.titleProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.busyProperty());

        var busy = model.busyProperty();
        var noSelection = stepsTable.getSelectionModel().selectedItemProperty().isNull();
        newButton.disableProperty().bind(busy.or(model.emptyBinding()));
        openButton.disableProperty().bind(busy);
        saveButton.disableProperty().bind(busy.or(model.emptyBinding()));
        dryRunButton.disableProperty().bind(model.canRunBinding().not());
        replayButton.disableProperty().bind(model.canRunBinding().not());
        cancelButton.disableProperty().bind(busy.not());
        upButton.disableProperty().bind(busy.or(noSelection)
                .or(stepsTable.getSelectionModel().selectedIndexProperty().lessThan(1)));
        downButton.disableProperty().bind(busy.or(noSelection).or(stepsTable.getSelectionModel()
                .selectedIndexProperty().greaterThanOrEqualTo(Bindings.size(model.steps()).subtract(1))));
        removeButton.disableProperty().bind(busy.or(noSelection));
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.DELETE) {
            remove();
        } else if (event.isAltDown() && event.getCode() == KeyCode.UP) {
            moveUp();
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            moveDown();
        } else {
            return;
        }
        event.consume();
    }

    private int selected() {
        return stepsTable.getSelectionModel().getSelectedIndex();
    }

    private void select(int index) {
        if (index >= 0) {
            stepsTable.getSelectionModel().clearAndSelect(index);
            stepsTable.getFocusModel().focus(index);
        }
    }

    @FXML
    private void moveUp() {
        select(model.moveUp(selected()));
    }

    @FXML
    private void moveDown() {
        select(model.moveDown(selected()));
    }

    @FXML
    private void remove() {
        select(model.remove(selected()));
    }

    @FXML
    private void newRecipe() {
        model.newRecipe();
    }

    @FXML
    private void open() {
        model.open();
    }

    @FXML
    private void saveAs() {
        model.saveAs();
    }

    @FXML
    private void dryRun() {
        model.dryRun();
    }

    @FXML
    private void replay() {
        model.replay();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
