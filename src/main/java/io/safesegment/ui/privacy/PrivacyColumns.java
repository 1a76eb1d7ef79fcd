package io.safesegment.ui.privacy;

import io.safesegment.core.data.ColumnRole;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The Privacy panes' own columns (text columns come from {@link io.safesegment.ui.common.Columns}): the policy
 * check column wraps its problem, role cells show the translated role, confidence shows a bar.
 */
final class PrivacyColumns {
    private PrivacyColumns() {
    }

    /** The policy check column: "✓" or the problem, wrapped, with the full text in a tooltip. */
    static TableColumn<ColumnRow, String> check(String title, double width) {
        TableColumn<ColumnRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> cell.getValue().problemProperty());
        c.setCellFactory(col -> new CheckCell());
        c.setPrefWidth(width);
        c.setMinWidth(160);
        return c;
    }

    /** A read-only role column. */
    static TableColumn<ColumnRow, ColumnRole> role(String title, Function<ColumnRow, ObjectProperty<ColumnRole>> p) {
        TableColumn<ColumnRow, ColumnRole> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> p.apply(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ColumnRole item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ReviewFormat.role(item));
            }
        });
        c.setPrefWidth(150);
        return c;
    }

    /** The detector's confidence as a bar with a percentage. */
    static TableColumn<ColumnRow, Double> confidence(String title) {
        TableColumn<ColumnRow, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> cell.getValue().confidenceProperty().asObject());
        c.setCellFactory(col -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();

            {
                bar.setPrefWidth(70);
                bar.getStyleClass().add("confidence-bar");
            }

            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                boolean none = empty || item == null || item < 0;
                setGraphic(none ? null : bar);
                setText(empty ? null : none ? "—" : ReviewFormat.percent(item));
                if (!none) {
                    bar.setProgress(item);
                }
            }
        });
        c.setPrefWidth(150);
        return c;
    }

    /** "✓" when the rule is fine, else the problem, wrapped, with the full text in a wrapping tooltip. */
    private static final class CheckCell extends TableCell<ColumnRow, String> {
        CheckCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean bad = !empty && item != null && !item.isEmpty();
            setText(empty ? null : bad ? item : "✓");
            setTooltip(bad ? wrapped(item) : null);
            getStyleClass().removeAll("problem-cell", "ok-cell");
            if (!empty) {
                getStyleClass().add(bad ? "problem-cell" : "ok-cell");
            }
        }

        private static Tooltip wrapped(String text) {
            Tooltip t = new Tooltip(text);
            t.setWrapText(true);
            t.setMaxWidth(480);
            return t;
        }
    }
}
