package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.approval.Approval;
import io.safesegment.core.governance.approval.ApprovalStatus;
import io.safesegment.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Controller of {@code fxml/governance/ReviewPane.fxml}: the approval queue and the decision of the selected one. */
public final class ReviewPaneView {
    private final ReviewQueueViewModel model;
    private final Runnable openRequest;

    @FXML private ComboBox<ApprovalStatus> statusBox;
    @FXML private TableView<Approval> approvalTable;
    @FXML private TableColumn<Approval, String> idColumn;
    @FXML private TableColumn<Approval, String> policyColumn;
    @FXML private TableColumn<Approval, String> statusColumn;
    @FXML private TableColumn<Approval, String> riskColumn;
    @FXML private TableColumn<Approval, String> requesterColumn;
    @FXML private Label detailsLabel;
    @FXML private TextField reasonField;
    @FXML private Button approveButton;
    @FXML private Button rejectButton;

    private ReviewPaneView(ReviewQueueViewModel model, Runnable openRequest) {
        this.model = model;
        this.openRequest = openRequest;
    }

    /**
     * @param openRequest shows the "Request approval…" form (the section's Approvals and reports tab)
     */
    static Parent create(ReviewQueueViewModel model, Runnable openRequest) {
        return ViewLoader.load("governance/ReviewPane.fxml", new ReviewPaneView(model, openRequest));
    }

    @FXML
    private void initialize() {
        List<ApprovalStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(List.of(ApprovalStatus.values()));
        statusBox.getItems().setAll(statuses);
        statusBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ApprovalStatus s) {
                return GovernanceLabels.status(s);
            }

            @Override
            public ApprovalStatus fromString(String s) {
                return null;
            }
        });
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        approvalTable.setItems(model.approvals());
        Columns.text(idColumn, Approval::id);
        Columns.text(policyColumn, Approval::policyRef);
        Columns.text(statusColumn, a -> GovernanceLabels.status(a.status()));
        Columns.text(riskColumn, a -> a.risk().summary());
        Columns.text(requesterColumn, Approval::requestedBy);
        approvalTable.setPlaceholder(new Label(i18n("governance.review.empty")));
        approvalTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.selectedProperty().set(now));
        detailsLabel.textProperty().bind(model.detailsProperty());
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        approveButton.disableProperty().bind(model.decisionDisabled());
        rejectButton.disableProperty().bind(model.decisionDisabled());
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void requestApproval() {
        openRequest.run();
    }

    @FXML
    private void approve() {
        model.approve();
    }

    @FXML
    private void reject() {
        model.reject();
    }
}
