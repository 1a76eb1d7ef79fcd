package io.safesegment.ui.common.chart;

import javafx.scene.paint.Color;

/**
 * Segment colours that stay distinguishable with the common colour-vision deficiencies: the Okabe–Ito set first,
 * then Paul Tol's muted colours, repeating beyond twelve segments. Noise (label −1) is a light grey.
 */
public final class Palette {
    private static final int[] RGB = {
        0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x882255,
        0x44AA99, 0x332288, 0x999933, 0x117733,
    };
    /** Colour of noise points. */
    public static final int NOISE_RGB = 0xB8BEC6;

    private Palette() {
    }

    /** Distinct colours before the palette repeats. */
    public static int size() {
        return RGB.length;
    }

    /** 0xRRGGBB of the colour index used for {@code label} (−1 = noise). */
    public static int rgb(int label) {
        return label < 0 ? NOISE_RGB : RGB[label % RGB.length];
    }

    /** The colour index drawn for {@code label}: its position in the palette, or −1 for noise. */
    public static int colourIndex(int label) {
        return label < 0 ? -1 : label % RGB.length;
    }

    /** The JavaFX colour of {@code label}. */
    public static Color color(int label) {
        int c = rgb(label);
        return Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
    }
}
