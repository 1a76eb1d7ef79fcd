package io.safesegment.core.workspace;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

/**
 * Where the main window was and how big it was, remembered between runs.
 *
 * @param x         left edge in screen coordinates
 * @param y         top edge in screen coordinates
 * @param width     width in pixels, positive
 * @param height    height in pixels, positive
 * @param maximized whether the window was maximised (the other values are then the restored bounds)
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {

    /** Rejects sizes a window cannot have, so a hand-edited settings file cannot produce an invisible window. */
    public WindowGeometry {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new LocalizedArgumentException(Message.of("workspace.windowGeometry.windowGeometryNeedsFinite", String.valueOf(x), String.valueOf(y), String.valueOf(width), String.valueOf(height)));
        }
    }
}
