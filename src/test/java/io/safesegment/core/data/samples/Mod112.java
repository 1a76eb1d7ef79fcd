package io.safesegment.core.data.samples;

/**
 * An independent ISO 7064 MOD 11-2 implementation for the tests, written from the standard's recursive definition
 * (not the weight table the production code uses), so that a wrong weight table cannot pass its own check.
 */
final class Mod112 {
    private Mod112() {
    }

    static char check(String digits) {
        int p = 0;
        for (int i = 0; i < digits.length(); i++) {
            p = ((p + (digits.charAt(i) - '0')) * 2) % 11;
        }
        int c = (12 - p) % 11;
        return c == 10 ? 'X' : (char) ('0' + c);
    }
}
