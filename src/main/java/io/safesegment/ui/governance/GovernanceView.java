package io.safesegment.ui.governance;

import io.safesegment.core.governance.Role;
import io.safesegment.ui.common.ViewLoader;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.util.Callback;

/** Controller of {@code fxml/governance/GovernanceView.fxml}: the acting role and the panes as tabs. */
public final class GovernanceView {
    private final GovernanceViewModel model;

    @FXML private ComboBox<Role> roleBox;
    @FXML private Tab auditTab;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private Tab reviewTab;
    @FXML private Tab sideBySideTab;
    @FXML private Tab stewardshipTab;
    @FXML private Tab accountsTab;
    @FXML private Tab releaseTab;

    private GovernanceView(GovernanceViewModel model) {
        this.model = model;
    }

    /** Loads the section for {@code model} and reads the open workspace. */
    public static Parent create(GovernanceViewModel model) {
        Parent root = ViewLoader.load("governance/GovernanceView.fxml", new GovernanceView(model));
        model.refresh();
        return root;
    }

    @FXML
    private void initialize() {
        roleBox.getItems().setAll(List.of(Role.values()));
        Callback<javafx.scene.control.ListView<Role>, ListCell<Role>> cells = l -> new ListCell<>() {
            @Override
            protected void updateItem(Role role, boolean empty) {
                super.updateItem(role, empty);
                setText(empty || role == null ? null : GovernanceLabels.role(role));
            }
        };
        roleBox.setCellFactory(cells);
        roleBox.setButtonCell(cells.call(null));
        roleBox.valueProperty().bindBidirectional(model.roleProperty());
        roleBox.disableProperty().bind(model.signedInProperty()); // a signed-in account's role is not a choice
        auditTab.setContent(AuditPaneView.create(model.audit()));
        reviewTab.setContent(ReviewPaneView.create(model.review(),
                () -> tabs.getSelectionModel().select(releaseTab))); // "Request approval…" is filed there
        sideBySideTab.setContent(SideBySidePaneView.create(model.sideBySide()));
        // the side-by-side review shows the request selected in the queue, loaded when the tab is opened
        sideBySideTab.setOnSelectionChanged(e -> {
            if (sideBySideTab.isSelected()) {
                model.sideBySide().load(model.review().selectedProperty().get());
            }
        });
        stewardshipTab.setContent(StewardshipPaneView.create(model.stewardship()));
        accountsTab.setContent(AccountsPaneView.create(model.accounts()));
        releaseTab.setContent(ReleasePaneView.create(model.requests(), model.releases()));
        // the ledger and the dataset choices change with work done in other sections: read them when shown
        releaseTab.setOnSelectionChanged(e -> {
            if (releaseTab.isSelected()) {
                model.requests().refresh();
                model.releases().refresh();
            }
        });
    }
}
