package io.safesegment.core.privacy.anonymise;

import java.util.Arrays;

/**
 * l-diversity and t-closeness of one equivalence class, from the class's sensitive-value counts. The table-wide
 * distribution and, for the hierarchical distance, each sensitive value's ancestor per hierarchy level are fixed.
 */
final class SensitiveChecks {
    private final double[] globalDistribution;
    private final int[][] sensitiveAncestor; // [level][sensitive code] → dense node id at that level, or null
    private final int sensitiveHeight;
    private final int sensitiveValues;

    SensitiveChecks(double[] globalDistribution, int[][] sensitiveAncestor, int sensitiveHeight) {
        this.globalDistribution = globalDistribution;
        this.sensitiveAncestor = sensitiveAncestor;
        this.sensitiveHeight = sensitiveHeight;
        this.sensitiveValues = globalDistribution.length;
    }

    static boolean diverse(PrivacyModel.LDiversity ld, int[] counts, int[] touched, int distinct, int size) {
        return switch (ld.variant()) {
            case DISTINCT -> distinct >= ld.l();
            case ENTROPY -> {
                double h = 0;
                for (int i = 0; i < distinct; i++) {
                    double p = (double) counts[touched[i]] / size;
                    h -= p * Math.log(p);
                }
                yield h >= Math.log(ld.l()) - 1e-12;
            }
            case RECURSIVE -> {
                int l = (int) ld.l();
                if (distinct < l) {
                    yield false;
                }
                int[] f = new int[distinct];
                for (int i = 0; i < distinct; i++) {
                    f[i] = counts[touched[i]];
                }
                Arrays.sort(f); // ascending: f[distinct-1] is r1, r_l is f[distinct-l]
                long tail = 0;
                for (int i = 0; i <= distinct - l; i++) {
                    tail += f[i];
                }
                yield f[distinct - 1] < ld.c() * tail;
            }
        };
    }

    /** Earth mover's distance between the class's sensitive distribution and the table's. */
    double emd(PrivacyModel.TDistance distance, int[] counts, int[] touched, int distinct, int size) {
        if (distance == PrivacyModel.TDistance.EQUAL) {
            double sum = 0;
            double coveredGlobal = 0;
            for (int i = 0; i < distinct; i++) {
                int s = touched[i];
                sum += Math.abs((double) counts[s] / size - globalDistribution[s]);
                coveredGlobal += globalDistribution[s];
            }
            return 0.5 * (sum + Math.max(0, 1 - coveredGlobal));
        }
        // Li et al.'s hierarchical EMD: at each inner node, the mass that must move between its children costs the
        // node's height / the hierarchy's height; the rest moves on up as the node's net extra.
        int top = sensitiveHeight - 1;
        if (top <= 0) {
            return 0;
        }
        double[] extra = new double[sensitiveValues];
        for (int s = 0; s < sensitiveValues; s++) {
            extra[s] = -globalDistribution[s];
        }
        for (int i = 0; i < distinct; i++) {
            extra[touched[i]] += (double) counts[touched[i]] / size;
        }
        int[] childNode = new int[sensitiveValues];
        for (int s = 0; s < sensitiveValues; s++) {
            childNode[s] = s;
        }
        double[] childExtra = extra;
        int children = sensitiveValues;
        double cost = 0;
        for (int l = 1; l <= top; l++) {
            int nodes = 0;
            for (int s = 0; s < sensitiveValues; s++) {
                nodes = Math.max(nodes, sensitiveAncestor[l][s] + 1);
            }
            double[] pos = new double[nodes];
            double[] neg = new double[nodes];
            // Map each child (node at level l-1) to its parent once, through any leaf below it.
            int[] parentOf = new int[children];
            Arrays.fill(parentOf, -1);
            for (int s = 0; s < sensitiveValues; s++) {
                parentOf[childNode[s]] = sensitiveAncestor[l][s];
            }
            for (int ch = 0; ch < children; ch++) {
                if (parentOf[ch] < 0) {
                    continue;
                }
                if (childExtra[ch] > 0) {
                    pos[parentOf[ch]] += childExtra[ch];
                } else {
                    neg[parentOf[ch]] -= childExtra[ch];
                }
            }
            double[] next = new double[nodes];
            for (int n = 0; n < nodes; n++) {
                cost += (double) l / top * Math.min(pos[n], neg[n]);
                next[n] = pos[n] - neg[n];
            }
            for (int s = 0; s < sensitiveValues; s++) {
                childNode[s] = sensitiveAncestor[l][s];
            }
            childExtra = next;
            children = nodes;
        }
        return cost;
    }

}
