package io.safesegment.ui.data;

import static io.safesegment.ui.common.I18n.i18n;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Picks files for the Data section; the application uses JavaFX file dialogs, tests answer with prepared paths. */
public interface DataFileChooser {

    /** A data file to import; empty when the user cancels. */
    Optional<Path> openDataFile();

    /** Where an export goes, suggesting {@code initialName}; empty when the user cancels. */
    Optional<Path> saveExport(String initialName);

    /** JavaFX file dialogs owned by the focused window. */
    static DataFileChooser fileDialogs() {
        return new DataFileChooser() {
            @Override
            public Optional<Path> openDataFile() {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(i18n("data.import.choose"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(i18n("data.import.filter"),
                                "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.json", "*.jsonl", "*.ndjson"),
                        new FileChooser.ExtensionFilter(i18n("data.import.filter.all"), "*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner())).map(File::toPath);
            }

            @Override
            public Optional<Path> saveExport(String initialName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(i18n("data.export.choose"));
                chooser.setInitialFileName(initialName);
                return Optional.ofNullable(chooser.showSaveDialog(owner())).map(File::toPath);
            }

            private Window owner() {
                return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
            }
        };
    }
}
