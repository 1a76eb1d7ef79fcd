package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.AuditAction;
import io.safesegment.core.governance.AuditEntry;
import io.safesegment.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Controller of {@code fxml/governance/AuditPane.fxml}: filters, chain status and the entry table. */
public final class AuditPaneView {
    private final AuditViewModel model;

    @FXML private TextField searchField;
    @FXML private ComboBox<AuditAction> actionBox;
    @FXML private TextField userField;
    @FXML private DatePicker sinceBox;
    @FXML private DatePicker untilBox;
    @FXML private Label chainLabel;
    @FXML private TableView<AuditEntry> auditTable;
    @FXML private TableColumn<AuditEntry, String> seqColumn;
    @FXML private TableColumn<AuditEntry, String> timeColumn;
    @FXML private TableColumn<AuditEntry, String> userColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> objectColumn;
    @FXML private TableColumn<AuditEntry, String> outcomeColumn;
    @FXML private TableColumn<AuditEntry, String> detailColumn;

    private AuditPaneView(AuditViewModel model) {
        this.model = model;
    }

    static Parent create(AuditViewModel model) {
        return ViewLoader.load("governance/AuditPane.fxml", new AuditPaneView(model));
    }

    @FXML
    private void initialize() {
        List<AuditAction> actions = new ArrayList<>();
        actions.add(null);
        actions.addAll(model.actions());
        actionBox.getItems().setAll(actions);
        actionBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuditAction a) {
                return a == null ? i18n("governance.audit.allActions") : a.code();
            }

            @Override
            public AuditAction fromString(String s) {
                return AuditAction.parse(s).orElse(null);
            }
        });
        actionBox.valueProperty().bindBidirectional(model.actionProperty());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        userField.textProperty().bindBidirectional(model.userProperty());
        sinceBox.valueProperty().bindBidirectional(model.sinceProperty());
        untilBox.valueProperty().bindBidirectional(model.untilProperty());
        searchField.setOnAction(e -> refresh());
        userField.setOnAction(e -> refresh());
        actionBox.setOnAction(e -> refresh());
        chainLabel.textProperty().bind(model.chainStatusProperty());
        auditTable.setItems(model.entries());
        Columns.text(seqColumn, AuditEntry::sequence);
        Columns.text(timeColumn, AuditEntry::at);
        Columns.text(userColumn, AuditEntry::user);
        Columns.text(actionColumn, AuditEntry::action);
        Columns.text(objectColumn, AuditEntry::object);
        Columns.text(outcomeColumn, AuditEntry::outcome);
        Columns.text(detailColumn, AuditEntry::detail);
        auditTable.setPlaceholder(new Label(i18n("governance.audit.empty")));
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void exportCsv() {
        model.exportCsv();
    }
}
