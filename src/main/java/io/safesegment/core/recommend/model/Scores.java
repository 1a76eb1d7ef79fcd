package io.safesegment.core.recommend.model;

/** Score-array helpers shared by blending models. */
final class Scores {
    private Scores() {
    }

    /** Divides finite scores by the largest positive finite score; −∞ and NaN become 0. */
    static void normaliseInPlace(float[] s) {
        float max = 0;
        for (float v : s) {
            if (v > max && v != Float.POSITIVE_INFINITY) {
                max = v;
            }
        }
        for (int i = 0; i < s.length; i++) {
            float v = s[i];
            s[i] = Float.isNaN(v) || v == Float.NEGATIVE_INFINITY ? 0 : max > 0 ? v / max : 0;
        }
    }
}
