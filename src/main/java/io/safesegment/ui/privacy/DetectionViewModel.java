package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.detect.ColumnDetection;
import io.safesegment.core.privacy.detect.DetectionReport;
import io.safesegment.core.privacy.detect.EntityMatch;
import io.safesegment.ui.common.ExclusiveTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import tech.tablesaw.api.Table;

/**
 * The personal-data pane: scans the table for personal data (F5) and shows, per column, what was found, how sure
 * the detector is and the role it suggests. The role column edits the policy draft like the editor does.
 */
public final class DetectionViewModel {
    /** The role choices. */
    public static final List<ColumnRole> ROLES = List.of(ColumnRole.values());

    private final PrivacyState state;
    private final PolicyEditorViewModel editor;
    private final ExclusiveTask detecting;

    DetectionViewModel(PrivacyState state, PolicyEditorViewModel editor) {
        this.state = state;
        this.editor = editor;
        this.detecting = new ExclusiveTask(state.tasks, state.dialogs, () -> { });
    }

    /** Scans the loaded table for personal data in the background (F5). */
    public void detect() {
        Table scanned = state.table.get();
        if (scanned == null) {
            return;
        }
        detecting.start(i18n("privacy.task.detect", scanned.name()),
                progress -> PrivacyService.detect(scanned, progress),
                report -> {
                    if (scanned == state.table.get()) {
                        show(report);
                        long personal = report.columns().stream()
                                .filter(c -> c.suggestedRole() != ColumnRole.OTHER).count();
                        state.status.accept(i18n("privacy.status.detected", scanned.name(), personal));
                    }
                });
    }

    private void show(DetectionReport report) {
        state.detection.set(report);
        for (ColumnRow row : editor.columns()) {
            Optional<ColumnDetection> found = report.column(row.column());
            row.entitiesProperty().set(found.map(DetectionViewModel::entitiesText).orElse(""));
            row.confidenceProperty().set(found.flatMap(ColumnDetection::top).map(EntityMatch::confidence)
                    .orElse(-1.0));
            row.suggestedRoleProperty().set(found.map(ColumnDetection::suggestedRole).orElse(ColumnRole.OTHER));
        }
        editor.detected(report);
    }

    private static String entitiesText(ColumnDetection detection) {
        List<String> parts = new ArrayList<>();
        for (EntityMatch m : detection.matches()) {
            parts.add(i18n("privacy.entity", ReviewFormat.entity(m.entity()), m.confidence()));
        }
        return String.join(", ", parts);
    }

    /** The rows (shared with the policy editor). */
    public ObservableList<ColumnRow> columns() {
        return editor.columns();
    }

    /** The latest detection report, or null. */
    public ReadOnlyObjectProperty<DetectionReport> detectionProperty() {
        return state.detection;
    }

    /** Whether detection is running. */
    public ReadOnlyBooleanProperty detectingProperty() {
        return detecting.busyProperty();
    }
}
