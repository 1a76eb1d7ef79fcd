package io.safesegment.ui.common;

import javafx.scene.control.TableColumnBase;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Column widths that fit the column's title, so a header is never cut off ("order_count (ord…"). */
public final class ColumnWidths {
    /** Header padding and the sort arrow's room, in pixels. */
    private static final double HEADER_PADDING = 28;

    private ColumnWidths() {
    }

    /** The width the title of {@code column} needs, measured in the (bold) header font. */
    public static double headerWidth(TableColumnBase<?, ?> column) {
        String title = column.getText();
        if (title == null || title.isEmpty()) {
            return 0;
        }
        Font base = Font.getDefault();
        Text text = new Text(title);
        text.setFont(Font.font(base.getFamily(), FontWeight.BOLD, base.getSize()));
        return Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_PADDING;
    }

    /** Sets {@code column}'s preferred width to {@code width}, or wider when its title needs it. */
    public static void atLeast(TableColumnBase<?, ?> column, double width) {
        column.setPrefWidth(Math.max(width, headerWidth(column)));
    }
}
