package io.safesegment.ui.shell;

import java.util.List;
import javafx.scene.Parent;

/** {@link ClippedText} for tests outside this package: the clipped texts under {@code root}, as readable lines. */
public final class ClippedTextAccess {
    private ClippedTextAccess() {
    }

    /** Every text cut off under {@code root}, described with {@code where}. */
    public static List<String> clipped(Parent root, String where) {
        return ClippedText.find(root, where).stream().map(String::valueOf).toList();
    }
}
