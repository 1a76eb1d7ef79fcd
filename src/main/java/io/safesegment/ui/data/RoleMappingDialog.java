package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.SemanticRole;
import io.safesegment.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;

/**
 * Controller of {@code fxml/data/RoleMappingView.fxml}: one line per semantic role with a column picker ("none"
 * allowed) and the suggestion with its confidence and reason. Apply saves, Cancel or Esc closes without saving.
 */
final class RoleMappingDialog {
    private final RoleMappingModel model;

    @FXML private GridPane rolesGrid;
    @FXML private Label derivationLabel;
    @FXML private Label problemLabel;

    private RoleMappingDialog(RoleMappingModel model) {
        this.model = model;
    }

    static void show(RoleMappingModel model, Scene owner) {
        Node content = ViewLoader.load("data/RoleMappingView.fxml", new RoleMappingDialog(model));
        ButtonType apply = new ButtonType(i18n("data.roles.apply"), ButtonBar.ButtonData.OK_DONE);
        Dialog<ButtonType> dialog = Dialogs.create(i18n("data.roles.title"),
                i18n("data.roles.header", model.editingProperty().get().name()), content, owner, apply,
                ButtonType.CANCEL);
        dialog.getDialogPane().setId("roleMappingPane");
        dialog.getDialogPane().lookupButton(apply).setId("rolesApplyButton");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("rolesCancelButton");
        dialog.getDialogPane().lookupButton(apply).disableProperty().bind(model.problem().isNotEmpty());
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == apply) {
                model.apply();
            } else {
                model.cancel();
            }
        });
        dialog.show();
    }

    @FXML
    private void initialize() {
        int line = 1;
        for (RoleRow row : model.rows()) {
            Label role = new Label(roleLabel(row.role()));
            ComboBox<String> column = new ComboBox<>();
            column.setId("role-" + row.role().cliName());
            column.getItems().add(null);
            column.getItems().addAll(model.columns());
            column.setButtonCell(new ColumnCell());
            column.setCellFactory(list -> new ColumnCell());
            column.setMaxWidth(Double.MAX_VALUE);
            column.valueProperty().bindBidirectional(row.column());
            Label suggestion = new Label(row.suggested() == null ? i18n("data.roles.nosuggestion")
                    : i18n("data.roles.suggested", row.suggested(), Math.round(row.confidence() * 100),
                    row.reason()));
            suggestion.setId("suggestion-" + row.role().cliName());
            suggestion.getStyleClass().add("summary");
            rolesGrid.addRow(line++, role, column, suggestion);
        }
        derivationLabel.textProperty().bind(model.derivationNote());
        derivationLabel.managedProperty().bind(model.derivationNote().isNotEmpty());
        problemLabel.textProperty().bind(model.problem());
        problemLabel.managedProperty().bind(model.problem().isNotEmpty());
    }

    /** A column name, or "(none)" for the empty choice. */
    private static final class ColumnCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? i18n("data.roles.none") : item);
        }
    }

    /** The translated name of a semantic role. */
    static String roleLabel(SemanticRole role) {
        return switch (role) {
            case CUSTOMER_ID -> i18n("data.role.customer_id");
            case ORDER_ID -> i18n("data.role.order_id");
            case TIMESTAMP -> i18n("data.role.timestamp");
            case AMOUNT -> i18n("data.role.amount");
            case QUANTITY -> i18n("data.role.quantity");
            case UNIT_PRICE -> i18n("data.role.unit_price");
            case PRODUCT_ID -> i18n("data.role.product_id");
            case PRODUCT_NAME -> i18n("data.role.product_name");
            case CATEGORY -> i18n("data.role.category");
            case RATING -> i18n("data.role.rating");
            case SEGMENT -> i18n("data.role.segment");
            case BIRTH_DATE -> i18n("data.role.birth_date");
            case SIGNUP_DATE -> i18n("data.role.signup_date");
            case CHANNEL -> i18n("data.role.channel");
            case FEATURE -> i18n("data.role.feature");
        };
    }
}
