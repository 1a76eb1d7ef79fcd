package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.governance.approval.ExportRecord;
import io.safesegment.ui.common.ViewLoader;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * Controller of {@code fxml/governance/ReleasePane.fxml}: "Request approval…" on the left, the release report of an
 * export (write and sign, verify) on the right.
 */
public final class ReleasePaneView {
    private final RequestApprovalViewModel request;
    private final ReleaseReportViewModel release;

    @FXML private ComboBox<String> requestDatasetBox;
    @FXML private TextField requestPolicyField;
    @FXML private TextField requestPurposeField;
    @FXML private Button requestApprovalButton;
    @FXML private Button requestCancelButton;
    @FXML private Label requestMessage;
    @FXML private TableView<ExportRecord> exportTable;
    @FXML private TableColumn<ExportRecord, String> exportIdColumn;
    @FXML private TableColumn<ExportRecord, String> exportFileColumn;
    @FXML private TableColumn<ExportRecord, String> exportPolicyColumn;
    @FXML private TableColumn<ExportRecord, String> exportApprovalColumn;
    @FXML private TableColumn<ExportRecord, String> exportAtColumn;
    @FXML private Button writeReportButton;
    @FXML private Button verifyReportButton;
    @FXML private Button releaseCancelButton;
    @FXML private TextArea releaseResult;

    private ReleasePaneView(RequestApprovalViewModel request, ReleaseReportViewModel release) {
        this.request = request;
        this.release = release;
    }

    static Parent create(RequestApprovalViewModel request, ReleaseReportViewModel release) {
        return ViewLoader.load("governance/ReleasePane.fxml", new ReleasePaneView(request, release));
    }

    @FXML
    private void initialize() {
        requestDatasetBox.setItems(request.datasets());
        requestDatasetBox.valueProperty().bindBidirectional(request.datasetProperty());
        requestPolicyField.textProperty().bindBidirectional(request.policyIdProperty());
        requestPurposeField.textProperty().bindBidirectional(request.purposeProperty());
        requestApprovalButton.disableProperty().bind(request.work().busyProperty()
                .or(request.datasetProperty().isNull()));
        requestCancelButton.disableProperty().bind(request.work().busyProperty().not());
        requestMessage.textProperty().bind(request.messageProperty());

        exportTable.setItems(release.exports());
        Columns.text(exportIdColumn, ExportRecord::id);
        Columns.text(exportFileColumn, e -> Path.of(e.file()).getFileName());
        Columns.text(exportPolicyColumn, e -> e.policyId() + "@" + e.policyRevision());
        Columns.text(exportApprovalColumn, e -> e.approvalId() == null ? "—" : "#" + e.approvalId());
        Columns.text(exportAtColumn, ExportRecord::at);
        exportTable.setPlaceholder(new Label(i18n("governance.release.empty")));
        exportTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                release.selectedProperty().set(now));
        writeReportButton.disableProperty().bind(release.selectedProperty().isNull()
                .or(release.work().busyProperty()));
        verifyReportButton.disableProperty().bind(release.selectedProperty().isNull()
                .or(release.work().busyProperty()));
        releaseCancelButton.disableProperty().bind(release.work().busyProperty().not());
        releaseResult.textProperty().bind(release.resultProperty());
    }

    @FXML
    private void request() {
        request.request();
    }

    @FXML
    private void cancelRequest() {
        request.cancel();
    }

    @FXML
    private void refresh() {
        request.refresh();
        release.refresh();
    }

    @FXML
    private void writeAndSign() {
        release.writeAndSign();
    }

    @FXML
    private void verify() {
        release.verify();
    }

    @FXML
    private void cancelRelease() {
        release.cancel();
    }
}
