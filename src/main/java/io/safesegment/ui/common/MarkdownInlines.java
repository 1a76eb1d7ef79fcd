package io.safesegment.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;

/**
 * The inline part of {@link MarkdownView}: a paragraph's or heading's text, code, emphasis and link spans as styled
 * {@link Text} runs of one {@link TextFlow} (links are text only: the guide is offline).
 */
final class MarkdownInlines {
    private MarkdownInlines() {
    }

    /** The text runs of a paragraph or heading in one wrapping flow, styled {@code md-paragraph}. */
    static TextFlow flow(org.commonmark.node.Node block) {
        List<Text> runs = new ArrayList<>();
        block.accept(new Inlines(runs, List.of()));
        TextFlow flow = new TextFlow(runs.toArray(Text[]::new));
        flow.getStyleClass().add("md-paragraph");
        return flow;
    }

    /** Collects the text runs of a paragraph or heading, each with the styles of the spans around it. */
    private static final class Inlines extends AbstractVisitor {
        private final List<Text> runs;
        private final List<String> styles;

        Inlines(List<Text> runs, List<String> styles) {
            this.runs = runs;
            this.styles = styles;
        }

        private void add(String literal, String... extra) {
            Text text = new Text(literal);
            text.getStyleClass().add("md-text");
            text.getStyleClass().addAll(styles);
            text.getStyleClass().addAll(extra);
            runs.add(text);
        }

        private void nested(org.commonmark.node.Node node, String style) {
            List<String> inner = new ArrayList<>(styles);
            inner.add(style);
            Inlines visitor = new Inlines(runs, inner);
            for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                child.accept(visitor);
            }
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            add(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            add(code.getLiteral(), "md-code");
        }

        @Override
        public void visit(Emphasis emphasis) {
            nested(emphasis, "md-em");
        }

        @Override
        public void visit(StrongEmphasis strong) {
            nested(strong, "md-strong");
        }

        @Override
        public void visit(Link link) {
            nested(link, "md-link");
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            add(" ");
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            add("\n");
        }
    }
}
