package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where a masked export goes; tests replace the file dialog with a fixed path. */
@FunctionalInterface
public interface ExportTargetChooser {

    /** The file to write, or empty when the user cancels. */
    Optional<Path> choose(String suggestedName, Path initialDirectory);

    /** The JavaFX save dialog, owned by the focused window. */
    static ExportTargetChooser fileDialog() {
        return (suggestedName, initialDirectory) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n("privacy.export.choose"));
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n("privacy.export.filter"), "*.csv"));
            if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
                chooser.setInitialDirectory(initialDirectory.toFile());
            }
            Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
