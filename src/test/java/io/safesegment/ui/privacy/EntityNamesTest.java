package io.safesegment.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.safesegment.core.privacy.detect.EntityType;
import io.safesegment.ui.common.I18n;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Detected entity names follow the UI language ("Person name 96%" was English in the Chinese UI). */
class EntityNamesTest {
    private final Locale old = I18n.locale();

    @AfterEach
    void restore() {
        I18n.setLocale(old);
    }

    @Test
    void entityNamesAreTranslated() {
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("Person name", ReviewFormat.entity(EntityType.PERSON_NAME));
        assertEquals("CN resident id", ReviewFormat.entity(EntityType.CN_RESIDENT_ID));

        I18n.setLocale(I18n.CHINESE);
        assertEquals("姓名", ReviewFormat.entity(EntityType.PERSON_NAME));
        assertEquals("中国居民身份证号", ReviewFormat.entity(EntityType.CN_RESIDENT_ID));
        for (EntityType type : EntityType.values()) {
            assertFalse(ReviewFormat.entity(type).matches(".*[a-z]{4,}.*"), type + " has a Chinese name");
        }
    }
}
