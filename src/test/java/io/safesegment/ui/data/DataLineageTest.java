package io.safesegment.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.ColumnRole;
import io.safesegment.core.data.RoleMapping;
import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.join.JoinType;
import io.safesegment.core.task.Progress;
import io.safesegment.core.workspace.Workspace;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.TaskRunner;
import io.safesegment.ui.common.WorkspaceSession;
import io.safesegment.ui.shell.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Data section imports into the workspace (copying the file) and lists datasets as a lineage tree. */
class DataLineageTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final TaskRunner runner = TaskRunner.sameThread();

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private void fxRun(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
        runner.awaitIdle(Duration.ofSeconds(60));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importCopiesJoinRecordsParentsAndTheListIsALineageTree() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        Path members = Files.writeString(dir.resolve("会员.csv"), "MemberNo,Genre,邮箱\n7,Male,ann@example.com\n"
                + "8,Female,bo@example.org\n");
        Path orders = Files.writeString(dir.resolve("orders.csv"), "InvoiceNo,MemberNo,Total\nA1,7,9.5\nA2,8,3\n"
                + "A3,7,1\n");
        byte[] membersBefore = Files.readAllBytes(members);
        Workspace workspace = Workspace.open(dir.resolve("ws"));
        WorkspaceSession session = new WorkspaceSession();
        fx(() -> {
            session.setWorkspace(workspace);
            return null;
        });
        DataViewModel m = fx(() -> new DataViewModel(session, runner, dialogs, s -> { }));

        for (Path file : List.of(members, orders)) {
            fxRun(() -> m.datasetList().beginImport(file));
            fxRun(() -> m.datasetList().confirmImport(m.datasetList().pendingImportProperty().get()));
        }
        assertEquals(List.of(), dialogs.shown);
        DatasetCatalog catalog = new DatasetCatalog(workspace);
        Dataset imported = catalog.require("会员.csv");
        assertEquals(DatasetKind.IMPORTED, imported.kind());
        assertTrue(imported.file().startsWith(workspace.dataDirectory()), imported.file().toString());
        assertNotEquals(members.toAbsolutePath(), imported.file());
        assertArrayEquals(membersBefore, Files.readAllBytes(members), "the original is untouched");
        assertEquals(ColumnRole.DIRECT_IDENTIFIER, imported.privacyRoles().get("邮箱"), "detected at import");
        assertEquals(2, imported.rows());

        // orders.csv is loaded; join it with the members and keep the result.
        JoinModel join = m.join();
        fxRun(join::prepare);
        fxRun(() -> {
            join.leftKeyProperty().set("MemberNo");
            join.rightProperty().set(join.others().stream().filter(d -> d.name().equals("会员.csv")).findFirst()
                    .orElseThrow());
        });
        fxRun(() -> {
            join.typeProperty().set(JoinType.INNER);
            join.join();
        });
        Dataset joined = catalog.require("orders.csv ⋈ 会员.csv");
        assertEquals(DatasetKind.JOINED, joined.kind());
        assertEquals(List.of(catalog.require("orders.csv").id(), imported.id()), joined.parents());
        assertEquals("join", joined.steps().getFirst().kind());
        assertEquals(3, joined.rows());

        // A masked child of the members, as the Privacy section's export registers it.
        Table masked = Table.create("m", StringColumn.create("MemberNo", "x1", "x2"));
        Dataset child = catalog.registerTable("会员-masked.csv", masked, DatasetKind.MASKED, Map.of(),
                RoleMapping.empty(), List.of(imported.id()), List.of(), Progress.NONE);
        fx(() -> {
            session.datasetsChanged();
            return null;
        });

        List<String> tree = m.datasets().stream().map(d -> "  ".repeat(d.depth()) + d.name() + " ["
                + d.datasetKind().cliName() + ", " + d.rows() + "]").toList();
        assertEquals(List.of("会员.csv [imported, 2]", "  会员-masked.csv [masked, 2]", "orders.csv [imported, 3]",
                "  orders.csv ⋈ 会员.csv [joined, 3]"), tree);
        DatasetItem childItem = m.datasets().get(1);
        assertEquals(child.id(), childItem.id());

        // Selecting a child loads it.
        fxRun(() -> {
            m.selectedProperty().set(childItem);
            m.loadSelected();
        });
        assertEquals("会员-masked.csv", m.tableNameProperty().get());
        assertEquals("x1", m.tableProperty().get().getString(0, "MemberNo"));
        // Cleaning the members and keeping the result makes a 'cleaned' child listing only the step types.
        fxRun(() -> {
            m.selectedProperty().set(m.datasets().getFirst());
            m.loadSelected();
        });
        fxRun(() -> m.cleaning().add(new io.safesegment.core.data.clean.DropDuplicates(List.of())));
        fxRun(m::keepCleaned);
        Dataset cleaned = catalog.require("会员.csv (cleaned)");
        assertEquals(DatasetKind.CLEANED, cleaned.kind());
        assertEquals(List.of(imported.id()), cleaned.parents());
        assertEquals(List.of("DropDuplicates"), cleaned.steps().getFirst().parameters().get("steps"));
        assertEquals(List.of("会员.csv", "会员-masked.csv", "会员.csv (cleaned)", "orders.csv", "orders.csv ⋈ 会员.csv"),
                m.datasets().stream().map(DatasetItem::name).toList());

        assertEquals("会员-masked.csv   ·   masked   ·   2 rows   ·   "
                + Formats.bytes(childItem.sizeBytes()), i18nItem(childItem));
    }

    private static String i18nItem(DatasetItem item) {
        return I18n.i18n("data.item.lineage", item.name(), DatasetListView.kindLabel(item.datasetKind()), item.rows(),
                Formats.bytes(item.sizeBytes()));
    }
}
