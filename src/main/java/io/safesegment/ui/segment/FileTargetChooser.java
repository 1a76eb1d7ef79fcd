package io.safesegment.ui.segment;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where an export goes; tests replace the file dialog with fixed paths. */
@FunctionalInterface
public interface FileTargetChooser {

    /**
     * The file to write, or empty when the user cancels.
     *
     * @param title          dialog title
     * @param suggestedName  proposed file name
     * @param filterName     description of the file type
     * @param pattern        e.g. {@code *.csv}
     * @param initialFolder  where the dialog opens, may be null
     */
    Optional<Path> choose(String title, String suggestedName, String filterName, String pattern, Path initialFolder);

    /** The JavaFX save dialog, owned by the focused window. */
    static FileTargetChooser fileDialog() {
        return (title, suggestedName, filterName, pattern, initialFolder) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
            if (initialFolder != null && Files.isDirectory(initialFolder)) {
                chooser.setInitialDirectory(initialFolder.toFile());
            }
            Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
