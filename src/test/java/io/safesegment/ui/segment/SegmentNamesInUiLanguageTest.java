package io.safesegment.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.safesegment.core.segment.profile.SegmentProfile;
import io.safesegment.ui.common.I18n;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Default segment names follow the UI language in the profile table; names the user chose stay as typed. */
class SegmentNamesInUiLanguageTest {
    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private static SegmentProfile profile(String name) {
        return new SegmentProfile(2, name, 10, 0.1, List.of(), Map.of(), "");
    }

    @Test
    void defaultNamesAreTranslatedAndChosenNamesKept() {
        I18n.setLocale(I18n.CHINESE);
        assertEquals("细分 3", new ProfileRow(profile("Segment 3")).nameProperty().get());
        assertEquals("Big spenders", new ProfileRow(profile("Big spenders")).nameProperty().get());
        assertEquals("细分 3", I18n.segmentName("Segment 3"));
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("Segment 3", new ProfileRow(profile("Segment 3")).nameProperty().get());
    }
}
