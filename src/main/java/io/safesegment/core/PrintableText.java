package io.safesegment.core;

/**
 * Makes strings read from files (key names in encrypted-file headers, manifest entries, names in vaults) safe to put
 * in a message or print on a terminal: control characters (including ESC, which starts terminal escape sequences)
 * and Unicode format characters (bidirectional overrides) become visible {@code \\uXXXX} escapes, and the text is
 * capped so a damaged length field cannot flood the console.
 */
public final class PrintableText {
    /** Default cap, in code points, for names read from files. */
    public static final int DEFAULT_MAX = 120;

    private PrintableText() {
    }

    /** {@code text} with control and format characters escaped, capped at {@link #DEFAULT_MAX} code points. */
    public static String of(String text) {
        return of(text, DEFAULT_MAX);
    }

    /** {@code text} with control and format characters escaped, capped at {@code max} code points ("…" marks a cut). */
    public static String of(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), max + 8));
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (count == max) {
                return b.append('…').toString();
            }
            count++;
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || cp == 0xFFFD) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }
}
