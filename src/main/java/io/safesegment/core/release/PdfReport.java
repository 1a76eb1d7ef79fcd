package io.safesegment.core.release;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The release report as a PDF (PDFBox 3): the same sections as the HTML, one wrapped text line per row. Uses DejaVu
 * Sans when the system has it (wider Unicode coverage, embedded as a subset), else Helvetica; a character the font
 * cannot show becomes '?', so a dataset name never breaks the report.
 */
final class PdfReport {
    private static final float MARGIN = 50;
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"), Path.of("/Library/Fonts/DejaVuSans.ttf"));

    private final PDDocument doc;
    private final PDFont font;
    private PDPageContentStream stream;
    private float y;

    private PdfReport(PDDocument doc) throws IOException {
        this.doc = doc;
        PDFont chosen = null;
        for (Path f : FONTS) {
            if (Files.isRegularFile(f)) {
                chosen = PDType0Font.load(doc, f.toFile());
                break;
            }
        }
        this.font = chosen != null ? chosen : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    static void write(ReleaseReport r, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(ReportText.title(r));
            doc.getDocumentInformation().setCreator("SafeSegment");
            PdfReport pdf = new PdfReport(doc);
            pdf.newPage();
            pdf.line(ReportText.title(r), 14);
            pdf.y -= 6;
            for (ReportText.Section s : ReportText.sections(r)) {
                pdf.y -= 4;
                pdf.line(s.heading(), 12);
                for (List<String> row : s.rows()) {
                    String text = row.size() == 2 && !row.get(0).isEmpty() ? row.get(0) + ": " + row.get(1)
                            : String.join("  |  ", row.stream().filter(c -> !c.isEmpty()).toList());
                    for (String wrapped : pdf.wrap(text, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                        pdf.line(wrapped, SIZE);
                    }
                }
            }
            pdf.stream.close();
            doc.save(out);
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void line(String text, float size) throws IOException {
        if (y < MARGIN + size) {
            newPage();
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(showable(text));
        stream.endText();
        y -= size > SIZE ? size + 6 : LEADING;
    }

    /** Splits at spaces to fit {@code width}; a word longer than a line is cut. */
    private List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : showable(text).split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (width(rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private float width(String text) throws IOException {
        return font.getStringWidth(text) / 1000 * SIZE;
    }

    private String showable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = cp == '\t' || cp == '\n' || cp == '\r' ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
