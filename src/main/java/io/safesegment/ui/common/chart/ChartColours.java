package io.safesegment.ui.common.chart;

import io.safesegment.ui.common.Theme;
import javafx.scene.paint.Color;

/**
 * The non-data colours of a canvas chart for one theme. Canvas drawing does not see CSS, so the scatter plot takes
 * these from the theme of its scene instead (see {@link #of(Theme)}); segment colours come from {@link Palette}.
 *
 * @param background   plot background, ARGB (written straight into the pixel buffer)
 * @param grid         grid lines, ARGB
 * @param axis         frame and tick marks
 * @param text         tick labels, axis titles and legend text
 * @param ink          outlines of centroids and selected points
 * @param halo         ring behind centroid markers, so they stand out from the points
 * @param legendFill   legend box background
 * @param legendBorder legend box border
 */
public record ChartColours(int background, int grid, Color axis, Color text, Color ink, Color halo,
                           Color legendFill, Color legendBorder) {

    /** Colours matching css/light.css. */
    public static final ChartColours LIGHT = new ChartColours(0xFFFFFFFF, 0xFFEDF0F4, Color.web("#9aa3af"),
            Color.web("#374151"), Color.web("#1f2937"), Color.WHITE, Color.rgb(255, 255, 255, 0.92),
            Color.web("#d7dde5"));

    /** Colours matching css/dark.css. */
    public static final ChartColours DARK = new ChartColours(0xFF23272D, 0xFF2E333B, Color.web("#6b7280"),
            Color.web("#e5e7eb"), Color.web("#f3f4f6"), Color.web("#111317"), Color.rgb(35, 39, 45, 0.92),
            Color.web("#363b44"));

    /** The colours for a theme. */
    public static ChartColours of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }
}
