package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.ColumnWidths;
import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.ViewLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;

/**
 * Controller of {@code fxml/segment/ProfilesView.fxml}: the profile table (editable name, description, size, share,
 * one heat-map column per feature of the run, top categories) and the run summary.
 */
public final class ProfilesView {
    private final ProfilesViewModel model;

    @FXML private Label runSummaryLabel;
    @FXML private Button exportProfilesButton;
    @FXML private TableView<ProfileRow> profileTable;

    private final ChangeListener<Object> runListener = (obs, old, now) -> buildColumns();

    private ProfilesView(ProfilesViewModel model) {
        this.model = model;
    }

    /** Loads the pane for {@code model}. */
    public static Parent create(ProfilesViewModel model) {
        return ViewLoader.load("segment/ProfilesView.fxml", new ProfilesView(model));
    }

    @FXML
    private void initialize() {
        profileTable.setItems(model.profiles());
        exportProfilesButton.disableProperty().bind(model.noRun());
        runSummaryLabel.textProperty().bind(model.runSummaryProperty());
        model.currentProperty().addListener(new WeakChangeListener<>(runListener));
        buildColumns();
    }

    /** Profile columns depend on the run's features: name, label, size, share, one heat-map column per feature. */
    private void buildColumns() {
        TableColumn<ProfileRow, String> name = new TableColumn<>(i18n("segments.col.name"));
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setEditable(true);
        name.setPrefWidth(130);
        List<TableColumn<ProfileRow, ?>> columns = new ArrayList<>(List.of(name,
                Columns.text(i18n("segments.col.label"), 220, r -> r.profile().description()),
                Columns.text(i18n("segments.col.size"), 70, r -> Columns.count(r.profile().size())),
                Columns.text(i18n("segments.col.share"), 60, r -> Columns.percent(r.profile()
                        .share()))));
        List<String> features = model.runFeatures();
        for (int j = 0; j < features.size(); j++) {
            columns.add(heatColumn(features.get(j), j));
        }
        columns.add(Columns.text(i18n("segments.col.top"), 260, ProfilesView::topCategories));
        profileTable.getColumns().setAll(columns);
    }

    private static String topCategories(ProfileRow row) {
        StringBuilder out = new StringBuilder();
        row.profile().topCategories().forEach((attribute, shares) -> {
            if (!shares.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("; ");
                }
                out.append(attribute).append(": ").append(shares.getFirst().value()).append(' ')
                        .append(Columns.percent(shares.getFirst().share()));
            }
        });
        return out.toString();
    }

    private TableColumn<ProfileRow, String> heatColumn(String feature, int index) {
        TableColumn<ProfileRow, String> column = new TableColumn<>(model.featureTitle(feature));
        column.setCellValueFactory(c -> {
            var stat = c.getValue().profile().features().get(index);
            return new ReadOnlyObjectWrapper<>(SegmentText.number(stat.mean()) + "  ("
                    + SegmentText.number(stat.median()) + ")");
        });
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ProfileRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setText(null);
                    setStyle("");
                    setTooltip(null);
                    return;
                }
                var stat = row.profile().features().get(index);
                setText(item);
                setStyle("-fx-background-color: " + heat(stat.z()) + ";");
                setTooltip(new Tooltip(i18n("segments.heat.tooltip", feature, SegmentText.number(stat.mean()),
                        SegmentText.number(stat.median()), SegmentText.number(stat.overallMean()),
                        SegmentText.number(stat.overallMedian()), String.format(Locale.ROOT, "%+.2f", stat.z()))));
            }
        });
        ColumnWidths.atLeast(column, 120);
        column.setComparator(String::compareTo);
        return column;
    }

    /** Diverging colour: blue below the population, orange above, stronger with |z| (capped at 2). */
    static String heat(double z) {
        if (Double.isNaN(z)) {
            return "transparent";
        }
        double strength = Math.min(1, Math.abs(z) / 2) * 0.55;
        return z < 0 ? String.format(Locale.ROOT, "rgba(0, 114, 178, %.2f)", strength)
                : String.format(Locale.ROOT, "rgba(230, 159, 0, %.2f)", strength);
    }

    @FXML
    private void exportProfiles() {
        model.exportProfiles();
    }
}
