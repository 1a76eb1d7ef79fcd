package io.safesegment.ui.common;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders Markdown (CommonMark) as JavaFX nodes: headings, paragraphs with bold / italic / code runs, bullet and
 * numbered lists, quotes and code blocks, in a {@link VBox} styled by {@code css/markdown.css}. No WebView: the app
 * does not ship javafx-web, and plain nodes follow the theme's colours and fonts. Links are shown as text (the guide
 * is offline; nothing is opened from it). Raw HTML is dropped: tags and HTML blocks vanish, inline text stays.
 */
public final class MarkdownView {
    private static final Parser PARSER = Parser.builder().build();
    private static final String STYLESHEET = MarkdownView.class.getResource("/css/markdown.css").toExternalForm();

    private MarkdownView() {
    }

    /** The rendered document; headings carry the style classes {@code md-h1} … {@code md-h3} and {@code md-heading}. */
    public static VBox render(String markdown) {
        VBox root = new VBox(8);
        root.getStyleClass().add("markdown");
        root.getStylesheets().add(STYLESHEET);
        root.setPadding(new Insets(16, 24, 24, 24));
        root.setFillWidth(true);
        PARSER.parse(markdown).accept(new Blocks(root.getChildren()));
        return root;
    }

    /** Turns block nodes into JavaFX nodes appended to {@code out}. */
    private static final class Blocks extends AbstractVisitor {
        private final List<Node> out;

        Blocks(List<Node> out) {
            this.out = out;
        }

        @Override
        public void visit(Heading heading) {
            TextFlow flow = MarkdownInlines.flow(heading);
            flow.getStyleClass().addAll("md-heading", "md-h" + Math.min(3, heading.getLevel()));
            out.add(flow);
        }

        @Override
        public void visit(Paragraph paragraph) {
            out.add(MarkdownInlines.flow(paragraph));
        }

        @Override
        public void visit(BulletList list) {
            out.add(list(list, false, 1));
        }

        @Override
        public void visit(OrderedList list) {
            out.add(list(list, true, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber()));
        }

        @Override
        public void visit(BlockQuote quote) {
            VBox box = new VBox(6);
            box.getStyleClass().add("md-quote");
            quote.accept(new ChildBlocks(box.getChildren()));
            out.add(box);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            out.add(codeBlock(code.getLiteral()));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            out.add(codeBlock(code.getLiteral()));
        }

        @Override
        public void visit(ThematicBreak rule) {
            javafx.scene.control.Separator separator = new javafx.scene.control.Separator();
            out.add(separator);
        }

        private static Node codeBlock(String literal) {
            Label label = new Label(literal.stripTrailing());
            label.getStyleClass().add("md-code-block");
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            return label;
        }

        private static VBox list(org.commonmark.node.Node list, boolean ordered, int start) {
            VBox box = new VBox(4);
            box.getStyleClass().add("md-list");
            int number = start;
            for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                // a Label keeps its width; a TextFlow marker was squeezed to nothing by a long item beside it
                Label marker = new Label(ordered ? number++ + "." : "•");
                marker.getStyleClass().add("md-marker");
                marker.setMinWidth(Region.USE_PREF_SIZE);
                VBox body = new VBox(4);
                body.setMinWidth(0);
                item.accept(new ChildBlocks(body.getChildren()));
                HBox.setHgrow(body, Priority.ALWAYS);
                HBox row = new HBox(8, marker, body);
                box.getChildren().add(row);
            }
            return box;
        }
    }

    /** Visits only the children of the node it is given (a list item or a quote), not the node itself. */
    private static final class ChildBlocks extends AbstractVisitor {
        private final Blocks blocks;

        ChildBlocks(List<Node> out) {
            this.blocks = new Blocks(out);
        }

        @Override
        public void visit(ListItem item) {
            item.accept(blocks);
        }

        @Override
        public void visit(BlockQuote quote) {
            for (org.commonmark.node.Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                child.accept(blocks);
            }
        }
    }
}
