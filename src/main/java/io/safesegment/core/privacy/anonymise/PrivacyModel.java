package io.safesegment.core.privacy.anonymise;

import java.util.Locale;

/**
 * A privacy model the anonymised table must satisfy. Models combine (all must hold). Class-level models are
 * checked per equivalence class; a class that fails is suppressed (its quasi-identifiers become {@code *}), and a
 * transformation is acceptable when at most the suppression limit of rows is suppressed and the dataset-level
 * models hold on the released rows.
 */
public sealed interface PrivacyModel {

    /**
     * Whether "acceptable" can only stay acceptable under further generalisation even with record suppression:
     * every record's class only grows, so a record in a class that passes stays in a class that passes. True for
     * k-anonymity, distinct l-diversity and the highest-risk bound; see decision 0019 for the others.
     */
    boolean monotoneWithSuppression();

    /** Whether the model reads the sensitive column. */
    default boolean needsSensitive() {
        return false;
    }

    /** k-anonymity: every released class has at least {@code k} rows. */
    record KAnonymity(int k) implements PrivacyModel {
        /** Validates k. */
        public KAnonymity {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1, was " + k);
            }
        }

        @Override
        public boolean monotoneWithSuppression() {
            return true;
        }
    }

    /** The l-diversity variants. */
    enum LVariant {
        /** At least l distinct sensitive values per class. */
        DISTINCT,
        /** Entropy of the class's sensitive values at least log(l). */
        ENTROPY,
        /** Recursive (c,l): the most frequent value is rarer than c times the sum of the l-th and rarer ones. */
        RECURSIVE;

        /** Parses {@code distinct|entropy|recursive}. */
        public static LVariant parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("l-diversity variant must be distinct, entropy or recursive, was '"
                        + text + "'");
            }
        }
    }

    /**
     * l-diversity of the sensitive column.
     *
     * @param l       at least 1 (a real number for the entropy variant, a whole number otherwise)
     * @param variant distinct, entropy or recursive
     * @param c       the c of recursive (c,l)-diversity (> 0); ignored by the other variants
     */
    record LDiversity(double l, LVariant variant, double c) implements PrivacyModel {
        /** Validates l and c. */
        public LDiversity {
            if (!(l >= 1) || variant == null) {
                throw new IllegalArgumentException("l must be at least 1, was " + l);
            }
            if (variant != LVariant.ENTROPY && l != Math.rint(l)) {
                throw new IllegalArgumentException("l must be a whole number for " + variant.name().toLowerCase(Locale.ROOT)
                        + " l-diversity, was " + l);
            }
            if (variant == LVariant.RECURSIVE && !(c > 0)) {
                throw new IllegalArgumentException("recursive (c,l)-diversity needs c > 0, was " + c);
            }
        }

        @Override
        public boolean monotoneWithSuppression() {
            return variant == LVariant.DISTINCT;
        }

        @Override
        public boolean needsSensitive() {
            return true;
        }
    }

    /** Ground distance of t-closeness. */
    enum TDistance {
        /** Every two sensitive values are at distance 1 (EMD = half the L1 distance). */
        EQUAL,
        /** Distance = height of the lowest common ancestor in the sensitive column's hierarchy / its height. */
        HIERARCHICAL;

        /** Parses {@code equal|hierarchical}. */
        public static TDistance parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("t-closeness variant must be equal or hierarchical, was '" + text + "'");
            }
        }
    }

    /** t-closeness: the EMD between each class's sensitive distribution and the whole table's is at most t. */
    record TCloseness(double t, TDistance distance) implements PrivacyModel {
        /** Validates t. */
        public TCloseness {
            if (!(t >= 0 && t <= 1) || distance == null) {
                throw new IllegalArgumentException("t must be between 0 and 1, was " + t);
            }
        }

        @Override
        public boolean monotoneWithSuppression() {
            return false;
        }

        @Override
        public boolean needsSensitive() {
            return true;
        }
    }

    /** Highest prosecutor risk (1 / smallest released class) at most {@code threshold}. */
    record HighestRisk(double threshold) implements PrivacyModel {
        /** Validates the threshold. */
        public HighestRisk {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("highest risk must be in (0, 1], was " + threshold);
            }
        }

        /** The class size this bound needs. */
        public int minimumClassSize() {
            return (int) Math.ceil(1 / threshold - 1e-9);
        }

        @Override
        public boolean monotoneWithSuppression() {
            return true;
        }
    }

    /** Average prosecutor risk (released classes / released rows) at most {@code threshold}; dataset level. */
    record AverageRisk(double threshold) implements PrivacyModel {
        /** Validates the threshold. */
        public AverageRisk {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("average risk must be in (0, 1], was " + threshold);
            }
        }

        @Override
        public boolean monotoneWithSuppression() {
            return false;
        }
    }
}
