package io.safesegment.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the application shows goes through here, so messages look the same everywhere, stack traces stay
 * behind an expandable "details" area, and tests can replace the real dialogs with a recording fake. File choosers
 * ({@link #open}, {@link #save}), confirmations and toasts too: sections need no chooser interfaces of their own.
 */
public interface DialogService {

    /**
     * A file-type filter of a chooser.
     *
     * @param description translated text, e.g. "Data files"
     * @param patterns    glob patterns such as {@code *.csv}
     */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }

        /** A filter for {@code patterns}. */
        public static FileFilter of(String description, String... patterns) {
            return new FileFilter(description, List.of(patterns));
        }
    }

    /** Shows a failure the user can act on: {@code headline} says what failed, the exception's message says why. */
    void showError(String headline, Throwable error);

    /** Shows an unexpected failure (the last-resort handler uses this); the user sees a friendly message. */
    void showUnexpectedError(Throwable error);

    /** Shows a short information message. */
    void showInformation(String headline, String message);

    /** Lets the user pick a directory; empty when they cancel. */
    Optional<Path> chooseDirectory(String title, Path initialDirectory);

    /**
     * Asks for one line of text (e.g. the reason for an override); empty when they cancel. Services that cannot ask
     * answer empty, which callers treat as a cancel.
     */
    default Optional<String> askText(String headline, String prompt) {
        return Optional.empty();
    }

    /**
     * Lets the user pick an existing file; empty when they cancel.
     *
     * @param initialDirectory where the chooser opens (null: the platform's default)
     * @param filters          file-type filters, the first selected
     */
    default Optional<Path> open(String title, Path initialDirectory, List<FileFilter> filters) {
        return Optional.empty();
    }

    /** Lets the user pick where to write, suggesting {@code initialName}; empty when they cancel. */
    default Optional<Path> save(String title, String initialName, Path initialDirectory, List<FileFilter> filters) {
        return Optional.empty();
    }

    /**
     * Asks for a password (masked input); the caller wipes the returned array. Empty when cancelled or empty.
     */
    default Optional<char[]> askPassword(String headline, String prompt) {
        return Optional.empty();
    }

    /**
     * Asks before something that cannot be undone (overwrite, delete, an override); true only when the user chose
     * {@code confirmLabel}. Services that cannot ask answer false: nothing irreversible happens unasked.
     */
    default boolean confirm(String headline, String message, String confirmLabel) {
        return false;
    }

    /** A short, non-modal notice that fades by itself ("Exported 5,007 rows"); it never needs an answer. */
    default void notify(String message) {
    }
}
