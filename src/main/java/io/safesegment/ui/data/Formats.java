package io.safesegment.ui.data;

import java.util.Locale;

/** Human-readable sizes for the dataset list. */
final class Formats {
    private Formats() {
    }

    /** {@code 532 B}, {@code 12.4 KB}, {@code 3.1 MB}, {@code 1.2 GB} (powers of 1024, one decimal). */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = n;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
