package io.safesegment.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class MarkdownViewTest {
    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static String text(Node node) {
        if (node instanceof Text t) {
            return t.getText();
        }
        if (node instanceof Label l) {
            return l.getText();
        }
        return node instanceof Parent p ? p.getChildrenUnmodifiable().stream().map(MarkdownViewTest::text)
                .collect(Collectors.joining()) : "";
    }

    @Test
    void rendersHeadingsParagraphsListsAndCodeAsNodes() {
        VBox doc = MarkdownView.render("""
                # 数据

                Import **CSV** and *JSON*, then `Load`.
                Second line of the same paragraph.

                ## Steps

                1. Pick a dataset
                2. Click **Load**

                - nested:
                  - inner

                > A quote

                ```
                safesegment --demo
                ```
                """);
        List<Node> blocks = doc.getChildren();
        assertTrue(blocks.get(0).getStyleClass().containsAll(List.of("md-heading", "md-h1")));
        assertEquals("数据", text(blocks.get(0)));
        assertEquals("Import CSV and JSON, then Load. Second line of the same paragraph.", text(blocks.get(1)));
        List<Node> runs = ((TextFlow) blocks.get(1)).getChildren();
        assertTrue(runs.get(1).getStyleClass().contains("md-strong"), "bold run");
        assertTrue(runs.get(3).getStyleClass().contains("md-em"), "italic run");
        assertTrue(runs.get(5).getStyleClass().contains("md-code"), "code run");
        assertTrue(blocks.get(2).getStyleClass().contains("md-h2"));

        VBox numbered = (VBox) blocks.get(3);
        assertEquals(2, numbered.getChildren().size());
        assertEquals("1.Pick a dataset", text(numbered.getChildren().get(0)));
        assertEquals("2.Click Load", text(numbered.getChildren().get(1)));

        VBox bullets = (VBox) blocks.get(4);
        HBox outer = (HBox) bullets.getChildren().getFirst();
        assertEquals("•nested:•inner", text(outer), "a nested list stays inside its item");

        assertTrue(blocks.get(5).getStyleClass().contains("md-quote"));
        assertEquals("A quote", text(blocks.get(5)));
        assertTrue(blocks.get(6).getStyleClass().contains("md-code-block"));
        assertEquals("safesegment --demo", text(blocks.get(6)));
        assertEquals(7, blocks.size());
    }

    @Test
    void rawHtmlTagsAreDroppedAndTheirTextKept() {
        VBox doc = MarkdownView.render("Hello <b onclick=\"x\">there</b>\n\n<div>block</div>\n\nafter");
        assertEquals("Hello there", text(doc.getChildren().getFirst()));
        assertEquals(List.of("Hello there", "after"), doc.getChildren().stream().map(MarkdownViewTest::text).toList());
    }
}
