package io.safesegment.core.data.profile;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;

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
            throw new LocalizedArgumentException(Message.of("profile.profileOptions.topvaluesMustBeBetween"));
        }
        if (bins < 1 || bins > 10_000) {
            throw new LocalizedArgumentException(Message.of("profile.profileOptions.binsMustBeBetween"));
        }
    }

    /** Ten top values, twenty bins. */
    public static ProfileOptions defaults() {
        return new ProfileOptions(10, 20);
    }
}
