package io.safesegment.core.recommend.model;

import io.safesegment.core.recommend.data.InteractionMatrix;
import java.util.List;

/** Picks the user's items whose latent vectors point most in the direction of a recommended item. */
final class LatentExplain {
    private LatentExplain() {
    }

    static List<String> closest(InteractionMatrix data, float[] itemFactors, int k, int user, int item) {
        if (user < 0 || user >= data.rows()) {
            return List.of();
        }
        int best = -1;
        double bestS = 0;
        for (int e = data.start(user); e < data.end(user); e++) {
            int j = data.col(e);
            double s = 0;
            double nj = 0;
            for (int f = 0; f < k; f++) {
                s += itemFactors[j * k + f] * itemFactors[item * k + f];
                nj += itemFactors[j * k + f] * itemFactors[j * k + f];
            }
            s = nj > 0 ? s / Math.sqrt(nj) : 0;
            if (s > bestS) {
                bestS = s;
                best = j;
            }
        }
        return best < 0 ? List.of() : List.of(data.items().id(best));
    }
}
