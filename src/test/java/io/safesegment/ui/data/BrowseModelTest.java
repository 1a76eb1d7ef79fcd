package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.task.Progress;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskRunner;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Typing in the quick filter restarts the filter: only the newest request's rows are ever shown. */
class BrowseModelTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        I18n.setLocale(Locale.ENGLISH);
    }

    private static void fx(Runnable action) throws Exception {
        Callable<Void> call = () -> {
            action.run();
            return null;
        };
        WaitForAsyncUtils.asyncFx(call).get(60, TimeUnit.SECONDS);
    }

    @Test
    void aNewerFilterAlwaysWinsOverOneStillRunning() throws Exception {
        Random random = new Random(7);
        int n = 200_000;
        String[] names = new String[n];
        int[] amounts = new int[n];
        for (int i = 0; i < n; i++) {
            names[i] = "customer " + random.nextInt(20_000);
            amounts[i] = random.nextInt(1000);
        }
        Table table = Table.create("t", StringColumn.create("name", names), IntColumn.create("amount", amounts));
        String[] typed = {"c", "cu", "customer 1", "customer 12", "customer 123"};
        try (TaskRunner runner = TaskRunner.background()) {
            ReadOnlyObjectWrapper<Table> current = new ReadOnlyObjectWrapper<>();
            BrowseModel[] model = new BrowseModel[1];
            fx(() -> {
                model[0] = new BrowseModel(current.getReadOnlyProperty(), runner);
                current.set(table);
            });
            for (int round = 0; round < 3; round++) {
                // Each keystroke's request is issued before any earlier one can report back.
                fx(() -> {
                    for (String text : typed) {
                        model[0].filterProperty().set(text);
                        model[0].applyFilter();
                    }
                });
                runner.awaitIdle(Duration.ofSeconds(60));
                WaitForAsyncUtils.waitForFxEvents();
                int[] expected = RowOrder.compute(table, null, true, "customer 123", Progress.NONE);
                assertArrayEquals(expected, model[0].rowsProperty().get());
                assertEquals(String.format("%,d of %,d rows match", expected.length, n),
                        model[0].shownProperty().get());
                fx(() -> {
                    model[0].filterProperty().set("");
                    model[0].applyFilter();
                });
                assertEquals(n, model[0].rowsProperty().get().length, "clearing the filter shows every row");
            }
        }
    }
}
