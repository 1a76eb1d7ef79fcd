package io.safesegment.ui.keys;

import java.nio.file.Path;
import java.util.Optional;

/** Chooses files for the key views; the application uses JavaFX file choosers, tests answer with prepared paths. */
public interface FilePicker {
    /** A file to read (a recipient key, a file to encrypt); empty when the user cancels. */
    Optional<Path> open(String title);

    /** A file to write, suggesting {@code initialName}; empty when the user cancels. */
    Optional<Path> save(String title, String initialName);
}
