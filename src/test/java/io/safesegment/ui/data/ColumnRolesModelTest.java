package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.privacy.policy.MaskingPolicy;
import io.safesegment.ui.common.TaskRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Header roles follow the Privacy policy when there is one and detection (in the background) when not. */
class ColumnRolesModelTest {
    private final ObjectProperty<Table> table = new SimpleObjectProperty<>();
    private final ObjectProperty<MaskingPolicy> policy = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<String, ColumnRole>> roles = new SimpleObjectProperty<>(Map.of());

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void fx(Runnable action) throws Exception {
        Callable<Void> call = () -> {
            action.run();
            return null;
        };
        WaitForAsyncUtils.asyncFx(call).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Table customers(String name) {
        return Table.create(name,
                StringColumn.create("email", "ann@example.com", "bo@example.org", "cy@example.net", "di@example.com"),
                IntColumn.create("basket", 3, 5, 8, 13));
    }

    private static MaskingPolicy policyWith(Map<String, ColumnRole> columnRoles) {
        return new MaskingPolicy(1, "p-1", 1, "customers", Instant.parse("2026-11-23T00:00:00Z"), columnRoles,
                List.of());
    }

    @Test
    void withoutAPolicyDetectionLabelsTheEmailColumnAsADirectIdentifier() throws Exception {
        try (TaskRunner runner = TaskRunner.background()) {
            fx(() -> new ColumnRolesModel(table, policy, roles, runner));
            fx(() -> table.set(customers("customers.csv")));
            runner.awaitIdle(Duration.ofSeconds(60));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(ColumnRole.DIRECT_IDENTIFIER, roles.get().get("email"), roles.get().toString());
            assertEquals(ColumnRole.OTHER, roles.get().get("basket"));
        }
    }

    @Test
    void thePolicyRolesWinAndDetectionReturnsWhenThePolicyIsGone() throws Exception {
        TaskRunner runner = TaskRunner.sameThread();
        fx(() -> new ColumnRolesModel(table, policy, roles, runner));
        fx(() -> table.set(customers("customers.csv")));
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, roles.get().get("email"));

        fx(() -> policy.set(policyWith(Map.of("email", ColumnRole.OTHER, "basket", ColumnRole.SENSITIVE))));
        assertEquals(Map.of("email", ColumnRole.OTHER, "basket", ColumnRole.SENSITIVE), roles.get(),
                "the user's overrides in the policy are shown");

        fx(() -> policy.set(null));
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, roles.get().get("email"), "the cached detection is shown again");

        fx(() -> table.set(null));
        assertEquals(Map.of(), roles.get());
        assertNull(roles.get().get("email"));
    }

    @Test
    void aPolicyArrivingWhileDetectionRunsIsNotOverwrittenByTheDetection() throws Exception {
        try (TaskRunner runner = TaskRunner.background()) {
            fx(() -> new ColumnRolesModel(table, policy, roles, runner));
            fx(() -> {
                table.set(customers("customers.csv"));
                policy.set(policyWith(Map.of("email", ColumnRole.QUASI_IDENTIFIER)));
            });
            runner.awaitIdle(Duration.ofSeconds(60));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Map.of("email", ColumnRole.QUASI_IDENTIFIER), roles.get());
        }
    }
}
