package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.AppInfo;
import io.safesegment.ui.common.ViewLoader;
import java.util.List;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Controller of {@code fxml/shell/AboutView.fxml}: version, the libraries in use and the cryptography note. */
public final class AboutDialog {
    @FXML private Label aboutVersion;
    @FXML private Label aboutLibraries;

    private AboutDialog() {
    }

    /** Shows the About dialog (non-blocking) over {@code owner}. */
    static Dialog<ButtonType> show(Stage owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(i18n("about.title"));
        dialog.getDialogPane().setContent(ViewLoader.load("shell/AboutView.fxml", new AboutDialog()));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStyleClass().add("app-dialog");
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.show();
        return dialog;
    }

    @FXML
    private void initialize() {
        aboutVersion.setText(i18n("app.version", AppInfo.version()) + "  ·  Java " + Runtime.version().feature()
                + "  ·  JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        aboutLibraries.setText(libraries().stream().collect(Collectors.joining("\n")));
    }

    /** The main libraries with the versions actually on the class path. */
    static List<String> libraries() {
        return List.of(
                LibraryVersions.describe("Tablesaw", "tech.tablesaw.api.Table"),
                LibraryVersions.describe("Smile", "smile.clustering.KMeans"),
                LibraryVersions.describe("Bouncy Castle", "org.bouncycastle.jce.provider.BouncyCastleProvider"),
                LibraryVersions.describe("SQLite JDBC", "org.sqlite.JDBC"),
                LibraryVersions.describe("ControlsFX", "org.controlsfx.dialog.ExceptionDialog"),
                LibraryVersions.describe("Jackson", "com.fasterxml.jackson.databind.ObjectMapper"),
                LibraryVersions.describe("picocli", "picocli.CommandLine"),
                LibraryVersions.describe("commonmark-java", "org.commonmark.parser.Parser"),
                LibraryVersions.describe("zxcvbn4j", "com.nulabinc.zxcvbn.Zxcvbn"),
                LibraryVersions.describe("SLF4J / Logback", "ch.qos.logback.classic.Logger"));
    }
}
