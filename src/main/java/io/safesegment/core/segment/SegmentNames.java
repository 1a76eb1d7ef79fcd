package io.safesegment.core.segment;

import io.safesegment.core.i18n.Message;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names the core gives segments when the algorithm has none ("Segment 3", "Noise"). Runs, exports and recipes
 * store them in English, so files stay comparable across machines; a front end shows a stored name through
 * {@link #display(String)} to get it in its own language ("细分 3").
 */
public final class SegmentNames {
    // Exactly the English default produced by defaultName; anything else is a name the user or RFM chose.
    private static final Pattern DEFAULT = Pattern.compile("Segment ([1-9][0-9]{0,8})");
    private static final String NOISE = "Noise";

    private SegmentNames() {
    }

    /** The default name of segment number {@code n} (0-based). */
    public static Message defaultName(int n) {
        return Message.of("segment.name.default", n + 1);
    }

    /** The name of the DBSCAN noise points. */
    public static Message noise() {
        return Message.of("segment.name.noise");
    }

    /** A stored segment name as a message: defaults are translated, names given by people or rules are kept. */
    public static Message display(String stored) {
        if (stored == null) {
            return Message.literal("");
        }
        if (NOISE.equals(stored)) {
            return noise();
        }
        Matcher m = DEFAULT.matcher(stored);
        return m.matches() ? defaultName(Integer.parseInt(m.group(1)) - 1) : Message.literal(stored);
    }
}
