package io.safesegment.ui.segment;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.segment.ClusteringRun;
import io.safesegment.core.segment.features.FeatureMatrix;
import io.safesegment.core.workspace.WorkspaceService;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.chart.ScatterData;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scatter pane: the current run's customers on two axes (principal components, or features in their original
 * units), the customers picked with the lasso, and the plot saved as an image.
 */
public final class ScatterViewModel {
    /** Axis choice meaning the first principal component. */
    public static final String PC1 = "PC1";
    /** Second principal component. */
    public static final String PC2 = "PC2";
    private static final int KEY_FEATURES = 4;

    private final SegmentsContext context;
    private final ReadOnlyObjectWrapper<ScatterData> scatter = new ReadOnlyObjectWrapper<>(this, "scatter");
    private final ObservableList<String> axisChoices = FXCollections.observableArrayList(PC1, PC2);
    private final StringProperty xAxis = new SimpleStringProperty(this, "xAxis", PC1);
    private final StringProperty yAxis = new SimpleStringProperty(this, "yAxis", PC2);
    private final ObservableList<SelectedCustomer> selected = FXCollections.observableArrayList();

    ScatterViewModel(SegmentsContext context) {
        this.context = context;
        xAxis.addListener((obs, old, now) -> update());
        yAxis.addListener((obs, old, now) -> update());
        context.currentProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && old.run().id().equals(now.run().id())) {
                update(); // the same run renamed: new legend names, same selection
            } else {
                show(now);
            }
        });
    }

    private void show(SegmentsContext.CurrentRun current) {
        selected.clear();
        if (current == null) {
            scatter.set(null);
            return;
        }
        List<String> choices = new ArrayList<>(List.of(PC1, PC2));
        List<String> names = current.matrix().featureNames();
        choices.addAll(names);
        axisChoices.setAll(choices);
        if (names.size() == 2) {
            // Two features: the plane itself, in the features' own units (PCA would only rotate it into z-scores).
            xAxis.set(names.get(0));
            yAxis.set(names.get(1));
        } else if (!axisChoices.contains(xAxis.get()) || !axisChoices.contains(yAxis.get())) {
            xAxis.set(PC1);
            yAxis.set(PC2);
        }
        update();
    }

    /** Rebuilds the scatter data for the current run and axis choice. */
    private void update() {
        SegmentsContext.CurrentRun current = context.current();
        if (current == null || current.run().labels().length != current.matrix().rows()) {
            scatter.set(null);
            return;
        }
        ClusteringRun r = current.run();
        float[] xs = axis(xAxis.get(), current);
        float[] ys = axis(yAxis.get(), current);
        int k = r.k();
        double[] cx = new double[k];
        double[] cy = new double[k];
        int[] counts = new int[k];
        int[] labels = r.labels();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                cx[labels[i]] += xs[i];
                cy[labels[i]] += ys[i];
                counts[labels[i]]++;
            }
        }
        for (int c = 0; c < k; c++) {
            // Projections are linear, so the mean of the projected points is the projected centroid.
            cx[c] = counts[c] == 0 ? Double.NaN : cx[c] / counts[c];
            cy[c] = counts[c] == 0 ? Double.NaN : cy[c] / counts[c];
        }
        scatter.set(new ScatterData(xs, ys, labels, r.segmentNames().stream().map(I18n::segmentName).toList(), cx, cy, axisTitle(xAxis.get(), current),
                axisTitle(yAxis.get(), current), this::describe));
    }

    private static float[] axis(String choice, SegmentsContext.CurrentRun current) {
        if (PC1.equals(choice)) {
            return current.projection().x();
        }
        if (PC2.equals(choice)) {
            return current.projection().y();
        }
        // Original units (days, money, counts), not the z-scores the algorithm saw: ticks then read as real values.
        FeatureMatrix m = current.matrix();
        double[] column = m.raw()[Math.max(0, m.featureNames().indexOf(choice))];
        float[] out = new float[column.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) column[i];
        }
        return out;
    }

    private static String axisTitle(String choice, SegmentsContext.CurrentRun current) {
        if (PC1.equals(choice) || PC2.equals(choice)) {
            int axis = PC1.equals(choice) ? 0 : 1;
            return i18n("segments.axis.pc", axis + 1,
                    Math.round(current.projection().explainedVariance()[axis] * 100));
        }
        return FeatureText.title(choice, current.matrix().report());
    }

    /** Tooltip and selection text: customer id, segment and the first few features. */
    String describe(int row) {
        SegmentsContext.CurrentRun current = context.current();
        if (current == null || row < 0 || row >= current.matrix().rows()) {
            return "";
        }
        FeatureMatrix m = current.matrix();
        return m.customerIds().get(row) + " · " + segmentName(current.run(), current.run().labels()[row]) + "\n"
                + keyFeatures(m, row);
    }

    private static String keyFeatures(FeatureMatrix m, int row) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < Math.min(KEY_FEATURES, m.columns()); j++) {
            if (j > 0) {
                text.append(", ");
            }
            text.append(m.featureNames().get(j)).append(" = ").append(SegmentText.number(m.raw()[j][row]));
        }
        return text.toString();
    }

    private static String segmentName(ClusteringRun r, int label) {
        return label < 0 ? i18n("segments.noise") : I18n.segmentName(r.segmentNames().get(label));
    }

    /** Lists the customers whose points a lasso selected. */
    public void selectPoints(int[] rows) {
        SegmentsContext.CurrentRun current = context.current();
        if (current == null) {
            selected.clear();
            return;
        }
        List<SelectedCustomer> out = new ArrayList<>(rows.length);
        for (int row : rows) {
            out.add(new SelectedCustomer(current.matrix().customerIds().get(row),
                    segmentName(current.run(), current.run().labels()[row]), keyFeatures(current.matrix(), row)));
        }
        selected.setAll(out);
        context.status(i18n("segments.selection.status", rows.length));
    }

    /** Saves an image of the scatter plot ({@code png} = the encoded picture) where the user chooses. */
    public void exportPlot(byte[] png) {
        context.saveAs(i18n("segments.export.plot.title"), "segments-scatter.png", i18n("segments.export.png"),
                "*.png", file -> WorkspaceService.writeAtomically(file, png, false));
    }

    /** True until a run exists (export disabled). */
    public BooleanBinding noRun() {
        return context.currentProperty().isNull();
    }

    /** What the scatter plot shows. */
    public ReadOnlyObjectProperty<ScatterData> scatterProperty() {
        return scatter.getReadOnlyProperty();
    }

    /** Axis choices: PC1, PC2, then the features. */
    public ObservableList<String> axisChoices() {
        return axisChoices;
    }

    /** Horizontal axis. */
    public StringProperty xAxisProperty() {
        return xAxis;
    }

    /** Vertical axis. */
    public StringProperty yAxisProperty() {
        return yAxis;
    }

    /** Customers picked with the lasso. */
    public ObservableList<SelectedCustomer> selected() {
        return selected;
    }
}
