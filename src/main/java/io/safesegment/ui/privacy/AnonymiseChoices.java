package io.safesegment.ui.privacy;

import static io.safesegment.ui.common.I18n.i18n;

import io.safesegment.core.privacy.anonymise.PrivacyModel;
import io.safesegment.core.privacy.anonymise.UtilityMetric;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** The Anonymise pane's choice boxes (l-diversity variant, t distance, utility metric) with localised labels. */
final class AnonymiseChoices {
    private AnonymiseChoices() {
    }

    /** The choices' texts, each key written out so the localisation test sees it used. */
    static String label(Object e) {
        return switch (e) {
            case PrivacyModel.LVariant.DISTINCT -> i18n("privacy.anon.lvariant.distinct");
            case PrivacyModel.LVariant.ENTROPY -> i18n("privacy.anon.lvariant.entropy");
            case PrivacyModel.LVariant.RECURSIVE -> i18n("privacy.anon.lvariant.recursive");
            case PrivacyModel.TDistance.EQUAL -> i18n("privacy.anon.tdistance.equal");
            case PrivacyModel.TDistance.HIERARCHICAL -> i18n("privacy.anon.tdistance.hierarchical");
            case UtilityMetric.LOSS -> i18n("privacy.anon.metric.loss");
            case UtilityMetric.DISCERNIBILITY -> i18n("privacy.anon.metric.discernibility");
            case UtilityMetric.ENTROPY -> i18n("privacy.anon.metric.entropy");
            case UtilityMetric.AECS -> i18n("privacy.anon.metric.aecs");
            default -> String.valueOf(e);
        };
    }

    static <E extends Enum<E>> void choice(ComboBox<E> box, E[] values, ObjectProperty<E> property) {
        Function<E, String> text = e -> e == null ? "" : label(e);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return text.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
    }
}
