package io.safesegment.ui.recommend;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.recommend.EvaluationRunStore;
import io.safesegment.core.recommend.RecommendedItem;
import io.safesegment.core.recommend.eval.Metrics;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Builds the columns of the evaluation and preview tables (headers translated, numbers right-aligned). */
final class ResultColumns {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private ResultColumns() {
    }

    /** Model (and segment) then every metric the core reports. */
    static void metrics(TableView<MetricRow> table, boolean withSegment) {
        table.getColumns().add(text(i18n("recommend.col.model"), MetricRow::model, 90));
        if (withSegment) {
            table.getColumns().add(text(i18n("recommend.col.segment"), MetricRow::segment, 150));
        }
        table.getColumns().add(number(i18n("recommend.col.users"), r -> r.metrics().users(), "%.0f",
                i18n("recommend.col.users.tip")));
        table.getColumns().add(metric(i18n("recommend.col.precision"), Metrics::precision, i18n("recommend.col.precision.tip")));
        table.getColumns().add(metric(i18n("recommend.col.recall"), Metrics::recall, i18n("recommend.col.recall.tip")));
        table.getColumns().add(metric(i18n("recommend.col.f1"), Metrics::f1, i18n("recommend.col.f1.tip")));
        table.getColumns().add(metric(i18n("recommend.col.ndcg"), Metrics::ndcg, i18n("recommend.col.ndcg.tip")));
        table.getColumns().add(metric(i18n("recommend.col.map"), Metrics::map, i18n("recommend.col.map.tip")));
        table.getColumns().add(metric(i18n("recommend.col.hit"), Metrics::hitRate, i18n("recommend.col.hit.tip")));
        table.getColumns().add(metric(i18n("recommend.col.rmse"),
                m -> m.rmse() == null ? Double.NaN : m.rmse(), i18n("recommend.col.rmse.tip")));
        table.getColumns().add(metric(i18n("recommend.col.coverage"), Metrics::coverage,
                i18n("recommend.col.coverage.tip")));
        table.getColumns().add(metric(i18n("recommend.col.novelty"), Metrics::novelty,
                i18n("recommend.col.novelty.tip")));
        table.getColumns().add(metric(i18n("recommend.col.diversity"), Metrics::diversity,
                i18n("recommend.col.diversity.tip")));
        table.getColumns().add(number(i18n("recommend.col.poprank"), r -> r.metrics().popularityRank(), "%.1f",
                i18n("recommend.col.poprank.tip")));
        table.getColumns().add(number(i18n("recommend.col.fairmin"), MetricRow::fairnessMin, "%.2f",
                i18n("recommend.col.fair.tip")));
        table.getColumns().add(number(i18n("recommend.col.fairmax"), MetricRow::fairnessMax, "%.2f",
                i18n("recommend.col.fair.tip")));
        table.getColumns().add(number(i18n("recommend.col.overload"), r -> r.metrics().overloadRatio(), "%.2f",
                i18n("recommend.col.overload.tip")));
    }

    /** Rank, product, category, score and the one-line explanation. */
    static void preview(TableView<RecommendedItem> table) {
        table.getColumns().add(text(i18n("recommend.col.rank"), r -> String.valueOf(r.rank()), 44));
        table.getColumns().add(text(i18n("recommend.col.product"), RecommendedItem::name, 170));
        table.getColumns().add(text(i18n("recommend.col.category"), RecommendedItem::category, 100));
        TableColumn<RecommendedItem, Double> score = new TableColumn<>(i18n("recommend.col.score"));
        score.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().score()));
        score.setCellFactory(c -> formatted("%.4f"));
        score.setPrefWidth(70);
        table.getColumns().add(score);
        // text columns carry the full sentence as a tooltip when it is cut off
        TableColumn<RecommendedItem, String> why = text(i18n("recommend.col.why"), RecommendedItem::explanation, 300);
        table.getColumns().add(why);
        // The explanation takes whatever width is left, so the sentence is readable without scrolling.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** The model list: a tick box and the model's name. */
    static void models(TableView<ModelChoice> table) {
        table.setEditable(true);
        TableColumn<ModelChoice, Boolean> use = new TableColumn<>(i18n("recommend.col.use"));
        use.setCellValueFactory(c -> c.getValue().selectedProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setEditable(true);
        table.getColumns().setAll(List.of(use, text(i18n("recommend.col.model"), ModelChoice::name, 120)));
    }

    /** The trained models: name, training seconds, seed. */
    static void trained(TableView<TrainedModel> table) {
        table.getColumns().setAll(List.of(text(i18n("recommend.col.model"), TrainedModel::name, 120),
                text(i18n("recommend.col.seconds"), t -> String.format(Locale.ROOT, "%.2f", t.seconds()), 80),
                text(i18n("recommend.seed"), t -> String.valueOf(t.seed()), 80)));
    }

    /** A saved evaluation run as one line: when, input, models, folds, k, seed. */
    static ListCell<EvaluationRunStore.Summary> runCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(EvaluationRunStore.Summary run, boolean empty) {
                super.updateItem(run, empty);
                setText(empty || run == null ? null : i18n("recommend.run.line", WHEN.format(run.createdAt()),
                        run.source(), String.join(", ", run.models()), run.folds(), run.k(),
                        String.valueOf(run.seed())));
                setTooltip(getText() == null ? null : new Tooltip(getText()));
            }
        };
    }

    private static <R> TableColumn<R, String> text(String header, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                // a long name or explanation may be cut off at the column's width: the tooltip shows all of it
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        column.setPrefWidth(Math.max(width, headerWidth(header)));
        return column;
    }

    private static TableColumn<MetricRow, Double> metric(String header, ToDoubleFunction<Metrics> value, String tip) {
        return number(header, r -> value.applyAsDouble(r.metrics()), "%.4f", tip);
    }

    private static TableColumn<MetricRow, Double> number(String header, ToDoubleFunction<MetricRow> value,
            String format, String tip) {
        TableColumn<MetricRow, Double> column = new TableColumn<>();
        javafx.scene.control.Label label = new javafx.scene.control.Label(header);
        label.setTooltip(new Tooltip(tip));
        column.setGraphic(label);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(c.getValue())));
        column.setCellFactory(c -> formatted(format));
        column.setPrefWidth(Math.max(78, headerWidth(header)));
        return column;
    }

    /**
     * A width that shows {@code header} whole ("Customers", or two-em-wide Chinese characters): headers are never
     * cut off at the default window size; cells that still are carry a tooltip.
     */
    static double headerWidth(String header) {
        return header.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? 14 : 7.5).sum() + 24;
    }

    private static <R> javafx.scene.control.TableCell<R, Double> formatted(String format) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Double.isNaN(item) ? "–" : String.format(Locale.ROOT, format,
                        item));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        };
    }
}
