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
 * Table columns of the Privacy panes, built in one place: text cells carry their full text as a tooltip (so a
 * narrow column never hides a message), check cells wrap, and role cells show the translated role.
 */
final class PrivacyColumns {
    private PrivacyColumns() {
    }

    /** A read-only text column whose cells show the full value as a tooltip. */
    static <R> TableColumn<R, String> text(String title, double width, Function<R, ObservableValue<String>> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setCellFactory(col -> new TooltipCell<>(false));
        c.setPrefWidth(width);
        return c;
    }

    /** A text column over a record field (not sortable: review rows keep their order). */
    static <R> TableColumn<R, String> record(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = text(title, width, r -> new ReadOnlyObjectWrapper<>(value.apply(r)));
        c.setSortable(false);
        return c;
    }

    /** The policy check column: "✓" or the problem, wrapped, with the full text in a tooltip. */
    static TableColumn<ColumnRow, String> check(String title, double width) {
        TableColumn<ColumnRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> cell.getValue().problemProperty());
        c.setCellFactory(col -> new TooltipCell<>(true));
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

    /** A text cell with its full text as tooltip; a check cell shows "✓" when empty and wraps problems. */
    private static final class TooltipCell<R> extends TableCell<R, String> {
        private final boolean check;

        TooltipCell(boolean check) {
            this.check = check;
            setWrapText(check);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean bad = !empty && item != null && !item.isEmpty();
            setText(empty ? null : check && !bad ? "✓" : item);
            setTooltip(bad ? wrapped(item) : null);
            if (check) {
                getStyleClass().removeAll("problem-cell", "ok-cell");
                if (!empty) {
                    getStyleClass().add(bad ? "problem-cell" : "ok-cell");
                }
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
