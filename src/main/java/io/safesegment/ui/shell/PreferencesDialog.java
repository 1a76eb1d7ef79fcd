package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.Columns;
import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.Theme;
import io.safesegment.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Controller of {@code fxml/shell/PreferencesView.fxml}: workspace folder, language and theme. OK applies the
 * changes through the {@link ShellViewModel} (which remembers them) and the {@link MainWindow}.
 */
public final class PreferencesDialog {
    private final AppContext context;

    @FXML private TextField workspaceField;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private ComboBox<Theme> themeBox;

    private PreferencesDialog(AppContext context) {
        this.context = context;
    }

    /** Shows the dialog and applies what the user chose when they press OK. */
    static void show(AppContext context, MainWindow window) {
        PreferencesDialog controller = new PreferencesDialog(context);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(i18n("preferences.title"));
        dialog.setHeaderText(i18n("preferences.header"));
        dialog.getDialogPane().setContent(ViewLoader.load("shell/PreferencesView.fxml", controller));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStyleClass().add("app-dialog");
        dialog.initOwner(window.stage());
        dialog.getDialogPane().getStylesheets().setAll(window.scene().getStylesheets());
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> controller.apply(window));
    }

    @FXML
    private void initialize() {
        ShellViewModel shell = context.shell();
        Path dir = shell.workspaceDirectory();
        workspaceField.setText(dir == null ? "" : dir.toString());
        languageBox.getItems().setAll(I18n.SUPPORTED);
        languageBox.setConverter(Columns.converter(l -> I18n.CHINESE.equals(l) ? i18n("menu.language.chinese")
                : i18n("menu.language.english")));
        languageBox.getSelectionModel().select(shell.language());
        themeBox.getItems().setAll(Theme.values());
        themeBox.setConverter(Columns.converter(t -> t == Theme.DARK ? i18n("theme.dark") : i18n("theme.light")));
        themeBox.getSelectionModel().select(shell.theme());
    }

    @FXML
    private void browse() {
        Path current = workspaceField.getText().isBlank() ? null : Path.of(workspaceField.getText());
        context.dialogs().chooseDirectory(i18n("workspace.choose"), current)
                .ifPresent(p -> workspaceField.setText(p.toString()));
    }

    private void apply(MainWindow window) {
        ShellViewModel shell = context.shell();
        if (themeBox.getValue() != null && themeBox.getValue() != shell.theme()) {
            window.applyTheme(themeBox.getValue());
        }
        String text = workspaceField.getText().trim();
        if (!text.isEmpty() && !Path.of(text).toAbsolutePath().normalize().equals(shell.workspaceDirectory())) {
            shell.openWorkspace(Path.of(text));
        }
        if (languageBox.getValue() != null && !languageBox.getValue().equals(shell.language())) {
            window.switchLanguage(languageBox.getValue());
        }
    }
}
