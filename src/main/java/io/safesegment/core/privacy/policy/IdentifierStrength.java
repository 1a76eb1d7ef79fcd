package io.safesegment.core.privacy.policy;

import java.util.Locale;
import java.util.Set;

/**
 * How much a value can say about one person, measured crudely but explainably: letters and digits count 1 each, CJK
 * ideographs 3 (one of thousands of characters, like a two-character Chinese given name), punctuation, spaces and
 * symbols 0. A value needs {@value #MIN_STRENGTH} to be matched inside other text or anywhere in the output: below
 * that (ids 1–200, 5-digit codes) a match is more likely coincidence with an amount, age or product code than a leak.
 * Public for engines that gather the leak scan's {@link LeakScope} themselves (the Spark engine).
 */
public final class IdentifierStrength {
    /** Strength an identifier needs to be searched as a substring or outside its own record. */
    static final int MIN_STRENGTH = 6;
    /** Distinct characters a value needs to be distinctive ("000000" or "aaaaaa" are not). */
    static final int MIN_DISTINCT = 3;
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "null", "nan", "none", "-", "?");

    private IdentifierStrength() {
    }

    /** The comparison form: stripped and lower-cased, or null when the cell is a missing-value marker. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        return MISSING.contains(v) ? null : v;
    }

    static int strength(String v) {
        int s = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (Character.isIdeographic(cp)) {
                s += 3;
            } else if (Character.isLetterOrDigit(cp)) {
                s++;
            }
            i += Character.charCount(cp);
        }
        return s;
    }

    /** Strong enough to be searched inside other text. */
    static boolean searchable(String v) {
        return strength(v) >= MIN_STRENGTH;
    }

    /** Strong and varied enough that finding it anywhere (another record, another column) points at one person. */
    public static boolean distinctive(String v) {
        return searchable(v) && hasDistinct(v, MIN_DISTINCT);
    }

    /** Whether {@code v} has {@code n} different code points (a loop, not a stream: it runs for every output cell). */
    private static boolean hasDistinct(String v, int n) {
        int[] seen = new int[n];
        int found = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            boolean known = false;
            for (int j = 0; j < found && !known; j++) {
                known = seen[j] == cp;
            }
            if (!known) {
                seen[found++] = cp;
                if (found == n) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The runs of {@code v} that can single out its owner: from every letter or digit, the shortest stretch of
     * consecutive characters holding {@link LeakScanner#RUN_LENGTH} of strength (punctuation and spaces ride along
     * but do not count, so "555-01" of a phone is not yet a run). Keys of {@link GramSample} and the partial check.
     */
    public static java.util.List<Run> runs(String v) {
        java.util.List<Run> out = new java.util.ArrayList<>();
        for (int i = 0; i < v.length(); i = v.offsetByCodePoints(i, 1)) {
            if (!Character.isLetterOrDigit(v.codePointAt(i))) {
                continue;
            }
            int strength = 0;
            for (int end = i; end < v.length(); ) {
                int cp = v.codePointAt(end);
                strength += Character.isIdeographic(cp) ? 3 : Character.isLetterOrDigit(cp) ? 1 : 0;
                end += Character.charCount(cp);
                if (strength >= LeakScanner.RUN_LENGTH) {
                    out.add(new Run(i, v.substring(i, end)));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A run and where it starts in its value.
     *
     * @param start index of the run's first character in the value
     * @param text  the run
     */
    public record Run(int start, String text) {
    }

    /** Whether {@code text} holds nothing but {@code v} plus mask characters, spaces and punctuation. */
    static boolean onlyDecorates(String text, String v) {
        int at = text.indexOf(v);
        if (at < 0) {
            return false;
        }
        String rest = text.substring(0, at) + text.substring(at + v.length());
        return rest.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
