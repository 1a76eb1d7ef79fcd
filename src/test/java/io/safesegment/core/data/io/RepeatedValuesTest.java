package io.safesegment.core.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatedValuesTest {
    @Test
    void returnsTheSameStringOnlyForTheSameBytes() {
        RepeatedValues cache = new RepeatedValues();
        byte[] line = "x,北京,y,北京,北京x".getBytes(StandardCharsets.UTF_8);
        int first = 2;
        int length = "北京".getBytes(StandardCharsets.UTF_8).length;
        assertNull(cache.get(line, first, length));
        String value = new String(line, first, length, StandardCharsets.UTF_8);
        cache.put(line, first, length, value);
        int second = first + length + 3;
        assertSame(value, cache.get(line, second, length), "same bytes elsewhere in the buffer");
        assertNull(cache.get(line, second, length - 1), "a prefix is another value");
        assertNull(cache.get(line, 0, 1));
    }

    @Test
    void randomValuesNeverComeBackAsAnotherValue() {
        Random random = new Random(3);
        RepeatedValues cache = new RepeatedValues();
        for (int i = 0; i < 20_000; i++) {
            String text = "v" + random.nextInt(i < 1000 ? 30 : 5000);
            byte[] bytes = ("," + text).getBytes(StandardCharsets.UTF_8);
            String hit = cache.enabled() ? cache.get(bytes, 1, bytes.length - 1) : null;
            if (hit != null) {
                assertEquals(text, hit);
            } else if (cache.enabled()) {
                cache.put(bytes, 1, bytes.length - 1, text);
            }
        }
        assertTrue(cache.enabled(), "30 distinct values at the start hit often enough to keep the cache");
    }

    @Test
    void switchesItselfOffForMostlyDistinctValues() {
        RepeatedValues cache = new RepeatedValues();
        for (int i = 0; i < 5000 && cache.enabled(); i++) {
            byte[] bytes = ("id-" + i).getBytes(StandardCharsets.UTF_8);
            assertNull(cache.get(bytes, 0, bytes.length));
            cache.put(bytes, 0, bytes.length, "id-" + i);
        }
        assertFalse(cache.enabled());
    }
}
