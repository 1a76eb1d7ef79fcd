package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.data.profile.ColumnProfile;
import io.safesegment.core.data.profile.DatasetProfile;
import io.safesegment.core.data.profile.Histogram;
import io.safesegment.ui.common.Columns;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Wires the Profile tab: one row per column with its statistics, and for the selected column its histogram (drawn
 * on a canvas, at most 20 bars) and most frequent values.
 */
final class ProfilePanel {
    private ProfilePanel() {
    }

    static void bind(ProfileModel model, TableView<ColumnProfile> table, Label summary, ProgressIndicator progress,
                     Label histogramTitle, StackPane holder, Canvas canvas, Label topValues) {
        table.getColumns().setAll(
                column(i18n("data.profile.column"), ColumnProfile::name, 150),
                column(i18n("data.profile.type"), p -> p.type().toLowerCase(Locale.ROOT), 90),
                column(i18n("data.profile.count"), p -> number(p.count()), 80),
                column(i18n("data.profile.missing"), p -> number(p.missing()), 70),
                column(i18n("data.profile.distinct"), p -> number(p.distinct()), 70),
                column(i18n("data.profile.min"), p -> text(p.min()), 100),
                column(i18n("data.profile.max"), p -> text(p.max()), 100),
                column(i18n("data.profile.mean"), p -> decimal(p.mean()), 80),
                column(i18n("data.profile.median"), p -> decimal(p.median()), 80),
                column(i18n("data.profile.std"), p -> decimal(p.stdDev()), 80));
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        WhileShown.on(table)
                .listen(model.profileProperty(), (obs, old, now) -> show(now, table, summary))
                .sync(() -> show(model.profileProperty().get(), table, summary))
                .start();
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        Runnable redraw = () -> {
            ColumnProfile selected = table.getSelectionModel().getSelectedItem();
            histogramTitle.setText(selected == null ? i18n("data.profile.pick") : selected.name());
            topValues.setText(selected == null || selected.top().isEmpty() ? "" : i18n("data.profile.top",
                    String.join(", ", selected.top().stream().limit(5)
                            .map(v -> v.value() + " (" + number(v.count()) + ")").toList())));
            draw(canvas, selected == null ? null : selected.histogram());
        };
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> redraw.run());
        canvas.widthProperty().addListener((obs, old, now) -> redraw.run());
        canvas.heightProperty().addListener((obs, old, now) -> redraw.run());
        redraw.run();
    }

    private static void show(DatasetProfile profile, TableView<ColumnProfile> table, Label summary) {
        if (profile == null) {
            table.getItems().clear();
            summary.setText(i18n("data.profile.none"));
            return;
        }
        table.getItems().setAll(profile.columns());
        summary.setText(profileText(profile));
        table.getSelectionModel().select(profile.columns().stream().filter(c -> c.histogram() != null).findFirst()
                .orElse(profile.columns().isEmpty() ? null : profile.columns().getFirst()));
    }

    /** Profile of the current dataset, for the summary line above the table. */
    static String profileText(DatasetProfile profile) {
        return i18n("data.profile.summary", profile.rows(), profile.columns().size(), profile.duplicateRows(),
                Formats.bytes(profile.memoryBytes()));
    }

    /** Draws the bars scaled to the tallest one, with the first and last edge under the axis. */
    static void draw(Canvas canvas, Histogram histogram) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (histogram == null || histogram.counts().isEmpty() || w < 20 || h < 40) {
            return;
        }
        long max = histogram.counts().stream().mapToLong(Long::longValue).max().orElse(1);
        int bins = histogram.counts().size();
        double plotH = h - 22;
        double barW = w / bins;
        g.setFill(Color.web("#3b82c4"));
        for (int i = 0; i < bins; i++) {
            double barH = max == 0 ? 0 : plotH * histogram.counts().get(i) / max;
            g.fillRect(i * barW + 1, plotH - barH, Math.max(1, barW - 2), barH);
        }
        g.setStroke(Color.web("#8a8f98"));
        g.strokeLine(0, plotH + 0.5, w, plotH + 0.5);
        g.setFill(Color.web("#6b7280"));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(compact(histogram.edges().getFirst()), 2, plotH + 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(compact(histogram.edges().getLast()), w - 2, plotH + 4);
    }

    private static TableColumn<ColumnProfile, String> column(String title, Function<ColumnProfile, String> value,
                                                            double width) {
        return Columns.text(title, width, value);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String decimal(Double d) {
        return d == null || d.isNaN() ? "" : compact(d);
    }

    private static String compact(double d) {
        return Math.abs(d) >= 1e6 || Math.abs(d) < 1e-3 && d != 0 ? String.format(Locale.ROOT, "%.3g", d)
                : String.format(Locale.ROOT, "%,.2f", d);
    }
}
