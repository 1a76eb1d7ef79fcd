package io.safesegment.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.safesegment.core.data.dataset.Dataset;
import io.safesegment.core.data.dataset.DatasetCatalog;
import io.safesegment.core.data.dataset.DatasetKind;
import io.safesegment.core.data.dataset.LineageStep;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.workspace.AtomicFiles;
import io.safesegment.ui.data.DataViewModel;
import io.safesegment.ui.data.DatasetItem;
import io.safesegment.ui.privacy.ColumnRow;
import io.safesegment.ui.privacy.PrivacyViewModel;
import io.safesegment.ui.shell.AppContext;
import io.safesegment.ui.shell.GuiFixture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue #12's whole flow on the real main window, with files SafeSegment did not write: a mall-customer table
 * ({@code CustomerID, Genre, Age, x, Spending_Score}) and an online-retail extract ({@code InvoiceNo, StockCode,
 * Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country}) are imported → their roles are confirmed in
 * the mapping panel (amount derived from Quantity × UnitPrice) → both are masked in Privacy with a keyed pseudonym on
 * CustomerID → Segments preselects the two masked datasets and a run says it used them → Recommendations on the
 * masked transactions preview items for a pseudonymised customer. The workspace holds nothing else.
 */
@ExtendWith(ApplicationExtension.class)
class ForeignDataFlowTest {
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final int CUSTOMERS = 40;
    private static final String[][] PRODUCTS = {
        {"85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "2.55"}, {"71053", "WHITE METAL LANTERN", "3.39"},
        {"84406B", "CREAM CUPID HEARTS COAT HANGER", "2.75"}, {"22633", "HAND WARMER UNION JACK", "1.85"},
        {"22632", "HAND WARMER RED POLKA DOT", "1.85"}, {"84029G", "KNITTED UNION FLAG HOT WATER BOTTLE", "3.39"},
        {"22375", "AIRLINE BAG VINTAGE JET SET BROWN", "4.25"}, {"85116", "BLACK CANDELABRA T-LIGHT HOLDER", "2.10"},
    };

    @TempDir
    Path home;

    private GuiFixture app;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        stage.setMaximized(false);
        stage.setWidth(1440);
        stage.setHeight(900);
        // No demo samples: every dataset of this workspace comes from the user's own files.
        app = GuiFixture.start(home, stage, folder -> Files.createDirectories(folder));
        context = app.context;
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void awaitIdle() throws Exception {
        app.awaitIdle(Duration.ofSeconds(180));
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(60, TimeUnit.SECONDS);
    }

    /** Customer ids shared by both files (the retail shape's five-digit ids). */
    private static String customerId(int i) {
        return String.valueOf(12346 + i * 7);
    }

    private static String mallCsv() {
        StringBuilder b = new StringBuilder("CustomerID,Genre,Age,x,Spending_Score\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            b.append(customerId(i)).append(',').append(i % 3 == 0 ? "Male" : "Female").append(',')
                    .append(19 + (i * 13) % 50).append(',').append(15 + (i * 7) % 120).append(',')
                    .append(1 + (i * 37) % 99).append('\n');
        }
        return b.toString();
    }

    /**
     * Two taste groups (hearts/lanterns vs hand warmers), US dates as in the public export, a return on a "C"
     * invoice and lines without a customer ("NA").
     */
    private static String retailCsv() {
        StringBuilder b = new StringBuilder(
                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        int invoice = 536365;
        for (int i = 0; i < CUSTOMERS; i++) {
            int group = i % 2 == 0 ? 0 : 3;
            int invoices = 2 + i % 3;
            for (int n = 0; n < invoices; n++) {
                String date = (1 + (i + n * 2) % 6) + "/" + (1 + (i * 3 + n) % 27) + "/2011 " + (8 + n) + ":"
                        + (10 + i % 40);
                for (int line = 0; line < 2; line++) {
                    String[] p = PRODUCTS[(group + (n + line) % 3) % PRODUCTS.length];
                    b.append(invoice).append(',').append(p[0]).append(',').append(p[1]).append(',')
                            .append(1 + (i + line) % 6).append(',').append(date).append(',').append(p[2])
                            .append(',').append(customerId(i)).append(",United Kingdom\n");
                }
                invoice++;
            }
        }
        b.append("C").append(invoice).append(",71053,WHITE METAL LANTERN,-2,6/30/2011 9:00,3.39,")
                .append(customerId(0)).append(",United Kingdom\n");
        b.append(invoice + 1).append(",22633,HAND WARMER UNION JACK,6,6/30/2011 9:05,1.85,NA,United Kingdom\n");
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    @Test
    void foreignFilesImportMapMaskSegmentAndRecommend(FxRobot robot) throws Exception {
        awaitIdle();
        Path mall = Files.writeString(home.resolve("Mall_Customers.csv"), mallCsv());
        Path retail = Files.writeString(home.resolve("Online Retail.csv"), retailCsv());
        DataViewModel data = context.data();

        // 1. Import the mall table: the mapping panel opens with the suggestion; Apply keeps it.
        robot.clickOn("#navData");
        importFile(robot, data, mall);
        assertEquals("CustomerID", robot.lookup("#role-customer_id").queryAs(ComboBox.class).getValue());
        assertTrue(suggestion(robot, "customer_id").startsWith("CustomerID · 90% · name"),
                suggestion(robot, "customer_id"));
        robot.clickOn("#rolesApplyButton");
        awaitIdle();
        assertFalse(robot.lookup("#roleMappingPane").tryQuery().isPresent(), "Apply closes the panel");
        // Ctrl+M reopens it for the loaded dataset; Esc closes it again without saving.
        robot.clickOn("#previewTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#roleMappingPane").tryQuery().isPresent(), "Ctrl+M opens the panel");
        robot.type(KeyCode.ESCAPE);
        awaitIdle();
        assertFalse(robot.lookup("#roleMappingPane").tryQuery().isPresent(), "Esc closes it");

        // 2. Import the retail extract and map its roles in the panel: amount is derived from quantity × unit price.
        importFile(robot, data, retail);
        ComboBox<String> quantity = robot.lookup("#role-quantity").queryAs(ComboBox.class);
        robot.interact(() -> {
            robot.lookup("#role-order_id").queryAs(ComboBox.class).setValue("InvoiceNo");
            robot.lookup("#role-timestamp").queryAs(ComboBox.class).setValue("InvoiceDate");
            robot.lookup("#role-customer_id").queryAs(ComboBox.class).setValue("CustomerID");
            robot.lookup("#role-unit_price").queryAs(ComboBox.class).setValue("UnitPrice");
            quantity.setValue(null);
        });
        assertFalse(robot.lookup("#derivationLabel").queryAs(Label.class).isManaged(), "no derivation yet");
        robot.interact(() -> quantity.setValue("Quantity"));
        assertEquals("Amount is derived as Quantity × UnitPrice; the derivation is recorded in the dataset's "
                + "lineage.", robot.lookup("#derivationLabel").queryAs(Label.class).getText());
        screenshot(robot.lookup("#roleMappingPane").query().getScene(), "role-mapping.png");
        robot.clickOn("#rolesApplyButton");
        awaitIdle();
        DatasetCatalog catalog = new DatasetCatalog(context.session().workspace());
        Dataset retailSet = catalog.require("Online Retail.csv");
        assertEquals("InvoiceNo", retailSet.roles().column(io.safesegment.core.data.SemanticRole.ORDER_ID)
                .orElseThrow());
        assertTrue(retailSet.steps().stream().map(LineageStep::kind).toList().contains("derive_amount"),
                retailSet.steps().toString());

        // 3. Mask both in Privacy with a keyed pseudonym on CustomerID; each export becomes a masked dataset.
        Path mallMasked = home.resolve("exports").resolve("mall-masked.csv");
        Path retailMasked = home.resolve("exports").resolve("retail-masked.csv");
        loadDataset(robot, data, "Mall_Customers.csv");
        maskCustomerId(robot, mallMasked);
        loadDataset(robot, data, "Online Retail.csv");
        maskCustomerId(robot, retailMasked);
        Dataset maskedCustomers = catalog.require("mall-masked.csv");
        Dataset maskedTransactions = catalog.require("retail-masked.csv");
        assertEquals(DatasetKind.MASKED, maskedTransactions.kind());
        assertEquals(List.of(retailSet.id()), maskedTransactions.parents());
        assertEquals(retailSet.roles(), maskedTransactions.roles(), "masking keeps the confirmed roles");
        Set<String> rawIds = java.util.stream.IntStream.range(0, CUSTOMERS).mapToObj(ForeignDataFlowTest::customerId)
                .collect(Collectors.toSet());
        List<String> maskedIds = column(maskedCustomers.file(), 0);
        assertTrue(maskedIds.stream().noneMatch(rawIds::contains), "no raw id survives: " + maskedIds);
        assertTrue(column(maskedTransactions.file(), 6).containsAll(maskedIds.subList(0, 5)),
                "keyed pseudonyms are the same in both files");
        robot.clickOn("#navData");
        awaitIdle();
        TreeView<DatasetItem> tree = robot.lookup("#datasetList").queryAs(TreeView.class);
        TreeItem<DatasetItem> retailNode = fx(() -> tree.getRoot().getChildren().stream()
                .filter(n -> n.getValue().name().equals("Online Retail.csv")).findFirst().orElseThrow());
        assertEquals(List.of("retail-masked.csv"), fx(() -> retailNode.getChildren().stream()
                .map(n -> n.getValue().name()).toList()), "the lineage tree shows the masked child under its source");

        // 4. Segments preselects the masked datasets; a run says which datasets it read.
        robot.clickOn("#navSegments");
        awaitIdle();
        assertEquals("mall-masked.csv", robot.lookup("#customersDatasetBox").queryAs(ComboBox.class).getValue());
        assertEquals("retail-masked.csv", robot.lookup("#transactionsDatasetBox").queryAs(ComboBox.class).getValue());
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        awaitIdle();
        assertEquals(List.of(), messagesShown());
        String source = robot.lookup("#sourceLabel").queryAs(Label.class).getText();
        assertTrue(source.startsWith(CUSTOMERS + " customers"), source);
        assertTrue(source.contains("mall-masked.csv") && source.contains("retail-masked.csv"), source);
        assertFalse(context.segments().history().runs().isEmpty(), "the run is saved");
        String summary = robot.lookup("#runSummaryLabel").queryAs(Label.class).getText();
        assertTrue(summary.contains("order_count counts distinct orders"), summary);

        // 5. Recommendations on the masked transactions: items for a pseudonymised customer.
        robot.clickOn("#navRecommendations");
        awaitIdle();
        assertEquals("retail-masked.csv", robot.lookup("#transactionsBox").queryAs(ComboBox.class).getValue());
        robot.clickOn("#buildButton");
        awaitIdle();
        assertEquals(List.of(), messagesShown());
        String built = robot.lookup("#dataSummaryLabel").queryAs(Label.class).getText();
        assertTrue(built.startsWith(CUSTOMERS + " customers"), built);
        selectTab(robot, 1);
        robot.clickOn("#trainButton");
        awaitIdle();
        selectTab(robot, 3);
        ComboBox<String> customers = robot.lookup("#customerBox").queryAs(ComboBox.class);
        String pseudonym = maskedIds.get(1);
        robot.clickOn("#customerSearch").write(pseudonym);
        assertEquals(List.of(pseudonym), List.copyOf(customers.getItems()));
        robot.interact(() -> customers.getSelectionModel().select(0));
        robot.clickOn("#previewButton");
        awaitIdle();
        assertEquals(List.of(), messagesShown());
        for (String side : List.of("A", "B")) {
            TableView<RecommendedItem> items = robot.lookup("#previewTable" + side).queryAs(TableView.class);
            assertFalse(items.getItems().isEmpty(), side + " recommends items for " + pseudonym);
            // Without a products dataset the names come from the transaction lines' Description.
            assertTrue(items.getItems().stream().allMatch(item -> java.util.Arrays.stream(PRODUCTS)
                    .anyMatch(p -> p[0].equals(item.itemId()) && p[1].equals(item.name()))),
                    items.getItems().toString());
        }
        assertTrue(customers.getItems().stream().noneMatch(rawIds::contains));
        screenshot(stage.getScene(), "foreign-data-flow.png");
    }

    private void importFile(FxRobot robot, DataViewModel data, Path file) throws Exception {
        app.dialogs.nextFile = file;
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#importLoadButton");
        awaitIdle();
        assertTrue(robot.lookup("#roleMappingPane").tryQuery().isPresent(), "the mapping panel opens after import");
        assertEquals(List.of(), messagesShown());
    }

    private String suggestion(FxRobot robot, String role) {
        return robot.lookup("#suggestion-" + role).queryAs(Label.class).getText();
    }

    private void loadDataset(FxRobot robot, DataViewModel data, String name) throws Exception {
        robot.clickOn("#navData");
        robot.interact(() -> data.selectedProperty().set(data.datasets().stream()
                .filter(d -> d.name().equals(name)).findFirst().orElseThrow()));
        robot.clickOn("#loadButton");
        awaitIdle();
        assertEquals(name, robot.lookup("#tableTitle").queryLabeled().getText());
    }

    @SuppressWarnings("unchecked")
    private void maskCustomerId(FxRobot robot, Path target) throws Exception {
        PrivacyViewModel privacy = context.privacy();
        assertEquals(List.of(), messagesShown(), "no dialog before masking (the import choosers aside)");
        app.dialogs.shown.clear();
        app.dialogs.nextFile = target;
        robot.clickOn("#navPrivacy");
        robot.type(KeyCode.F5);
        awaitIdle();
        robot.clickOn(robot.lookup(".tab-label").lookup((Labeled l) -> "2  Masking policy".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> box = robot.lookup(".operator-box").queryAllAs(ComboBox.class).stream()
                .filter(b -> b.getParent() instanceof TableCell<?, ?> cell && cell.getTableRow() != null
                        && cell.getTableRow().getItem() instanceof ColumnRow row && row.column().equals("CustomerID"))
                .findFirst().orElseThrow();
        robot.interact(() -> box.getSelectionModel().select("pseudonym"));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL); // Apply: the edit was a draft
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> !privacy.review().reviewingProperty().get()
                && privacy.review().outcomeRows().stream().anyMatch(r -> r.column().equals("CustomerID")
                && r.rule().startsWith("pseudonym"))));
        awaitIdle();
        robot.clickOn(robot.lookup(".tab-label").lookup((Labeled l) -> "3  Review and export".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#exportButton");
        awaitIdle();
        assertEquals(List.of("save: Export masked dataset"), app.dialogs.shown, "the save dialog and nothing else");
        String message = robot.lookup("#exportMessageLabel").queryLabeled().getText();
        assertTrue(message.startsWith("Exported"), message);
        assertTrue(Files.exists(target));
        // The save dialog is the expected one; later checks of "no dialog" mean no dialog after it.
        app.dialogs.shown.clear();
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    /** The values of column {@code index} of a simple CSV (no quoted commas in the columns read here). */
    private static List<String> column(Path csv, int index) throws Exception {
        List<String> values = new ArrayList<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            values.add(line.split(",", -1)[index].replace("\"", ""));
        }
        return values;
    }

    private static void screenshot(Scene scene, String fileName) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> image.set(scene.snapshot(null))).get(60, TimeUnit.SECONDS);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(buffered, "png", png);
        AtomicFiles.write(SCREENSHOTS.resolve(fileName), png.toByteArray(), false);
        assertTrue(png.size() > 10_000, "a real window, not a blank image: " + png.size() + " bytes");
    }

    /** Dialogs other than the file choosers (which the recording fake lists too): errors, notices, questions. */
    private List<String> messagesShown() {
        return app.dialogs.shown.stream().filter(s -> !s.startsWith("open: ") && !s.startsWith("save: ")).toList();
    }
}
