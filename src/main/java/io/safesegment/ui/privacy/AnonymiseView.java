package io.safesegment.ui.privacy;

import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import io.safesegment.ui.common.ViewLoader;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/**
 * Controller of {@code fxml/privacy/AnonymiseView.fxml}: binds the targets, the hierarchies (import/export), Find
 * optimal / Cancel and the result to {@link AnonymiseViewModel}; the solution space is its own view below.
 */
public final class AnonymiseView {
    private final AnonymiseViewModel model;

    @FXML private Label qiLabel;
    @FXML private Spinner<Integer> kSpinner;
    @FXML private Spinner<Integer> lSpinner;
    @FXML private ComboBox<PrivacyModel.LVariant> lVariantBox;
    @FXML private Spinner<Double> cSpinner;
    @FXML private Spinner<Double> tSpinner;
    @FXML private ComboBox<PrivacyModel.TDistance> tDistanceBox;
    @FXML private Spinner<Double> maxRiskSpinner;
    @FXML private Spinner<Double> suppressionSpinner;
    @FXML private ComboBox<UtilityMetric> metricBox;
    @FXML private Button findButton;
    @FXML private Button cancelButton;
    @FXML private Button saveTargetsButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<HierarchyChoices.Row> hierarchyTable;
    @FXML private TableColumn<HierarchyChoices.Row, String> hierarchyColumn;
    @FXML private TableColumn<HierarchyChoices.Row, String> hierarchySource;
    @FXML private TableColumn<HierarchyChoices.Row, Integer> hierarchyLevels;
    @FXML private TableColumn<HierarchyChoices.Row, String> hierarchyUncovered;
    @FXML private Button importHierarchyButton;
    @FXML private Button exportHierarchyButton;
    @FXML private Label messageLabel;
    @FXML private Label levelsLabel;
    @FXML private Label riskLabel;
    @FXML private VBox spaceBox;
    @FXML private VBox utilityBox;

    private AnonymiseView(AnonymiseViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(AnonymiseViewModel model) {
        return ViewLoader.load("privacy/AnonymiseView.fxml", new AnonymiseView(model));
    }

    @FXML
    private void initialize() {
        AnonymiseTargets t = model.targets();
        qiLabel.textProperty().bind(model.quasiIdentifierText());
        bind(kSpinner, new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 1000, t.kProperty().get()),
                v -> t.kProperty().set(v));
        bind(lSpinner, new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100, t.lProperty().get()),
                v -> t.lProperty().set(v));
        bind(cSpinner, new SpinnerValueFactory.DoubleSpinnerValueFactory(0.1, 100, t.cProperty().get(), 0.5),
                v -> t.cProperty().set(v));
        bind(tSpinner, new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, t.tProperty().get(), 0.05),
                v -> t.tProperty().set(v));
        bind(maxRiskSpinner, new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100,
                t.maxRiskPercentProperty().get(), 5), v -> t.maxRiskPercentProperty().set(v));
        bind(suppressionSpinner, new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100,
                t.suppressionPercentProperty().get(), 1), v -> t.suppressionPercentProperty().set(v));
        // a reloaded policy's stored targets come back through the properties
        follow(kSpinner, t.kProperty(), Number::intValue);
        follow(lSpinner, t.lProperty(), Number::intValue);
        follow(cSpinner, t.cProperty(), Number::doubleValue);
        follow(tSpinner, t.tProperty(), Number::doubleValue);
        follow(maxRiskSpinner, t.maxRiskPercentProperty(), Number::doubleValue);
        follow(suppressionSpinner, t.suppressionPercentProperty(), Number::doubleValue);
        AnonymiseChoices.choice(lVariantBox, PrivacyModel.LVariant.values(), t.lVariantProperty());
        AnonymiseChoices.choice(tDistanceBox, PrivacyModel.TDistance.values(), t.tDistanceProperty());
        AnonymiseChoices.choice(metricBox, UtilityMetric.values(), t.metricProperty());
        cSpinner.disableProperty().bind(t.lVariantProperty().isNotEqualTo(PrivacyModel.LVariant.RECURSIVE));
        findButton.disableProperty().bind(model.searchingProperty().or(model.utility().busyProperty()));
        cancelButton.disableProperty().bind(model.searchingProperty().not());
        saveTargetsButton.disableProperty().bind(model.searchingProperty());
        busyIndicator.visibleProperty().bind(model.searchingProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        levelsLabel.textProperty().bind(model.levelsProperty());
        riskLabel.textProperty().bind(model.riskProperty());

        HierarchyChoices h = model.hierarchies();
        hierarchyTable.setItems(h.rows());
        hierarchyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        hierarchySource.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source()));
        hierarchyLevels.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().levels()));
        hierarchyUncovered.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().uncovered()));
        hierarchyUncovered.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // The list of uncovered values can be long: the whole text on hover.
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        hierarchyTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                h.selectedProperty().set(now);
            }
        });
        h.selectedProperty().addListener((o, old, now) -> {
            if (now != null && hierarchyTable.getSelectionModel().getSelectedItem() != now) {
                hierarchyTable.getSelectionModel().select(now);
            }
        });
        importHierarchyButton.disableProperty().bind(h.selectedProperty().isNull().or(model.searchingProperty()));
        exportHierarchyButton.disableProperty().bind(h.selectedProperty().isNull());
        spaceBox.getChildren().setAll(SolutionSpaceView.create(model));
        utilityBox.getChildren().setAll(UtilityView.create(model));
    }

    private static <T> void bind(Spinner<T> spinner, SpinnerValueFactory<T> factory, java.util.function.Consumer<T> to) {
        spinner.setValueFactory(factory);
        spinner.valueProperty().addListener((obs, old, now) -> to.accept(now));
    }

    private static <T> void follow(Spinner<T> spinner, javafx.beans.value.ObservableValue<? extends Number> property,
                                   Function<Number, T> value) {
        property.addListener((obs, old, now) -> spinner.getValueFactory().setValue(value.apply(now)));
    }

    @FXML
    private void find() {
        model.findOptimal();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void saveTargets() {
        model.saveTargets();
    }

    @FXML
    private void importHierarchy() {
        model.hierarchies().importSelected();
    }

    @FXML
    private void exportHierarchy() {
        model.hierarchies().exportSelected();
    }
}
