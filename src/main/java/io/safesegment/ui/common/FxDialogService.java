package io.safesegment.ui.common;

import io.safesegment.core.i18n.LocalizedMessage;
import org.controlsfx.control.Notifications;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ButtonBar;
import javafx.stage.FileChooser;
import java.util.List;
import static io.safesegment.ui.common.I18n.i18n;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;

/** The real dialogs: ControlsFX exception dialogs (details expandable) and JavaFX alerts, styled with the theme. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    /** Dialogs are owned by {@code owner}: centred on it and styled with its scene's theme sheets. */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String headline, Throwable error) {
        ExceptionDialog dialog = new ExceptionDialog(error);
        dialog.setTitle(i18n("error.title"));
        dialog.setHeaderText(headline);
        dialog.setContentText(userMessage(error));
        show(dialog);
    }

    @Override
    public void showUnexpectedError(Throwable error) {
        ExceptionDialog dialog = new ExceptionDialog(error);
        dialog.setTitle(i18n("error.title"));
        dialog.setHeaderText(i18n("error.unexpected.header"));
        dialog.setContentText(i18n("error.unexpected.content"));
        show(dialog);
    }

    @Override
    public void showInformation(String headline, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(i18n("app.name"));
        alert.setHeaderText(headline);
        alert.setContentText(message);
        show(alert);
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDirectory) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File chosen = chooser.showDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String headline, String prompt) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(i18n("app.name"));
        dialog.setHeaderText(headline);
        dialog.setContentText(prompt);
        show(dialog);
        return Optional.ofNullable(dialog.getResult()).map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<char[]> askPassword(String headline, String prompt) {
        javafx.scene.control.Dialog<char[]> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(i18n("app.name"));
        dialog.setHeaderText(headline);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setPromptText(prompt);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(6, new javafx.scene.control.Label(prompt),
                field));
        dialog.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK ? field.getText().toCharArray() : null);
        show(dialog);
        field.clear();
        return Optional.ofNullable(dialog.getResult()).filter(p -> p.length > 0);
    }

    @Override
    public Optional<Path> open(String title, Path initialDirectory, List<FileFilter> filters) {
        return Optional.ofNullable(chooser(title, initialDirectory, filters).showOpenDialog(owner.get()))
                .map(File::toPath);
    }

    @Override
    public Optional<Path> save(String title, String initialName, Path initialDirectory, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, initialDirectory, filters);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path initialDirectory, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        for (FileFilter f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        return chooser;
    }

    @Override
    public boolean confirm(String headline, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.setTitle(i18n("app.name"));
        alert.setHeaderText(headline);
        show(alert);
        return alert.getResult() == yes;
    }

    @Override
    public void notify(String message) {
        Window window = owner.get();
        Notifications toast = Notifications.create().text(message).hideAfter(javafx.util.Duration.seconds(4));
        if (window != null && window.isShowing()) {
            toast.owner(window).showInformation();
        }
    }

    /** The exception's own message when it has one (core messages are written for users), else a generic text. */
    static String userMessage(Throwable error) {
        Throwable t = error;
        while (t != null) {
            if (t instanceof LocalizedMessage localized && localized.message() != null) {
                return localized.message().in(I18n.locale());
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
            t = t.getCause();
        }
        return i18n("error.unexpected.content");
    }

    private void show(Dialog<?> dialog) {
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
            if (window.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
            }
        }
        dialog.getDialogPane().getStyleClass().add("app-dialog");
        dialog.showAndWait();
    }
}
