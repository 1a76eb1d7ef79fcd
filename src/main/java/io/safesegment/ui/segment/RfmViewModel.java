package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.segment.SegmentationService;
import io.safesegment.core.segment.features.CustomerData;
import io.safesegment.core.segment.rfm.RfmResult;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/** The RFM pane: customers of the transactions scored by recency, frequency and monetary value, in segments. */
public final class RfmViewModel {
    private final SegmentsContext context;
    private final SegmentRecording recording;
    private final ObservableList<RfmResult.SegmentSummary> segments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    RfmViewModel(SegmentsContext context, SegmentRecording recording) {
        this.context = context;
        this.recording = recording;
    }

    /** Scores every customer of the transactions in the background; records an RFM step when done. */
    public void runRfm() {
        if (!context.ready()) {
            return;
        }
        CustomerData data = context.data();
        if (data.transactions() == null) {
            context.dialogs().showInformation(i18n("segments.rfm.title"), i18n("segments.error.notransactions"));
            return;
        }
        Table transactions = data.transactions();
        RoleMapping roles = data.transactionRoles();
        context.start(i18n("segments.task.rfm"), progress -> SegmentationService.rfm(transactions, roles, progress),
                result -> {
                    segments.setAll(result.segments());
                    summary.set(i18n("segments.rfm.summary", result.customers().size(), result.referenceDate())
                            + "\n" + FeatureText.report(result));
                    recording.recordRfm();
                });
    }

    /** RFM segments. */
    public ObservableList<RfmResult.SegmentSummary> segments() {
        return segments;
    }

    /** About the scoring: customers, reference date, what was left out. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a segment task runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return context.exclusive().busyProperty();
    }
}
