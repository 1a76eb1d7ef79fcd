package io.safesegment.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/**
 * What every fuzz case must satisfy: the call returns, or throws one of the documented exception types whose message
 * is non-empty, bounded and free of raw binary (control characters), so it can be shown in a terminal or dialog.
 * NullPointerException, ClassCastException, IndexOutOfBounds, StackOverflowError or OutOfMemoryError fail the case.
 */
public final class FuzzCheck {
    /** Longest acceptable error message. */
    public static final int MAX_MESSAGE = 1_000;

    /** A fuzz target. */
    @FunctionalInterface
    public interface Call {
        /** Runs the code under test on one input. */
        void run() throws Exception;
    }

    private FuzzCheck() {
    }

    /**
     * Runs {@code call} and checks how it failed, if it did.
     *
     * @param caseId  e.g. "case 17 of seed 1", printed with the input on failure
     * @param input   a printable rendering of the input (shortened in the failure message)
     * @param allowed the documented exception types
     */
    @SafeVarargs
    public static void check(String caseId, Object input, Call call, Class<? extends Throwable>... allowed) {
        try {
            call.run();
        } catch (Throwable t) {
            String where = caseId + " input " + shorten(String.valueOf(input));
            if (List.of(allowed).stream().noneMatch(a -> a.isInstance(t))) {
                throw new AssertionError(where + ": undocumented " + t, t);
            }
            String m = t.getMessage();
            if (m == null || m.isBlank()) {
                fail(where + ": " + t.getClass().getSimpleName() + " without a message");
            }
            if (m.length() > MAX_MESSAGE) {
                fail(where + ": message of " + m.length() + " characters: " + shorten(m));
            }
            if (m.codePoints().anyMatch(cp -> Character.isISOControl(cp))) {
                fail(where + ": message with control characters: " + shorten(m));
            }
        }
    }

    private static String shorten(String s) {
        String escaped = s.codePoints().limit(300).collect(StringBuilder::new,
                (sb, cp) -> sb.append(Character.isISOControl(cp) ? String.format("\\u%04x", cp)
                        : new String(Character.toChars(cp))), StringBuilder::append).toString();
        return s.length() > 300 ? escaped + "…(" + s.length() + " chars)" : escaped;
    }
}
