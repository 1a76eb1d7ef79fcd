package io.safesegment.core.data.profile;

/**
 * Profiling settings.
 *
 * @param topValues number of most frequent values per column
 * @param bins      histogram bins for numeric columns
 */
public record ProfileOptions(int topValues, int bins) {
    /** Validates the settings. */
    public ProfileOptions {
        if (topValues < 0 || topValues > 1000) {
            throw new IllegalArgumentException("topValues must be between 0 and 1000");
        }
        if (bins < 1 || bins > 10_000) {
            throw new IllegalArgumentException("bins must be between 1 and 10000");
        }
    }

    /** Ten top values, twenty bins. */
    public static ProfileOptions defaults() {
        return new ProfileOptions(10, 20);
    }
}
