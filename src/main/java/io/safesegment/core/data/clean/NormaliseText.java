package io.safesegment.core.data.clean;

import java.util.Locale;
import java.util.regex.Pattern;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Trims, collapses whitespace and changes the case of a text column.
 *
 * @param column             text column
 * @param trim               strip leading and trailing whitespace
 * @param collapseWhitespace replace runs of whitespace by one space
 * @param textCase           case change
 */
public record NormaliseText(String column, boolean trim, boolean collapseWhitespace, TextCase textCase)
        implements CleaningStep {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Case changes. */
    public enum TextCase {
        /** Keep the case. */
        KEEP,
        /** lower case. */
        LOWER,
        /** UPPER CASE. */
        UPPER,
        /** Title Case (first letter of each word upper, rest lower). */
        TITLE
    }

    /** Validates the step. */
    public NormaliseText {
        if (textCase == null) {
            textCase = TextCase.KEEP;
        }
    }

    @Override
    public StepOutcome apply(Table table) {
        Table out = table.copy();
        StringColumn c = Columns.text(out, column);
        long changed = 0;
        for (int r = 0; r < c.size(); r++) {
            String v = c.get(r);
            String n = normalise(v);
            if (!n.equals(v)) {
                c.set(r, n);
                changed++;
            }
        }
        return StepOutcome.of(out, changed + " cells in \"" + column + "\" normalised", changed);
    }

    String normalise(String v) {
        String s = v;
        if (trim) {
            s = s.strip();
        }
        if (collapseWhitespace) {
            s = WHITESPACE.matcher(s).replaceAll(" ");
        }
        return switch (textCase) {
            case KEEP -> s;
            case LOWER -> s.toLowerCase(Locale.ROOT);
            case UPPER -> s.toUpperCase(Locale.ROOT);
            case TITLE -> title(s);
        };
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(start ? Character.toTitleCase(cp) : Character.toLowerCase(cp));
            start = Character.isWhitespace(cp) || cp == '-';
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    @Override
    public String describe() {
        return "Normalise text of " + column + (trim ? ", trimmed" : "") + (collapseWhitespace ? ", spaces collapsed"
                : "") + (textCase == TextCase.KEEP ? "" : ", " + textCase.name().toLowerCase(Locale.ROOT) + " case");
    }
}
