package io.safesegment.ui.privacy;

import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import io.safesegment.core.privacy.policy.RiskTargets;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The targets panel of the Anonymise pane: k, l with its variant (and c), t with its distance, the highest
 * prosecutor risk, the suppression limit and the utility metric. They become the search's privacy models and, on
 * request, the policy's {@link RiskTargets} (so an export that misses them is blocked).
 */
public final class AnonymiseTargets {
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", 5);
    private final IntegerProperty l = new SimpleIntegerProperty(this, "l", 0);
    private final ObjectProperty<PrivacyModel.LVariant> lVariant = new SimpleObjectProperty<>(this, "lVariant",
            PrivacyModel.LVariant.DISTINCT);
    private final DoubleProperty c = new SimpleDoubleProperty(this, "c", 3);
    private final DoubleProperty t = new SimpleDoubleProperty(this, "t", 0);
    private final ObjectProperty<PrivacyModel.TDistance> tDistance = new SimpleObjectProperty<>(this, "tDistance",
            PrivacyModel.TDistance.EQUAL);
    private final DoubleProperty maxRiskPercent = new SimpleDoubleProperty(this, "maxRiskPercent", 0);
    private final DoubleProperty suppressionPercent = new SimpleDoubleProperty(this, "suppressionPercent", 4);
    private final ObjectProperty<UtilityMetric> metric = new SimpleObjectProperty<>(this, "metric", UtilityMetric.LOSS);

    /**
     * The privacy models of the search; l-diversity and t-closeness only with a sensitive column.
     *
     * @throws IllegalArgumentException naming the target that is out of range
     */
    List<PrivacyModel> models(boolean hasSensitive) {
        List<PrivacyModel> models = new ArrayList<>(List.of(new PrivacyModel.KAnonymity(k.get())));
        if (hasSensitive && l.get() >= 2) {
            models.add(new PrivacyModel.LDiversity(l.get(), lVariant.get(), c.get()));
        }
        if (hasSensitive && t.get() > 0) {
            models.add(new PrivacyModel.TCloseness(t.get(), tDistance.get()));
        }
        if (maxRiskPercent.get() > 0) {
            models.add(new PrivacyModel.HighestRisk(maxRiskPercent.get() / 100));
        }
        return models;
    }

    /** Whether t-closeness with the hierarchical distance is asked for (it needs the sensitive column's hierarchy). */
    boolean hierarchicalT(boolean hasSensitive) {
        return hasSensitive && t.get() > 0 && tDistance.get() == PrivacyModel.TDistance.HIERARCHICAL;
    }

    /**
     * The targets a policy keeps (k, l with its variant, t with its distance, highest risk, suppression limit). With
     * the hierarchical distance the policy names the sensitive column's hierarchy file, which the export reads to
     * measure t the same way the search did.
     *
     * @param sensitiveHierarchy where the sensitive column's hierarchy is saved (used with the hierarchical distance)
     */
    RiskTargets riskTargets(boolean hasSensitive, java.nio.file.Path sensitiveHierarchy) {
        boolean withL = hasSensitive && l.get() >= 2;
        boolean withT = hasSensitive && t.get() > 0;
        String variant = withL ? lVariant.get().name().toLowerCase(java.util.Locale.ROOT) : null;
        boolean hierarchical = withT && tDistance.get() == PrivacyModel.TDistance.HIERARCHICAL;
        return new RiskTargets(k.get(), withL ? (double) l.get() : null, variant,
                withL && lVariant.get() == PrivacyModel.LVariant.RECURSIVE ? c.get() : null,
                withT ? t.get() : null, maxRiskPercent.get() > 0 ? maxRiskPercent.get() / 100 : null,
                suppressionPercent.get() / 100, withT ? (hierarchical ? "hierarchical" : "equal") : null,
                hierarchical ? String.valueOf(sensitiveHierarchy) : null);
    }

    /** Shows a policy's stored targets (a reloaded policy); targets it does not set keep their values. */
    void load(RiskTargets stored) {
        if (stored.k() != null) {
            k.set(Math.max(2, stored.k()));
        }
        if (stored.l() != null) {
            l.set((int) Math.round(stored.l()));
            lVariant.set(PrivacyModel.LVariant.valueOf(stored.lVariant().toUpperCase(java.util.Locale.ROOT)));
            if (stored.c() != null) {
                c.set(stored.c());
            }
        } else {
            l.set(0);
        }
        t.set(stored.t() == null ? 0 : stored.t());
        if (stored.t() != null) {
            tDistance.set(stored.hierarchicalT() ? PrivacyModel.TDistance.HIERARCHICAL : PrivacyModel.TDistance.EQUAL);
        }
        maxRiskPercent.set(stored.maxRisk() == null ? 0 : stored.maxRisk() * 100);
        if (stored.maxSuppression() != null) {
            suppressionPercent.set(stored.maxSuppression() * 100);
        }
    }

    /** Target k of k-anonymity (at least 2). */
    public IntegerProperty kProperty() {
        return k;
    }

    /** Target l of l-diversity on the sensitive column; below 2 means off. */
    public IntegerProperty lProperty() {
        return l;
    }

    /** The l-diversity variant: distinct, entropy or recursive (c,l). */
    public ObjectProperty<PrivacyModel.LVariant> lVariantProperty() {
        return lVariant;
    }

    /** The c of recursive (c,l)-diversity. */
    public DoubleProperty cProperty() {
        return c;
    }

    /** Target t of t-closeness on the sensitive column; 0 means off. */
    public DoubleProperty tProperty() {
        return t;
    }

    /** The ground distance of t-closeness: equal or hierarchical. */
    public ObjectProperty<PrivacyModel.TDistance> tDistanceProperty() {
        return tDistance;
    }

    /** Highest prosecutor risk allowed, in percent; 0 means off. */
    public DoubleProperty maxRiskPercentProperty() {
        return maxRiskPercent;
    }

    /** Share of rows that may be suppressed, in percent. */
    public DoubleProperty suppressionPercentProperty() {
        return suppressionPercent;
    }

    /** The utility metric the search minimises. */
    public ObjectProperty<UtilityMetric> metricProperty() {
        return metric;
    }
}
