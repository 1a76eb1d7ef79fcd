package io.safesegment.ui.governance;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ViewLoader;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Controller of {@code fxml/governance/SideBySidePane.fxml}: before | after | risk figures of one request. */
public final class SideBySidePaneView {
    private final SideBySideViewModel model;

    @FXML private Label sideBySideTitle;
    @FXML private TableView<List<String>> beforeTable;
    @FXML private TableView<List<String>> afterTable;
    @FXML private TableView<List<String>> riskTable;
    @FXML private TableColumn<List<String>, String> figureColumn;
    @FXML private TableColumn<List<String>, String> valueColumn;

    private SideBySidePaneView(SideBySideViewModel model) {
        this.model = model;
    }

    static Parent create(SideBySideViewModel model) {
        return ViewLoader.load("governance/SideBySidePane.fxml", new SideBySidePaneView(model));
    }

    @FXML
    private void initialize() {
        sideBySideTitle.textProperty().bind(model.titleProperty());
        beforeTable.setItems(model.before());
        afterTable.setItems(model.after());
        riskTable.setItems(model.risk());
        Columns.text(figureColumn, row -> row.get(0));
        Columns.text(valueColumn, row -> row.get(1));
        for (TableView<List<String>> table : List.of(beforeTable, afterTable, riskTable)) {
            Label empty = new Label(i18n("governance.side.empty"));
            empty.setWrapText(true);
            table.setPlaceholder(empty);
        }
        model.columnsProperty().addListener((o, was, now) -> {
            columns(beforeTable, now);
            columns(afterTable, now);
        });
        // the two sides scroll together, so row n on the left is row n on the right
        beforeTable.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                afterTable.getSelectionModel().clearAndSelect(now.intValue());
                afterTable.scrollTo(now.intValue());
            }
        });
    }

    private static void columns(TableView<List<String>> table, List<String> names) {
        table.getColumns().clear();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(names.get(i));
            column.setPrefWidth(110);
            Columns.text(column, row -> index < row.size() ? row.get(index) : "");
            table.getColumns().add(column);
        }
    }
}
