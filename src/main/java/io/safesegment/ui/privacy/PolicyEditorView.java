package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/**
 * Controller of {@code fxml/privacy/PolicyEditorView.fxml}: the rule table (role, operator, parameters, suggested
 * rule, check) and, beside it, the selected rule's parameter form. Edits go to the ViewModel's draft.
 */
public final class PolicyEditorView {
    private final PolicyEditorViewModel model;
    private final RuleFormViewModel form;

    @FXML private Label problemsLabel;
    @FXML private TableView<ColumnRow> policyTable;
    @FXML private StackPane formHost;

    private PolicyEditorView(PolicyEditorViewModel model, RuleFormViewModel form) {
        this.model = model;
        this.form = form;
    }

    /** Loads the pane for {@code model} with the parameter form of {@code form}. */
    public static Parent create(PolicyEditorViewModel model, RuleFormViewModel form) {
        return ViewLoader.load("privacy/PolicyEditorView.fxml", new PolicyEditorView(model, form));
    }

    @FXML
    private void initialize() {
        problemsLabel.textProperty().bind(model.policyProblemsProperty());
        problemsLabel.visibleProperty().bind(model.policyProblemsProperty().isNotEmpty());
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        policyTable.setItems(model.columns());
        TableColumn<ColumnRow, String> name = Columns.observable(i18n("privacy.col.column"), 130,
                row -> new ReadOnlyStringWrapper(row.column()));
        name.getStyleClass().add("name-column");
        TableColumn<ColumnRow, String> operator = new TableColumn<>(i18n("privacy.col.operator"));
        operator.setCellValueFactory(c -> c.getValue().operatorProperty());
        operator.setCellFactory(c -> EditorCells.combo(PrivacyService.operatorIds(), id -> id,
                ColumnRow::operatorProperty, "operator-box"));
        operator.setPrefWidth(170);
        TableColumn<ColumnRow, String> params = new TableColumn<>(i18n("privacy.col.params"));
        params.setCellValueFactory(c -> c.getValue().paramsProperty());
        params.setCellFactory(c -> EditorCells.text(ColumnRow::paramsProperty, i18n("privacy.params.prompt")));
        params.setPrefWidth(230);
        policyTable.getColumns().setAll(name,
                PrivacyColumns.role(i18n("privacy.col.role"), ColumnRow::roleProperty), operator, params,
                Columns.observable(i18n("privacy.col.suggestedrule"), 200, ColumnRow::suggestedRuleProperty),
                PrivacyColumns.check(i18n("privacy.col.problem"), 260));
        policyTable.setFixedCellSize(-1);
        // Selecting a row only shows its form: browsing never edits, saves or re-masks.
        policyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selectedProperty().set(now));
        formHost.getChildren().setAll(RuleFormView.create(form));
    }
}
