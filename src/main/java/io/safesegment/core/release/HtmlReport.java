package io.safesegment.core.release;

import java.util.List;

/** The release report as a self-contained HTML page (no scripts, no external resources). */
final class HtmlReport {
    private HtmlReport() {
    }

    static String render(ReleaseReport r) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>").append(esc(ReportText.title(r))).append("</title><style>body{font-family:sans-serif;"
                + "max-width:60em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #bbb;"
                + "padding:.2em .5em;text-align:left;vertical-align:top;word-break:break-all}</style></head><body>\n")
                .append("<h1>").append(esc(ReportText.title(r))).append("</h1>\n");
        for (ReportText.Section s : ReportText.sections(r)) {
            h.append("<h2>").append(esc(s.heading())).append("</h2>\n<table>\n");
            boolean header = s.rows().size() > 1 && s.rows().getFirst().size() > 2;
            for (int i = 0; i < s.rows().size(); i++) {
                List<String> row = s.rows().get(i);
                String cell = header && i == 0 ? "th" : "td";
                h.append("<tr>");
                for (String c : row) {
                    h.append('<').append(cell).append('>').append(esc(c)).append("</").append(cell).append('>');
                }
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
