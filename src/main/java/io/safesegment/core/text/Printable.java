package io.safesegment.core.text;

/**
 * Makes text that came from a file (a column name in a recipe, a field name in a policy, a key name in a header)
 * safe to put into an error message: control and format characters (terminal escapes, NUL, zero-width marks) become
 * {@code ?} and the length is bounded, so a crafted file can neither drive the terminal nor flood it.
 */
public final class Printable {
    private Printable() {
    }

    /**
     * {@code text} with control and format characters replaced by {@code ?}, cut to {@code max} code points (an
     * ellipsis marks the cut); {@code "null"} for null.
     */
    public static String of(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 1);
        text.codePoints().limit(max).forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                ? '?' : cp));
        return text.codePointCount(0, text.length()) > max ? sb + "…" : sb.toString();
    }
}
