package io.safesegment.core.privacy.anonymise;

import io.safesegment.core.i18n.LocalizedArgumentException;
import io.safesegment.core.i18n.Message;
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
                throw new LocalizedArgumentException(Message.of("anonymise.privacyModel.kMustBeAt", k));
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
                throw new LocalizedArgumentException(Message.of("anonymise.privacyModel.lDiversityVariantMust", text));
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
                throw new LocalizedArgumentException(Message.of("anonymise.privacyModel.lMustBeAt", String.valueOf(l)));
            }
            if (variant != LVariant.ENTROPY && l != Math.rint(l)) {
                throw new LocalizedArgumentException(Message.of("anonymise.privacyModel.lMustBeA", variant.name().toLowerCase(Locale.ROOT), String.valueOf(l)));
            }
            if (variant == LVariant.RECURSIVE && !(c > 0)) {
                throw new LocalizedArgumentException(Message.of("anonymise.privacyModel.recursiveCLDiversity", String.valueOf(c)));
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
                throw new LocalizedArgumentException(Message.of("anonymise.privacyModel.tClosenessVariantMust", text));
            }
        }
    }

    /** t-closeness: the EMD between each class's sensitive distribution and the whole table's is at most t. */
    record TCloseness(double t, TDistance distance) implements PrivacyModel {
        /** Validates t. */
        public TCloseness {
            if (!(t >= 0 && t <= 1) || distance == null) {
                throw new LocalizedArgumentException(Message.of("anonymise.privacyModel.tMustBeBetween", String.valueOf(t)));
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
                throw new LocalizedArgumentException(Message.of("anonymise.privacyModel.highestRiskMustBe", String.valueOf(threshold)));
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
                throw new LocalizedArgumentException(Message.of("anonymise.privacyModel.averageRiskMustBe", String.valueOf(threshold)));
            }
        }

        @Override
        public boolean monotoneWithSuppression() {
            return false;
        }
    }
}
