package io.safesegment.ui.shell;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.ui.common.I18n;
import io.safesegment.ui.common.MarkdownView;
import io.safesegment.ui.common.OwnerStyle;
import io.safesegment.ui.common.WindowKeys;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › User guide: the topic list on the left, the page rendered from its bundled Markdown on the right, in the UI
 * language. One window at a time; asking for another topic while it is open switches the page. It follows the main
 * window's theme and the language while open; Esc and Ctrl+W close it.
 */
final class HelpWindow {
    private static HelpWindow open;

    private final Stage stage = new Stage();
    private final ListView<HelpTopic> topics = new ListView<>();
    private final ScrollPane page = new ScrollPane();

    private HelpWindow(Window owner, ObservableValue<Locale> language) {
        if (owner != null) {
            stage.initOwner(owner);
        }
        topics.setId("helpTopics");
        topics.getItems().setAll(HelpTopic.values());
        topics.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HelpTopic topic, boolean empty) {
                super.updateItem(topic, empty);
                setText(empty || topic == null ? null : topic.title());
            }
        });
        topics.setPrefWidth(190);
        topics.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showPage(now));
        page.setId("helpPage");
        page.setFitToWidth(true);
        stage.setScene(new Scene(layout(), 900, 680));
        OwnerStyle.follow(stage, owner, language, this::relocalise);
        WindowKeys.closeOnEscape(stage);
        stage.setTitle(i18n("help.window.title"));
    }

    /** Opens the guide at {@code topic} (or switches the open guide to it). */
    static Stage show(Window owner, ObservableValue<Locale> language, HelpTopic topic) {
        if (open != null && open.stage.isShowing() && open.stage.getOwner() != owner) {
            open.stage.close(); // another main window (tests start one per test)
        }
        if (open == null || !open.stage.isShowing()) {
            open = new HelpWindow(owner, language);
        }
        open.topics.getSelectionModel().select(topic);
        open.showPage(topic); // also when it was already selected: the page is rebuilt in the current language
        open.stage.show();
        open.stage.toFront();
        return open.stage;
    }

    private Parent layout() {
        Label heading = new Label(i18n("help.topics"));
        heading.getStyleClass().add("nav-heading");
        VBox left = new VBox(6, heading, topics);
        left.setPadding(new Insets(12));
        VBox.setVgrow(topics, javafx.scene.layout.Priority.ALWAYS);
        BorderPane root = new BorderPane(page);
        root.setLeft(left);
        root.getStyleClass().add("app-root");
        return root;
    }

    private void relocalise() {
        HelpTopic selected = topics.getSelectionModel().getSelectedItem();
        stage.getScene().setRoot(layout());
        topics.refresh();
        stage.setTitle(i18n("help.window.title"));
        showPage(selected);
    }

    private void showPage(HelpTopic topic) {
        if (topic == null) {
            return;
        }
        Locale locale = I18n.locale();
        String markdown = topic.markdown(locale).orElseGet(() -> i18n("help.missing", topic.resource(locale)));
        VBox content = MarkdownView.render(markdown);
        content.setId("helpContent");
        page.setContent(content);
        page.setVvalue(0);
    }
}
