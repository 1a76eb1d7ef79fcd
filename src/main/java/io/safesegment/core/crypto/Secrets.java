package io.safesegment.core.crypto;

import java.util.Arrays;

/** Wipes secrets held in arrays once they are no longer needed, so they do not linger on the heap. */
public final class Secrets {
    private Secrets() {
    }

    /** Overwrites every given byte array with zeros; null entries are ignored. */
    public static void wipe(byte[]... secrets) {
        for (byte[] s : secrets) {
            if (s != null) {
                Arrays.fill(s, (byte) 0);
            }
        }
    }

    /** Overwrites every given char array with zeros; null entries are ignored. */
    public static void wipe(char[]... secrets) {
        for (char[] s : secrets) {
            if (s != null) {
                Arrays.fill(s, '\0');
            }
        }
    }
}
