package io.safesegment.ui.shell.demo;

import io.safesegment.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The window's {@link DialogService} with one presenter shortcut: while the guided demo runs a step that saves a
 * file, the next save dialog is answered with the demo's own file (in the workspace's {@code demo-tour/} folder)
 * instead of opening, so each step is one click and the sections' own export code writes the file. Every other
 * dialog is the real one.
 */
public final class DemoDialogs implements DialogService {
    private final DialogService delegate;
    private volatile Path nextSave;

    /** Wraps the window's dialogs. */
    public DemoDialogs(DialogService delegate) {
        this.delegate = delegate;
    }

    /** Answers the next save dialog with {@code file} (once). */
    void answerNextSave(Path file) {
        nextSave = file;
    }

    @Override
    public Optional<Path> save(String title, String initialName, Path initialDirectory, List<FileFilter> filters) {
        Path answer = nextSave;
        if (answer != null) {
            nextSave = null;
            return Optional.of(answer);
        }
        return delegate.save(title, initialName, initialDirectory, filters);
    }

    @Override
    public void showError(String headline, Throwable error) {
        delegate.showError(headline, error);
    }

    @Override
    public void showUnexpectedError(Throwable error) {
        delegate.showUnexpectedError(error);
    }

    @Override
    public void showInformation(String headline, String message) {
        delegate.showInformation(headline, message);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDirectory) {
        return delegate.chooseDirectory(title, initialDirectory);
    }

    @Override
    public Optional<String> askText(String headline, String prompt) {
        return delegate.askText(headline, prompt);
    }

    @Override
    public Optional<Path> open(String title, Path initialDirectory, List<FileFilter> filters) {
        return delegate.open(title, initialDirectory, filters);
    }

    @Override
    public Optional<char[]> askPassword(String headline, String prompt) {
        return delegate.askPassword(headline, prompt);
    }

    @Override
    public boolean confirm(String headline, String message, String confirmLabel) {
        return delegate.confirm(headline, message, confirmLabel);
    }

    @Override
    public void notify(String message) {
        delegate.notify(message);
    }
}
