package io.safesegment.core.data.samples;

import java.util.SplittableRandom;

/**
 * Fictitious numbers shaped like US Social Security numbers {@code AAA-GG-SSSS}: area 001–899 but not 666, group
 * 01–99, serial 0001–9999, i.e. the structure the SSA has ever issued, so validators accept them.
 */
final class SocialSecurityNumbers {
    private SocialSecurityNumbers() {
    }

    static String generate(SplittableRandom random) {
        int area;
        do {
            area = 1 + random.nextInt(899);
        } while (area == 666);
        int group = 1 + random.nextInt(99);
        int serial = 1 + random.nextInt(9999);
        StringBuilder sb = new StringBuilder(11);
        pad(sb, area, 3).append('-');
        pad(sb, group, 2).append('-');
        return pad(sb, serial, 4).toString();
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        return sb.repeat('0', width - s.length()).append(s);
    }
}
