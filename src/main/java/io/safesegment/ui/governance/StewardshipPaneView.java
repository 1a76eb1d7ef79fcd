package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.retention.RetentionStatus;
import io.safesegment.core.subject.SubjectRequest;
import io.safesegment.ui.common.ViewLoader;
import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Controller of {@code fxml/governance/StewardshipPane.fxml}: subject requests, retention, backup and restore. */
public final class StewardshipPaneView {
    private final StewardshipViewModel model;

    @FXML private TableView<SubjectRequest> requestTable;
    @FXML private TableColumn<SubjectRequest, String> requestIdColumn;
    @FXML private TableColumn<SubjectRequest, String> requestTypeColumn;
    @FXML private TableColumn<SubjectRequest, String> requestStatusColumn;
    @FXML private TableColumn<SubjectRequest, String> requestDeadlineColumn;
    @FXML private TableColumn<SubjectRequest, String> requestOutcomeColumn;
    @FXML private TableView<RetentionStatus> retentionTable;
    @FXML private TableColumn<RetentionStatus, String> retentionDatasetColumn;
    @FXML private TableColumn<RetentionStatus, String> retentionDaysColumn;
    @FXML private TableColumn<RetentionStatus, String> retentionStateColumn;

    private StewardshipPaneView(StewardshipViewModel model) {
        this.model = model;
    }

    static Parent create(StewardshipViewModel model) {
        return ViewLoader.load("governance/StewardshipPane.fxml", new StewardshipPaneView(model));
    }

    @FXML
    private void initialize() {
        requestTable.setItems(model.requests());
        Columns.text(requestIdColumn, SubjectRequest::id);
        Columns.text(requestTypeColumn, SubjectRequest::type);
        Columns.text(requestStatusColumn, SubjectRequest::status);
        Columns.text(requestDeadlineColumn, r -> r.deadline() + (r.overdue(Instant.now())
                ? " — " + i18n("governance.requests.overdue") : ""));
        Columns.text(requestOutcomeColumn, SubjectRequest::outcome);
        requestTable.setPlaceholder(new Label(i18n("governance.requests.empty")));
        retentionTable.setItems(model.retention());
        Columns.text(retentionDatasetColumn, RetentionStatus::dataset);
        Columns.text(retentionDaysColumn, s -> s.days() == null ? "—" : s.days());
        Columns.text(retentionStateColumn, s -> s.days() == null ? i18n("governance.retention.none")
                : s.exceeded() ? i18n("governance.retention.exceeded", s.expiresAt())
                : i18n("governance.retention.until", s.expiresAt()));
        retentionTable.setPlaceholder(new Label(i18n("governance.retention.empty")));
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void backup() {
        model.backup();
    }

    @FXML
    private void restore() {
        model.restore();
    }
}
