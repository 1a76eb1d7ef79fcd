package io.safesegment.ui.shell;

import io.safesegment.ui.common.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link DialogService} for GUI tests: records what would have been shown instead of opening modal dialogs. */
public final class RecordingDialogs implements DialogService {
    /** Everything shown, as "kind: headline". */
    public final List<String> shown = new CopyOnWriteArrayList<>();
    /** Errors passed to the dialogs. */
    public final List<Throwable> errors = new CopyOnWriteArrayList<>();
    /** What {@link #chooseDirectory} answers. */
    public volatile Path nextDirectory;
    /** What {@link #askText} answers (null = the user cancels). */
    public volatile String nextText;
    /** What {@link #open} and {@link #save} answer (null = the user cancels). */
    public volatile Path nextFile;
    /** What {@link #confirm} answers. */
    public volatile boolean nextConfirm;
    /** The toasts shown by {@link #notify}. */
    public final List<String> notices = new CopyOnWriteArrayList<>();

    @Override
    public void showError(String headline, Throwable error) {
        shown.add("error: " + headline);
        errors.add(error);
    }

    @Override
    public void showUnexpectedError(Throwable error) {
        shown.add("unexpected: " + error.getMessage());
        errors.add(error);
    }

    @Override
    public void showInformation(String headline, String message) {
        shown.add("info: " + headline);
    }

    /** What {@link #askPassword} answers (null = the user cancels); a copy is returned each time. */
    public volatile String nextPassword;

    @Override
    public Optional<char[]> askPassword(String headline, String prompt) {
        shown.add("password: " + headline);
        return Optional.ofNullable(nextPassword).map(String::toCharArray);
    }

    @Override
    public Optional<String> askText(String headline, String prompt) {
        shown.add("ask: " + headline);
        return Optional.ofNullable(nextText);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDirectory) {
        return Optional.ofNullable(nextDirectory);
    }

    @Override
    public Optional<Path> open(String title, Path initialDirectory, List<FileFilter> filters) {
        shown.add("open: " + title);
        return Optional.ofNullable(nextFile);
    }

    @Override
    public Optional<Path> save(String title, String initialName, Path initialDirectory, List<FileFilter> filters) {
        shown.add("save: " + title);
        return Optional.ofNullable(nextFile);
    }

    @Override
    public boolean confirm(String headline, String message, String confirmLabel) {
        shown.add("confirm: " + headline);
        return nextConfirm;
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }
}
