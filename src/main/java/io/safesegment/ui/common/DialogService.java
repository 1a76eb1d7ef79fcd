package io.safesegment.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog the application shows goes through here, so messages look the same everywhere, stack traces stay
 * behind an expandable "details" area, and tests can replace the real dialogs with a recording fake.
 */
public interface DialogService {

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
}
