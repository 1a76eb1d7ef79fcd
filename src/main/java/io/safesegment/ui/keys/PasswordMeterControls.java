package io.safesegment.ui.keys;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;

/** Binds a {@link PasswordMeter} to its controls: the bar (coloured by level), the text and the weak-password box. */
final class PasswordMeterControls {
    private PasswordMeterControls() {
    }

    static void bind(PasswordMeter meter, PasswordField field, ProgressBar bar, Label text, CheckBox acceptWeak) {
        field.textProperty().addListener((obs, old, now) -> meter.typed(field.getCharacters()));
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> meter.strengthProperty().get().fill(),
                meter.strengthProperty()));
        // the same signal colours in both themes, like the manifest check's result
        bar.styleProperty().bind(Bindings.createStringBinding(() -> switch (meter.strengthProperty().get()) {
            case NONE -> "";
            case WEAK -> "-fx-accent: #c0392b;";
            case FAIR -> "-fx-accent: #d4a017;";
            case STRONG -> "-fx-accent: #15803d;";
        }, meter.strengthProperty()));
        text.textProperty().bind(meter.textProperty());
        // nothing typed, nothing shown: an empty bar between two password fields reads as a third field
        var typed = meter.strengthProperty().isNotEqualTo(PasswordStrength.NONE);
        bar.visibleProperty().bind(typed);
        bar.managedProperty().bind(typed);
        text.visibleProperty().bind(typed);
        text.managedProperty().bind(typed);
        var weak = meter.strengthProperty().isEqualTo(PasswordStrength.WEAK);
        acceptWeak.visibleProperty().bind(weak);
        acceptWeak.managedProperty().bind(weak);
        acceptWeak.selectedProperty().bindBidirectional(meter.acceptWeakProperty());
    }
}
