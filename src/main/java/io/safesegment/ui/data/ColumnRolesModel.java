package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.PrivacyService;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.ui.common.BackgroundTask;
import io.safesegment.ui.common.TaskExecutor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.Table;

/**
 * Feeds the browser's column headers with privacy roles. The Privacy section's policy for the dataset wins (it holds
 * the user's role overrides); while no policy exists, personal-data detection (the standard recognisers, through
 * {@code PrivacyService.detect}) runs in the background and its suggested roles label the headers. Detection results
 * are kept per dataset and column list, so cleaning steps that keep the columns do not rescan a million rows.
 */
public final class ColumnRolesModel {
    private static final Logger LOG = LoggerFactory.getLogger(ColumnRolesModel.class);

    private final ObservableValue<Table> table;
    private final ObservableValue<MaskingPolicy> policy;
    private final ObjectProperty<Map<String, ColumnRole>> roles;
    private final TaskExecutor tasks;
    private DetectedKey detectedFor;
    private Map<String, ColumnRole> detected = Map.of();
    private BackgroundTask<Map<String, ColumnRole>> running;

    /**
     * Starts following {@code table} and {@code policy}. Register after the Privacy section's own listener on the
     * same table property, so its saved policy is already loaded when this one decides whether to detect.
     *
     * @param table  the table shown in the Data section
     * @param policy the Privacy section's policy for that table, null while none exists
     * @param roles  receives the roles by column name (the Data section's {@code columnRolesProperty()})
     */
    public ColumnRolesModel(ObservableValue<Table> table, ObservableValue<MaskingPolicy> policy,
                            ObjectProperty<Map<String, ColumnRole>> roles, TaskExecutor tasks) {
        this.table = Objects.requireNonNull(table);
        this.policy = Objects.requireNonNull(policy);
        this.roles = Objects.requireNonNull(roles);
        this.tasks = Objects.requireNonNull(tasks);
        table.addListener((obs, old, now) -> update());
        policy.addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        Table current = table.getValue();
        MaskingPolicy p = policy.getValue();
        if (current == null) {
            cancelDetection();
            roles.set(Map.of());
            return;
        }
        if (p != null) {
            cancelDetection();
            roles.set(Map.copyOf(p.roles()));
            return;
        }
        DetectedKey key = new DetectedKey(current.name(), current.columnNames());
        if (key.equals(detectedFor)) {
            roles.set(detected);
            return;
        }
        detect(current, key);
    }

    private void detect(Table current, DetectedKey key) {
        cancelDetection();
        roles.set(Map.of());
        running = tasks.run(i18n("data.task.roles", current.name()),
                progress -> PrivacyService.detect(current, progress).suggestedRoles(),
                found -> {
                    detectedFor = key;
                    detected = Map.copyOf(found);
                    if (table.getValue() == current && policy.getValue() == null) {
                        roles.set(detected);
                    }
                },
                // Roles only decorate the headers: a failed scan must not interrupt the user with a dialog.
                error -> LOG.warn("Personal-data detection for the column headers failed: {}",
                        error.getClass().getSimpleName()));
    }

    private void cancelDetection() {
        if (running != null && running.isRunning()) {
            running.cancel();
        }
        running = null;
    }

    /** Which table the cached detection describes. */
    private record DetectedKey(String dataset, List<String> columns) {
    }
}
